import { scoreAssessment } from 'graded-care';
import { generateGcp2Histories } from './generate.js';
const text = JSON.stringify(generateGcp2Histories(5_000, 4, 1, 0, 'lean'));
for (let r = 0; r < 30; r++) { const inputs = JSON.parse(text) as any[]; (globalThis as any).gc(); for (const a of inputs) scoreAssessment(a); }
