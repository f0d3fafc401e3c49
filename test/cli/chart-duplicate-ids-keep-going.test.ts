import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../src/index.js';
import { renderStarChart } from '../../src/svg/index.js';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

function gcp(id: string, child: string, assessedOn: string): Record<string, unknown> {
  return { schemaVersion: 1, id, instrument: 'gcp2', child: { id: child }, assessedOn, ratings: { 'physical.nutrition': 3 } };
}
function star(id: string, child: string, assessedOn: string): Record<string, unknown> {
  return { schemaVersion: 1, id, instrument: 'family-star-plus', child: { id: child }, assessedOn, ratings: { 'family-routine': 4 } };
}
const ndjson = (records: readonly Record<string, unknown>[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
const REASON = 'assessment id "G1" appears twice (first at line 3); expected each assessment id once in a child\'s history';

// The docs: an assessment id twice in a child's history refuses that history; with
// --keep-going it is reported and counted, and the run goes on (it stopped chart instead).
describe('chart --keep-going: a child whose history holds an assessment id twice', () => {
  const stars = [star('S1', 'C1', '2025-01-06'), star('S2', 'C1', '2025-06-06')];
  const input = ndjson([...stars, gcp('G1', 'C2', '2025-01-06'), gcp('G1', 'C2', '2025-02-06')]);

  it('is refused and counted, and the child asked for is drawn, exit 2', () => {
    const dir = tempDir({ 'in.ndjson': input });
    const run = runCli(['chart', join(dir, 'in.ndjson'), '--kind', 'star', '--keep-going', '--rejects', join(dir, 'rejects.ndjson'), '--out', join(dir, 'chart.svg')]);
    expect(run.stderr).toMatch(/^graded-care: 1 child refused \(see .*rejects\.ndjson\); first: /);
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, 'chart.svg'), 'utf8')).toBe(renderStarChart(stars.map((s) => parseAssessment(s))));
    const rejects = readFileSync(join(dir, 'rejects.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rejects).toEqual([{ file: join(dir, 'in.ndjson'), line: 4, child: 'C2', skipped: 'history', message: `line 4: child "C2": ${REASON}` }]);
  });

  it('named by --child: nothing is drawn, exit 2, one line after the reject', () => {
    const dir = tempDir({ 'in.ndjson': input });
    const run = runCli(['chart', join(dir, 'in.ndjson'), '--kind', 'profile', '--child', 'C2', '--keep-going', '--out', join(dir, 'chart.svg')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `graded-care: ${join(dir, 'in.ndjson')}: line 4: child "C2": ${REASON}\n` +
        `graded-care: ${join(dir, 'in.ndjson')}: line 4: --child "C2" not drawn: its history was refused, and a picture of part of it would mislead\n`,
    );
    expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
  });

  it('without --keep-going, still stops the run at the duplicate', () => {
    const dir = tempDir({ 'in.ndjson': input });
    const run = runCli(['chart', join(dir, 'in.ndjson'), '--kind', 'star', '--out', join(dir, 'chart.svg')]);
    expect([run.status, run.stderr]).toEqual([2, `graded-care: ${join(dir, 'in.ndjson')}: line 4: child "C2": ${REASON}\n`]);
    expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
  });
});
