import { explainScore, parseAssessment, scoreAssessment } from 'graded-care';

const assessment = parseAssessment({
  schemaVersion: 1, id: 'A-0001', instrument: 'gcp2', child: { id: 'C-17', dateOfBirth: '2025-01-15' },
  assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 4, 'physical.housing': 4, 'physical.hygiene': 2, 'safety.in-absence': 3 },
});
const score = scoreAssessment(assessment);
if (score.family === 'gcp') console.log(score.needs['nutritional'], score.concerns);
console.log(explainScore(score, { area: 'physical' }).text);
