import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencePolicy } from '../../src/index.js';
import { tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

/*
 * A policy that maps no instrument passes definePolicy, and is held to an instrument only when
 * an assessment of it is placed. One that does not fit it is the policy file's fault: the run
 * stops naming that file, even with --keep-going, rather than refusing every child in turn as
 * if their histories were bad.
 */

const unmapped = { ...referencePolicy, id: 'no-map', needs: {} };
const POLICIES = {
  'grade.json': { ...unmapped, rules: referencePolicy.rules.map((r) => (r.id === 'immediate-safety' ? { ...r, grade: 9 } : r)) },
  'areas.json': { ...unmapped, seriousImpairmentMinAreas: 5 },
  'bands.json': { ...unmapped, bands: { ...referencePolicy.bands, concern: { min: 4, max: 7 } } },
};
const MESSAGES: Record<string, string> = {
  'grade.json': "rules[0].grade: expected a grade on gcp2's scale (1–5), received the number 9",
  'areas.json': 'seriousImpairmentMinAreas: expected at most 4, the areas of gcp2 (the policy maps no instrument), received the number 5',
  'bands.json': "bands.concern.max: expected 5 (the last of the bands (on gcp2's scale 1–5) must end at the top of the scale), received the number 7",
};

describe('a --policy that does not fit an instrument it does not map', () => {
  for (const command of ['place', 'progress'] as const) {
    it.each(Object.keys(POLICIES))(`${command}: %s stops the run naming the policy file, with --keep-going too`, (name) => {
      const dir = tempDir(Object.fromEntries(Object.entries(POLICIES).map(([file, policy]) => [file, JSON.stringify(policy)])));
      const out = join(dir, 'out.csv');
      const run = runCli([command, 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--policy', join(dir, name), '--keep-going', '--out', out]);
      expect(run.stderr).toBe(`graded-care: ${join(dir, name)}: not a valid threshold policy for gcp2, which it does not map: ${MESSAGES[name]}\n`);
      expect(run.status).toBe(2);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('cohort, which takes the same --policy, stops so too', () => {
    const dir = tempDir({ 'grade.json': JSON.stringify(POLICIES['grade.json']) });
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--population', '1000', '--policy', join(dir, 'grade.json'), '--keep-going']);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'grade.json')}: not a valid threshold policy for gcp2, which it does not map: ${MESSAGES['grade.json']}\n`);
    expect([run.status, run.stdout]).toEqual([2, '']);
  });

  it('a policy that fits is taken as before', () => {
    const dir = tempDir({ 'fits.json': JSON.stringify(unmapped) });
    const run = runCli(['place', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--policy', join(dir, 'fits.json'), '--output-format', 'csv']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(8);
  });
});
