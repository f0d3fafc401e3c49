import { benchScore } from './score.bench.js';
import { benchSize } from './size.bench.js';

const results = { score: benchScore(), size: await benchSize() };
const missed = Object.entries(results).filter(([, met]) => !met).map(([name]) => name);
console.log(missed.length === 0 ? '\nAll targets met.' : `\nTargets missed: ${missed.join(', ')}`);
