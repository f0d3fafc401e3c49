/* eslint-disable no-sparse-arrays */
import { describe, expect, it } from 'vitest';
import {
  cohenKappa,
  distanceTravelled,
  fleissKappa,
  GradedCareError,
  placeOnContinuum,
  scoreAssessment,
  summariseCohort,
  suppressTable,
  trackProgress,
} from '../../src/index.js';
import { renderProfileChart, renderStarChart } from '../../src/svg/index.js';
import { catchError } from '../support/errors.js';
import { gcp2, star } from '../support/assessments.js';

const HOLE = 'nothing (a hole in the array)';
const record = { child: { id: 'C-1' }, level: 'universal', needsAtConcern: [] };

// A hole reads as undefined, but map and forEach skip it: each of these once threw a TypeError
// or named the hole as a missing field. Each call must name the hole's own path.
const cases: [string, () => unknown, (string | number)[]][] = [
  ['trackProgress: a hole in the history', () => trackProgress([, gcp2()] as never), [0]],
  ['placeOnContinuum: a hole in the history', () => placeOnContinuum([gcp2(), ,] as never, { asOf: '2025-07-01' }), [1]],
  ['distanceTravelled: a hole among the histories', () => distanceTravelled([, [star()]] as never), [0]],
  ['distanceTravelled: a hole after the first history', () => distanceTravelled([[star()], , [star()]] as never), [1]],
  ['distanceTravelled: a hole in one history', () => distanceTravelled([[, star()]] as never), [0, 0]],
  ['renderStarChart: a hole in the readings', () => renderStarChart([, star()] as never), [0]],
  ['renderProfileChart: a hole in the history', () => renderProfileChart([, gcp2()] as never), [0]],
  ['fleissKappa: a missing case', () => fleissKappa([[1, 2], , [2, 2]] as never), ['ratings', 1]],
  ['cohenKappa: a missing category', () => cohenKappa([1, 2], [1, 2], { weights: 'none', categories: [1, , 2] as never }), ['categories', 1]],
  ['suppressTable: a missing row', () => suppressTable([[1, 2], , [3, 4]] as never), ['cells', 1]],
  ['suppressTable: a missing count', () => suppressTable([[1, , 3], [4, 5, 6]] as never), ['cells', 0, 1]],
  ['summariseCohort: a missing level name', () => summariseCohort([record], { population: 100, levels: ['universal', , 'targeted'] as never }), ['levels', 1]],
  ['any function taking instruments: a missing instrument', () => scoreAssessment(gcp2() as never, { instruments: [, ] as never }), ['instruments', 0]],
  ['summariseCohort: a missing need type', () => summariseCohort([{ ...record, needsAtConcern: ['supervisory', , 'health'] }] as never, { population: 100 }), [0, 'needsAtConcern', 1]],
];

describe('a history with holes or invalid elements names a duplicate id by its own index', () => {
  it('counts the indexes of the array given, not of its valid elements', () => {
    const at = (id: string, day: string) => ({ ...gcp2(), id, assessedOn: day });
    const error = catchError(() => trackProgress([, at('A', '2025-07-01'), 'junk', at('A', '2025-09-01')] as never)) as GradedCareError & { issues: { path: unknown[]; expected: string }[] };
    expect(error.issues.map((i) => [i.path, i.expected])).toEqual([
      [[0], 'an assessment object'],
      [[2], 'an assessment object'],
      [[3, 'id'], 'an id no other assessment in the history has (item 1 has it)'],
    ]);
  });
});

describe('a hole in a sparse array is refused and named as a hole', () => {
  for (const [what, call, path] of cases) {
    it(what, () => {
      const error = catchError(call) as GradedCareError & { issues: { path: unknown[]; received: string }[] };
      expect(error).toBeInstanceOf(GradedCareError);
      expect(error.issues).toContainEqual(expect.objectContaining({ path, received: HOLE }));
    });
  }
});
