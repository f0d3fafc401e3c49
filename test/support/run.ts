import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Fails early, and clearly, when the package has not been built (`npm test` builds first). */
export function requireBuild(): void {
  if (!existsSync(resolve(ROOT, 'dist/index.js')) || !existsSync(resolve(ROOT, 'dist/cli.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test builds before it tests)');
  }
}

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a TypeScript example the way a user would: node with tsx, from the project root. */
export function runExample(file: string, env: Record<string, string> = {}): RunResult {
  requireBuild();
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the built CLI. */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): RunResult {
  requireBuild();
  const result = spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
