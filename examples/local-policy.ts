// A partnership's own thresholds, and the same child placed under the reference policy and under them.
import { definePolicy, placeOnContinuum, referencePolicy } from 'graded-care';

const riverside = definePolicy({
  ...referencePolicy,
  id: 'riverside-2026',
  version: '3.1',
  title: 'Riverside thresholds 2026',
  levels: [
    { id: 'tier-4', title: 'Tier 4: statutory', reviewIntervalDays: 28 },
    { id: 'tier-3', title: 'Tier 3: targeted', reviewIntervalDays: 42 },
    { id: 'tier-2', title: 'Tier 2: early help', reviewIntervalDays: 56 },
    { id: 'tier-1', title: 'Tier 1: universal', reviewIntervalDays: 365 },
  ],
  persistenceDays: 60,
  preMobileMonths: 12,
  highRiskGroups: ['disabled', 'runaway', 'pre-mobile', 'young-carer'],
  rules: [
    { id: 'immediate-safety', level: 'tier-4', urgent: true, needTypes: ['supervisory'], grade: 5 },
    { id: 'definition-2', level: 'tier-4' },
    { id: 'definition-2-partial', level: 'tier-3' },
    { id: 'definition-1', level: 'tier-2' },
    { id: 'needs-met', level: 'tier-1' },
  ],
});

// A young carer: hygiene at concern twice, 70 days apart; nothing else at concern.
const child = { id: 'C-310', dateOfBirth: '2013-05-04', flags: ['young-carer'] };
const history = [
  { schemaVersion: 1, id: 'A-310-1', instrument: 'gcp2', child, assessedOn: '2026-01-05', ratings: { 'physical.hygiene': 4, 'safety.home': 3 } },
  { schemaVersion: 1, id: 'A-310-2', instrument: 'gcp2', child, assessedOn: '2026-03-16', ratings: { 'physical.hygiene': 4, 'safety.home': 2 } },
] as const;

for (const policy of [referencePolicy, riverside]) {
  const p = placeOnContinuum(history, { policy, asOf: '2026-04-01' });
  console.log(`${p.policy.id} v${p.policy.version}: ${p.levelTitle} (${p.level}) by ${p.rule}; review due ${p.nextReviewDue}`);
}

// The same record flagged `Young-Carer`: a near miss of Riverside's group, refused rather than read as no group.
const misspelt = [{ ...history[1], child: { ...child, flags: ['Young-Carer'] } }];
try {
  placeOnContinuum(misspelt, { policy: riverside, asOf: '2026-04-01' });
} catch (error) {
  console.log((error as Error).message);
}
