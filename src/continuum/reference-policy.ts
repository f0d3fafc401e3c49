import { deepFreeze } from '../internal/freeze.js';
import { markDefined } from './define-policy.js';
import type { ThresholdPolicy } from './types.js';

const GCP_PHYSICAL = {
  'physical.health': 'medical',
  'physical.nutrition': 'nutritional',
  'physical.housing': 'physical',
  'physical.clothing': 'physical',
  'physical.hygiene': 'physical',
  'safety.*': 'supervisory',
};

/**
 * The reference threshold policy, `reference-2016` (design §4), built from the neglect
 * strategy's two working definitions. Every number in it is a field a partnership can
 * change with {@link definePolicy}. It is written out as checked data (a test holds
 * `definePolicy(referencePolicy)` equal to it), so importing the package validates nothing.
 *
 * | order | rule | fires when | level |
 * |---|---|---|---|
 * | 1 | `immediate-safety` | a supervisory need at grade 5 in the latest assessment | `child-protection` (urgent) |
 * | 2 | `definition-2` | Definition 2 met | `child-protection` |
 * | 3 | `definition-2-partial` | a persistent need, or serious impairment likely | `child-in-need` |
 * | 4 | `definition-1` | Definition 1 met | `early-help` |
 * | 5 | `borderline` | any need type borderline | `additional-support` |
 * | 6 | `needs-met` | otherwise | `universal` |
 *
 * @example
 * ```ts
 * referencePolicy.id; // 'reference-2016'
 * referencePolicy.levels.map((l) => l.id);
 * // ['child-protection', 'child-in-need', 'early-help', 'additional-support', 'universal']
 * ```
 */
export const referencePolicy: ThresholdPolicy = /* @__PURE__ */ markDefined(deepFreeze({
  id: 'reference-2016',
  version: '1.0.0',
  title: 'Reference policy: the two working definitions of neglect (design §4)',
  levels: [
    { id: 'child-protection', title: 'Child protection', reviewIntervalDays: 90 },
    { id: 'child-in-need', title: 'Child in need', reviewIntervalDays: 90 },
    { id: 'early-help', title: 'Early help', reviewIntervalDays: 90 },
    { id: 'additional-support', title: 'Additional support', reviewIntervalDays: 180 },
    { id: 'universal', title: 'Universal services', reviewIntervalDays: null },
  ],
  bands: { met: { min: 1, max: 2 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 5 } },
  persistenceDays: 90,
  seriousImpairmentMinAreas: 2,
  seriousImpairmentGrade: 5,
  preMobileMonths: 9,
  highRiskGroups: ['disabled', 'runaway', 'pre-mobile'],
  needs: {
    gcp: { ...GCP_PHYSICAL, 'love.*': 'emotional', 'esteem.*': 'emotional' },
    gcp2: { ...GCP_PHYSICAL, 'emotional.*': 'emotional', 'developmental.*': 'emotional' },
  },
  rules: [
    { id: 'immediate-safety', level: 'child-protection', urgent: true, needTypes: ['supervisory'], grade: 5 },
    { id: 'definition-2', level: 'child-protection' },
    { id: 'definition-2-partial', level: 'child-in-need' },
    { id: 'definition-1', level: 'early-help' },
    { id: 'borderline', level: 'additional-support' },
    { id: 'needs-met', level: 'universal' },
  ],
}));
