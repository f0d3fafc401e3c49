import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/index.js';
import { SCORE_CSV_COLUMNS } from '../../src/cli/commands/score-columns.js';
import { snapshot, tempDir } from '../support/files.js';
import { ROOT, runCli } from '../support/run.js';
import { SAMPLE, SMALL_CSV } from '../support/sample.js';

const byId = (a: { assessmentId: string }, b: { assessmentId: string }) => (a.assessmentId < b.assessmentId ? -1 : 1);
/** The scores the library gives for the sample: what every input format must reproduce. */
const expected = SAMPLE.map((a) => scoreAssessment(a as never)).sort(byId);

describe('graded-care score: the sample data in every input format', () => {
  it.each(['json', 'ndjson', 'csv'])('reads examples/data/assessments.%s and scores all 19 assessments', (ext) => {
    const run = runCli(['score', `examples/data/assessments.${ext}`]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const scores = JSON.parse(run.stdout) as { assessmentId: string }[];
    expect(scores.sort(byId)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('writes the JSON array the same way JSON.stringify(scores, null, 2) does', () => {
    const run = runCli(['score', 'examples/data/assessments.json']);
    expect(run.stdout).toBe(`${JSON.stringify(SAMPLE.map((a) => scoreAssessment(a as never)), null, 2)}\n`);
  });

  it('writes NDJSON, one score a line', () => {
    const run = runCli(['score', 'examples/data/assessments.ndjson', '--output-format', 'ndjson']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(19);
    expect(JSON.parse(lines[0] as string).childId).toBe('C-101');
  });

  it('writes CSV, one row per assessment with the documented columns', () => {
    const run = runCli(['score', 'examples/data/assessments.csv', '--output-format', 'csv']);
    expect(run.status).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header?.split(',')).toEqual(SCORE_CSV_COLUMNS);
    expect(rows).toHaveLength(19);
    const cells = (id: string) => {
      const row = rows.find((r) => r.startsWith(`${id},`)) as string;
      return Object.fromEntries(row.split(',').map((v, i) => [SCORE_CSV_COLUMNS[i], v]));
    };
    // A-101-1 (hand-read from the sample): nutrition 4, hygiene 4 → nutritional need 4; physical area grades 4,4,3,4,3 → mode 4.
    expect(cells('A-101-1')).toMatchObject({ childId: 'C-101', instrument: 'gcp2', 'physical.nutrition': '4', 'need.nutritional': '4', 'area.physical': '4', scored: '16', 'area.love': '' });
    expect(cells('S-101-1')).toMatchObject({ instrument: 'family-star-plus', 'area.physical-health': '4', 'stage.physical-health': 'accepting-help', 'physical.nutrition': '' });
  });

  it('reads quoted CSV fields with commas and doubled quotes, and "not-scored"', () => {
    const dir = tempDir({ 'in.csv': SMALL_CSV });
    const run = runCli(['score', join(dir, 'in.csv')]);
    expect(run.stderr).toBe('');
    const [first, second] = JSON.parse(run.stdout) as { subAreas: Record<string, { grade: number | null; status: string }> }[];
    expect(first?.subAreas['physical.nutrition']?.grade).toBe(4);
    expect(second?.subAreas['safety.in-absence']?.status).toBe('not-scored');
  });

  it('--out writes the file and nothing to stdout, leaving no temporary file', () => {
    const dir = tempDir();
    const out = join(dir, 'scores.csv');
    const run = runCli(['score', 'examples/data/assessments.ndjson', '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(Object.keys(snapshot(dir))).toEqual(['scores.csv']);
    // The extension of --out chooses CSV.
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(SCORE_CSV_COLUMNS.join(','));
  });

  it('--out replaces an existing file only at the end, atomically', () => {
    const dir = tempDir({ 'scores.json': 'old' });
    const run = runCli(['score', 'examples/data/assessments.json', '--out', join(dir, 'scores.json')]);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'scores.json'), 'utf8'))).toHaveLength(19);
    expect(Object.keys(snapshot(dir))).toEqual(['scores.json']);
  });

  it('--report prints a profile per child, as npm start does', () => {
    const run = runCli(['score', 'examples/data/assessments.csv', '--report']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^19 assessments of 7 children scored from examples\/data\/assessments\.csv/);
    expect(run.stdout).toContain('Child C-102 · Graded Care Profile 2 · 2025-08-04 (A-102-3)');
  });
});

describe('score --report picks the latest as the library orders a history', () => {
  it('two assessments on one day: the later id, whatever the file order', () => {
    // By date, then id: A-2 comes after A-1, so A-2 is the latest, though the file lists it first.
    const rows = [
      { schemaVersion: 1, id: 'A-2', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 4 } },
      { schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 2 } },
    ];
    const dir = tempDir({ 'in.ndjson': rows.map((r) => `${JSON.stringify(r)}\n`).join('') });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--report']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Child C-1 · Graded Care Profile 2 · 2025-06-02 (A-2)');
    expect(run.stdout).not.toContain('(A-1)');
  });

  it("prints a child's profiles together, children and then their instruments in the order they first appear", () => {
    // C-2's GCP2 row comes between C-1's GCP2 and Star rows; C-1's two profiles stay together.
    const rows = [
      { schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 4 } },
      { schemaVersion: 1, id: 'A-2', instrument: 'gcp2', child: { id: 'C-2' }, assessedOn: '2025-06-03', ratings: { 'physical.nutrition': 2 } },
      { schemaVersion: 1, id: 'S-1', instrument: 'family-star-plus', child: { id: 'C-1' }, assessedOn: '2025-06-04', ratings: { 'physical-health': 6 } },
    ];
    const dir = tempDir({ 'in.ndjson': rows.map((r) => `${JSON.stringify(r)}\n`).join('') });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--report']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('Child ')).map((line) => line.split(' · ').slice(0, 2).join(' · '))).toEqual([
      'Child C-1 · Graded Care Profile 2',
      'Child C-1 · Family Star Plus',
      'Child C-2 · Graded Care Profile 2',
    ]);
    expect(run.stdout.split('\n')[0]).toMatch(/^3 assessments of 2 children /);
  });

  it('counts one assessment of one child in the singular', () => {
    const row = { schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 2 } };
    const dir = tempDir({ 'in.ndjson': `${JSON.stringify(row)}\n` });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--report']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`1 assessment of 1 child scored from ${join(dir, 'in.ndjson')}; latest profile per child and instrument:`);
  });
});

