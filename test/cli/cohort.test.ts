import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CohortSummary } from '../../src/index.js';
import { COHORT_CSV_COLUMNS } from '../../src/cli/commands/cohort-rows.js';
import { csvObjects } from '../support/children.js';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

const AS_OF = '2025-11-20';
const BY_LOCALITY = ['--population-file', 'examples/data/population.csv', '--group-by', 'locality'];
const LEVELS = ['child-protection', 'child-in-need', 'early-help', 'additional-support', 'universal'];

/*
 * Worked by hand from examples/data (levels as in test/cli/place.test.ts) and
 * examples/data/population.csv (Central 14,200, North 9,800, East 8,100, West 7,600, Rural 8,700):
 *
 *   locality  children  child-protection  child-in-need  early-help  additional-support  universal
 *   Central   2         0                 0              0           1 (C-105)           1 (C-101)
 *   North     2         1 (C-102)         0              1 (C-107)   0                   0
 *   East      1         0                 1 (C-103)      0           0                   0
 *   West      1         0                 0              0           0                   1 (C-104)
 *   Rural     1         1 (C-106)         0              0           0                   0
 *   total     7         2                 1              1           1                   2
 *
 * Rates per 10,000: North child protection 1 / 9,800 = 1.0204… → 1.0; Central universal
 * 1 / 14,200 = 0.704… → 0.7; whole area child protection 2 / 48,400 = 0.413… → 0.4.
 */
