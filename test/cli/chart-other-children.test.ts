import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../src/index.js';
import { renderStarChart } from '../../src/svg/index.js';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

function star(id: string, child: string, assessedOn: string, grade = 4): Record<string, unknown> {
  return { schemaVersion: 1, id, instrument: 'family-star-plus', child: { id: child }, assessedOn, ratings: { 'family-routine': grade } };
}
const ndjson = (records: readonly unknown[]) => `${records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`;

// With --child C1, a bad row of C2 was reported as a bad row (exit 2) with no "child skipped"
// record, and without --keep-going it stopped the run: C1's picture, whole, was not drawn.
describe('chart --child: the rows of other children are not the picture\'s', () => {
  const c1 = [star('S1', 'C1', '2025-01-06'), star('S2', 'C1', '2025-06-06', 5)];
  const input = ndjson([...c1, star('S3', 'C2', '2025-06-06', 11), star('S4', 'C2', '2025-07-06')]);
  const drawn = renderStarChart(c1.map((s) => parseAssessment(s)));

  it.each([[[]], [['--keep-going']]])('a bad row of another child %j: neither reported nor counted, the child drawn, exit 0', (options) => {
    const dir = tempDir({ 'in.ndjson': input });
    const run = runCli(['chart', join(dir, 'in.ndjson'), '--kind', 'star', '--child', 'C1', ...options, '--out', join(dir, 'chart.svg')]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(readFileSync(join(dir, 'chart.svg'), 'utf8')).toBe(drawn);
  });

  it('a bad row that names no child could be the one drawn: --keep-going stops there, naming it', () => {
    const dir = tempDir({ 'in.ndjson': ndjson([...c1, '{"schemaVersion":1,"id":"S3",', star('S4', 'C2', '2025-07-06')]) });
    const run = runCli(['chart', join(dir, 'in.ndjson'), '--kind', 'star', '--child', 'C1', '--keep-going', '--out', join(dir, 'chart.svg')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^graded-care: .*in\.ndjson: line 3: not valid JSON .*; the row names no child, so any child's history could have a gap \(--keep-going cannot skip it: fix the row\)\n$/);
    expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
  });

  it('without --child, the bad row is reported and its child skipped, as before', () => {
    const dir = tempDir({ 'in.ndjson': input });
    const all = runCli(['chart', join(dir, 'in.ndjson'), '--kind', 'star', '--keep-going', '--rejects', join(dir, 'all.ndjson'), '--out', join(dir, 'chart.svg')]);
    expect(all.status).toBe(2);
    const records = readFileSync(join(dir, 'all.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => [r['line'], r['child'], r['skipped'] ?? 'row'])).toEqual([[3, 'C2', 'row'], [3, 'C2', 'child']]);
    expect(readFileSync(join(dir, 'chart.svg'), 'utf8')).toBe(drawn);
  });
});
