import { suppressTable } from 'graded-care';
import { random } from './generate.js';
import { medians, report } from './timing.js';

/**
 * Twelve groups × 4 levels of mostly 1s: a block on which an earlier whole-table rule hid one
 * more figure every two groups and checked the whole table after each, so its time grew with
 * the square of the groups (960 groups 0.72 s, 2,400 groups 4.2 s).
 */
const BLOCK = [[1, 11, 1, 0], [1, 1, 1, 1], [0, 1, 1, 1], [1, 14, 1, 1], [1, 11, 1, 1], [0, 1, 7, 1], [1, 1, 0, 1], [1, 6, 1, 1], [1, 8, 1, 1], [1, 15, 0, 2], [1, 2, 0, 1], [1, 1, 7, 1]];
const SMALL = 100;
const LARGE = 1_000;
/** Ten times the groups should take about ten times as long; the square would be a hundred. */
const GROWTH_TARGET = 30;

const stacked = (copies: number): number[][] => Array.from({ length: copies }, () => BLOCK).flat();

/** Counts of random groups × 4 (a third 0, a third 1–5, a third 6–45), from a fixed seed. */
function randomTable(groups: number): number[][] {
  const next = random(7);
  return Array.from({ length: groups }, () =>
    Array.from({ length: 4 }, () => {
      const u = next();
      return u < 0.3 ? 0 : u < 0.6 ? 1 + Math.floor(next() * 5) : 6 + Math.floor(next() * 40);
    }),
  );
}

/** Times disclosure control of tables of many groups; true if its time grows about in line with the table. */
export function benchDisclosure(): boolean {
  console.log(`\nDisclosure control (suppressTable): a block of 12 groups × 4 of mostly 1s, repeated`);
  const small = stacked(SMALL);
  const large = stacked(LARGE);
  const random = randomTable(100_000);
  const times = medians({ small: () => suppressTable(small), large: () => suppressTable(large), random: () => suppressTable(random) }, 5);
  const growth = (times.large as number) / (times.small as number);
  report(`${(SMALL * 12).toLocaleString('en-GB')} groups`, `${(times.small as number).toFixed(1)} ms`);
  report(`${(LARGE * 12).toLocaleString('en-GB')} groups`, `${(times.large as number).toFixed(1)} ms`);
  report('ratio 10 × the groups / 1 ×', `${growth.toFixed(1)} ×`, `target ≤ ${GROWTH_TARGET} ×`);
  report('100,000 random groups × 4', `${(times.random as number).toFixed(0)} ms`, 'reported');
  return growth <= GROWTH_TARGET;
}
