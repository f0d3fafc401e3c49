import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scoreAssessment } from 'graded-care';
import { generateGcp2Histories } from './generate.js';
import { report } from './timing.js';

export const CHILDREN = 50_000;
export const PER_CHILD = 4;
export const PEAK_RSS_TARGET_MIB = 200;

/** Writes the generated histories as NDJSON, a batch of children at a time, grouped by child. */
export async function writeNdjson(file: string): Promise<void> {
  const out = createWriteStream(file);
  for (let first = 0; first < CHILDREN; first += 1_000) {
    const text = generateGcp2Histories(1_000, PER_CHILD, 1 + first, first).map((a) => `${JSON.stringify(a)}\n`).join('');
    if (!out.write(text)) await new Promise<void>((drained) => out.once('drain', () => drained()));
  }
  await new Promise<void>((closed) => out.end(() => closed()));
}

/** Runs the built CLI on the file and returns its wall time, CPU time (user + system) and peak RSS. */
export function timeCli(args: readonly string[]): { ms: number; cpuMs: number; peakMiB: number } {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', resolve('bench/peak-rss.mjs'), resolve('dist/cli.js'), ...args], { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`graded-care ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  const kib = Number(/peak-rss-kib (\d+)/.exec(run.stderr)?.[1]);
  const cpuUs = Number(/cpu-us (\d+)/.exec(run.stderr)?.[1]);
  return { ms, cpuMs: cpuUs / 1000, peakMiB: kib / 1024 };
}

/**
 * `graded-care score` streaming a 200,000-assessment NDJSON file (50,000 children) to an NDJSON
 * file, against the library doing the same work in memory (the whole file read, each line
 * parsed, scored and serialised, nothing written); peak RSS of the CLI process.
 */
export async function benchStream(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'graded-care-bench-'));
  try {
    const file = join(dir, 'assessments.ndjson');
    await writeNdjson(file);
    const size = statSync(file).size;
    const cli = timeCli(['score', file, '--out', join(dir, 'scores.ndjson')]);
    const start = performance.now();
    let scored = 0;
    let bytes = 0;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line === '') continue;
      // The same output text as the CLI's, built in memory and not written.
      bytes += JSON.stringify(scoreAssessment(JSON.parse(line) as Parameters<typeof scoreAssessment>[0])).length + 1;
      scored++;
    }
    const inMemory = performance.now() - start;
    if (scored !== CHILDREN * PER_CHILD) throw new Error(`expected ${CHILDREN * PER_CHILD} assessments, scored ${scored}`);
    console.log(`\nStreaming: graded-care score, ${scored.toLocaleString('en-GB')} GCP2 assessments of ${CHILDREN.toLocaleString('en-GB')} children, ${(size / 1_048_576).toFixed(0)} MiB of NDJSON`);
    report('CLI, NDJSON in, NDJSON out (--out), wall time', `${(cli.ms / 1000).toFixed(2)} s`);
    report('throughput', `${Math.round(scored / (cli.ms / 1000)).toLocaleString('en-GB')} /s`);
    report(`library in memory: parse, score, stringify (${(bytes / 1_048_576).toFixed(0)} MiB)`, `${(inMemory / 1000).toFixed(2)} s`);
    report('ratio CLI / in memory', `${(cli.ms / inMemory).toFixed(2)} ×`, 'informational; the place target is 1.5 ×');
    report('peak RSS of the CLI', `${cli.peakMiB.toFixed(0)} MiB`, `target ≤ ${PEAK_RSS_TARGET_MIB} MiB`);
    return cli.peakMiB <= PEAK_RSS_TARGET_MIB;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
