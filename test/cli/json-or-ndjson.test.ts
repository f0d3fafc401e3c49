import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/files.js';
import { ROOT, runCli } from '../support/run.js';

/*
 * Many exports write NDJSON under a .json name, and a JSON array is sometimes saved as
 * .ndjson. The format goes by the extension, so such a file fails as invalid JSON; the
 * message then says what the file seems to be and how to read it.
 */
const ndjson = readFileSync(join(ROOT, 'examples/data/assessments.ndjson'), 'utf8');
const array = readFileSync(join(ROOT, 'examples/data/assessments.json'), 'utf8');

describe('a file whose content is the other JSON format', () => {
  it('NDJSON named .json: names NDJSON and the way to read it', () => {
    const dir = tempDir({ 'export.json': ndjson });
    const run = runCli(['score', join(dir, 'export.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^graded-care: .*export\.json: line 2: not valid JSON \(.*\); the file holds one assessment after another, as NDJSON does: name it \.ndjson or give --format ndjson\n$/);
    expect(runCli(['score', join(dir, 'export.json'), '--format', 'ndjson']).status).toBe(0);
  });

  it('a JSON array named .ndjson: names the array and the way to read it', () => {
    const dir = tempDir({ 'export.ndjson': array });
    const run = runCli(['score', join(dir, 'export.ndjson')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^graded-care: .*export\.ndjson: line 1: not valid JSON \(.*\); the file seems to be one JSON array over many lines, not one assessment a line: name it \.json or give --format json\n$/);
    expect(runCli(['score', join(dir, 'export.ndjson'), '--format', 'json']).status).toBe(0);
  });

  it('on stdin, which has no name to change, the advice is --format alone', () => {
    expect(runCli(['score', '-', '--format', 'json'], { input: ndjson }).stderr).toMatch(/^graded-care: <stdin>: line 2: not valid JSON \(.*\); the file holds one assessment after another, as NDJSON does: give --format ndjson, not json\n$/);
    expect(runCli(['score', '-', '--format', 'ndjson'], { input: array }).stderr).toMatch(/^graded-care: <stdin>: line 1: not valid JSON \(.*\); the file seems to be one JSON array over many lines, not one assessment a line: give --format json, not ndjson\n$/);
    expect(runCli(['agree', '-', '--format', 'ndjson', '--weights', 'none'], { input: '' }).stderr).toBe('graded-care: agree: <stdin>: expected a CSV table (a header, then a row per case); give --format csv, not ndjson\n');
  });

  // With --format given, the file's name does not count, and a second --format is refused as
  // given twice: "name it .ndjson or give --format ndjson" sent the user to a file already
  // named .ndjson, or to a second --format.
  it.each([
    [['score', 'examples/data/assessments.ndjson', '--format', 'json'], /^graded-care: examples\/data\/assessments\.ndjson: line 2: not valid JSON \(.*\); the file holds one assessment after another, as NDJSON does: give --format ndjson, not json\n$/, 'ndjson'],
    [['score', 'examples/data/assessments.json', '--format', 'ndjson'], /^graded-care: examples\/data\/assessments\.json: line 1: not valid JSON \(.*\); the file seems to be one JSON array over many lines, not one assessment a line: give --format json, not ndjson\n$/, 'json'],
    [['agree', 'examples/data/training-grades.csv', '--weights', 'none', '--format', 'json'], /^graded-care: agree: examples\/data\/training-grades\.csv: expected a CSV table \(a header, then a row per case\); give --format csv, not json\n$/, 'csv'],
  ])('%j: --format given the wrong way, the advice is another --format, which the next run takes', (args, message, format) => {
    expect(runCli(args).stderr).toMatch(message);
    expect(runCli([...args.slice(0, -1), format]).status).toBe(0);
  });

  it('other invalid JSON gets no such advice', () => {
    const dir = tempDir({ 'a.json': '[{"id": 1}]{"id": 2}', 'b.ndjson': `${ndjson.split('\n')[0]}\n[\n` });
    expect(runCli(['score', join(dir, 'a.json')]).stderr).toMatch(/: line 1: not valid JSON \([^)]*\)\n$/);
    expect(runCli(['score', join(dir, 'b.ndjson')]).stderr).toMatch(/: line 2: not valid JSON \([^)]*\)\n$/);
  });
});
