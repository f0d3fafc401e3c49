import type { InstrumentDefinition } from '../types.js';
import { ESTEEM_SUB_AREAS, GCP_NEED_TYPES, GCP_SCALE, PHYSICAL_CARE, SAFETY_IN_PRESENCE_AND_ABSENCE } from './gcp-shared.js';

/** The original Graded Care Profile: structure only (area and sub-area names, the 1–5 scale). */
export const GCP_DEFINITION: InstrumentDefinition = {
  id: 'gcp',
  edition: '1',
  title: 'Graded Care Profile',
  family: 'gcp',
  direction: 'lower-is-better',
  scale: GCP_SCALE,
  areas: [
    PHYSICAL_CARE.area,
    { id: 'safety', title: 'Safety', subAreas: SAFETY_IN_PRESENCE_AND_ABSENCE },
    {
      id: 'love',
      title: 'Love',
      subAreas: [
        { id: 'carer', title: 'The carer’s side' },
        { id: 'mutual-engagement', title: 'Mutual engagement' },
      ],
    },
    { id: 'esteem', title: 'Esteem', subAreas: ESTEEM_SUB_AREAS },
  ],
  needTypes: GCP_NEED_TYPES,
  needs: { ...PHYSICAL_CARE.needs, 'safety.*': 'supervisory', 'love.*': 'emotional', 'esteem.*': 'emotional' },
  source: 'Srivastava OP & Polnay L (1997), Field trial of Graded Care Profile (GCP) scale, Child Abuse Review 6(1)',
};
