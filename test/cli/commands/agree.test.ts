import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreeCommand, agreeResultTable, type AgreeTable } from '../../../src/cli/commands/agree.js';
import { OperationError, OptionsError, ValidationError } from '../../../src/index.js';
import { ROOT } from '../../support/run.js';
import { catchError } from '../../support/errors.js';

/*
 * Expected kappas from scikit-learn and statsmodels on examples/data/training-grades.csv, made by
 *   /usr/bin/python3 scripts/kappa-reference.py > test/agreement/kappa-reference.json
 */
const reference = JSON.parse(readFileSync(resolve(ROOT, 'test/agreement/kappa-reference.json'), 'utf8')) as {
  cohen: { id: string; weights: string; sklearn: number }[];
  fleiss: { id: string; statsmodels: number }[];
};

/** The example CSV (no quoted cells) as the CLI frame hands it over. */
function exampleTable(): AgreeTable {
  const [header, ...rows] = readFileSync(resolve(ROOT, 'examples/data/training-grades.csv'), 'utf8').trim().split('\n').map((line) => line.split(','));
  return { header: header as string[], rows };
}

describe('agreeCommand on examples/data/training-grades.csv', () => {
  for (const weights of ['none', 'linear', 'quadratic'] as const) {
    it(`gives every pair's kappa as scikit-learn does, weights ${weights}`, () => {
      const result = agreeCommand(exampleTable(), { weights, instrument: 'gcp2' });
      expect(result.raters).toEqual(['reference', 'trainee-1', 'trainee-2', 'trainee-3']);
      expect(result.pairs).toHaveLength(6);
      for (const pair of result.pairs) {
        const expected = reference.cohen.find((c) => c.id === `training-grades:${pair.a}~${pair.b}` && c.weights === weights);
        expect(expected, `${pair.a}~${pair.b}`).toBeDefined();
        expect(Math.abs((pair.kappa as number) - (expected?.sklearn as number))).toBeLessThan(1e-9);
      }
    });
  }

  it('leaves a blank cell out of that rater’s pairs and out of Fleiss’ kappa', () => {
    const result = agreeCommand(exampleTable(), { weights: 'linear', instrument: 'gcp2' });
    expect(result.pairs.map((p) => p.n)).toEqual([16, 15, 16, 15, 16, 15]);
    expect(result.fleiss?.n).toBe(15);
    expect(result.fleiss?.raters).toBe(4);
    const statsmodels = reference.fleiss.find((c) => c.id === 'training-grades')?.statsmodels as number;
    expect(Math.abs((result.fleiss?.kappa as number) - statsmodels)).toBeLessThan(1e-9);
    expect(result.cases).toBe(16);
    expect(result.categories).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes the chosen columns, and without an instrument the range of the grades given', () => {
    const result = agreeCommand(exampleTable(), { weights: 'none', columns: ['trainee-3', 'reference'] });
    expect(result.raters).toEqual(['trainee-3', 'reference']);
    expect(result.pairs.map((p) => [p.a, p.b])).toEqual([['trainee-3', 'reference']]);
    expect(result.categories).toEqual([1, 2, 3, 4]);
  });

  it('turns into a CSV table: a row per pair and one for Fleiss', () => {
    const table = agreeResultTable(agreeCommand(exampleTable(), { weights: 'quadratic', instrument: 'gcp2' }));
    expect(table.header).toEqual(['raterA', 'raterB', 'statistic', 'weights', 'n', 'kappa', 'observed', 'expected', 'exactAgreement', 'withinOneAgreement', 'standardError', 'ciLower', 'ciUpper', 'standardErrorUnderNull', 'z', 'pValue']);
    expect(table.rows).toHaveLength(7);
    expect(table.rows[0]?.slice(0, 5)).toEqual(['reference', 'trainee-1', 'cohen', 'quadratic', 16]);
    expect(table.rows[6]?.slice(0, 5)).toEqual(['all', 'all', 'fleiss', 'none', 15]);
    expect(table.rows.flat().some((c) => c === undefined || Number.isNaN(c) || /NaN|undefined/.test(String(c)))).toBe(false);
  });

  it('writes a degenerate kappa as an empty CSV cell', () => {
    const table = agreeResultTable(agreeCommand({ header: ['case', 'x', 'y'], rows: [['1', '2', '2'], ['2', '2', '2']] }, { weights: 'none' }));
    expect(table.rows[0]?.[5]).toBeNull();
  });
});

