// A case system's round trip: validate what arrives, score it, track the child, place the child.
import {
  AssessmentError,
  assessmentJsonSchema,
  definePolicy,
  explainScore,
  formatPath,
  OperationError,
  parseAssessment,
  placeOnContinuum,
  referencePolicy,
  safeParseAssessment,
  scoreAssessment,
  trackProgress,
} from 'graded-care';

// What another system sent: a date that does not exist and a grade off the scale.
const incoming = JSON.parse(`{
  "schemaVersion": 1, "id": "A-9001", "instrument": "gcp2",
  "child": { "id": "C-900", "dateOfBirth": "2023-04-02" },
  "assessedOn": "2025-02-30", "ratings": { "physical.nutrition": 7 }
}`);
const checked = safeParseAssessment(incoming);
if (!checked.success) {
  for (const issue of checked.issues) console.log(issue.message);
}

const schema = assessmentJsonSchema({ instrument: 'gcp2' });
console.log(schema.$schema, JSON.stringify(schema.required));

const child = { id: 'C-900', dateOfBirth: '2023-04-02', locality: 'North' };
const baseline = parseAssessment({
  schemaVersion: 1, id: 'A-9001', instrument: 'gcp2', child, assessedOn: '2025-02-03', kind: 'baseline',
  ratings: { 'physical.nutrition': 4, 'physical.hygiene': 4, 'physical.health': 2, 'safety.in-absence': 3, 'emotional.responsiveness': 2 },
});
console.log(Object.isFrozen(baseline), Object.isFrozen(baseline.ratings));
const score = scoreAssessment(baseline);
if (score.family === 'gcp') {
  console.log(score.concerns, score.needs['nutritional']?.band, `${score.completeness.scored} of ${score.completeness.total} scored`);
}
console.log(explainScore(score, { area: 'physical' }).text);

const review = parseAssessment({
  schemaVersion: 1, id: 'A-9002', instrument: 'gcp2', child, assessedOn: '2025-04-28', kind: 'review',
  ratings: { 'physical.nutrition': 4, 'physical.hygiene': 3, 'physical.health': 2, 'safety.in-absence': 4, 'emotional.responsiveness': 2 },
});
const progress = trackProgress([review, baseline], { asOf: '2025-06-01' });
console.log(progress.change?.needs['supervisory'], progress.persistence['nutritional']);
console.log(progress.nextReviewDue, progress.overdue, trackProgress([baseline, review]).overdue);

const reference = placeOnContinuum([baseline, review], { asOf: '2025-06-01' });
console.log(reference.level, reference.rule, reference.policy);
const northshire = definePolicy({ ...referencePolicy, id: 'northshire-2026', version: '2', title: 'Northshire thresholds', persistenceDays: 60 });
const placement = placeOnContinuum([baseline, review], { policy: northshire, asOf: '2025-06-01' });
console.log(placement.level, placement.rule, placement.policy, placement.nextReviewDue, placement.overdue);
for (const line of placement.explanation) console.log(`- ${line}`);

const attempts = [
  () => parseAssessment(incoming),
  () => trackProgress([baseline, { ...review, child: { id: 'C-901' } }]),
  () => placeOnContinuum([review], { asOf: '2025-01-01' }),
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (error) {
    if (error instanceof AssessmentError) console.log(error.name, error.issues.map((issue) => formatPath(issue.path)));
    else if (error instanceof OperationError) console.log(error.name, error.code, '-', error.message);
    else throw error;
  }
}
