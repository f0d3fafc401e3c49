import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalText } from '../../src/cli/terminal-text.js';
import { tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

// Ids are free text, without controls (the contract refuses them) but not without a line
// separator, which must reach the terminal as text; file names may hold escape sequences too.
const CHILD = 'C-1\u2028x\u2029y';
const record = (id: string, grade: number) => JSON.stringify({ schemaVersion: 1, id, instrument: 'gcp2', child: { id: CHILD }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': grade } });
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

describe('ids with line separators and file names with control characters, written for a terminal', () => {
  it('terminalText writes controls and separators as \\uXXXX and leaves other text alone', () => {
    expect(terminalText('a\u0000b\u001b[0m\u007f\u0085\u2028\u2029 é 😀')).toBe('a\\u0000b\\u001b[0m\\u007f\\u0085\\u2028\\u2029 é 😀');
  });

  it('terminalText writes a surrogate without its pair as \\uXXXX, which UTF-8 would print as U+FFFD, and keeps pairs', () => {
    expect(terminalText('C-\ud800|C-\udfff|\udc00\ud83d|😀')).toBe('C-\\ud800|C-\\udfff|\\udc00\\ud83d|😀');
  });

  it('score --report shows the child id escaped', () => {
    const dir = tempDir({ 'in.ndjson': `${record('A-1', 3)}\n` });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--report']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('Child C-1\\u2028x\\u2029y ·');
  });

  it('score --report shows the file name escaped in its first line', () => {
    const name = 'in\u001b[31m\u2028.ndjson';
    const dir = tempDir({ [name]: `${record('A-1', 3)}\n` });
    const run = runCli(['score', join(dir, name), '--report']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout.split('\n')[0]).toContain('scored from ');
    expect(run.stdout.split('\n')[0]).toContain('in\\u001b[31m\\u2028.ndjson; latest profile');
  });

  it('an error naming the child stays on one line, with no raw control character', () => {
    const dir = tempDir({ 'in.ndjson': `${record('A-1', 3)}\n${record('A-1', 4)}\n` });
    const run = runCli(['progress', join(dir, 'in.ndjson'), '--as-of', '2025-07-01']);
    expect(run.status).toBe(2);
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.trimEnd()).not.toMatch(/[\n\r]/);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain('\\u2028');
  });
});
