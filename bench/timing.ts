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
