import { placeOnContinuum, trackProgress } from 'graded-care';
import { generateGcp2Histories } from './generate.js';
import { report } from './timing.js';

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
 * rounds; returns the median totals (ms) of each over the rounds.
 */
function timeAgainstParse(texts: readonly string[], work: (history: never[]) => unknown, rounds = 5): { parse: number; work: number } {
  const parseTimes: number[] = [];
  const workTimes: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    let parse = 0;
    let spent = 0;
    for (const text of texts) {
      let start = performance.now();
      const histories = JSON.parse(text) as never[][];
      parse += performance.now() - start;
      start = performance.now();
      for (const history of histories) work(history);
      spent += performance.now() - start;
    }
    if (round > 0) {
      parseTimes.push(parse);
      workTimes.push(spent);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { parse: median(parseTimes), work: median(workTimes) };
}

export function benchProgress(): { track: boolean; place: boolean } {
  const texts = chunks();
  const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
  console.log(`\nProgress and placement: ${CHILDREN.toLocaleString('en-GB')} children × ${PER_CHILD} GCP2 assessments, ${mb.toFixed(0)} MB of JSON`);
  const track = timeAgainstParse(texts, (h) => trackProgress(h, { asOf: '2026-12-31' }));
  report('JSON.parse of the histories', `${track.parse.toFixed(0)} ms`);
  report('trackProgress (validates raw input)', `${track.work.toFixed(0)} ms`);
  report('ratio trackProgress / JSON.parse', `${(track.work / track.parse).toFixed(2)} ×`, 'target ≤ 1 ×');
  const place = timeAgainstParse(texts, (h) => placeOnContinuum(h, { asOf: '2026-12-31' }));
  report('JSON.parse of the histories', `${place.parse.toFixed(0)} ms`);
  report('placeOnContinuum (validates raw input)', `${place.work.toFixed(0)} ms`);
  report('ratio placeOnContinuum / JSON.parse', `${(place.work / place.parse).toFixed(2)} ×`, 'target ≤ 1 ×');
  return { track: track.work <= track.parse, place: place.work <= place.parse };
}
