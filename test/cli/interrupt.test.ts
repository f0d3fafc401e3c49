import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgressLine } from '../../src/cli/progress-line.js';
import { run } from '../../src/cli/run.js';
import { tempDir } from '../support/files.js';
import { requireBuild, ROOT } from '../support/run.js';

describe('an interrupted run', () => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it(`removes its temporary output file on ${signal}, and ends by that signal`, async () => {
      requireBuild();
      const dir = tempDir();
      const fifo = join(dir, 'slow.ndjson');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      // The input never arrives: the CLI has opened its temporary output and waits to read.
      const child = spawn(process.execPath, [resolve(ROOT, 'dist/cli.js'), 'score', fifo, '--out', join(dir, 'out.json')], { stdio: 'ignore' });
      const exited = new Promise<string | null>((done) => child.on('exit', (_status, signal) => done(signal)));
      for (let i = 0; i < 200 && !readdirSync(dir).some((name) => name.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 25));
      expect(readdirSync(dir).some((name) => /^\.out\.json\.\d+-[0-9a-f]+\.tmp$/.test(name))).toBe(true);
      child.kill(signal);
      expect(await exited).toBe(signal);
      expect(readdirSync(dir)).toEqual(['slow.ndjson']);
    });
  }
});

describe('the progress line', () => {
  function stderr(isTTY: boolean): { written: string[]; write(text: string): boolean; isTTY: boolean } {
    const written: string[] = [];
    return { written, write: (text) => written.push(text) > 0, isTTY };
  }

  it('is drawn on a terminal and cleared at the end', () => {
    const tty = stderr(true);
    const line = new ProgressLine(tty, 'big.ndjson');
    line.update(120_000, 3 * 1_048_576);
    line.clear();
    expect(tty.written).toEqual(['\r\x1b[Kgraded-care: big.ndjson: 120,000 lines, 3.0 MiB read', '\r\x1b[K']);
  });

  it('is never written to a pipe or a file', () => {
    const pipe = stderr(false);
    const line = new ProgressLine(pipe, 'big.ndjson');
    line.update(120_000, 3 * 1_048_576);
    line.clear();
    expect(pipe.written).toEqual([]);
  });

  it('is what the CLI draws while it reads a file, when stderr is a terminal, and clears before its closing line', async () => {
    const dir = tempDir();
    const tty = stderr(true);
    const stdout = new Writable({ write: (_chunk, _encoding, done) => done() });
    const input = resolve(ROOT, 'examples/data/assessments.ndjson');
    const status = await run(['score', input, '--out', join(dir, 'scores.ndjson')], { stdout, stderr: tty });
    expect(status).toBe(0);
    const lines = readFileSync(input, 'utf8').split('\n').filter((l) => l !== '').length;
    // The test runner has been up for more than the 250 ms between redraws, so the first read draws.
    const drawn = tty.written.filter((t) => t.startsWith('\r\x1b[Kgraded-care: '));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.at(-1)).toMatch(new RegExp(`assessments\\.ndjson: ${lines} lines, 0\\.0 MiB read$`));
    expect(tty.written.indexOf('\r\x1b[K')).toBeGreaterThan(tty.written.indexOf(drawn[0] as string));
  });

  it('is cleared before a --keep-going reject message, which would otherwise run on from it', async () => {
    const dir = tempDir({ 'in.ndjson': `${readFileSync(resolve(ROOT, 'examples/data/assessments.ndjson'), 'utf8')}{"schemaVersion": 1,\n` });
    const tty = stderr(true);
    const stdout = new Writable({ write: (_chunk, _encoding, done) => done() });
    expect(await run(['score', join(dir, 'in.ndjson'), '--keep-going', '--out', join(dir, 'scores.ndjson')], { stdout, stderr: tty })).toBe(2);
    const reject = tty.written.findIndex((t) => t.includes('not valid JSON'));
    expect(tty.written.slice(0, reject).some((t) => t.startsWith('\r\x1b[Kgraded-care: '))).toBe(true);
    expect(tty.written[reject - 1]).toBe('\r\x1b[K');
  });

  it('is not drawn by the CLI when stderr is a pipe', async () => {
    const dir = tempDir();
    const pipe = stderr(false);
    const stdout = new Writable({ write: (_chunk, _encoding, done) => done() });
    expect(await run(['score', resolve(ROOT, 'examples/data/assessments.ndjson'), '--out', join(dir, 'scores.ndjson')], { stdout, stderr: pipe })).toBe(0);
    expect(pipe.written.some((t) => t.includes('\x1b[K'))).toBe(false);
  });
});
