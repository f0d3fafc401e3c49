import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';
import { sampleNdjson } from '../support/sample.js';

const lines = sampleNdjson(5).trimEnd().split('\n');
// Lines 2 and 4 are bad: invalid JSON, and a grade of 9.
const input = [lines[0], '{"schemaVersion": 1,', lines[2], (lines[3] as string).replace(/"physical\.nutrition":(\d|\{"grade":\d)/, '"physical.nutrition":9'), lines[4], ''].join('\n');

describe('--keep-going', () => {
  it('processes the good rows, writes each bad row to --rejects, and exits 2 with a count', () => {
    const dir = tempDir({ 'in.ndjson': input });
    const rejects = join(dir, 'rejects.ndjson');
    const run = runCli(['score', join(dir, 'in.ndjson'), '--keep-going', '--rejects', rejects, '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^graded-care: 2 bad rows \\(see ${rejects.replace(/[.]/g, '\\.')}\\); first: .*in\\.ndjson: line 2: not valid JSON \\(.+\\)\\n$`));
    expect((JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as unknown[]).length).toBe(3);
    const rejected = readFileSync(rejects, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rejected.map((r) => r['line'])).toEqual([2, 4]);
    expect(rejected[0]).toMatchObject({ file: join(dir, 'in.ndjson'), message: expect.stringMatching(/^line 2: not valid JSON/) });
    expect(rejected[1]).toMatchObject({ child: expect.any(String), issues: [{ path: ['ratings', 'physical.nutrition'], received: 'the number 9' }] });
    expect(Object.keys(snapshot(dir)).sort()).toEqual(['in.ndjson', 'out.json', 'rejects.ndjson']);
  });

  it('without --rejects, lists each bad row on stderr, then the count', () => {
    const dir = tempDir({ 'in.ndjson': input });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--keep-going', '--output-format', 'ndjson']);
    expect(run.status).toBe(2);
    const messages = run.stderr.trimEnd().split('\n');
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/in\.ndjson: line 2: not valid JSON/);
    expect(messages[1]).toMatch(/in\.ndjson: line 4: ratings\["physical\.nutrition"\]: expected an integer grade/);
    expect(messages[2]).toMatch(/^graded-care: 2 bad rows \(listed above\); first: /);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  it('stops at the first bad row without it, writing nothing', () => {
    const dir = tempDir({ 'in.ndjson': input });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^graded-care: .*in\.ndjson: line 2: not valid JSON \(.+\)\n$/);
    expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
  });

  it('still stops, leaving neither output nor rejects, when the file as a whole is bad', () => {
    const dir = tempDir({ 'in.ndjson': `${lines[0]}\n${'x'.repeat(3000)}\n` });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--keep-going', '--rejects', join(dir, 'rejects.ndjson'), '--out', join(dir, 'out.json'), '--max-line-bytes', '2000']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/line 2: longer than 2,000 bytes/);
    expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
  });

  it('with no bad row exits 0 and leaves an empty rejects file', () => {
    const dir = tempDir({ 'in.ndjson': sampleNdjson(2) });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--keep-going', '--rejects', join(dir, 'rejects.ndjson'), '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'rejects.ndjson'), 'utf8')).toBe('');
  });

  it('--rejects without --keep-going is a usage error', () => {
    const run = runCli(['score', 'examples/data/assessments.json', '--rejects', 'r.ndjson']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('graded-care: --rejects FILE goes with --keep-going\n');
  });
});
