import { scoreAssessment } from 'graded-care';
import { generateGcp2Histories, type RecordProfile } from './generate.js';
import { collectGarbage, median, medians, report } from './timing.js';

/**
 * Parse + validate + score 20,000 GCP2 assessments from JSON text, against JSON.parse alone.
 * Each round collects the heap (untimed) before JSON.parse and again before scoring, so the
 * scoring pays only for its own garbage; the earlier method (one timed pipeline, against a
 * JSON.parse whose result is dropped at once) is reported beside it.
 */
function benchProfile(profile: RecordProfile): number {
  const text = JSON.stringify(generateGcp2Histories(5_000, 4, 1, 0, profile));
  const parseTimes: number[] = [];
  const scoreTimes: number[] = [];
  for (let round = 0; round <= 9; round++) {
    collectGarbage();
    let start = performance.now();
    const inputs = JSON.parse(text) as Parameters<typeof scoreAssessment>[0][];
    const parsed = performance.now() - start;
    collectGarbage();
    start = performance.now();
    // scoreAssessment validates raw input itself (throwing AssessmentError if invalid).
    for (const input of inputs) scoreAssessment(input);
    const scored = performance.now() - start;
    if (inputs.length !== 20_000) throw new Error(`expected 20,000 assessments, got ${inputs.length}`);
    if (round > 0) {
      parseTimes.push(parsed);
      scoreTimes.push(scored);
    }
  }
  const parse = median(parseTimes);
  const pipeline = parse + median(scoreTimes);
  const ratio = pipeline / parse;
  const earlier = medians({
    jsonParse: () => JSON.parse(text),
    pipeline: () => {
      for (const input of JSON.parse(text) as Parameters<typeof scoreAssessment>[0][]) scoreAssessment(input);
    },
  });
  console.log(`\nScoring: 20,000 GCP2 assessments, ${profile} records, ${(text.length / 1e6).toFixed(1)} MB of JSON`);
  report('JSON.parse alone', `${parse.toFixed(1)} ms`);
  report('JSON.parse + validate + score', `${pipeline.toFixed(1)} ms`);
  report('ratio', `${ratio.toFixed(2)} ×`, 'target ≤ 1.75 ×');
  report('  the earlier method (no collection between)', `${((earlier.pipeline as number) / (earlier.jsonParse as number)).toFixed(2)} ×`, 'reported');
  return ratio;
}

/** Both record profiles; the target is judged on the lean one, the hardest for this ratio. */
export function benchScore(): boolean {
  const lean = benchProfile('lean');
  benchProfile('evidence');
  return lean <= 1.75;
}
