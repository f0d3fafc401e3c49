import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencePolicy, trackProgress, type ProgressReport } from '../../src/index.js';
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

  it('a child assessed twice on one day (a corrected record): no baseline → latest counts, no review, as cohort counts no progress', () => {
    const at = (id: string, nutrition: number) => JSON.stringify({ schemaVersion: 1, id, instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': nutrition, 'physical.health': 3 } });
    // Nutrition 2 corrected to 1 (both met): "improved" by the ids alone, over 0 days.
    const run = runCli(['progress', '-', '--format', 'ndjson', '--as-of', '2025-06-30', '--output-format', 'csv'], { input: `${at('A-1', 2)}\n${at('A-2', 1)}\n` });
    expect(run.status).toBe(0);
    expect(csvObjects(run.stdout)[0]).toMatchObject({ assessments: '2', baselineAssessmentId: 'A-1', latestAssessmentId: 'A-2', daysBaselineToLatest: '0', improved: '', unchanged: '', deteriorated: '', notComparable: '', 'trend.physical': 'insufficient', drifting: 'false', driftReason: 'not yet judged: 0 reviews since the baseline (drift is judged after 2)' });
  });

  describe('--policy FILE: bands, need types and persistence as place --policy judges them', () => {
    // Grades from 3 at concern, 120 days for persistence, and GCP2 nutrition counted as a need type "food".
    const local = {
      ...referencePolicy,
      id: 'local',
      version: '1',
      persistenceDays: 120,
      bands: { met: { min: 1, max: 1 }, borderline: { min: 2, max: 2 }, concern: { min: 3, max: 5 } },
      needs: { ...referencePolicy.needs, gcp2: { ...referencePolicy.needs['gcp2'], 'physical.nutrition': 'food' } },
    };
    const policyDir = tempDir({ 'local.json': JSON.stringify(local) });
    const withPolicy = ['--as-of', AS_OF, '--policy', join(policyDir, 'local.json'), '--output-format', 'csv'];
    const byChild = (text: string) => Object.fromEntries(csvObjects(text).filter((r) => r['instrument'] === 'gcp2').map((r) => [r['childId'], r]));

    it('judges C-105 by the policy: its 3s at concern, 90 days short of persistent; the review date stays latest + 90 days', () => {
      const run = runCli(['progress', 'examples/data/assessments.ndjson', ...withPolicy]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      // The policy's own need type gets a column, after the built-in ones.
      const header = run.stdout.split('\n')[0]?.split(',') ?? [];
      expect(header.slice(header.indexOf('persistent.medical'), header.indexOf('persistent.food') + 1)).toEqual(['persistent.medical', 'persistent.nutritional', 'persistent.emotional', 'persistent.physical', 'persistent.supervisory', 'persistent.food']);
      // C-105: A-105-1 (2025-04-01) and A-105-2 (2025-06-30), safety.in-absence 3 and responsiveness 3 in both:
      // supervisory and emotional at concern from 3; 90 days apart, short of 120. Next review 2025-06-30 + 90 = 2025-09-28, 53 days before 2025-11-20.
      expect(byChild(run.stdout)['C-105']).toMatchObject({ atConcern: 'emotional;supervisory', persistentNeeds: '', 'persistent.supervisory': 'false', 'persistent.nutritional': '', nextReviewDue: '2025-09-28', overdue: 'true', daysOverdue: '53' });
      // Without the policy, a 3 is borderline: nothing at concern.
      const plain = runCli(['progress', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--output-format', 'csv']);
      expect(byChild(plain.stdout)['C-105']).toMatchObject({ atConcern: '', nextReviewDue: '2025-09-28' });
    });

    it('agrees with place --policy on every child’s persistent needs', () => {
      const progress = byChild(runCli(['progress', 'examples/data/assessments.ndjson', ...withPolicy]).stdout);
      const place = csvObjects(runCli(['place', 'examples/data/assessments.ndjson', ...withPolicy]).stdout);
      expect(place).toHaveLength(7);
      for (const p of place) expect([p['childId'], progress[p['childId'] as string]?.['persistentNeeds']]).toEqual([p['childId'], p['persistentNeeds']]);
      // Not a vacuous agreement. C-106 under the policy: emotional, physical and supervisory at
      // concern (3 or worse) since A-106-1 (2025-01-20), 238 days; food (nutrition) only since
      // A-106-2 (2025-05-19), 119 days, short of 120; medical only in the latest.
      expect(progress['C-106']?.['persistentNeeds']).toBe('emotional;physical;supervisory');
    });

    it('leaves Star readings as they are', () => {
      const run = runCli(['progress', 'examples/data/assessments.ndjson', ...withPolicy.slice(0, 4)]);
      const plain = runCli(['progress', 'examples/data/assessments.ndjson', '--as-of', AS_OF]);
      const stars = (text: string) => (JSON.parse(text) as ProgressReport[]).filter((r) => r.family === 'star');
      expect(stars(run.stdout)).toHaveLength(2);
      expect(stars(run.stdout)).toEqual(stars(plain.stdout));
    });
  });

  it('refuses without --as-of, never reading the clock, leaving no output', () => {
    const dir = tempDir();
    const run = runCli(['progress', 'examples/data/assessments.ndjson', '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('graded-care: progress: --as-of YYYY-MM-DD is required (results never depend on the clock)\n');
    expect(snapshot(dir)).toEqual({});
  });
});
