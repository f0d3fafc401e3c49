import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

const NDJSON = 'examples/data/assessments.ndjson';

describe('an --out extension that contradicts what the command writes', () => {
  it.each([
    [['chart', NDJSON, '--kind', 'profile', '--child', 'C-102'], 'ch.csv', 'chart: --out @/ch.csv: names a CSV file, but the picture is written as SVG (name it .svg)'],
    [['chart', NDJSON, '--kind', 'profile', '--child', 'C-102'], 'ch.json', 'chart: --out @/ch.json: names a JSON file, but the picture is written as SVG (name it .svg)'],
    [['score', NDJSON, '--report'], 'report.ndjson', 'score: --out @/report.ndjson: names an NDJSON file, but --report prints text (name it .txt)'],
    [['schema'], 's.csv', 'schema: --out @/s.csv: names a CSV file, but the JSON Schema is written as JSON (name it .json)'],
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
