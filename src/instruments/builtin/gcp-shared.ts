import type { NeedTypeDefinition, ScaleDefinition } from '../types.js';

/**
 * The GCP grade scale: 1 best, 5 worst. The labels are this package's own short
 * paraphrases, not NSPCC descriptor wording.
 */
export const GCP_SCALE: ScaleDefinition = {
  min: 1,
  max: 5,
  labels: ['all needs met', 'needs met', 'needs met inconsistently', 'needs often unmet', 'needs seriously unmet'],
};

/** The need types of the two working definitions (design §4), in the Early Help definition's order. */
export const GCP_NEED_TYPES: readonly NeedTypeDefinition[] = [
  { id: 'medical', title: 'Medical', kind: 'physical' },
  { id: 'nutritional', title: 'Nutritional', kind: 'physical' },
  { id: 'emotional', title: 'Emotional', kind: 'psychological' },
  { id: 'physical', title: 'Physical', kind: 'physical' },
  { id: 'supervisory', title: 'Supervisory', kind: 'physical' },
];

/** Physical-care sub-areas shared by GCP and GCP2, with their need types. */
export const PHYSICAL_CARE = {
  area: {
    id: 'physical',
    title: 'Physical care',
    subAreas: [
      { id: 'nutrition', title: 'Nutrition' },
      { id: 'housing', title: 'Housing' },
      { id: 'clothing', title: 'Clothing' },
      { id: 'hygiene', title: 'Hygiene' },
      { id: 'health', title: 'Health' },
    ],
  },
  needs: {
    'physical.health': 'medical',
    'physical.nutrition': 'nutritional',
    'physical.housing': 'physical',
    'physical.clothing': 'physical',
    'physical.hygiene': 'physical',
  },
} as const;

/** Sub-areas GCP's esteem and GCP2's developmental care share. */
export const ESTEEM_SUB_AREAS = [
  { id: 'stimulation', title: 'Stimulation' },
  { id: 'approval', title: 'Approval' },
  { id: 'disapproval', title: 'Disapproval' },
  { id: 'acceptance', title: 'Acceptance' },
] as const;

/** The two safety sub-areas both editions have. */
export const SAFETY_IN_PRESENCE_AND_ABSENCE = [
  { id: 'in-presence', title: 'Safety in the carer’s presence' },
  { id: 'in-absence', title: 'Safety in the carer’s absence' },
] as const;
