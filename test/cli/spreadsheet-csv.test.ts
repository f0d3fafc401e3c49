import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/files.js';
import { ROOT, runCli } from '../support/run.js';

/*
 * Files as spreadsheets save them. A spreadsheet set to a language that writes decimal commas
 * (Excel in much of Europe) saves "CSV" with semicolons between the columns; the header then
 * reads as one column, whose name used to be echoed whole as an unknown column.
 */
const sample = (name: string): string => readFileSync(join(ROOT, 'examples/data', name), 'utf8');
const withSemicolons = (csv: string): string => csv.replaceAll(',', ';').replaceAll('\n', '\r\n');

describe('a CSV file separated by semicolons or tabs', () => {
  it('as assessments: the header is refused with what to do, not as one unknown column', () => {
    const dir = tempDir({ 'export.csv': `\uFEFF${withSemicolons(sample('assessments.csv'))}` });
    const run = runCli(['score', join(dir, 'export.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `graded-care: ${join(dir, 'export.csv')}: line 1 (the header): expected columns separated by commas, received one column holding 43 semicolons and no comma (as a spreadsheet set to a language that writes decimal commas saves CSV); save the file with commas between the columns\n`,
    );
  });

  it('as assessments separated by tabs', () => {
    const dir = tempDir({ 'export.csv': 'id\tinstrument\tchild.id\tassessedOn\nA-1\tgcp2\tC-1\t2025-01-10\n' });
    const run = runCli(['score', join(dir, 'export.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/line 1 \(the header\): expected columns separated by commas, received one column holding 3 tabs and no comma \(a tab-separated export\); save the file with commas between the columns\n$/);
  });

  it('with every field quoted, as some spreadsheets save it: the quote is said to end at a semicolon', () => {
    const dir = tempDir({ 'export.csv': '"id";"instrument";"child.id";"assessedOn"\r\n"A-1";"gcp2";"C-1";"2025-01-10"\r\n' });
    const run = runCli(['score', join(dir, 'export.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'export.csv')}: line 1 (the header): field 1: a quoted field must end at a comma or the end of the line; it ends at a semicolon: save the file with commas between the columns\n`);
  });

  it("as agree's table of grades", () => {
    const dir = tempDir({ 'grades.csv': withSemicolons(sample('training-grades.csv')) });
    const run = runCli(['agree', join(dir, 'grades.csv'), '--weights', 'linear']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/grades\.csv: line 1 \(the header\): expected columns separated by commas, received one column holding 4 semicolons and no comma/);
  });

  it("as cohort's population file", () => {
    const dir = tempDir({ 'population.csv': withSemicolons(sample('population.csv')) });
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--group-by', 'locality', '--population-file', join(dir, 'population.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/population\.csv: line 1 \(the header\): expected columns separated by commas, received one column holding 1 semicolon and no comma/);
  });
});

describe('child flags typed into a spreadsheet cell as a list', () => {
  it('are refused when a comma or another mark joins them, naming the column\'s separator, rather than read as one free-form flag', () => {
    // Read as one flag, "disabled, pre-mobile" put the child in no high-risk group: early help instead of child in need.
    const header = 'id,instrument,child.id,assessedOn,child.flags,physical.nutrition';
    const dir = tempDir({ 'comma.csv': `${header}\nA-1,gcp2,C-17,2025-01-10,"disabled, pre-mobile",4\n`, 'semicolon.csv': `${header}\nA-1,gcp2,C-17,2025-01-10,disabled; pre-mobile,4\n` });
    const run = runCli(['place', join(dir, 'comma.csv'), '--as-of', '2025-11-20']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `graded-care: ${join(dir, 'comma.csv')}: line 2: column child.flags: expected one flag an entry, not several joined into one (separate flags with ";" in this column), received the string "disabled, pre-mobile"\n`,
    );
    const placed = runCli(['place', join(dir, 'semicolon.csv'), '--as-of', '2025-11-20', '--output-format', 'ndjson']);
    expect(placed.status).toBe(0);
    expect((JSON.parse(placed.stdout) as { level: string }).level).toBe('child-in-need');
  });
});

describe("a population file's header that is not group,population", () => {
  it('is shown as read, so that what differs can be seen', () => {
    const dir = tempDir({ 'population.csv': 'Group,Population\nCentral,14200\n' });
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--group-by', 'locality', '--population-file', join(dir, 'population.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'population.csv')}: line 1: expected the header group,population, received the string "Group,Population"\n`);
  });
});

describe('rows of empty cells, as a spreadsheet writes rows it once used', () => {
  const emptyRows = (csv: string, cells: number): string => `${csv}${`${','.repeat(cells - 1)}\r\n`.repeat(2)}`;

  it('are skipped among assessments, as blank lines are, even with --keep-going', () => {
    const dir = tempDir({ 'export.csv': emptyRows(sample('assessments.csv'), 44) });
    const run = runCli(['place', join(dir, 'export.csv'), '--as-of', '2025-11-20', '--keep-going']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(runCli(['place', 'examples/data/assessments.csv', '--as-of', '2025-11-20']).stdout);
  });

  it("are skipped in agree's table, so they are not counted as cases", () => {
    const dir = tempDir({ 'grades.csv': emptyRows(sample('training-grades.csv'), 5) });
    const run = runCli(['agree', join(dir, 'grades.csv'), '--weights', 'linear']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { cases: number }).cases).toBe(16);
  });

  it('are skipped above the header too, where a blank line is skipped (a top row once used)', () => {
    const dir = tempDir({ 'export.csv': `,,,\r\n${sample('assessments.csv')}`, 'grades.csv': `,,,,\r\n\r\n${sample('training-grades.csv')}` });
    expect(runCli(['score', join(dir, 'export.csv')])).toMatchObject({ status: 0, stderr: '', stdout: runCli(['score', 'examples/data/assessments.csv']).stdout });
    expect(runCli(['agree', join(dir, 'grades.csv'), '--weights', 'linear'])).toMatchObject({ status: 0, stderr: '', stdout: runCli(['agree', 'examples/data/training-grades.csv', '--weights', 'linear']).stdout });
    // The header's line is still named as the file has it.
    const bad = tempDir({ 'grades.csv': ',,\ncase,only\n' });
    expect(runCli(['agree', join(bad, 'grades.csv'), '--weights', 'linear']).stderr).toMatch(/^graded-care: .*grades\.csv: line 2 \(the header\): /);
  });

  it("are skipped in cohort's population file", () => {
    const dir = tempDir({ 'population.csv': emptyRows(sample('population.csv'), 2) });
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--group-by', 'locality', '--population-file', join(dir, 'population.csv')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it("are skipped above the header of cohort's population file, as blank lines are", () => {
    const cohort = (population: string) => runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--group-by', 'locality', '--population-file', population]);
    const expected = cohort('examples/data/population.csv').stdout;
    const dir = tempDir({ 'rows.csv': `,\r\n\r\n${sample('population.csv')}`, 'bad.csv': '\n,\nGroup,Population\nCentral,14200\n' });
    expect(cohort(join(dir, 'rows.csv'))).toMatchObject({ status: 0, stderr: '', stdout: expected });
    // The header's line is still named as the file has it.
    expect(cohort(join(dir, 'bad.csv')).stderr).toBe(`graded-care: ${join(dir, 'bad.csv')}: line 3: expected the header group,population, received the string "Group,Population"\n`);
  });

  it("make a population file of nothing else empty, as an assessments file is", () => {
    const dir = tempDir({ 'blank.csv': '\r\n,\n\n', 'none.csv': '' });
    for (const name of ['blank.csv', 'none.csv']) {
      const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--group-by', 'locality', '--population-file', join(dir, name)]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`graded-care: ${join(dir, name)}: the file is empty; expected the header group,population, then a row per group\n`);
    }
  });
});

describe('an unknown column in the header', () => {
  it.each([
    ['physical.nutriton', 'physical.nutrition'],
    ['childId', 'child.id'],
    ['assessed_on', 'assessedOn'],
    ['locality', 'child.locality'],
    ['dateOfBirth', 'child.dateOfBirth'],
  ])('%s: names the column most likely meant, %s', (written, meant) => {
    const dir = tempDir({ 'export.csv': `id,instrument,child.id,assessedOn,${written}\nA-1,gcp2,C-1,2025-01-10,4\n` });
    const run = runCli(['score', join(dir, 'export.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`: line 1 (the header): unknown column "${written}" (did you mean ${meant}?); expected schemaVersion, id, `);
  });

  it('suggests nothing for a column unlike any', () => {
    const dir = tempDir({ 'export.csv': 'id,instrument,child.id,assessedOn,comments\nA-1,gcp2,C-1,2025-01-10,x\n' });
    expect(runCli(['score', join(dir, 'export.csv')]).stderr).toContain('unknown column "comments"; expected schemaVersion, id, ');
  });
});

describe('two exports joined end to end (cat a b > c)', () => {
  const BOM = '\uFEFF';

  it('NDJSON files that each begin with a byte-order mark read as one file', () => {
    const ndjson = sample('assessments.ndjson');
    const dir = tempDir({ 'joined.ndjson': `${BOM}${ndjson}${BOM}${ndjson.split('\n')[0]}\n` });
    const run = runCli(['score', join(dir, 'joined.ndjson'), '--output-format', 'ndjson']);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(20);
  });

  it("CSV: the second file's header is named as a repeated header, mark or none", () => {
    const csv = sample('assessments.csv');
    const dir = tempDir({ 'joined.csv': `${BOM}${csv}${BOM}${csv}` });
    const run = runCli(['score', join(dir, 'joined.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'joined.csv')}: line 21: the row repeats the header (two files joined?); expected one header, at the top: remove this row\n`);
  });
});