describe('graded-care cohort on the sample data', () => {
  it('--no-suppress: exact counts and rates per 10,000 by locality, hand-checked', () => {
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', AS_OF, ...BY_LOCALITY, '--no-suppress']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout) as CohortSummary & { asOf: string; policy: { id: string; version: string } };
    expect(summary).toMatchObject({ asOf: AS_OF, policy: { id: 'reference-2016', version: '1.0.0' }, groupBy: 'locality', suppression: { method: 'none' }, levels: LEVELS });
    const counts = (g: CohortSummary['total']) => [g.children, ...LEVELS.map((l) => g.levels[l]?.count)];
    expect(Object.fromEntries([summary.total, ...summary.groups].map((g) => [g.group, [g.population, ...counts(g)]]))).toEqual({
      total: [48_400, 7, 2, 1, 1, 1, 2],
      Central: [14_200, 2, 0, 0, 0, 1, 1],
      North: [9_800, 2, 1, 0, 1, 0, 0],
      East: [8_100, 1, 0, 1, 0, 0, 0],
      West: [7_600, 1, 0, 0, 0, 0, 1],
      Rural: [8_700, 1, 1, 0, 0, 0, 0],
    });
    expect(summary.groups[1]?.levels['child-protection']).toEqual({ count: 1, ratePer10k: 1 });
    expect(summary.groups[0]?.levels['universal']).toEqual({ count: 1, ratePer10k: 0.7 });
    expect(summary.total.levels['child-protection']).toEqual({ count: 2, ratePer10k: 0.4 });
    // Nutritional at concern in the latest assessment: C-102, C-103, C-106; physical: C-102, C-106, C-107.
    expect(summary.total.needsAtConcern['nutritional']?.count).toBe(3);
    expect(summary.total.needsAtConcern['physical']?.count).toBe(3);
    // Physical area, baseline → latest, the five children with two GCP2 assessments or more:
    // C-101 4 → 2 improved; C-104 1 → 1, C-105 2 → 2 unchanged; C-102 3 → 4, C-106 2 → 4 deteriorated.
    expect(summary.total.progress['physical']).toEqual({ children: 5, improved: { count: 1, percent: 20 }, unchanged: { count: 2, percent: 40 }, deteriorated: { count: 2, percent: 40 } });
  });

  it('suppresses by default: counts 1–5 (and the totals that would give them away) are c, 0 stays 0', () => {
    const dir = tempDir();
    const run = runCli(['cohort', 'examples/data/assessments.csv', '--as-of', AS_OF, ...BY_LOCALITY, '--out', join(dir, 'cohort.json')]);
    expect(run.status).toBe(0);
    expect(Object.keys(snapshot(dir))).toEqual(['cohort.json']);
    const summary = JSON.parse(readFileSync(join(dir, 'cohort.json'), 'utf8')) as CohortSummary;
    expect(summary.suppression).toEqual({ method: 'dfe', roundTotals: false });
    // Every non-zero count above is 1 or 2, so c. The grand total 7 is not, but the groups'
    // hidden totals are at least 2, 2, 1, 1 and 1 (one per c under them), which add up to 7:
    // shown, it would give every group's total and then every cell back, so it is c too.
    expect(summary.total.children).toBe('c');
    expect(summary.total.levels['child-protection']).toEqual({ count: 'c', ratePer10k: 'c' });
    expect(summary.groups.map((g) => g.children)).toEqual(['c', 'c', 'c', 'c', 'c']);
    expect(summary.groups[0]?.levels['child-protection']).toEqual({ count: 0, ratePer10k: 0 });
    expect(readFileSync(join(dir, 'cohort.json'), 'utf8')).not.toMatch(/"count": [1-5],/);
  });

  it('--round-totals rounds the whole-area total to the nearest 10', () => {
    // Not grouped: five level c's beside 7 children leave the 7 shown (grouped, it is c, above).
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--population', '48400', '--round-totals']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as CohortSummary).total.children).toBe(10);
  });

  it('writes CSV, one figure a row with the documented columns', () => {
    const run = runCli(['cohort', 'examples/data/assessments.json', '--as-of', AS_OF, '--population', '48400', '--no-suppress', '--output-format', 'csv']);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]?.split(',')).toEqual(COHORT_CSV_COLUMNS);
    const rows = csvObjects(run.stdout);
    const find = (measure: string, category: string, area = '') => rows.find((r) => r['measure'] === measure && r['category'] === category && r['area'] === area);
    expect(find('children', '')).toMatchObject({ group: 'total', population: '48400', count: '7' });
    expect(find('level', 'child-protection')).toMatchObject({ count: '2', ratePer10k: '0.4', percent: '' });
    // 3 of 48,400 = 0.6198… → 0.6.
    expect(find('need-at-concern', 'nutritional')).toMatchObject({ count: '3', ratePer10k: '0.6' });
    expect(find('progress', 'improved', 'physical')).toMatchObject({ count: '1', percent: '20' });
    // One group only: the whole area. 1 + 4 × 5 (levels, needs) + 4 areas × 4 rows.
    expect(rows).toHaveLength(1 + 5 + 5 + 4 * 4);
  });

  it('says so when a locality has a population under a name that differs only in spaces or case', () => {
    // A spreadsheet's "Central " (a trailing space) or "CENTRAL" looks like Central in the list of groups.
    const dir = tempDir({ 'population.csv': 'group,population\nCentral ,14200\nNORTH,9800\nEast,8100\nWest,7600\nRural,8700\n' });
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--population-file', join(dir, 'population.csv'), '--group-by', 'locality']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/child "C-101": Invalid cohort record: child\.locality: expected a group with a population in .*population\.csv \(Central , NORTH, East, West, Rural; the file has "Central ", and spaces and case count\), received "Central"\n$/);
  });

  it('refuses a child whose locality has no population, naming the child and the groups', () => {
    const dir = tempDir({ 'population.json': JSON.stringify({ Central: 14_200, North: 9_800 }) });
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--population-file', join(dir, 'population.json'), '--group-by', 'locality', '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^graded-care: examples\/data\/assessments\.ndjson: line \d+: child "C-103": Invalid cohort record: child\.locality: expected a group with a population in .*population\.json \(Central, North\), received "East"\n$/);
    expect(Object.keys(snapshot(dir))).toEqual(['population.json']);
  });

  // A file of 100,000 wards listed every one of them in the message: 1.3 MB on one line.
  it('names the first 20 groups of a large population file and how many more there are', () => {
    const wards = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`Ward-${String(i).padStart(6, '0')}`, 1_000]));
    const dir = tempDir({ 'population.json': JSON.stringify(wards) });
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--population-file', join(dir, 'population.json'), '--group-by', 'locality', '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    const first20 = Object.keys(wards).slice(0, 20).join(', ');
    expect(run.stderr).toMatch(new RegExp(`: child\\.locality: expected a group with a population in .*population\\.json \\(${first20} and 99,980 more\\), received "[A-Za-z]+"\n$`));
    expect(Object.keys(snapshot(dir))).toEqual(['population.json']);
  });

  it('names the population file and group, or --population, when a population is smaller than the children counted', () => {
    const dir = tempDir({ 'population.json': JSON.stringify({ Central: 1, North: 9_800, East: 8_100, West: 7_600, Rural: 8_700 }) });
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--population-file', join(dir, 'population.json'), '--group-by', 'locality', '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'population.json')}: group "Central": expected a whole number of children at least the 2 children of group "Central" in the records, received the number 1\n`);
    expect(Object.keys(snapshot(dir))).toEqual(['population.json']);
    const whole = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--population', '1', '--out', join(dir, 'out.json')]);
    expect([whole.status, whole.stderr]).toEqual([2, 'graded-care: --population: the whole area: expected a whole number of children at least the 7 children of the records, received the number 1\n']);
    expect(Object.keys(snapshot(dir))).toEqual(['population.json']);
  });

  it.each([
    ['1e400', 'a number too large'],
    ['-1e400', 'a negative number too large'],
    ['14200.5', '14200.5'],
  ])('names what a population file says for a population of %s, not what JSON makes of it', (value, received) => {
    const dir = tempDir({ 'population.json': `{ "Central": 9800, "North": ${value} }` });
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--population-file', join(dir, 'population.json'), '--group-by', 'locality', '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'population.json')}: "North": expected the number of children in "North" (a whole number ≥ 1), received ${received}\n`);
    expect(Object.keys(snapshot(dir))).toEqual(['population.json']);
  });

  it('checks its population options before reading', () => {
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--group-by', 'locality', '--population', '100']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('graded-care: cohort: --group-by and --population-file go together (each group needs its population)\n');
  });

  it('groups by a child attribute, and refuses an attribute name the contract cannot hold', () => {
    const csv = [
      'id,instrument,child.id,child.attributes.ward,assessedOn,physical.nutrition',
      'A-1,gcp2,C-1,Hill,2025-06-02,4',
      'A-2,gcp2,C-2,Vale,2025-06-02,2',
      'A-3,gcp2,C-3,Hill,2025-06-02,3',
      '',
    ].join('\n');
    const dir = tempDir({ 'in.csv': csv, 'wards.json': JSON.stringify({ Hill: 5000, Vale: 2500 }) });
    const run = runCli(['cohort', join(dir, 'in.csv'), '--as-of', AS_OF, '--population-file', join(dir, 'wards.json'), '--group-by', 'child.attributes.ward', '--no-suppress']);
    expect(run.stderr).toBe('');
    const summary = JSON.parse(run.stdout) as CohortSummary;
    // Nutrition 4: early help; 3: additional support (borderline); 2: universal. Hill 1 / 5,000 = 2.0 per 10,000.
    expect(summary.groupBy).toBe('attributes.ward');
    expect(summary.groups.map((g) => [g.group, g.children, g.levels['early-help']?.count, g.levels['additional-support']?.count, g.levels['universal']?.count])).toEqual([
      ['Hill', 2, 1, 1, 0],
      ['Vale', 1, 0, 0, 1],
    ]);
    expect(summary.groups[0]?.levels['early-help']?.ratePer10k).toBe(2);
    for (const name of ['__proto__', 'constructor', '2nd']) {
      const refused = runCli(['cohort', join(dir, 'in.csv'), '--as-of', AS_OF, '--population-file', join(dir, 'wards.json'), '--group-by', `attributes.${name}`]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toBe(`graded-care: --group-by "attributes.${name}": expected locality or attributes.<name> (a name of letters, digits, _ and -, starting with a letter)\n`);
    }
  });
});
