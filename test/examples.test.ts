import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as svg from '../src/svg/index.js';
import { runExample as runChecked } from './support/doc-comments.js';
import { tempDir } from './support/files.js';
import { ROOT, runExample } from './support/run.js';

const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

/** The fenced blocks of a Markdown text with their language. */
function fences(markdown: string): { lang: string; body: string }[] {
  return [...markdown.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] ?? '', body: m[2] ?? '' }));
}

describe('README', () => {
  it('shows the two set-up commands on its first screen', () => {
    const firstScreen = readme.split('\n').slice(0, 25).join('\n');
    expect(firstScreen).toContain('npm ci && npm start');
    expect(firstScreen).toContain('npm test');
  });

  it('its ten-line example is examples/quick-start.ts, and prints what the README says', () => {
    const blocks = fences(readme);
    const example = blocks.find((b) => b.lang === 'ts');
    const output = blocks.find((b) => b.lang === 'text');
    expect(example?.body.trim().split('\n').length).toBeLessThanOrEqual(10);
    expect(example?.body).toBe(readFileSync(resolve(ROOT, 'examples/quick-start.ts'), 'utf8'));
    const run = runExample('examples/quick-start.ts');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(output?.body);
  });
});

describe("the README's other blocks", () => {
  const sample = JSON.parse(readFileSync(resolve(ROOT, 'examples/data/assessments.json'), 'utf8')) as { child: { id: string }; instrument: string }[];
  const training = (id: string, nutrition: number) => ({ schemaVersion: 1, id, instrument: 'gcp2', child: { id: 'T-1' }, assessedOn: '2025-10-01', ratings: { 'physical.nutrition': nutrition, 'physical.housing': 3 } });
  /** What the blocks leave to the reader, from the sample data: one child's history, a trainee two grades off the reference. */
  const given = {
    traineeAssessment: training('trainee', 4),
    referenceAssessment: training('reference', 2),
    readingsOfOneChild: sample.filter((a) => a.child.id === 'C-106' && a.instrument === 'family-star-plus'),
    historyOfOneChild: sample.filter((a) => a.child.id === 'C-106' && a.instrument === 'gcp2'),
  };

  it('run, and give the values their comments say (agreement, pictures)', () => {
    const blocks = fences(readme).filter((b) => b.lang === 'ts').slice(1);
    expect(blocks.length).toBe(2);
    const runs = blocks.map(({ body }) => runChecked(body.split('\n').filter((line) => !line.startsWith('import ')).join('\n'), { ...core, ...svg, ...given }));
    // A comment after a declaration is a remark here (`// Star readings: …`), not a value left unchecked.
    expect(runs.flatMap((run) => run.failures).filter((failure) => !failure.includes('a comment after a declaration'))).toEqual([]);
    expect(runs.map((run) => run.checks.length)).toEqual([3, 0]);
  });

  it("its continuum explanation is lines examples/continuum.ts prints", () => {
    const shown = fences(readme).filter((b) => b.lang === 'text')[1]?.body.trimEnd().split('\n') ?? [];
    expect(shown.length).toBeGreaterThan(2);
    const printed = runExample('examples/continuum.ts').stdout.split('\n').map((line) => line.replace(/^ {2}- /, ''));
    expect(shown.filter((line) => !printed.includes(line))).toEqual([]);
  });
});

describe('examples', () => {
  it('progress.ts prints C-106’s course as a social worker reads it (facts checked by hand)', () => {
    const run = runExample('examples/progress.ts');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Child C-106: 3 GCP2 assessments, 2025-01-20 to 2025-09-15');
    // 2025-01-20 → 2025-05-19 is 119 days; 2025-05-19 → 2025-09-15 is 119 days.
    expect(lines[2]).toBe('  2025-05-19 A-106-2 (119 days later): physical 3, safety 3, emotional 3, developmental 3');
    expect(run.stdout).toContain('  physical: deteriorating (2 → 3 → 4)');
    expect(run.stdout).toContain('  Persistent: supervisory at concern since 2025-05-19 (119 days; A-106-3, A-106-2)');
    expect(run.stdout).toContain('  Drift: yes');
    // 2025-09-15 + 90 days = 2025-12-14; asOf 2025-11-20 is before it.
    expect(lines.at(-2)).toBe('  Next review due 2025-12-14');
  });

  it('trainers.ts reads its grades saved with CRLF line ends, as a spreadsheet saves them, as it reads them with LF', () => {
    // A copy beside its data, finding graded-care as an installed package would: the last grader was once named "trainee-3\r".
    const crlf = readFileSync(resolve(ROOT, 'examples/data/training-grades.csv'), 'utf8').replaceAll('\n', '\r\n');
    const dir = tempDir({ 'examples/trainers.ts': readFileSync(resolve(ROOT, 'examples/trainers.ts')), 'examples/data/training-grades.csv': crlf, 'node_modules/': '' });
    symlinkSync(ROOT, join(dir, 'node_modules/graded-care'));
    const tsx = fileURLToPath(import.meta.resolve('tsx'));
    const run = spawnSync(process.execPath, ['--import', tsx, join(dir, 'examples/trainers.ts')], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(runExample('examples/trainers.ts').stdout);
  });

  it('continuum.ts places three contrasting children and explains each', () => {
    const run = runExample('examples/continuum.ts');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const headings = run.stdout.split('\n').filter((line) => !line.startsWith(' ') && line !== '');
    expect(headings).toEqual([
      'C-102: Child protection (child-protection, urgent) by rule immediate-safety',
      'C-103: Child in need (child-in-need) by rule definition-2-partial',
      'C-105: Additional support (additional-support) by rule borderline',
    ]);
    expect(run.stdout).toContain('  - high-risk group pre-mobile: 5 whole months old on 2025-08-11 (born 2025-02-20), under 9');
    expect(run.stdout).toContain('  - next review due 2025-12-27 (A-105-2 + 180 days)');
  });
});
