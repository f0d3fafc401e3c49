import { scoreAssessment } from 'graded-care';
import { generateGcp2Histories, type RecordProfile } from './generate.js';
import { medians, report } from './timing.js';

/** Parse + validate + score 20,000 GCP2 assessments from JSON text, against JSON.parse alone. */
function benchProfile(profile: RecordProfile): number {
  const text = JSON.stringify(generateGcp2Histories(5_000, 4, 1, 0, profile));
  let scored = 0;
  const t = medians({
    jsonParse: () => JSON.parse(text),
    pipeline: () => {
      scored = 0;
      // scoreAssessment validates raw input itself (throwing AssessmentError if invalid).
      for (const input of JSON.parse(text) as Parameters<typeof scoreAssessment>[0][]) {
        scoreAssessment(input);
        scored++;
      }
    },
  });
  if (scored !== 20_000) throw new Error(`expected 20,000 valid assessments, scored ${scored}`);
  const ratio = (t.pipeline as number) / (t.jsonParse as number);
  console.log(`\nScoring: 20,000 GCP2 assessments, ${profile} records, ${(text.length / 1e6).toFixed(1)} MB of JSON`);
  report('JSON.parse alone', `${(t.jsonParse as number).toFixed(1)} ms`);
  report('JSON.parse + validate + score', `${(t.pipeline as number).toFixed(1)} ms`);
  report('ratio', `${ratio.toFixed(2)} ×`, 'target ≤ 1.75 ×');
  return ratio;
}

/** Both record profiles; the target is judged on the lean one, the hardest for this ratio. */
export function benchScore(): boolean {
  const lean = benchProfile('lean');
  benchProfile('evidence');
  return lean <= 1.75;
}
