import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/files.js';
import { requireBuild, ROOT } from '../support/run.js';

/** Runs the built CLI with descriptor `stdin` as its stdin. */
function runWithStdin(args: readonly string[], stdin: number): { status: number | null; stdout: string; stderr: string } {
  requireBuild();
  const run = spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', stdio: [stdin, 'pipe', 'pipe'] });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('stdin that is no file of text', () => {
  it('a folder redirected to stdin (< folder) is named as one, not read as an empty file', () => {
    const folder = openSync(tempDir({ 'a.ndjson': '{}\n' }), 'r');
    try {
      for (const args of [['score', '-', '--format', 'ndjson'], ['score', '-', '--format', 'json'], ['agree', '-', '--format', 'csv', '--weights', 'none']]) {
        expect(runWithStdin(args, folder)).toEqual({ status: 2, stdout: '', stderr: 'graded-care: <stdin>: is a directory, expected a file\n' });
      }
    } finally {
      closeSync(folder);
    }
  });
});

describe('a run that stops early on stdin', () => {
  it('ends at once, while the writer still holds stdin open', async () => {
    requireBuild();
    const child = spawn(process.execPath, [resolve(ROOT, 'dist/cli.js'), 'score', '-', '--format', 'ndjson'], { cwd: ROOT, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Stopped from writing by the CLI's end (EPIPE): not this test's concern.
    child.stdin.on('error', () => undefined);
    const exited = new Promise<number | null>((done) => child.on('exit', (status) => done(status)));
    child.stdin.write('garbage\n');
    // The writer neither writes more nor closes: a reader waiting for the end would hang here.
    const timeout = new Promise<'hung'>((done) => setTimeout(() => done('hung'), 10_000).unref());
    const status = await Promise.race([exited, timeout]);
    child.stdin.destroy();
    if (status === 'hung') child.kill();
    expect(status).toBe(2);
    expect(stderr).toMatch(/^graded-care: <stdin>: line 1: not valid JSON/);
  });
});
