import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

function record(id: string, assessedOn: string): Record<string, unknown> {
  return { schemaVersion: 1, id, instrument: 'gcp2', child: { id: 'C1' }, assessedOn, ratings: { 'physical.nutrition': 3 } };
}
const RECORDS = [record('A0', '2025-01-06'), record('A1', '2025-02-06'), record('A1', '2025-03-06')];
const REASON = 'child "C1": assessment id "A1" appears twice (first at line 2); expected each assessment id once in a child\'s history';

describe('an assessment id twice in one child\'s history', () => {
  const ndjson = `${RECORDS.map((r) => JSON.stringify(r)).join('\n')}\n`;

  for (const args of [['place', '--as-of', '2025-08-01'], ['progress', '--as-of', '2025-08-01'], ['chart', '--kind', 'profile']]) {
    it(`${args[0]}: names the line of the duplicate and of the first, as the file numbers them`, () => {
      const dir = tempDir({ 'dup.ndjson': ndjson });
      const [command, ...rest] = args as [string, ...string[]];
      const run = runCli([command, join(dir, 'dup.ndjson'), ...rest, '--out', join(dir, command === 'chart' ? 'out.svg' : 'out.json')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`graded-care: ${join(dir, 'dup.ndjson')}: line 3: ${REASON}\n`);
      expect(Object.keys(snapshot(dir))).toEqual(['dup.ndjson']);
    });
  }

  it('names items in a JSON array', () => {
    const dir = tempDir({ 'dup.json': JSON.stringify(RECORDS, null, 2) });
    const run = runCli(['place', join(dir, 'dup.json'), '--as-of', '2025-08-01']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'dup.json')}: item 3: ${REASON.replace('line 2', 'item 2')}\n`);
  });
});

describe('an assessment id twice in a long history, searched through a map past 32 records', () => {
  // 40 weekly records of C1, the last repeating the id of the fifth.
  const dates = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10));
  const long = dates.map((date, i) => record(i === 39 ? 'A4' : `A${i}`, date));

  for (const args of [['place', '--as-of', '2025-08-01'], ['chart', '--kind', 'profile']]) {
    it(`${args[0]}: names the line of the duplicate and of the first`, () => {
      const dir = tempDir({ 'dup.ndjson': `${long.map((r) => JSON.stringify(r)).join('\n')}\n` });
      const [command, ...rest] = args as [string, ...string[]];
      const run = runCli([command, join(dir, 'dup.ndjson'), ...rest]);
      expect([run.status, run.stderr]).toEqual([2, `graded-care: ${join(dir, 'dup.ndjson')}: line 40: ${REASON.replaceAll('A1', 'A4').replace('line 2', 'line 5')}\n`]);
    });
  }
});