describe('CSV output and spreadsheet formulas (OWASP, CSV injection)', () => {
  it('puts a single quote before a text cell starting with =, +, - or @', () => {
    const rows = [
      { schemaVersion: 1, id: '@SUM(1+1)', instrument: 'gcp2', child: { id: '=HYPERLINK("http://example.org","x")' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 4 } },
      { schemaVersion: 1, id: '-A-2', instrument: 'gcp2', child: { id: '+C-2' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 4 } },
    ];
    const dir = tempDir({ 'in.ndjson': rows.map((r) => `${JSON.stringify(r)}\n`).join('') });
    const run = runCli(['score', join(dir, 'in.ndjson'), '--output-format', 'csv']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    // The quote goes inside the RFC 4180 quotes where the cell needs them (a comma, a quote).
    expect(lines[1]).toMatch(/^'@SUM\(1\+1\),"'=HYPERLINK\(""http:\/\/example\.org"",""x""\)",gcp2,/);
    expect(lines[2]).toMatch(/^'-A-2,'\+C-2,gcp2,/);
  });

  it('writes numbers as they are, a negative kappa too', () => {
    // Two raters who always disagree on two grades: observed 0, expected 0.5, kappa (0 − 0.5) / (1 − 0.5) = −1.
    const dir = tempDir({ 'grades.csv': 'case,=x,@y\n1,1,2\n2,2,1\n' });
    const run = runCli(['agree', join(dir, 'grades.csv'), '--weights', 'none', '--output-format', 'csv']);
    expect(run.stderr).toBe('');
    // Its large-sample variance is 0 by the 1969 formula ((4 − 4) / (2 × 0.25)): standard error 0, interval −1…−1.
    const [cohen, fleiss] = run.stdout.split('\n').slice(1, 3) as [string, string];
    expect(cohen).toBe("'=x,'@y,cohen,none,2,-1,0,0.5,0,1,0,-1,-1,,,");
    // Fleiss' test against chance (Fleiss, Nee & Landis 1979), p = q = 1/2: standard error
    // √(2 / (2 · 2 · 1)) · √(1/4 − 0) / (1/2) = √½, z = −1 / √½ = −√2, and two-sided
    // p = 0.157299207050285 (SciPy: 2 · norm.sf(√2)).
    const cells = fleiss.split(',');
    expect(cells.slice(0, 13).join(',')).toBe('all,all,fleiss,none,2,-1,0,0.5,,,,,');
    const [se, z, p] = cells.slice(13).map(Number) as [number, number, number];
    expect(se).toBeCloseTo(Math.SQRT1_2, 12);
    expect(z).toBeCloseTo(-Math.SQRT2, 12);
    expect(Math.abs(p - 0.157299207050285) / 0.157299207050285).toBeLessThan(1e-6);
  });
});

describe('graded-care schema and help', () => {
  it('schema prints the JSON Schema', () => {
    const run = runCli(['schema', '--instrument', 'gcp2']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout) as { $schema: string };
    expect(schema.$schema).toMatch(/2020-12/);
  });

  it('--help lists every command and the exit statuses', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    for (const command of ['score', 'progress', 'place', 'cohort', 'agree', 'chart', 'schema']) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(run.stdout).toContain('Exit status: 0 done, 1 bad usage, 2 bad input');
  });

  it('a command --help shows its own options', () => {
    const run = runCli(['cohort', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--population-file FILE');
    expect(run.stdout).toContain('--no-suppress');
  });

  it('schema --help offers none of the input options schema refuses', () => {
    const run = runCli(['schema', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Options of every command that schema takes:');
    expect(run.stdout).toContain('--out FILE');
    for (const option of ['--format', '--keep-going', '--rejects', '--max-line-bytes']) {
      expect(run.stdout).not.toContain(option);
      expect(runCli(['schema', option, ...(option === '--keep-going' ? [] : ['x'])])).toMatchObject({ status: 1, stderr: `graded-care: schema: ${option} does not apply (schema reads no input)\n` });
    }
  });

  // The help offered --output-format json|ndjson|csv to every command: chart refuses it, and
  // cohort and agree refuse ndjson.
  it.each([
    [['schema'], ['json']],
    [['cohort', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--population', '48400'], ['json', 'csv']],
    [['agree', 'examples/data/training-grades.csv', '--weights', 'linear'], ['json', 'csv']],
    [['place', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20'], ['json', 'ndjson', 'csv']],
    [['chart', 'examples/data/assessments.ndjson', '--kind', 'profile', '--child', 'C-102'], []],
  ])('%j --help offers --output-format with only the formats it writes, each taken', (args, formats) => {
    const help = runCli([args[0] as string, '--help']).stdout;
    const offered = /^ {2}--output-format (\S+)/m.exec(help)?.[1];
    expect(offered?.split('|') ?? []).toEqual(formats);
    for (const format of formats) expect(runCli([...args, '--output-format', format]).status).toBe(0);
  });

  // `help chrat` printed the whole help with exit status 0, the misspelt command unremarked.
  it('help, --help or -h before a name that is no command is bad usage, naming the command meant', () => {
    for (const help of ['help', '--help', '-h']) {
      expect(runCli([help, 'chrat'])).toEqual({ status: 1, stdout: '', stderr: 'graded-care: unknown command "chrat"; did you mean chart? (see graded-care --help)\n' });
    }
    expect(runCli(['help', 'chart'])).toMatchObject({ status: 0, stdout: runCli(['chart', '--help']).stdout });
  });

  it('-h after a command is --help, as -h before one is', () => {
    const short = runCli(['score', '-h']);
    expect([short.status, short.stderr]).toEqual([0, '']);
    expect(short.stdout).toBe(runCli(['score', '--help']).stdout);
    expect(short.stdout).toContain('-h, --help');
  });

  it('--version prints the version package.json gives, and nothing else', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(runCli(['--help']).stdout).toContain("'graded-care --version' for the version");
    expect(runCli(['--version', 'score'])).toMatchObject({ status: 1, stdout: '', stderr: 'graded-care: --version takes nothing after it; received "score"\n' });
  });

  it('--version is the same run from the sources, where the build has written no version in', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect([run.status, run.stdout, run.stderr]).toEqual([0, `${version}\n`, '']);
  });

  it('--version after a command, and -v or -V, say how the version is asked for', () => {
    expect(runCli(['score', '--version'])).toMatchObject({ status: 1, stdout: '', stderr: 'graded-care: score: --version goes alone: graded-care --version\n' });
    expect(runCli(['-V'])).toMatchObject({ status: 1, stdout: '', stderr: 'graded-care: unknown option -V; the version is graded-care --version\n' });
    expect(runCli(['-v'])).toMatchObject({ status: 1, stdout: '', stderr: 'graded-care: unknown option -v; the version is graded-care --version\n' });
  });

  it('no command prints the help, and exits 1 (a missing argument)', () => {
    const run = runCli([]);
    expect(run.stdout).toMatch(/^Usage: graded-care <command>/);
    expect(run.status).toBe(1);
  });

  it('schema is written as JSON: another --output-format is refused', () => {
    expect(runCli(['schema', '--output-format', 'json']).status).toBe(0);
    const csv = runCli(['schema', '--output-format', 'csv']);
    expect([csv.status, csv.stderr]).toEqual([1, 'graded-care: schema: --output-format is "csv", but the JSON Schema is written as JSON: leave out --output-format\n']);
  });

  it('refuses an --out whose extension names another format than --output-format, writing nothing', () => {
    const dir = tempDir();
    const run = runCli(['score', 'examples/data/assessments.ndjson', '--out', join(dir, 'scores.csv'), '--output-format', 'json']);
    expect([run.status, run.stdout, run.stderr]).toEqual([1, '', `graded-care: --out ${join(dir, 'scores.csv')} names a CSV file, but --output-format is json: name it .json, or leave out --output-format\n`]);
    // .jsonl names NDJSON, as .ndjson does.
    expect(runCli(['score', 'examples/data/assessments.ndjson', '--out', join(dir, 'scores.jsonl'), '--output-format', 'csv']).stderr).toMatch(/names an NDJSON file, but --output-format is csv: name it \.csv/);
    expect(Object.keys(snapshot(dir))).toEqual([]);
    // Agreeing, or an extension that names no format, is taken as before.
    expect(runCli(['score', 'examples/data/assessments.ndjson', '--out', join(dir, 'scores.jsonl'), '--output-format', 'ndjson']).status).toBe(0);
    expect(runCli(['score', 'examples/data/assessments.ndjson', '--out', join(dir, 'scores.txt'), '--output-format', 'csv']).status).toBe(0);
    expect(Object.keys(snapshot(dir)).sort()).toEqual(['scores.jsonl', 'scores.txt']);
  });
});

describe('commands that depend on a date', () => {
  it('progress, place and cohort refuse to run without --as-of, never reading the clock', () => {
    for (const command of ['progress', 'place', 'cohort']) {
      const dir = tempDir();
      const run = runCli([command, resolve(ROOT, 'examples/data/assessments.ndjson'), '--out', join(dir, 'out.json')]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`graded-care: ${command}: --as-of YYYY-MM-DD is required (results never depend on the clock)\n`);
      expect(snapshot(dir)).toEqual({});
    }
  });

  it('refuses an --as-of that is not a calendar date', () => {
    const run = runCli(['place', 'examples/data/assessments.ndjson', '--as-of', '2025-02-30']);
    expect(run.status).toBe(1);
    // Written as asked, the date does not exist: the message says that is what is wrong, as the contract's does.
    expect(run.stderr).toBe('graded-care: --as-of "2025-02-30": expected a calendar date written YYYY-MM-DD that exists\n');
  });
});

describe('- for stdin and --out - for stdout', () => {
  const ndjson = readFileSync(join(ROOT, 'examples/data/assessments.ndjson'), 'utf8');
  const csv = readFileSync(join(ROOT, 'examples/data/assessments.csv'), 'utf8');

  it('- reads stdin in each input format, as the file itself would be read', () => {
    const fromFile = runCli(['place', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--output-format', 'csv']);
    expect(fromFile.status).toBe(0);
    expect(runCli(['place', '-', '--format', 'ndjson', '--as-of', '2025-11-20', '--output-format', 'csv'], { input: ndjson })).toMatchObject({ status: 0, stdout: fromFile.stdout, stderr: '' });
    expect(runCli(['score', '-', '--format', 'csv'], { input: csv }).stdout).toBe(runCli(['score', 'examples/data/assessments.csv']).stdout);
    const json = `[${ndjson.trimEnd().split('\n').join(',')}]`;
    expect(runCli(['score', '-', '--format', 'json'], { input: json }).stdout).toBe(runCli(['score', 'examples/data/assessments.ndjson']).stdout);
  });

  it('- serves agree and chart as well', () => {
    const grades = readFileSync(join(ROOT, 'examples/data/training-grades.csv'), 'utf8');
    const agree = ['--weights', 'linear', '--instrument', 'gcp2'];
    expect(runCli(['agree', '-', '--format', 'csv', ...agree], { input: grades })).toMatchObject({ status: 0, stdout: runCli(['agree', 'examples/data/training-grades.csv', ...agree]).stdout });
    const chart = ['--kind', 'profile', '--child', 'C-102'];
    expect(runCli(['chart', '-', '--format', 'ndjson', ...chart], { input: ndjson })).toMatchObject({ status: 0, stdout: runCli(['chart', 'examples/data/assessments.ndjson', ...chart]).stdout });
  });

  it('- serves a side file (--policy, --population-file) when the assessments come from a file; stdin is read once', () => {
    const policy = readFileSync(join(ROOT, 'examples/data/local-policy.json'), 'utf8');
    const place = ['place', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20'];
    expect(runCli([...place, '--policy', '-'], { input: policy })).toMatchObject({ status: 0, stdout: runCli([...place, '--policy', 'examples/data/local-policy.json']).stdout });
    const cohort = ['cohort', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--group-by', 'locality'];
    const population = { Central: 14_200, East: 8_300, North: 9_800, Rural: 4_100, West: 11_000 };
    const fromStdin = runCli([...cohort, '--population-file', '-'], { input: JSON.stringify(population) });
    const dir = tempDir({ 'population.json': JSON.stringify(population) });
    expect(fromStdin).toMatchObject({ status: 0, stdout: runCli([...cohort, '--population-file', join(dir, 'population.json')]).stdout });
    // Stdin has no extension: a population that does not start with `{` is read as CSV.
    const csv = `group,population\n${Object.entries(population).map(([group, n]) => `${group},${n}`).join('\n')}\n`;
    expect(runCli([...cohort, '--population-file', '-'], { input: csv })).toMatchObject({ status: 0, stdout: fromStdin.stdout });
    expect(runCli(['place', '-', '--format', 'ndjson', '--as-of', '2025-11-20', '--policy', '-'], { input: policy })).toMatchObject({ status: 1, stdout: '', stderr: 'graded-care: - (stdin) can be read once: give it to one input only\n' });
  });

  it('--rejects - is bad usage: stdout holds the output', () => {
    expect(runCli(['score', 'examples/data/assessments.ndjson', '--keep-going', '--rejects', '-'])).toMatchObject({ status: 1, stdout: '', stderr: 'graded-care: --rejects -: stdout holds the output; name a file, or leave --rejects out to report bad rows on stderr\n' });
  });

  it('- without --format is bad usage that says why', () => {
    expect(runCli(['score', '-'], { input: ndjson })).toMatchObject({ status: 1, stdout: '', stderr: 'graded-care: - (stdin) has no extension to tell the format by; name it with --format json|ndjson|csv\n' });
  });

  it('a bad row read from stdin is named by its line, as in a file', () => {
    const run = runCli(['score', '-', '--format', 'ndjson'], { input: `${ndjson.split('\n')[0]}\n{"schemaVersion": 1}\n` });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^graded-care: <stdin>: line 2: /);
  });

  it('--out - writes to stdout, as leaving it out does, and leaves no file named -', () => {
    const dir = tempDir({});
    const run = runCli(['score', join(ROOT, 'examples/data/assessments.ndjson'), '--out', '-', '--output-format', 'csv'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(runCli(['score', 'examples/data/assessments.ndjson', '--output-format', 'csv']).stdout);
    expect(Object.keys(snapshot(dir))).toEqual([]);
  });
});
