import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/files.js';
import { ROOT, runCli, type RunResult } from '../support/run.js';

/** The sample as NDJSON, grouped by child as `progress`, `place` and `cohort` need. */
const SAMPLE: Record<string, unknown>[] = readFileSync(join(ROOT, 'examples/data/assessments.ndjson'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

/*
 * Every CSV output read back as an analyst's tool reads it — a strict RFC 4180 parser, then
 * the documented unquoting of the formula guard — must give the JSON output of the same run,
 * cell by cell, under the flattening docs/cli.md describes (lists joined with `;`, an empty
 * cell for a value that does not apply, numbers as JSON writes them). The ids are the ones a
 * case system can export: commas, quotes, a line separator, a formula, a leading `-`, and a
 * leading single quote, which the guard's own quote must not be confused with; a rater's
 * name holds a line end.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = Record<string, string>;

/**
 * A strict RFC 4180 reader for the documented dialect: LF record ends, fields quoted when they
 * hold a comma, quote or line end, a quote inside doubled. Anything else (a bare quote, text
 * after a closing quote, a CR outside quotes, a missing last line end, a ragged row) throws.
 */
function parseCsv(text: string): string[][] {
  if (text.startsWith('\uFEFF')) throw new Error('a byte-order mark');
  if (!text.endsWith('\n')) throw new Error('no line end after the last record');
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('an unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n') {
        if (text[i] === '"' || text[i] === '\r') throw new Error(`a bare ${JSON.stringify(text[i])} at offset ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') i++;
    else if (text[i] === '\n') {
      i++;
      records.push(record);
      record = [];
    } else throw new Error(`text after a closing quote at offset ${i}`);
  }
  const width = records[0]?.length ?? 0;
  records.forEach((r, n) => {
    if (r.length !== width) throw new Error(`record ${n + 1} has ${r.length} fields, the header ${width}`);
  });
  return records;
}

/** The documented reading of the guard: a text cell starting with `'` had one put in front. */
const unguard = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);

/** The CSV as objects keyed by the header, every cell unguarded. */
function readCsv(text: string): { header: string[]; rows: Row[] } {
  const [header = [], ...records] = parseCsv(text);
  return { header, rows: records.map((r) => Object.fromEntries(header.map((name, i) => [name, unguard(r[i] as string)]))) };
}

/** A value as docs/cli.md says a cell writes it. */
function cell(value: Json | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'object') throw new Error('an object has no cell');
  return typeof value === 'number' ? JSON.stringify(value) : String(value);
}

/** Each expected row's cells against the CSV's; every other column must be empty. */
function expectSameCells(csv: { header: string[]; rows: Row[] }, expected: Record<string, Json | undefined>[]): void {
  expect(csv.rows).toHaveLength(expected.length);
  csv.rows.forEach((row, n) => {
    const want = expected[n] as Record<string, Json | undefined>;
    for (const name of Object.keys(want)) expect(csv.header, name).toContain(name);
    const wanted = Object.fromEntries(csv.header.map((name) => [name, cell(want[name])]));
    expect(row).toEqual(wanted);
  });
}

const ODD_IDS: Record<string, string> = {
  'C-101': '=HYPERLINK("http://example.org","x"),1',
  // A line separator inside: the contract refuses control characters (a line feed) in an id, not U+2028.
  'C-102': `'quoted, "child"\u2028second line`,
  'C-103': '-12',
  'C-104': '@SUM(1+1)',
  'C-105': '+1 ü Ω',
  // A no-break space inside (an id cannot start with white space, where the guard would quote it).
  'C-106': 'C\u00a0106',
  'C-107': "''",
};

/** The sample with every child renamed to an awkward id, and each assessment id made from it. */
function oddSample(): string {
  return SAMPLE.map((a) => {
    const record = JSON.parse(JSON.stringify(a)) as { id: string; child: { id: string } };
    record.child.id = ODD_IDS[record.child.id] ?? record.child.id;
    record.id = `${record.child.id}/${record.id}`;
    return `${JSON.stringify(record)}\n`;
  }).join('');
}

function both(args: readonly string[], file: string): { csv: { header: string[]; rows: Row[] }; json: Json; text: string } {
  const csvRun: RunResult = runCli([args[0] as string, file, ...args.slice(1), '--output-format', 'csv']);
  const jsonRun: RunResult = runCli([args[0] as string, file, ...args.slice(1)]);
  expect(csvRun.stderr).toBe('');
  expect(csvRun.status).toBe(0);
  expect(jsonRun.status).toBe(0);
  return { csv: readCsv(csvRun.stdout), json: JSON.parse(jsonRun.stdout) as Json, text: csvRun.stdout };
}

const o = (value: Json | undefined): Record<string, Json> => value as Record<string, Json>;
const list = (value: Json | undefined): Json[] => value as Json[];

describe('CSV output read back with a strict RFC 4180 parser equals the JSON output', () => {
  const dir = tempDir({ 'odd.ndjson': oddSample() });
  const file = join(dir, 'odd.ndjson');

  it('score: every cell, the awkward ids included', () => {
    const { csv, json } = both(['score'], file);
    const expected = list(json).map((value) => {
      const s = o(value);
      const row: Record<string, Json | undefined> = {
        assessmentId: s['assessmentId'], childId: s['childId'], instrument: o(s['instrument'])['id'], edition: o(s['instrument'])['edition'],
        assessedOn: s['assessedOn'],
        // The counts; the ratio, scored / total, is left out (docs/cli.md).
        ...Object.fromEntries(['scored', 'notScored', 'unrated', 'total'].map((k) => [k, o(s['completeness'])[k]])),
      };
      if (s['family'] === 'gcp') {
        Object.assign(row, { concerns: s['concerns'], borderline: s['borderline'], strengths: s['strengths'] });
        for (const [id, need] of Object.entries(o(s['needs']))) row[`need.${id}`] = o(need)['grade'];
        for (const [id, area] of Object.entries(o(s['areas']))) Object.assign(row, { [`area.${id}`]: o(area)['grade'], [`areaGrades.${id}`]: o(area)['practitionerGrade'] });
        for (const [id, sub] of Object.entries(o(s['subAreas']))) row[id] = o(sub)['grade'];
      } else {
        for (const [id, area] of Object.entries(o(s['areas']))) Object.assign(row, { [`area.${id}`]: o(area)['reading'], [`stage.${id}`]: o(area)['stage'] });
      }
      return row;
    });
    expect(new Set(csv.rows.map((r) => r['childId']))).toEqual(new Set(Object.values(ODD_IDS)));
    // The practitioners' own area grades of the sample are in the CSV, beside the derived ones.
    expect(csv.rows.filter((r) => r['areaGrades.physical'] !== '').length).toBeGreaterThan(0);
    expectSameCells(csv, expected);
  });

  it('progress: every cell', () => {
    const { csv, json } = both(['progress', '--as-of', '2025-11-20'], file);
    const expected = list(json).map((value) => {
      const r = o(value);
      const change = r['change'] === null ? null : o(r['change']);
      const persistence = Object.entries(o(r['persistence'])).map(([need, p]) => [need, o(p)] as const);
      const row: Record<string, Json | undefined> = {
        childId: r['childId'], instrument: o(r['instrument'])['id'], edition: o(r['instrument'])['edition'], family: r['family'], asOf: r['asOf'],
        assessments: list(r['timeline']).length,
        baselineAssessmentId: o(r['baseline'])['assessmentId'], baselineAssessedOn: o(r['baseline'])['assessedOn'],
        latestAssessmentId: o(r['latest'])['assessmentId'], latestAssessedOn: o(r['latest'])['assessedOn'],
        daysBaselineToLatest: change === null ? 0 : change['daysBetween'],
        ...Object.fromEntries(['improved', 'unchanged', 'deteriorated', 'notComparable'].map((k) => [k, change === null ? null : o(change['summary'])[k]])),
        atConcern: persistence.filter(([, p]) => p['atConcernInLatest'] === true).map(([need]) => need),
        persistentNeeds: persistence.filter(([, p]) => p['persistent'] === true).map(([need]) => need),
        drifting: o(r['drift'])['drifting'], driftReason: o(r['drift'])['reason'],
        nextReviewDue: r['nextReviewDue'], overdue: r['overdue'], daysOverdue: r['daysOverdue'],
      };
      for (const [need, p] of persistence) row[`persistent.${need}`] = p['persistent'];
      for (const [area, t] of Object.entries(o(r['trends']))) row[`trend.${area}`] = o(t)['trend'];
      return row;
    });
    expectSameCells(csv, expected);
  });

  it('place: every cell', () => {
    const { csv, json } = both(['place', '--as-of', '2025-11-20', '--policy', 'examples/data/local-policy.json'], file);
    const reason = (x: Record<string, Json>): string =>
      x['reason'] === 'grade' ? `grade:${list(x['needTypes']).join('+')}` : x['reason'] === 'areas' ? `areas:${list(x['areas']).join('+')}` : `high-risk:${list(x['groups']).join('+')}`;
    const expected = list(json).map((value) => {
      const p = o(value);
      const early = o(o(p['definitions'])['earlyHelp']);
      const safe = o(o(p['definitions'])['safeguarding']);
      const latest = o(p['latest']);
      const row: Record<string, Json | undefined> = {
        childId: p['childId'], level: p['level'], levelTitle: p['levelTitle'], rule: p['rule'], urgent: p['urgent'],
        earlyHelpMet: early['met'], safeguardingMet: safe['met'],
        needsAtConcern: list(early['needsAtConcern']).map((n) => o(n)['needType'] as Json),
        persistentNeeds: list(safe['persistent']).map((n) => o(n)['needType'] as Json),
        seriousImpairmentLikely: safe['seriousImpairmentLikely'],
        seriousImpairmentReasons: list(safe['seriousImpairmentReasons']).map((x) => reason(o(x))),
        highRiskGroups: list(safe['highRiskGroups']).map((g) => o(g)['group'] as Json),
        notAssessed: p['notAssessed'],
        latestAssessmentId: latest['assessmentId'], latestAssessedOn: latest['assessedOn'], instrument: o(latest['instrument'])['id'], edition: o(latest['instrument'])['edition'],
        assessments: list(p['assessments']).length, ignored: list(p['ignored']).length,
        nextReviewDue: p['nextReviewDue'], overdue: p['overdue'], asOf: p['asOf'], policyId: o(p['policy'])['id'], policyVersion: o(p['policy'])['version'],
      };
      for (const [need, n] of Object.entries(o(p['needs']))) row[`need.${need}`] = o(n)['grade'];
      return row;
    });
    expectSameCells(csv, expected);
  });

  it('cohort: every figure, groups with awkward names, a suppressed one as c', () => {
    const names: Record<string, string> = { Central: '=Cent,ral', North: `'North "N"`, East: '-East' };
    const renamed = SAMPLE.map((a) => {
      const record = JSON.parse(JSON.stringify(a)) as { child: { locality?: string } };
      if (record.child.locality !== undefined) record.child.locality = names[record.child.locality] ?? record.child.locality;
      return `${JSON.stringify(record)}\n`;
    }).join('');
    const localities = [...new Set(SAMPLE.map((a) => (a as { child: { locality: string } }).child.locality))];
    const population = Object.fromEntries(localities.map((l, i) => [names[l] ?? l, 9000 + 731 * i]));
    const d = tempDir({ 'in.ndjson': renamed, 'population.json': JSON.stringify(population) });
    for (const control of [['--no-suppress'], []]) {
      const { csv, json } = both(['cohort', '--as-of', '2025-11-20', '--population-file', join(d, 'population.json'), '--group-by', 'locality', ...control], join(d, 'in.ndjson'));
      const summary = o(json);
      const expected: Record<string, Json>[] = [];
      for (const value of [summary['total'], ...list(summary['groups'])]) {
        const g = o(value);
        const row = (measure: string, fields: Record<string, Json>): number => expected.push({ group: g['group'] as Json, population: g['population'] as Json, measure, ...fields });
        row('children', { count: g['children'] as Json });
        for (const level of list(summary['levels']) as string[]) row('level', { category: level, ...o(o(g['levels'])[level]) });
        for (const need of list(summary['needTypes']) as string[]) row('need-at-concern', { category: need, ...o(o(g['needsAtConcern'])[need]) });
        for (const area of list(summary['areas']) as string[]) {
          const progress = o(o(g['progress'])[area]);
          row('progress-children', { area, count: progress['children'] as Json });
          for (const direction of ['improved', 'unchanged', 'deteriorated']) row('progress', { area, category: direction, ...o(progress[direction]) });
        }
      }
      expect(csv.header).toEqual(['group', 'population', 'measure', 'area', 'category', 'count', 'ratePer10k', 'percent']);
      expectSameCells(csv, expected);
      expect(csv.rows.map((r) => r['group'])).toEqual(expect.arrayContaining(Object.values(names)));
    }
  });

  // Ids cannot hold a line end (the contract refuses control characters); a rater's name, a CSV header cell, can.
  it('agree: every cell, raters named like formulas, with a line end, and a negative kappa', () => {
    const d = tempDir({ 'grades.csv': `case,=ref,"-t1,\nx",'t2\nc0,1,5,2\nc1,2,4,2\nc2,3,3,3\nc3,4,2,5\nc4,5,1,1\nc5,1,5,1\n` });
    const { csv, json } = both(['agree', '--weights', 'quadratic'], join(d, 'grades.csv'));
    const result = o(json);
    const numbers = ['n', 'kappa', 'observed', 'expected'];
    const expected: Record<string, Json>[] = list(result['pairs']).map((value) => {
      const p = o(value);
      const interval = o(p['confidenceInterval']);
      return {
        raterA: p['a'] as Json, raterB: p['b'] as Json, statistic: 'cohen', weights: p['weights'] as Json, ...Object.fromEntries(numbers.map((k) => [k, p[k] as Json])),
        exactAgreement: p['exactAgreement'] as Json, withinOneAgreement: p['withinOneAgreement'] as Json,
        standardError: p['standardError'] as Json, ciLower: interval['lower'] as Json, ciUpper: interval['upper'] as Json,
      };
    });
    const f = o(result['fleiss']);
    expected.push({
      raterA: 'all', raterB: 'all', statistic: 'fleiss', weights: 'none', ...Object.fromEntries(numbers.map((k) => [k, f[k] as Json])),
      standardErrorUnderNull: f['standardErrorUnderNull'] as Json, z: f['z'] as Json, pValue: f['pValue'] as Json,
    });
    expect(list(result['pairs']).some((p) => (o(p)['kappa'] as number) < 0)).toBe(true);
    expectSameCells(csv, expected);
    expect(csv.rows.map((r) => r['raterA'])).toEqual(['=ref', '=ref', '-t1,\nx', 'all']);
  });
});

describe('CSV output does not depend on the time zone or the locale', () => {
  it.each([
    ['score'],
    ['progress', '--as-of', '2025-11-20'],
    ['place', '--as-of', '2025-11-20', '--policy', 'examples/data/local-policy.json'],
    ['cohort', '--as-of', '2025-11-20', '--population-file', 'examples/data/population.csv', '--group-by', 'locality', '--round-totals'],
  ])('%s gives the same bytes under TZ=Pacific/Chatham and a German locale', (...args) => {
    const run = (env: Record<string, string>): RunResult => runCli([args[0] as string, 'examples/data/assessments.ndjson', ...args.slice(1), '--output-format', 'csv'], { env });
    const plain = run({ TZ: 'UTC', LANG: 'C', LC_ALL: 'C' });
    const elsewhere = run({ TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' });
    expect(plain.status).toBe(0);
    expect(elsewhere.stdout).toBe(plain.stdout);
  });
});
