import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { requireBuild, ROOT, type RunResult } from './run.js';

/** Runs the built CLI without blocking this process, so that a test can feed it (e.g. through a FIFO). */
export function runCliAsync(args: readonly string[]): { done: Promise<RunResult>; exited: () => boolean } {
  requireBuild();
  const child = spawn(process.execPath, [resolve(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let exited = false;
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const done = new Promise<RunResult>((resolveRun) =>
    child.on('close', (status) => {
      exited = true;
      resolveRun({ status, stdout, stderr });
    }),
  );
  child.on('exit', () => (exited = true));
  return { done, exited: () => exited };
}
