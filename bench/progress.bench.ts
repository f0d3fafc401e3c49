import { placeOnContinuum, trackProgress } from 'graded-care';
import { generateGcp2Histories } from './generate.js';
import { collectGarbage, median, report } from './timing.js';

const CHILDREN = 100_000;
const PER_CHILD = 4;
const CHUNK = 10_000;

/** Histories as JSON text, a chunk of children at a time (the whole set would be ~300 MB of text). */
function chunks(): string[] {
  const texts: string[] = [];
  for (let start = 0; start < CHILDREN; start += CHUNK) {
    const flat = generateGcp2Histories(CHUNK, PER_CHILD, 1 + start);
    const histories: unknown[][] = [];
    for (let c = 0; c < CHUNK; c++) histories.push(flat.slice(c * PER_CHILD, (c + 1) * PER_CHILD));
    texts.push(JSON.stringify(histories));
  }
  return texts;
}

/**
 * Times JSON.parse of every chunk, and `work` over the parsed histories, in alternating
 * rounds; returns the median totals (ms) of each over the rounds. With `collect`, the heap is
 * collected (untimed) before each timed phase, so each pays only for its own garbage; without,
 * the work also pays for moving JSON.parse's output out of the young generation.
 */
function timeAgainstParse(texts: readonly string[], work: (history: never[]) => unknown, collect: boolean, rounds = 5): { parse: number; work: number } {
  const parseTimes: number[] = [];
  const workTimes: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    let parse = 0;
    let spent = 0;
    for (const text of texts) {
      if (collect) collectGarbage();
      let start = performance.now();
      const histories = JSON.parse(text) as never[][];
      parse += performance.now() - start;
      if (collect) collectGarbage();
      start = performance.now();
      for (const history of histories) work(history);
      spent += performance.now() - start;
    }
    if (round > 0) {
      parseTimes.push(parse);
      workTimes.push(spent);
    }
  }
  return { parse: median(parseTimes), work: median(workTimes) };
}

/** Reports one function against JSON.parse both ways; true if the judged (collected) ratio meets the target. */
function benchOne(texts: readonly string[], name: string, work: (history: never[]) => unknown): boolean {
  const judged = timeAgainstParse(texts, work, true);
  const raw = timeAgainstParse(texts, work, false);
  report('JSON.parse of the histories', `${judged.parse.toFixed(0)} ms`);
  report(`${name} (validates raw input)`, `${judged.work.toFixed(0)} ms`);
  report(`ratio ${name} / JSON.parse`, `${(judged.work / judged.parse).toFixed(2)} ×`, 'target ≤ 1 ×');
  report('  the same without collecting between phases', `${(raw.work / raw.parse).toFixed(2)} ×`, 'reported');
  return judged.work <= judged.parse;
}

export function benchProgress(): { track: boolean; place: boolean } {
  const texts = chunks();
  const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
  console.log(`\nProgress and placement: ${CHILDREN.toLocaleString('en-GB')} children × ${PER_CHILD} GCP2 assessments, ${mb.toFixed(0)} MB of JSON`);
  console.log('(heap collected, untimed, before each timed phase; see bench/timing.ts)');
  const track = benchOne(texts, 'trackProgress', (h) => trackProgress(h, { asOf: '2026-12-31' }));
  const place = benchOne(texts, 'placeOnContinuum', (h) => placeOnContinuum(h, { asOf: '2026-12-31' }));
  return { track, place };
}
