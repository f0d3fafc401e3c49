import type { InstrumentDefinition } from '../types.js';
import { ESTEEM_SUB_AREAS, GCP_NEED_TYPES, GCP_SCALE, PHYSICAL_CARE, SAFETY_IN_PRESENCE_AND_ABSENCE } from './gcp-shared.js';

/**
 * Graded Care Profile 2 (NSPCC): structure only, as local partnerships publish it. The item
 * and grade descriptors are licensed; register them with `defineInstrument` if you hold a licence.
 */
export const GCP2_DEFINITION: InstrumentDefinition = {
  id: 'gcp2',
  edition: '2',
  title: 'Graded Care Profile 2',
  family: 'gcp',
  direction: 'lower-is-better',
  scale: GCP_SCALE,
  areas: [
    PHYSICAL_CARE.area,
    {
      id: 'safety',
      title: 'Safety',
      subAreas: [
        ...SAFETY_IN_PRESENCE_AND_ABSENCE,
        { id: 'online', title: 'Safety online' },
        { id: 'traffic', title: 'Road and traffic safety' },
        { id: 'home', title: 'Safety at home' },
      ],
    },
    {
      id: 'emotional',
      title: 'Emotional care',
      subAreas: [
        { id: 'responsiveness', title: 'Responsiveness' },
        { id: 'mutual-engagement', title: 'Mutual engagement' },
      ],
    },
    { id: 'developmental', title: 'Developmental care', subAreas: ESTEEM_SUB_AREAS },
  ],
  needTypes: GCP_NEED_TYPES,
  needs: { ...PHYSICAL_CARE.needs, 'safety.*': 'supervisory', 'emotional.*': 'emotional', 'developmental.*': 'emotional' },
  source: 'NSPCC Graded Care Profile 2 (2015); area and sub-area names as published by local safeguarding partnerships',
};
