import { scoreAssessment, parseAssessment } from 'graded-care';
import { generateGcp2Histories } from './generate.js';
import { collectGarbage, median } from './timing.js';
const text = JSON.stringify(generateGcp2Histories(5_000, 4, 1, 0, 'lean'));
const p: number[] = [], v: number[] = [], s: number[] = [], all: number[] = [];
for (let r = 0; r < 12; r++) {
  collectGarbage(); let t = performance.now(); const inputs = JSON.parse(text) as any[]; p.push(performance.now() - t);
  collectGarbage(); t = performance.now(); const parsed = inputs.map((x) => parseAssessment(x)); v.push(performance.now() - t);
  collectGarbage(); t = performance.now(); for (const a of parsed) scoreAssessment(a); s.push(performance.now() - t);
  const inputs2 = JSON.parse(text) as any[];
  collectGarbage(); t = performance.now(); for (const a of inputs2) scoreAssessment(a); all.push(performance.now() - t);
}
console.log({ parse: median(p), validate: median(v), scoreParsed: median(s), validateAndScore: median(all), ratio: (median(p) + median(all)) / median(p) });
