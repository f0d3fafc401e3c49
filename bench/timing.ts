/** Times alternating rounds of several tasks and reports each task's median, so the ratios come from one run. */
export function medians(tasks: Record<string, () => unknown>, rounds = 7): Record<string, number> {
  const times: Record<string, number[]> = {};
  for (const name of Object.keys(tasks)) times[name] = [];
  for (const task of Object.values(tasks)) task(); // warm up
  for (let r = 0; r < rounds; r++) {
    for (const [name, task] of Object.entries(tasks)) {
      const start = performance.now();
      task();
      (times[name] as number[]).push(performance.now() - start);
    }
  }
  const result: Record<string, number> = {};
  for (const [name, list] of Object.entries(times)) {
    const sorted = [...list].sort((a, b) => a - b);
    result[name] = sorted[Math.floor(sorted.length / 2)] as number;
  }
  return result;
}

export function report(label: string, value: string, target?: string): void {
  console.log(`${label.padEnd(58)} ${value.padStart(14)}${target ? `   (${target})` : ''}`);
}

/**
 * Collects all garbage (untimed) between timed phases. Without it, the first collections of
 * a phase also move the previous phase's live objects out of the young generation: after
 * JSON.parse of a 30 MB chunk, that move was charged to the work that followed (a V8 GC
 * trace of one run put about 4.5 s of scavenges in the work phases, against 0.7 s with the
 * heap collected between phases). With it, that move is charged to neither side.
 */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run the benchmarks with node --expose-gc (npm run bench does)');
  gc();
}

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
