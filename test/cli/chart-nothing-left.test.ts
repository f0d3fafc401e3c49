import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

function gcp(id: string, child: string, assessedOn: string): Record<string, unknown> {
  return { schemaVersion: 1, id, instrument: 'gcp2', child: { id: child }, assessedOn, ratings: { 'physical.nutrition': 3 } };
}
function star(id: string, child: string, assessedOn: string): Record<string, unknown> {
  return { schemaVersion: 1, id, instrument: 'family-star-plus', child: { id: child }, assessedOn, ratings: { 'family-routine': 4 } };
}
const ndjson = (records: readonly Record<string, unknown>[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

// With every child of the kind skipped, "the input has no Star readings" was false: it has
// them, and they were skipped.
describe('chart --keep-going: nothing left to draw after skipping', () => {
  it('says the children were skipped, not that the input has none', () => {
    const bad = { ...star('S2', 'C1', '2025-06-06'), ratings: { 'family-routine': 11 } };
    const dir = tempDir({ 'in.ndjson': ndjson([star('S1', 'C1', '2025-01-06'), bad, gcp('G1', 'C2', '2025-01-06')]) });
    const run = runCli(['chart', join(dir, 'in.ndjson'), '--kind', 'star', '--keep-going', '--out', join(dir, 'chart.svg')]);
    expect(run.status).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`graded-care: ${join(dir, 'in.ndjson')}: chart --kind star: no Star readings left to draw (1 child skipped)`);
    expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
  });

  it('counts a child refused for an assessment id twice as left out too', () => {
    const dir = tempDir({ 'in.ndjson': ndjson([star('S1', 'C1', '2025-01-06'), star('S1', 'C1', '2025-06-06'), gcp('G1', 'C2', '2025-01-06')]) });
    const run = runCli(['chart', join(dir, 'in.ndjson'), '--kind', 'star', '--keep-going', '--out', join(dir, 'chart.svg')]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(`graded-care: ${join(dir, 'in.ndjson')}: chart --kind star: no Star readings left to draw (1 child refused)`);
    expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
  });
});
