import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tempDir } from '../support/files.js';
import { requireBuild, ROOT, runCli, type RunResult } from '../support/run.js';
import { sampleNdjson } from '../support/sample.js';

const input = sampleNdjson(3);

describe('--out and --rejects name one file', () => {
  it.each([
    // Written out, not made with path.join, which would resolve the `..` itself.
    ['through ..', (dir: string) => `${dir}/../${basename(dir)}/out.json`],
    ['through ./', (dir: string) => `${dir}/./out.json`],
    [
      'through a link to the directory',
      (dir: string) => {
        const elsewhere = tempDir();
        symlinkSync(dir, join(elsewhere, 'link'));
        return join(elsewhere, 'link', 'out.json');
      },
    ],
    [
      'a hard link to it',
      (dir: string) => {
        linkSync(join(dir, 'out.json'), join(dir, 'hard.json'));
        return join(dir, 'hard.json');
      },
    ],
  ])('%s: a usage error, before anything is written; an existing output is untouched', (_what, rejectsPath) => {
    const dir = tempDir({ 'in.ndjson': input, 'out.json': 'the last run' });
    const rejects = rejectsPath(dir);
    const before = snapshot(dir);
    const run = runCli(['score', join(dir, 'in.ndjson'), '--keep-going', '--out', join(dir, 'out.json'), '--rejects', rejects]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`graded-care: --out ${join(dir, 'out.json')} and --rejects ${rejects} name the same file\n`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('also when the file does not exist yet', () => {
    const dir = tempDir({ 'in.ndjson': input });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--keep-going', '--out', join(dir, 'new.json'), '--rejects', `${dir}/../${basename(dir)}/new.json`]);
    expect(run.stderr).toMatch(/ name the same file\n$/);
    expect(run.status).toBe(1);
    expect(readdirSync(dir)).toEqual(['in.ndjson']);
  });

  it('two different files are fine', () => {
    const dir = tempDir({ 'in.ndjson': input });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--keep-going', '--out', join(dir, 'out.json'), '--rejects', `${dir}/../${basename(dir)}/rejects.ndjson`]);
    expect(run.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['in.ndjson', 'out.json', 'rejects.ndjson']);
  });
});

/**
 * Runs `score FIFO --keep-going --out out.json --rejects rejects.ndjson` in `dir`, and once
 * both temporary files exist (the run is waiting for its input), calls `meanwhile`, then
 * feeds the input.
 */
async function runWhileWaiting(dir: string, meanwhile: () => void): Promise<RunResult> {
  requireBuild();
  const fifo = join(dir, 'in.ndjson');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  const child = spawn(process.execPath, [resolve(ROOT, 'dist/cli.js'), 'score', fifo, '--keep-going', '--out', join(dir, 'out.json'), '--rejects', join(dir, 'rejects.ndjson')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  const done = new Promise<RunResult>((ok) => child.on('close', (status) => ok({ status, stdout, stderr })));
  for (let i = 0; i < 400 && readdirSync(dir).filter((n) => n.endsWith('.tmp')).length < 2; i++) await new Promise((r) => setTimeout(r, 25));
  expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toHaveLength(2);
  meanwhile();
  await writeFile(fifo, input);
  return done;
}

describe('--out to a FIFO or a device', () => {
  it('is refused, and the FIFO is left a FIFO (renaming over it would replace it with a file)', () => {
    const dir = tempDir({ 'in.ndjson': input });
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const run = runCli(['score', join(dir, 'in.ndjson'), '--out', fifo]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${fifo}: cannot write the output (not a regular file but a device, FIFO or socket; write to stdout and redirect it instead)\n`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['in.ndjson', 'pipe']);
  });
});

describe('--out through a symbolic link', () => {
  it('writes the file the link names, and the link stays a link (renaming over it would replace it with a file)', () => {
    const dir = tempDir({ 'in.ndjson': input, 'data/real.json': 'the last run' });
    symlinkSync(join('data', 'real.json'), join(dir, 'latest.json'));
    const run = runCli(['score', join(dir, 'in.ndjson'), '--out', join(dir, 'latest.json')]);
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'data', 'real.json'), 'utf8'))).toHaveLength(3);
    expect(readdirSync(dir).sort()).toEqual(['data', 'in.ndjson', 'latest.json']);
    expect(readdirSync(join(dir, 'data'))).toEqual(['real.json']);
  });

  it('through a dangling link, creates the file it names, as > does, and the link stays a link', () => {
    const dir = tempDir({ 'in.ndjson': input, 'data/': '' });
    symlinkSync(join('data', 'new.json'), join(dir, 'latest.json'));
    const run = runCli(['score', join(dir, 'in.ndjson'), '--out', join(dir, 'latest.json')]);
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'data', 'new.json'), 'utf8'))).toHaveLength(3);
    expect(readdirSync(dir).sort()).toEqual(['data', 'in.ndjson', 'latest.json']);
  });

  it('refuses a loop of links (exit 2), leaving the links as they were', () => {
    const dir = tempDir({ 'in.ndjson': input });
    symlinkSync('b.json', join(dir, 'a.json'));
    symlinkSync('a.json', join(dir, 'b.json'));
    const run = runCli(['score', join(dir, 'in.ndjson'), '--out', join(dir, 'a.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'a.json')}: cannot write the output (too many levels of symbolic links)\n`);
    expect(lstatSync(join(dir, 'a.json')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json', 'in.ndjson']);
  });

  it('--out and --rejects through two dangling links to one file name the same file', () => {
    const dir = tempDir({ 'in.ndjson': input });
    symlinkSync('new.json', join(dir, 'out.json'));
    symlinkSync('new.json', join(dir, 'rejects.json'));
    const run = runCli(['score', join(dir, 'in.ndjson'), '--keep-going', '--out', join(dir, 'out.json'), '--rejects', join(dir, 'rejects.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/name the same file\n$/);
  });

  it('and a failed run leaves the file it links to untouched', () => {
    const dir = tempDir({ 'in.ndjson': `${input}{bad\n`, 'data/real.json': 'the last run' });
    symlinkSync(join('data', 'real.json'), join(dir, 'latest.json'));
    const run = runCli(['score', join(dir, 'in.ndjson'), '--out', join(dir, 'latest.json')]);
    expect(run.status).toBe(2);
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'data', 'real.json'), 'utf8')).toBe('the last run');
    expect(readdirSync(join(dir, 'data'))).toEqual(['real.json']);
  });
});

describe('the output and the rejects file are committed together', () => {
  it('when the rejects file cannot take its name, the output does not appear either', async () => {
    const dir = tempDir();
    // A directory where the rejects file should go, made while the run reads: the rename fails.
    const run = await runWhileWaiting(dir, () => mkdirSync(join(dir, 'rejects.ndjson')));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'rejects.ndjson')}: cannot write the rejects file (is a directory)\n`);
    expect(readdirSync(dir).sort()).toEqual(['in.ndjson', 'rejects.ndjson']);
    expect(readdirSync(join(dir, 'rejects.ndjson'))).toEqual([]);
  });

  it('when the output cannot take its name, the rejects file just named is removed', async () => {
    const dir = tempDir();
    const run = await runWhileWaiting(dir, () => mkdirSync(join(dir, 'out.json')));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'out.json')}: cannot write the output (is a directory)\n`);
    expect(readdirSync(dir).sort()).toEqual(['in.ndjson', 'out.json']);
  });

  it('and both appear when all goes well', async () => {
    const dir = tempDir();
    const run = await runWhileWaiting(dir, () => undefined);
    expect(run.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['in.ndjson', 'out.json', 'rejects.ndjson']);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toHaveLength(3);
  });
});

describe('an option given twice', () => {
  it('is bad usage when it takes a value (the last would win without a word); a repeated switch is harmless', () => {
    const dir = tempDir({ 'in.ndjson': input });
    const twice = runCli(['score', join(dir, 'in.ndjson'), '--out', join(dir, 'a.ndjson'), '--out', join(dir, 'b.ndjson')], { cwd: dir });
    expect([twice.status, twice.stderr]).toEqual([1, 'graded-care: score: --out is given twice; give it once\n']);
    expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
    const repeatedSwitch = runCli(['score', join(dir, 'in.ndjson'), '--keep-going', '--keep-going'], { cwd: dir });
    expect(repeatedSwitch.status).toBe(0);
  });
});

describe('an empty file name', () => {
  it.each([
    [['--out='], '--out'],
    [['--out', ''], '--out'],
    [['--keep-going', '--rejects='], '--rejects'],
  ])('%j is bad usage naming the option, and writes nothing', (options, option) => {
    const dir = tempDir({ 'in.ndjson': input });
    const run = runCli(['score', join(dir, 'in.ndjson'), ...options], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`graded-care: ${option}: expected a file name, received an empty value\n`);
    expect(run.stdout).toBe('');
    expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
  });

  it.each([
    [['place', '--as-of', '2025-12-01', '--policy='], '--policy'],
    [['cohort', '--as-of', '2025-12-01', '--group-by', 'locality', '--population-file='], '--population-file'],
  ])('%j names no file to read either: bad usage naming the option', (options, option) => {
    const dir = tempDir({ 'in.ndjson': input });
    const [command, ...rest] = options as [string, ...string[]];
    const run = runCli([command, join(dir, 'in.ndjson'), ...rest], { cwd: dir });
    expect([run.status, run.stderr, run.stdout]).toEqual([1, `graded-care: ${option}: expected a file name, received an empty value\n`, '']);
  });

  it.each([[[]], [['--format', 'csv']]])('as the input file (%j) is bad usage too, not a file without an extension or one that is missing', (options) => {
    const run = runCli(['place', '', '--as-of', '2025-12-01', ...options]);
    expect([run.status, run.stderr, run.stdout]).toEqual([1, 'graded-care: place: FILE: expected a file name, received an empty value\n', '']);
  });
});

// A file replaced took the permissions of a new one: an output kept private (chmod 600) became
// readable by all (644 under the usual umask) when the command was run again.
describe('an --out or --rejects file that exists', () => {
  it.each([['600', 0o600], ['640', 0o640], ['664', 0o664]])('keeps its permissions (%s) when replaced, as > keeps them, through a link too', (_octal, mode) => {
    const dir = tempDir({ 'in.ndjson': `${input}{}\n`, 'out.json': 'the last run', 'rejects.ndjson': 'the last run' });
    chmodSync(join(dir, 'out.json'), mode);
    chmodSync(join(dir, 'rejects.ndjson'), mode);
    symlinkSync(join(dir, 'rejects.ndjson'), join(dir, 'link.ndjson'));
    const run = runCli(['score', join(dir, 'in.ndjson'), '--keep-going', '--out', join(dir, 'out.json'), '--rejects', join(dir, 'link.ndjson')]);
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toMatch(/^\[/);
    expect(readFileSync(join(dir, 'rejects.ndjson'), 'utf8')).toMatch(/^\{"file"/);
    expect(statSync(join(dir, 'out.json')).mode & 0o777).toBe(mode);
    expect(statSync(join(dir, 'rejects.ndjson')).mode & 0o777).toBe(mode);
  });

  it('a new file gets the permissions a new file gets', () => {
    const dir = tempDir({ 'in.ndjson': input });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(0);
    writeFileSync(join(dir, 'plain.json'), '');
    expect(statSync(join(dir, 'out.json')).mode & 0o777).toBe(statSync(join(dir, 'plain.json')).mode & 0o777);
  });
});
