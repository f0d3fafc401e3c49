import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

const NDJSON = 'examples/data/assessments.ndjson';

describe('an --out extension that contradicts what the command writes', () => {
  it.each([
    [['chart', NDJSON, '--kind', 'profile', '--child', 'C-102'], 'ch.csv', 'chart: --out @/ch.csv names a CSV file, but the picture is written as SVG: name --out .svg'],
    [['chart', NDJSON, '--kind', 'profile', '--child', 'C-102'], 'ch.json', 'chart: --out @/ch.json names a JSON file, but the picture is written as SVG: name --out .svg'],
    [['score', NDJSON, '--report'], 'report.ndjson', 'score: --out @/report.ndjson names an NDJSON file, but --report prints text: name --out .txt'],
    [['schema'], 's.csv', 'schema: --out @/s.csv names a CSV file, but the JSON Schema is written as JSON: name --out .json'],
  ])('%j --out %s is bad usage, and writes nothing', (args, out, message) => {
    const dir = tempDir();
    const run = runCli([...args, '--out', join(dir, out)]);
    expect([run.status, run.stderr]).toEqual([1, `graded-care: ${message.replace('@', dir)}\n`]);
    expect(Object.keys(snapshot(dir))).toEqual([]);
  });

  it('is accepted when it fits: chart.svg, report.txt, schema.json', () => {
    const dir = tempDir();
    expect(runCli(['chart', NDJSON, '--kind', 'profile', '--child', 'C-102', '--out', join(dir, 'chart.svg')]).status).toBe(0);
    expect(runCli(['score', NDJSON, '--report', '--out', join(dir, 'report.txt')]).status).toBe(0);
    expect(runCli(['schema', '--out', join(dir, 'schema.json')]).status).toBe(0);
    expect(Object.keys(snapshot(dir))).toEqual(['chart.svg', 'report.txt', 'schema.json']);
  });
});

// Each refusal used to be made alone: `score --report --out r.json --output-format csv` was
// told to name the file .csv, and then --report refused .csv. Now each offers only a way out
// the next run takes: following it, the run succeeds.
describe('--output-format and --out refused together, each message offering a way out that works', () => {
  const CHART = ['chart', NDJSON, '--kind', 'profile', '--child', 'C-102'];
  const GRADES = 'examples/data/training-grades.csv';
  it.each([
    [['score', NDJSON, '--report'], ['--out', 'r.json', '--output-format', 'csv'], 'score: --output-format is "csv" and --out @/r.json names a JSON file, but --report prints text: leave out --output-format and name --out .txt', ['--out', 'r.txt']],
    [['score', NDJSON, '--report'], ['--output-format', 'json'], 'score: --output-format is "json", but --report prints text: leave out --output-format', []],
    [CHART, ['--out', 'ch.json', '--output-format', 'csv'], 'chart: --output-format is "csv" and --out @/ch.json names a JSON file, but the picture is written as SVG: leave out --output-format and name --out .svg', ['--out', 'ch.svg']],
    [['schema'], ['--out', 's.json', '--output-format', 'csv'], 'schema: --output-format is "csv", but the JSON Schema is written as JSON: leave out --output-format', ['--out', 's.json']],
    [['schema'], ['--out', 's.csv', '--output-format', 'json'], 'schema: --out @/s.csv names a CSV file, but the JSON Schema is written as JSON: name --out .json', ['--out', 's.json', '--output-format', 'json']],
    [['agree', GRADES, '--weights', 'linear'], ['--out', 'k.json', '--output-format', 'ndjson'], 'agree: --output-format is "ndjson", but the result is written as json or csv (it is one object): leave out --output-format', ['--out', 'k.json']],
    [['agree', GRADES, '--weights', 'linear'], ['--out', 'k.ndjson', '--output-format', 'csv'], 'agree: --out @/k.ndjson names an NDJSON file, but the result is written as json or csv (it is one object): name --out .csv', ['--out', 'k.csv', '--output-format', 'csv']],
    [['agree', GRADES, '--weights', 'linear'], ['--output-format', 'ndjson'], 'agree: --output-format is "ndjson", but the result is written as json or csv (it is one object): give --output-format json or csv, or leave it out', ['--output-format', 'csv']],
    [['cohort', NDJSON, '--as-of', '2025-11-20', '--population', '48400'], ['--out', 'c.ndjson'], 'cohort: --out @/c.ndjson names an NDJSON file, but the summary is written as json or csv (it is one object): name --out .json or .csv', ['--out', 'c.csv']],
    [['place', NDJSON, '--as-of', '2025-11-20'], ['--out', 'p.csv', '--output-format', 'xml'], 'place: --output-format is "xml", but the results are written as json, ndjson or csv: leave out --output-format', ['--out', 'p.csv']],
  ])('%j %j: refused, and the way out it names is taken', (args, given, message, followed) => {
    const dir = tempDir();
    const inDir = (options: readonly string[]) => options.map((o, i) => (options[i - 1] === '--out' ? join(dir, o) : o));
    const run = runCli([...args, ...inDir(given)]);
    expect([run.status, run.stderr]).toEqual([1, `graded-care: ${message.replace('@', dir)}\n`]);
    expect(Object.keys(snapshot(dir))).toEqual([]);
    const again = runCli([...args, ...inDir(followed)]);
    expect([again.status, again.stderr]).toEqual([0, '']);
  });
});

describe('schema, which reads no input', () => {
  it.each([
    [['--keep-going', '--rejects', '@/r.ndjson'], '--keep-going'],
    [['--format', 'csv'], '--format'],
    [['--max-line-bytes', '100'], '--max-line-bytes'],
  ])('refuses %j as an option that does not apply, and writes nothing', (options, option) => {
    const dir = tempDir();
    const run = runCli(['schema', ...options.map((o) => o.replace('@', dir)), '--out', join(dir, 'schema.json')]);
    expect([run.status, run.stderr]).toEqual([1, `graded-care: schema: ${option} does not apply (schema reads no input)\n`]);
    expect(Object.keys(snapshot(dir))).toEqual([]);
  });
});
