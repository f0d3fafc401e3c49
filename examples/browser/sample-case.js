/**
 * The training page's sample case: a made-up family, the reference GCP2 grading a trainer
 * agreed, and two Family Star Plus readings. Written for this example; no licensed wording.
 */

export const CASE = {
  id: 'T-1',
  title: 'Case T-1: Sam, aged 3',
  summary: [
    'Sam lives with his mother in a one-bedroom flat that is damp and often cold. Meals are irregular; on two visits there was little food in the flat and Sam was hungry.',
    'His clothes are usually clean but too small. A dental check was missed twice. His mother keeps him close when she is with him, but he has been left with a 12-year-old neighbour several evenings.',
    'She responds warmly when he is upset, though play and talk are limited. She praises him sometimes and shouts when tired; she speaks of him fondly.',
  ],
};

const base = { schemaVersion: 1, instrument: 'gcp2', child: { id: CASE.id }, assessedOn: '2025-06-02' };

/** The reference grading, agreed by the trainers. */
export const REFERENCE = {
  ...base,
  id: 'reference',
  assessor: 'trainers',
  ratings: {
    'physical.nutrition': 4, 'physical.housing': 3, 'physical.clothing': 3, 'physical.hygiene': 4, 'physical.health': 3,
    'safety.in-presence': 2, 'safety.in-absence': 4, 'safety.online': 3, 'safety.traffic': 2, 'safety.home': 3,
    'emotional.responsiveness': 3, 'emotional.mutual-engagement': 2,
    'developmental.stimulation': 3, 'developmental.approval': 2, 'developmental.disapproval': 3, 'developmental.acceptance': 2,
  },
};

/** The family's first and latest Family Star Plus readings. */
export const STAR_READINGS = [
  {
    schemaVersion: 1, id: 'S-T1-1', instrument: 'family-star-plus', child: { id: CASE.id }, assessedOn: '2025-01-20',
    ratings: {
      'physical-health': 4, 'your-wellbeing': 3, 'meeting-emotional-needs': 5, 'keeping-children-safe': 3, 'social-networks': 2,
      'education-and-learning': 4, 'boundaries-and-behaviour': 3, 'family-routine': 2, 'home-and-money': 3, 'progress-to-work': 2,
    },
  },
  {
    schemaVersion: 1, id: 'S-T1-2', instrument: 'family-star-plus', child: { id: CASE.id }, assessedOn: '2025-07-28',
    ratings: {
      'physical-health': 6, 'your-wellbeing': 5, 'meeting-emotional-needs': 6, 'keeping-children-safe': 5, 'social-networks': 4,
      'education-and-learning': 5, 'boundaries-and-behaviour': 5, 'family-routine': 5, 'home-and-money': 4, 'progress-to-work': 3,
    },
  },
];
