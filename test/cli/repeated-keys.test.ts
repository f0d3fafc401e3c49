import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';
import { SAMPLE, sampleNdjson } from '../support/sample.js';

// JSON.parse keeps the last of two equal keys in silence: a grade of 5 written again as 1
// would be read as 1. Records that repeat a key are bad rows, named at the key.
const lines = sampleNdjson(4).trimEnd().split('\n');
const repeatGrade = (line: string): string => line.replace(/"ratings":\{/, '"ratings":{"physical.nutrition":5,');
const REASON = 'expected each key once in its object, received the key "physical.nutrition" again (JSON.parse would keep only the last)';

describe('a key written twice in one record', () => {
  it('in NDJSON is refused, naming the line and the key, and nothing is written', () => {
    const dir = tempDir({ 'in.ndjson': [lines[0], repeatGrade(lines[1] as string), lines[2], ''].join('\n') });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'in.ndjson')}: line 2: ratings["physical.nutrition"]: ${REASON}\n`);
    expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
  });

  it('with --keep-going is a rejected row with its path, beside the rows that are read', () => {
    const dir = tempDir({ 'in.ndjson': [lines[0], lines[1], repeatGrade(lines[2] as string), lines[3], ''].join('\n') });
    const rejects = join(dir, 'rejects.ndjson');
    const run = runCli(['score', join(dir, 'in.ndjson'), '--keep-going', '--rejects', rejects, '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    expect((JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as unknown[]).length).toBe(3);
    const rejected = readFileSync(rejects, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ line: 3, issues: [{ path: ['ratings', 'physical.nutrition'], expected: 'each key once in its object' }] });
  });

  it('in a JSON array is refused at its item, each repeat named', () => {
    const items = SAMPLE.slice(0, 3).map((a) => JSON.stringify(a));
    items[1] = repeatGrade(items[1] as string).replace(/^\{/, '{"kind":"review",');
    const dir = tempDir({ 'in.json': `[\n${items.join(',\n')}\n]\n` });
    const run = runCli(['score', join(dir, 'in.json'), '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'in.json')}: item 2: kind: expected each key once in its object, received the key "kind" again (JSON.parse would keep only the last) (+1 more)\n`);
    expect(Object.keys(snapshot(dir))).toEqual(['in.json']);
    const kept = runCli(['score', join(dir, 'in.json'), '--keep-going', '--rejects', join(dir, 'rejects.ndjson'), '--out', join(dir, 'out.json')]);
    expect(kept.status).toBe(2);
    const rejected = JSON.parse(readFileSync(join(dir, 'rejects.ndjson'), 'utf8')) as { item: number; issues: { path: unknown[] }[] };
    expect(rejected.item).toBe(2);
    expect(rejected.issues.map((issue) => issue.path)).toEqual([['kind'], ['ratings', 'physical.nutrition']]);
  });

  it('does not end the run as an internal error on a record nested deeper than the count goes', () => {
    // Counting members by recursion overflowed the stack here (exit status 3); the contract refuses the record.
    const deep = `{"ratings":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const dir = tempDir({ 'in.ndjson': `${lines[0]}\n${deep}\n`, 'in.json': `[${lines[0]},\n${deep}]\n` });
    for (const file of ['in.ndjson', 'in.json']) {
      const run = runCli(['score', join(dir, file), '--out', join(dir, 'out.json')]);
      expect(run.stderr).toMatch(new RegExp(`^graded-care: ${join(dir, file).replaceAll('.', '\\.')}: (line|item) 2: `));
      expect(run.stderr).not.toMatch(/internal error/);
      expect(run.status).toBe(2);
    }
  });

  it('is told apart from a colon inside a note, which is read as before', () => {
    const first = SAMPLE[0] as { ratings: Record<string, unknown> };
    const noted = JSON.stringify({ ...first, ratings: { ...first.ratings, 'physical.nutrition': { grade: 4, note: 'seen at 10:30, "no food": none' } } });
    const dir = tempDir({ 'in.ndjson': `${noted}\n` });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--output-format', 'ndjson']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ subAreas: { 'physical.nutrition': { grade: 4 } } });
  });
});
