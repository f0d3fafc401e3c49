import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackProgress, type ProgressReport } from '../../src/index.js';
import { PROGRESS_CSV_COLUMNS } from '../../src/cli/commands/progress-columns.js';
import { csvObjects, sampleHistories } from '../support/children.js';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

const AS_OF = '2025-11-20';
const key = (r: { childId: string; instrument: { id: string } }) => `${r.childId} ${r.instrument.id}`;
/** One report per child and instrument, as the library makes them. */
const expected = sampleHistories().flatMap(([, history]) => [...new Set(history.map((a) => a.instrument))].map((id) => trackProgress(history.filter((a) => a.instrument === id), { asOf: AS_OF })));

describe('graded-care progress on the sample data', () => {
  it.each(['json', 'ndjson', 'csv'])('reads assessments.%s and writes a report per child and instrument, as the library makes them', (ext) => {
    const run = runCli(['progress', `examples/data/assessments.${ext}`, '--as-of', AS_OF]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const reports = JSON.parse(run.stdout) as ProgressReport[];
    // Seven children; C-101 and C-106 also have Family Star Plus readings.
    expect(reports.map(key).sort()).toEqual([
      'C-101 family-star-plus', 'C-101 gcp2', 'C-102 gcp2', 'C-103 gcp2', 'C-104 gcp2', 'C-105 gcp2', 'C-106 family-star-plus', 'C-106 gcp2', 'C-107 gcp2',
    ]);
    const byKey = (a: ProgressReport, b: ProgressReport) => (key(a) < key(b) ? -1 : 1);
    expect(reports.sort(byKey)).toEqual(JSON.parse(JSON.stringify(expected)).sort(byKey));
  });

  it('--out progress.csv: one row per child and instrument with the documented columns, hand-checked', () => {
    const dir = tempDir();
    const run = runCli(['progress', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--out', join(dir, 'progress.csv')]);
    expect(run.status).toBe(0);
    expect(Object.keys(snapshot(dir))).toEqual(['progress.csv']);
    const text = readFileSync(join(dir, 'progress.csv'), 'utf8');
    expect(text.split('\n')[0]?.split(',')).toEqual(PROGRESS_CSV_COLUMNS);
    expect(PROGRESS_CSV_COLUMNS).toEqual(expect.arrayContaining(['persistent.supervisory', 'trend.physical', 'trend.family-routine', 'nextReviewDue', 'overdue', 'drifting']));
    const rows = Object.fromEntries(csvObjects(text).map((r) => [`${r['childId']} ${r['instrument']}`, r]));
    // C-103: one assessment (A-103-1, 2025-08-11): nothing to compare; review 90 days on, 2025-11-09, 11 days overdue on 2025-11-20.
    expect(rows['C-103 gcp2']).toMatchObject({ assessments: '1', baselineAssessmentId: 'A-103-1', latestAssessmentId: 'A-103-1', daysBaselineToLatest: '0', improved: '', atConcern: 'nutritional', persistentNeeds: '', 'persistent.nutritional': 'false', drifting: 'false', nextReviewDue: '2025-11-09', overdue: 'true', daysOverdue: '11', 'trend.physical': 'insufficient' });
    // C-106 (GCP2): physical (housing) and supervisory (safety.home) at concern in A-106-2 (2025-05-19) and A-106-3 (2025-09-15), 119 days ≥ 90.
    expect(rows['C-106 gcp2']).toMatchObject({ assessments: '3', baselineAssessedOn: '2025-01-20', latestAssessedOn: '2025-09-15', daysBaselineToLatest: '238', 'persistent.physical': 'true', 'persistent.supervisory': 'true', 'persistent.medical': 'false', drifting: 'true', nextReviewDue: '2025-12-14', overdue: 'false', daysOverdue: '0' });
    // C-106 (Star): two readings, every area lower at the second: all ten deteriorated; Stars have no need types.
    expect(rows['C-106 family-star-plus']).toMatchObject({ family: 'star', assessments: '2', improved: '0', deteriorated: '10', 'persistent.physical': '', 'trend.family-routine': 'deteriorating', 'trend.physical': '' });
    expect(text).not.toMatch(/NaN|undefined/);
  });

  it('refuses without --as-of, never reading the clock, leaving no output', () => {
    const dir = tempDir();
    const run = runCli(['progress', 'examples/data/assessments.ndjson', '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('graded-care: progress: --as-of YYYY-MM-DD is required (results never depend on the clock)\n');
    expect(snapshot(dir)).toEqual({});
  });
});
