import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { placeOnContinuum, safeParseAssessment, type Assessment } from 'graded-care';
import { CHILDREN, PEAK_RSS_TARGET_MIB, PER_CHILD, timeCli, writeNdjson } from './stream.bench.js';
import { report } from './timing.js';

const AS_OF = '2026-06-30';
const RATIO_TARGET = 1.5;

/**
 * What the CLI does, done by the library in memory: the whole file read, each line parsed and
 * validated, the assessments grouped by child (the file is grouped), each history placed and
 * the placement serialised as an NDJSON line (built, not written). Returns the bytes of output.
 */
function placeInMemory(file: string): { children: number; assessments: number; bytes: number } {
  let children = 0;
  let assessments = 0;
  let bytes = 0;
  let history: Assessment[] = [];
  const place = (): void => {
    if (history.length === 0) return;
    bytes += JSON.stringify(placeOnContinuum(history, { asOf: AS_OF })).length + 1;
    children++;
    history = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '') continue;
    const result = safeParseAssessment(JSON.parse(line));
    if (!result.success) throw new Error(`generated data is invalid: ${result.issues[0]?.message}`);
    if (history.length > 0 && (history[0] as Assessment).child.id !== result.data.child.id) place();
    history.push(result.data);
    assessments++;
  }
  place();
  return { children, assessments, bytes };
}

/**
 * `graded-care place` streaming a 200,000-assessment NDJSON file (50,000 children) to an NDJSON
 * file, against the library doing the same work in memory in the same run; peak RSS of the
 * CLI process. Targets: at most 1.5 × the in-memory time, peak RSS at most 200 MiB.
 */
export async function benchPlaceStream(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'graded-care-bench-'));
  try {
    const file = join(dir, 'assessments.ndjson');
    await writeNdjson(file);
    const size = statSync(file).size;
    const out = join(dir, 'placements.ndjson');
    // The library runs once first, so that it is measured warm (the CLI starts cold each time,
    // its start-up included): the stricter comparison. Then the two alternate, three rounds
    // each, and their medians are compared: the machine is shared.
    placeInMemory(file);
    const cliRuns: { ms: number; cpuMs: number; peakMiB: number }[] = [];
    const memoryRuns: { ms: number; cpuMs: number }[] = [];
    let work = { children: 0, assessments: 0, bytes: 0 };
    for (let round = 0; round < 3; round++) {
      cliRuns.push(timeCli(['place', file, '--as-of', AS_OF, '--out', out]));
      const start = performance.now();
      const cpu = process.cpuUsage();
      work = placeInMemory(file);
      const used = process.cpuUsage(cpu);
      memoryRuns.push({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
    }
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
    const cliMs = median(cliRuns.map((r) => r.ms));
    const inMemory = median(memoryRuns.map((r) => r.ms));
    const cpuRatio = median(cliRuns.map((r) => r.cpuMs)) / median(memoryRuns.map((r) => r.cpuMs));
    const peakMiB = Math.max(...cliRuns.map((r) => r.peakMiB));
    const written = readFileSync(out, 'utf8').split('\n').length - 1;
    if (work.assessments !== CHILDREN * PER_CHILD || work.children !== CHILDREN || written !== CHILDREN) {
      throw new Error(`expected ${CHILDREN} children placed; the library placed ${work.children}, the CLI wrote ${written}`);
    }
    const ratio = cliMs / inMemory;
    console.log(`\nStreaming: graded-care place, ${work.assessments.toLocaleString('en-GB')} GCP2 assessments of ${CHILDREN.toLocaleString('en-GB')} children, ${(size / 1_048_576).toFixed(0)} MiB of NDJSON (median of 3)`);
    report('CLI, NDJSON in, NDJSON out (--out), wall time', `${(cliMs / 1000).toFixed(2)} s`);
    report('throughput, assessments', `${Math.round(work.assessments / (cliMs / 1000)).toLocaleString('en-GB')} /s`);
    report('throughput, children', `${Math.round(CHILDREN / (cliMs / 1000)).toLocaleString('en-GB')} /s`);
    report(`library in memory, warm: read, parse, validate, place, stringify (${(work.bytes / 1_048_576).toFixed(0)} MiB)`, `${(inMemory / 1000).toFixed(2)} s`);
    report('ratio CLI / in memory, wall time', `${ratio.toFixed(2)} ×`, `target ≤ ${RATIO_TARGET} ×`);
    report('ratio CLI / in memory, CPU time (user + system)', `${cpuRatio.toFixed(2)} ×`, 'informational: less sensitive to a busy machine');
    report('peak RSS of the CLI', `${peakMiB.toFixed(0)} MiB`, `target ≤ ${PEAK_RSS_TARGET_MIB} MiB`);
    return ratio <= RATIO_TARGET && peakMiB <= PEAK_RSS_TARGET_MIB;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
