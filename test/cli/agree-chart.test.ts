import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../src/index.js';
import { renderProfileChart, renderStarChart } from '../../src/svg/index.js';
import { csvObjects } from '../support/children.js';
import { snapshot, tempDir } from '../support/files.js';
import { ROOT, runCli } from '../support/run.js';
import { SAMPLE } from '../support/sample.js';
import { allElements, parseXml } from '../support/xml.js';

/** Kappas of examples/data/training-grades.csv from scikit-learn and statsmodels (scripts/kappa-reference.py). */
const reference = JSON.parse(readFileSync(resolve(ROOT, 'test/agreement/kappa-reference.json'), 'utf8')) as {
  cohen: { id: string; weights: string; sklearn: number }[];
  fleiss: { id: string; statsmodels: number }[];
};
const sklearn = (a: string, b: string, weights: string) => reference.cohen.find((c) => c.id === `training-grades:${a}~${b}` && c.weights === weights)?.sklearn as number;

interface AgreeJson {
  raters: string[];
  cases: number;
  weights: string;
  categories: number[];
  pairs: { a: string; b: string; kappa: number; n: number }[];
  fleiss: { kappa: number; n: number } | null;
}

describe('graded-care agree on examples/data/training-grades.csv', () => {
  it.each(['none', 'linear', 'quadratic'])('--weights %s: every pair as scikit-learn computes it, and Fleiss as statsmodels', (weights) => {
    const run = runCli(['agree', 'examples/data/training-grades.csv', '--weights', weights, '--instrument', 'gcp2']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as AgreeJson;
    expect(result).toMatchObject({ raters: ['reference', 'trainee-1', 'trainee-2', 'trainee-3'], cases: 16, weights, categories: [1, 2, 3, 4, 5] });
    expect(result.pairs).toHaveLength(6);
    for (const pair of result.pairs) expect(Math.abs(pair.kappa - sklearn(pair.a, pair.b, weights))).toBeLessThan(1e-9);
    // trainee-2 left safety.online blank: 15 cases have every rater's grade.
    expect(result.fleiss?.n).toBe(15);
    expect(Math.abs((result.fleiss?.kappa as number) - (reference.fleiss.find((f) => f.id === 'training-grades')?.statsmodels as number))).toBeLessThan(1e-9);
  });

  it('--out agreement.csv: a row per pair, then Fleiss', () => {
    const dir = tempDir();
    const run = runCli(['agree', 'examples/data/training-grades.csv', '--weights', 'linear', '--columns', 'reference,trainee-1,trainee-3', '--out', join(dir, 'agreement.csv')]);
    expect(run.status).toBe(0);
    expect(Object.keys(snapshot(dir))).toEqual(['agreement.csv']);
    const text = readFileSync(join(dir, 'agreement.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe('raterA,raterB,statistic,weights,n,kappa,observed,expected,exactAgreement,withinOneAgreement,standardError,ciLower,ciUpper,standardErrorUnderNull,z,pValue');
    const rows = csvObjects(text);
    expect(rows.map((r) => [r['raterA'], r['raterB'], r['statistic'], r['n']])).toEqual([
      ['reference', 'trainee-1', 'cohen', '16'],
      ['reference', 'trainee-3', 'cohen', '16'],
      ['trainee-1', 'trainee-3', 'cohen', '16'],
      ['all', 'all', 'fleiss', '16'],
    ]);
    // The grades given run from 1 to 5 here, so the instrument's scale changes nothing.
    expect(Math.abs(Number(rows[0]?.['kappa']) - sklearn('reference', 'trainee-1', 'linear'))).toBeLessThan(1e-9);
  });

  it.each([
    ['an unknown weighting', ['--weights', 'cubic'], 1, 'graded-care: --weights "cubic": expected one of none, linear, quadratic'],
    ['no weighting', [], 1, 'graded-care: agree: --weights none|linear|quadratic is required (every kappa names its weighting)'],
    ['an unknown instrument', ['--weights', 'none', '--instrument', 'gcp3'], 1, 'graded-care: --instrument "gcp3": expected one of gcp, gcp2, family-star-plus'],
    [
      'a column not in the table',
      ['--weights', 'none', '--columns', 'reference,trainee-9'],
      1,
      'graded-care: examples/data/training-grades.csv: --columns: expected a column of the table (subArea, reference, trainee-1, trainee-2, trainee-3), received "trainee-9"',
    ],
  ])('refuses %s in one line, leaving no output', (_what, args, status, message) => {
    const dir = tempDir();
    const run = runCli(['agree', 'examples/data/training-grades.csv', ...args, '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(status);
    expect(run.stderr).toBe(`${message}\n`);
    expect(snapshot(dir)).toEqual({});
  });

  it('without --instrument, takes the distinct grades given, as cohenKappa and scikit-learn do', () => {
    // The reference case default-gap-left-out (test/agreement/kappa-reference.json): grades 1, 2 and 5.
    const a = [1, 2, 5, 5, 1, 2, 1, 5];
    const b = [1, 1, 5, 2, 2, 2, 1, 5];
    const dir = tempDir({ 'grades.csv': `case,a,b\n${a.map((x, i) => `c${i},${x},${b[i]}`).join('\n')}\n` });
    const run = runCli(['agree', join(dir, 'grades.csv'), '--weights', 'linear']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { categories: number[]; pairs: { kappa: number }[] };
    expect(result.categories).toEqual([1, 2, 5]);
    // scikit-learn 1.2.1, cohen_kappa_score(a, b, weights='linear') with its default labels.
    expect(Math.abs((result.pairs[0]?.kappa as number) - 0.5862068965517242)).toBeLessThan(1e-9);
  });

  it('a table with one rater is the header’s fault (exit 2), not an option’s', () => {
    const dir = tempDir({ 'grades.csv': 'case,a\nx,2\n' });
    const run = runCli(['agree', join(dir, 'grades.csv'), '--weights', 'none']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'grades.csv')}: line 1 (the header): expected a column naming the case, then at least two raters’ columns, received 2 columns\n`);
  });

  it('blames a name repeated in the header on the header, not on --columns (not given)', () => {
    const dir = tempDir({ 'grades.csv': 'case,a,a\nx,2,2\n' });
    const run = runCli(['agree', join(dir, 'grades.csv'), '--weights', 'none']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'grades.csv')}: line 1 (the header): column 3: expected a column name used once, received "a"\n`);
  });

  it('reads the raters\' names as it reads their grades, without spaces at their ends, so --columns can name them', () => {
    // Typed by hand with a space after each comma, the names were " reference" and " trainee-1": no --columns could select them.
    const dir = tempDir({ 'grades.csv': 'subArea, reference, trainee-1, trainee-2\nphysical.nutrition, 4, 4, 3\nphysical.housing, 3, 2, 3\n' });
    const run = runCli(['agree', join(dir, 'grades.csv'), '--weights', 'none', '--columns', 'reference,trainee-1']);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as AgreeJson).pairs.map(({ a, b, n }) => [a, b, n])).toEqual([['reference', 'trainee-1', 2]]);
    const all = runCli(['agree', join(dir, 'grades.csv'), '--weights', 'none']);
    expect((JSON.parse(all.stdout) as AgreeJson).raters).toEqual(['reference', 'trainee-1', 'trainee-2']);
  });

  it('refuses a grade that is not a whole number, naming the line and the column', () => {
    const dir = tempDir({ 'grades.csv': 'subArea,reference,trainee\nphysical.nutrition,4,4\nphysical.housing,3,"2,5"\n' });
    const run = runCli(['agree', join(dir, 'grades.csv'), '--weights', 'linear', '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'grades.csv')}: line 3: column trainee: expected a whole-number grade from 0 to 100, a blank or not-scored, received "2,5"\n`);
    expect(Object.keys(snapshot(dir))).toEqual(['grades.csv']);
  });

  it('with --instrument, refuses a grade off its scale, naming the line and the column (not an index into the pairs)', () => {
    // Line 4 is the third data row; trainee-b graded it 6, off the GCP2 scale of 1 to 5.
    const dir = tempDir({ 'grades.csv': 'subArea,trainee-a,trainee-b\nphysical.nutrition,4,4\nphysical.housing,3,\nphysical.hygiene,2,6\n' });
    const run = runCli(['agree', join(dir, 'grades.csv'), '--weights', 'linear', '--instrument', 'gcp2', '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'grades.csv')}: line 4: column trainee-b: expected a grade from 1 to 5 (the gcp2 scale), a blank or not-scored, received "6"\n`);
    expect(Object.keys(snapshot(dir))).toEqual(['grades.csv']);
    // Without --instrument the categories are the grades given, and 6 is one of them.
    expect(runCli(['agree', join(dir, 'grades.csv'), '--weights', 'linear']).status).toBe(0);
  });

  it('refuses a file that is not CSV, and --keep-going, as usage errors', () => {
    expect(runCli(['agree', 'examples/data/assessments.json', '--weights', 'none']).stderr).toMatch(/^graded-care: agree: examples\/data\/assessments\.json: expected a CSV table/);
    const run = runCli(['agree', 'examples/data/training-grades.csv', '--weights', 'none', '--keep-going']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^graded-care: agree: --keep-going does not apply/);
  });

  it('refuses a rater column with no name, as a header ending in a comma has, naming its line and column', () => {
    const grades = readFileSync(join(ROOT, 'examples/data/training-grades.csv'), 'utf8').replaceAll('\n', ',\n');
    const dir = tempDir({ 'grades.csv': grades });
    const run = runCli(['agree', join(dir, 'grades.csv'), '--weights', 'linear']);
    expect([run.status, run.stderr]).toEqual([2, `graded-care: ${join(dir, 'grades.csv')}: line 1 (the header): column 6: expected a rater's name, received a column with no name\n`]);
    // Left out by --columns, the unnamed column is not a rater, and the table is read.
    expect(runCli(['agree', join(dir, 'grades.csv'), '--weights', 'linear', '--columns', 'reference,trainee-1']).status).toBe(0);
  });

  it('refuses --rejects as --keep-going, not by sending the user off to add --keep-going; its help offers neither', () => {
    const dir = tempDir();
    const run = runCli(['agree', 'examples/data/training-grades.csv', '--weights', 'none', '--rejects', join(dir, 'r.ndjson')]);
    expect([run.status, run.stderr]).toEqual([1, 'graded-care: agree: --rejects does not apply (a table with a bad cell is refused whole: kappa over part of it would mislead)\n']);
    expect(Object.keys(snapshot(dir))).toEqual([]);
    const help = runCli(['agree', '--help']).stdout;
    expect(help).toContain('Options of every command that agree takes:');
    expect(help).toContain('--max-line-bytes N');
    expect(help).not.toMatch(/--keep-going|--rejects/);
  });
});

describe('graded-care chart', () => {
  const sample = SAMPLE.map((a) => parseAssessment(a));

  it('--out profile.svg: the profile of one child, well-formed XML with a title and a description', () => {
    const dir = tempDir();
    const run = runCli(['chart', 'examples/data/assessments.ndjson', '--kind', 'profile', '--child', 'C-102', '--out', join(dir, 'profile.svg')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(Object.keys(snapshot(dir))).toEqual(['profile.svg']);
    const svg = readFileSync(join(dir, 'profile.svg'), 'utf8');
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attributes['xmlns']).toBe('http://www.w3.org/2000/svg');
    const names = allElements(root).map((e) => e.name);
    expect(names).toContain('title');
    expect(names).toContain('desc');
    expect(svg).toBe(renderProfileChart(sample.filter((a) => a.id.startsWith('A-102'))));
  });

  it('a Star chart to stdout, from a file that mixes GCP2 and Star readings', () => {
    const run = runCli(['chart', 'examples/data/assessments.csv', '--kind', 'star', '--child', 'C-106']);
    expect(run.status).toBe(0);
    expect(parseXml(run.stdout).name).toBe('svg');
    expect(run.stdout).toBe(renderStarChart(sample.filter((a) => a.id.startsWith('S-106'))));
  });

  it('a child id with a right-to-left override is set in an isolate in <title> and <desc> (it turned the rest of the description round)', () => {
    const rows = SAMPLE.filter((a) => String(a['id']).startsWith('S-101')).map((a) => JSON.stringify({ ...a, child: { id: 'C-\u202E101' } }));
    const dir = tempDir({ 'in.ndjson': `${rows.join('\n')}\n` });
    const run = runCli(['chart', join(dir, 'in.ndjson'), '--kind', 'star']);
    expect(run.status).toBe(0);
    const [title, desc] = parseXml(run.stdout).children;
    expect(title?.text).toBe('Family Star Plus of child \u2068C-\u202E101\u2069');
    expect(desc?.text).toMatch(/^Family Star Plus readings of child \u2068C-\u202E101\u2069, first reading /);
  });

  it.each([
    ['no --kind', [], 1, /^graded-care: chart: --kind star\|profile is required$/],
    ['an unknown kind', ['--kind', 'radar'], 1, /^graded-care: --kind "radar": expected one of star, profile$/],
    ['several children and no --child', ['--kind', 'star'], 1, /^graded-care: examples\/data\/assessments\.json: --child: expected --child naming one of the children in the input: C-101, C-106, received nothing$/],
    ['a child not in the file', ['--kind', 'profile', '--child', 'C-999'], 1, /^graded-care: examples\/data\/assessments\.json: --child "C-999": no assessment of that child; the file holds C-101, .*C-107$/],
    ['a child with nothing of that kind', ['--kind', 'star', '--child', 'C-102'], 1, /^graded-care: examples\/data\/assessments\.json: --child "C-102": that child has no Star readings; children with Star readings: C-101, C-106$/],
  ])('refuses %s in one line, leaving no output', (_what, args, status, message) => {
    const dir = tempDir();
    const run = runCli(['chart', 'examples/data/assessments.json', ...args, '--out', join(dir, 'chart.svg')]);
    expect(run.status).toBe(status);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(snapshot(dir)).toEqual({});
  });

  describe('with --keep-going, a child with a bad row is skipped whole, as progress, place and cohort skip it', () => {
    // C-102's three GCP2 assessments, the second with a grade of 9; then C-101's.
    const rows = [...SAMPLE.filter((a) => String(a['id']).startsWith('A-102-')), ...SAMPLE.filter((a) => String(a['id']).startsWith('A-101-'))];
    const lines = rows.map((a) => (a['id'] === 'A-102-2' ? JSON.stringify({ ...a, ratings: { ...(a['ratings'] as object), 'physical.nutrition': 9 } }) : JSON.stringify(a)));
    const input = `${lines.join('\n')}\n`;
    const badLine = lines.findIndex((l) => l.includes('"A-102-2"')) + 1;

    it('--child naming it: nothing is drawn, exit 2', () => {
      const dir = tempDir({ 'in.ndjson': input });
      const run = runCli(['chart', join(dir, 'in.ndjson'), '--kind', 'profile', '--child', 'C-102', '--keep-going', '--rejects', join(dir, 'rejects.ndjson'), '--out', join(dir, 'chart.svg')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`graded-care: ${join(dir, 'in.ndjson')}: line 1: --child "C-102" not drawn: 1 of its rows was rejected, and a picture with a gap would mislead\n`);
      expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
    });

    it('no --child: the other child is drawn, the skipped one reported, exit 2', () => {
      const dir = tempDir({ 'in.ndjson': input });
      const run = runCli(['chart', join(dir, 'in.ndjson'), '--kind', 'profile', '--keep-going', '--rejects', join(dir, 'rejects.ndjson'), '--out', join(dir, 'chart.svg')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^graded-care: 1 bad row; 1 child skipped \(see .*rejects\.ndjson\); first: /);
      expect(readFileSync(join(dir, 'chart.svg'), 'utf8')).toBe(renderProfileChart(sample.filter((a) => a.id.startsWith('A-101'))));
      const rejects = readFileSync(join(dir, 'rejects.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(rejects.map((r) => [r['line'], r['child'], r['skipped'] ?? 'row'])).toEqual([
        [badLine, 'C-102', 'row'],
        [1, 'C-102', 'child'],
      ]);
    });
  });
});
