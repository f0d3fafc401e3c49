import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/files.js';
import { requireBuild, ROOT } from '../support/run.js';
import { SAMPLE } from '../support/sample.js';

/** Runs the built CLI and closes its stdout after the first chunk, as `| head -1` does. */
function runClosingStdout(args: readonly string[]): Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  requireBuild();
  const child = spawn(process.execPath, [resolve(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  return new Promise((done) => child.on('close', (status, signal) => done({ status, signal, stderr })));
}

/** The sample's assessments again and again, each with an id of its own: output far larger than a pipe holds. */
function bigExport(copies: number): string {
  const lines: string[] = [];
  for (let k = 0; k < copies; k++) for (const a of SAMPLE) lines.push(JSON.stringify({ ...a, id: `${String(a['id'])}-${k}` }));
  return `${lines.join('\n')}\n`;
}

// A closed stdout ended the run with exit status 0, "done", although the rest of the input was
// never read and the rejects file never written: under `set -o pipefail` a script took the run
// for a whole one, and an earlier run's rejects file for this one's.
describe('a run whose stdout is closed early (| head -1)', () => {
  it('ends quietly by SIGPIPE, as cat and grep do, not with status 0; the rejects file is not written and an earlier one stays', async () => {
    const dir = tempDir({ 'big.ndjson': bigExport(200), 'rejects.ndjson': 'an earlier run\n' });
    const run = await runClosingStdout(['score', join(dir, 'big.ndjson'), '--output-format', 'ndjson', '--keep-going', '--rejects', join(dir, 'rejects.ndjson')]);
    expect(run).toEqual({ status: null, signal: 'SIGPIPE', stderr: '' });
    expect(readdirSync(dir).sort()).toEqual(['big.ndjson', 'rejects.ndjson']);
    expect(readFileSync(join(dir, 'rejects.ndjson'), 'utf8')).toBe('an earlier run\n');
  });
});
