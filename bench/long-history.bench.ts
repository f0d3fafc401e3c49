import { parseAssessment, trackProgress, type Assessment } from 'graded-care';
import { firstDuplicateId } from '../src/cli/input/group-by-child.js';
import { generateGcp2Histories } from './generate.js';
import { collectGarbage, median, report } from './timing.js';

const SHORT = 2_000;
const LONG = 20_000;
/** Ten times the assessments should take about ten times as long (n log n: about 13 ×); the square would be a hundred. */
const GROWTH_TARGET = 30;

const ROUNDS = 9;

/**
 * The median time of each task, alternating, with the heap collected (untimed) before each
 * call: the short tasks take a few milliseconds, and a collection left over from the long
 * one, or from the benchmarks before, fell in them now and then (a ratio of 33 × in one
 * full run, 8–18 × alone).
 */
function collectedMedians(tasks: Record<string, () => unknown>): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (const task of Object.values(tasks)) task(); // warm up
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, task] of Object.entries(tasks)) {
      collectGarbage();
      const start = performance.now();
      task();
      (times[name] as number[]).push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
}

/** One child's `size` assessments, parsed, newest first: the worst order for an insertion sort. */
const history = (size: number): Assessment[] => generateGcp2Histories(1, size, 3).reverse().map((record) => parseAssessment(record));

/**
 * Times `trackProgress` over one child's very long history (an export that put every record
 * under one child id, say), and the CLI's own duplicate-id check that runs before it; true if
 * both grow about in line with the history. Ordering and the duplicate-id checks compared
 * every pair until the thirteenth session: 20,000 assessments took about 4.5 s in
 * `trackProgress`, and 60,000 about 10 s in `graded-care place`.
 */
export function benchLongHistory(): boolean {
  console.log(`\nA long history: trackProgress over one child's assessments, newest first`);
  const short = history(SHORT);
  const long = history(LONG);
  const times = collectedMedians({ short: () => trackProgress(short), long: () => trackProgress(long) });
  const growth = (times.long as number) / (times.short as number);
  report(`${SHORT.toLocaleString('en-GB')} assessments`, `${(times.short as number).toFixed(1)} ms`);
  report(`${LONG.toLocaleString('en-GB')} assessments`, `${(times.long as number).toFixed(1)} ms`);
  report('ratio 10 × the assessments / 1 ×', `${growth.toFixed(1)} ×`, `target ≤ ${GROWTH_TARGET} ×`);
  const where = (list: readonly Assessment[]) => list.map((_, i) => ({ file: 'history.ndjson', line: i + 1 }));
  const [shortWhere, longWhere] = [where(short), where(long)];
  const checks = collectedMedians({ short: () => firstDuplicateId(short, shortWhere), long: () => firstDuplicateId(long, longWhere) });
  const checkGrowth = (checks.long as number) / (checks.short as number);
  report("the CLI's duplicate-id check: ratio 10 × / 1 ×", `${checkGrowth.toFixed(1)} ×`, `target ≤ ${GROWTH_TARGET} ×`);
  return growth <= GROWTH_TARGET && checkGrowth <= GROWTH_TARGET;
}
