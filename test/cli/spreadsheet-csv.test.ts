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

describe("a population file's header that is not group,population", () => {
  it('is shown as read, so that what differs can be seen', () => {
    const dir = tempDir({ 'population.csv': 'Group,Population\nCentral,14200\n' });
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--group-by', 'locality', '--population-file', join(dir, 'population.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'population.csv')}: line 1: expected the header group,population, received the string "Group,Population"\n`);
  });
});
