import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/files.js';
import { requireBuild, ROOT, runCli, type RunResult } from '../support/run.js';

/*
 * A bug cannot be asked for on the command line, so these tests plant one: a module loaded
 * before the CLI (node --import) breaks something the CLI relies on. The CLI itself is the
 * built one, unchanged.
 */

/** A module that makes JSON.stringify throw for a JSON Schema, as a bug in `schema` would. */
const BROKEN_STRINGIFY = `
const stringify = JSON.stringify;
JSON.stringify = function (value, ...rest) {
  if (value !== null && typeof value === 'object' && '$schema' in value) throw new TypeError('simulated fault\\nat some line');
  return stringify.call(this, value, ...rest);
};
`;

/**
 * A module that throws from a callback of its own as soon as the CLI's temporary output file
 * is open: an error no promise of the CLI sees (an uncaught exception).
 */
const LATE_THROW = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const create = fs.createWriteStream;
fs.createWriteStream = function (...args) {
  const stream = create.apply(this, args);
  stream.once('open', () => setImmediate(() => { throw new RangeError('late fault'); }));
  return stream;
};
syncBuiltinESMExports();
`;

/** Runs the CLI with `planted.mjs` of `dir` loaded first. */
function runWithPlanted(dir: string, args: readonly string[]): RunResult {
  return runCli(args, { env: { NODE_OPTIONS: `--import=${join(dir, 'planted.mjs')}` } });
}

describe('an internal error (a bug, neither bad usage nor bad input)', () => {
  it('is one line, "internal error … (please report it)", with exit status 3 and no stack trace', () => {
    const dir = tempDir({ 'planted.mjs': BROKEN_STRINGIFY });
    const run = runWithPlanted(dir, ['schema', '--out', join(dir, 'schema.json')]);
    expect(run.stderr).toBe('graded-care: internal error: simulated fault (please report it)\n');
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['planted.mjs']);
  });

  it('thrown outside the run (an uncaught exception) is reported the same way, leaving no temporary file', () => {
    const dir = tempDir({ 'planted.mjs': LATE_THROW });
    const run = runWithPlanted(dir, ['score', resolve(ROOT, 'examples/data/assessments.ndjson'), '--out', join(dir, 'out.json')]);
    expect(run.stderr).toBe('graded-care: internal error: late fault (please report it)\n');
    expect(run.status).toBe(3);
    expect(readdirSync(dir)).toEqual(['planted.mjs']);
  });

  it('is documented in --help', () => {
    expect(runCli(['--help']).stdout).toContain('3 internal error (a bug: please report it)');
  });
});

describe('stdout that cannot be written', () => {
  it('is an output that cannot be written: one line and exit status 2, not a crash', () => {
    requireBuild();
    const dir = tempDir({ 'read-only.txt': '' });
    // A descriptor open for reading only, as stdout: every write fails with EBADF.
    const fd = openSync(join(dir, 'read-only.txt'), 'r');
    try {
      const run = spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), 'schema'], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(run.stderr).toBe('graded-care: cannot write to stdout (EBADF)\n');
      expect(run.status).toBe(2);
    } finally {
      closeSync(fd);
    }
  });
});

describe('stderr that cannot be written', () => {
  // A descriptor open for reading only, as stderr: every write fails (as to a pipe whose reader has gone, `2>&1 | head -1`).
  function runWithBrokenStderr(args: readonly string[]): ReturnType<typeof spawnSync> {
    requireBuild();
    const dir = tempDir({ 'read-only.txt': '' });
    const fd = openSync(join(dir, 'read-only.txt'), 'r');
    try {
      return spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), ...args], { stdio: ['ignore', 'pipe', fd], encoding: 'utf8' });
    } finally {
      closeSync(fd);
    }
  }

  it('leaves the exit status of the run: 2 for bad input, not 3 (an internal error)', () => {
    expect(runWithBrokenStderr(['score', 'no-such-file.ndjson']).status).toBe(2);
  });

  it('leaves the exit status of the run: 1 for bad usage', () => {
    expect(runWithBrokenStderr(['score', '--no-such-option']).status).toBe(1);
  });

  it('and a run that succeeds still writes its output and ends with 0', () => {
    const run = runWithBrokenStderr(['schema']);
    expect(run.status).toBe(0);
    expect(JSON.parse(String(run.stdout))).toHaveProperty('$schema');
  });
});