describe('agreeCommand refuses', () => {
  const table: AgreeTable = { header: ['case', 'a', 'b'], rows: [['1', '3', '3'], ['2', '2', 'x'], ['3', '4.5', '4']] };

  it('a cell that is not a whole number, naming the row and column', () => {
    const error = catchError(() => agreeCommand(table, { weights: 'none' })) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.path)).toEqual([['rows', 1, 'b'], ['rows', 2, 'a']]);
    expect(error.message).toContain('rows[1].b: expected a whole-number grade from 0 to 100, a blank or not-scored, received "x"');
  });

  // Without --instrument, `NOT-SCORED` was taken for not-scored, and a -2 became a category
  // of every kappa (so that linear and quadratic weights changed for all).
  it.each([['NOT-SCORED'], ['Not-scored'], ['-2'], ['+3'], ['101'], ['1e1']])('a cell %j, read as an assessment reads a rating cell', (cell) => {
    const error = catchError(() => agreeCommand({ header: ['case', 'a', 'b'], rows: [['1', '3', '3'], ['2', cell, '2']] }, { weights: 'linear' })) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toEqual([{ path: ['rows', 1, 'a'], expected: 'a whole-number grade from 0 to 100, a blank or not-scored', received: JSON.stringify(cell), message: expect.any(String) }]);
  });

  it('the same cells with --instrument, as off its scale', () => {
    for (const cell of ['NOT-SCORED', '-2', '+3']) {
      const error = catchError(() => agreeCommand({ header: ['case', 'a', 'b'], rows: [['1', '3', '3'], ['2', cell, '2']] }, { weights: 'linear', instrument: 'gcp2' })) as ValidationError;
      expect(error.issues[0]?.expected).toBe('a grade from 1 to 5 (the gcp2 scale), a blank or not-scored');
    }
  });

  it('drops spaces at the ends of a cell, as of a name: a table typed by hand has them after each comma', () => {
    const result = agreeCommand({ header: ['case', 'a', 'b'], rows: [['1', ' 3', '3 '], ['2', ' not-scored', ' 2']] }, { weights: 'none' });
    expect(result.categories).toEqual([2, 3]);
    expect(result.pairs[0]?.n).toBe(1);
  });

  it('takes any grade a scale may hold, 0 to 100, written in digits', () => {
    const result = agreeCommand({ header: ['case', 'a', 'b'], rows: [['1', '0', '0'], ['2', '100', '100'], ['3', '07', '7'], ['4', 'not-scored', '']] }, { weights: 'linear' });
    expect(result.categories).toEqual([0, 7, 100]);
    expect(result.pairs[0]?.n).toBe(3);
  });

  it('a row with the wrong number of cells', () => {
    const error = catchError(() => agreeCommand({ header: ['case', 'a', 'b'], rows: [['1', '2']] }, { weights: 'none' })) as ValidationError;
    expect(error.issues[0]?.path).toEqual(['rows', 0]);
  });

  it('a missing weighting, an unknown column, fewer than two raters', () => {
    const ok: AgreeTable = { header: ['case', 'a', 'b'], rows: [['1', '3', '3']] };
    expect((catchError(() => agreeCommand(ok, {} as never)) as OptionsError).issues[0]?.path).toEqual(['weights']);
    expect((catchError(() => agreeCommand(ok, { weights: 'none', columns: ['a', 'c'] })) as OptionsError).issues[0]?.path).toEqual(['columns', 1]);
    expect((catchError(() => agreeCommand(ok, { weights: 'none', columns: ['a'] })) as OptionsError).issues[0]?.path).toEqual(['columns']);
    expect(catchError(() => agreeCommand(ok, { weights: 'none', columns: ['a', 'a'] }))).toBeInstanceOf(OptionsError);
  });

  it('two raters with no case graded by both, or no grades at all', () => {
    const apart: AgreeTable = { header: ['case', 'a', 'b'], rows: [['1', '3', ''], ['2', '', 'not-scored']] };
    expect((catchError(() => agreeCommand(apart, { weights: 'none' })) as OperationError).code).toBe('no-ratings');
    const empty: AgreeTable = { header: ['case', 'a', 'b'], rows: [['1', '', '']] };
    expect((catchError(() => agreeCommand(empty, { weights: 'none' })) as OperationError).code).toBe('no-ratings');
  });

  it('grades outside the instrument’s scale, naming the row and column (not an index into the pairs)', () => {
    const error = catchError(() => agreeCommand({ header: ['case', 'a', 'b'], rows: [['1', '3', '3'], ['2', '7', '3']] }, { weights: 'none', instrument: 'gcp2' })) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toEqual([{ path: ['rows', 1, 'a'], expected: 'a grade from 1 to 5 (the gcp2 scale), a blank or not-scored', received: '"7"', message: expect.any(String) }]);
  });
});
