import type { InstrumentDefinition } from '../types.js';

/**
 * The Family Star Plus (Outcomes Star, edition 1): area names, the 1–10 reading scale and the
 * Journey of Change stages. Star descriptors are licensed by Triangle and are not shipped.
 */
export const FAMILY_STAR_PLUS_DEFINITION: InstrumentDefinition = {
  id: 'family-star-plus',
  edition: '1',
  title: 'Family Star Plus',
  family: 'star',
  direction: 'higher-is-better',
  scale: { min: 1, max: 10 },
  areas: [
    { id: 'physical-health', title: 'Physical health' },
    { id: 'your-wellbeing', title: 'Your well-being' },
    { id: 'meeting-emotional-needs', title: 'Meeting emotional needs' },
    { id: 'keeping-children-safe', title: 'Keeping your children safe' },
    { id: 'social-networks', title: 'Social networks' },
    { id: 'education-and-learning', title: 'Education and learning' },
    { id: 'boundaries-and-behaviour', title: 'Boundaries and behaviour' },
    { id: 'family-routine', title: 'Family routine' },
    { id: 'home-and-money', title: 'Home and money' },
    { id: 'progress-to-work', title: 'Progress to work' },
  ],
  stages: [
    { id: 'stuck', title: 'Stuck', min: 1, max: 2 },
    { id: 'accepting-help', title: 'Accepting help', min: 3, max: 4 },
    { id: 'trying', title: 'Trying', min: 5, max: 6 },
    { id: 'finding-what-works', title: 'Finding what works', min: 7, max: 8 },
    { id: 'effective-parenting', title: 'Effective parenting', min: 9, max: 10 },
  ],
  source: 'Triangle Consulting Social Enterprise, Family Star Plus (Outcomes Star), stage names and scale',
};
