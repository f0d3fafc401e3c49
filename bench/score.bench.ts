import { scoreAssessment } from 'graded-care';
import { generateGcp2Histories } from './generate.js';
import { medians, report } from './timing.js';

/** Parse + validate + score 20,000 GCP2 assessments from JSON text, against JSON.parse alone. */
export function benchScore(): boolean {
  const text = JSON.stringify(generateGcp2Histories(5_000, 4));
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
  const ratio = (t.pipeline as number) / (t.jsonParse as number);
  console.log(`\nScoring: 20,000 GCP2 assessments, ${(text.length / 1e6).toFixed(1)} MB of JSON`);
  report('JSON.parse alone', `${(t.jsonParse as number).toFixed(1)} ms`);
  report('JSON.parse + validate + score', `${(t.pipeline as number).toFixed(1)} ms`);
  report('ratio', `${ratio.toFixed(2)} ×`, 'target ≤ 1.75 ×');
  if (scored !== 20_000) throw new Error(`expected 20,000 valid assessments, scored ${scored}`);
  return ratio <= 1.75;
}
