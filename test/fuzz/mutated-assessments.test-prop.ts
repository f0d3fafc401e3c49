import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as svg from '../../src/svg/index.js';
import type { IssuePath } from '../../src/errors.js';
import { fc, PROPERTY_RUNS } from '../support/fc.js';
import { all, gcp2At, starAt } from '../support/history.js';

/*
 * Valid assessments, damaged a few edits at a time (a field deleted, replaced by an odd value,
 * wrapped in an array, a number written as text, an object turned into an array…), as a
 * case system's export goes wrong. Every damaged copy is either refused with issues whose
 * paths are in the input (or name a missing field of an object that is there), or accepted,
 * and then every result read from it is plain data: no NaN, no infinity, no -0, no undefined.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const valid: Json[] = [
  {
    ...(gcp2At('A', '2025-01-06', all(3, { 'physical.nutrition': 4 }), { id: 'C-1', dateOfBirth: '2024-12-01', flags: ['disabled'], locality: 'North', attributes: { ward: 'W1' } }) as { [key: string]: Json }),
    kind: 'baseline',
    assessor: 'HV-1',
    areaGrades: { physical: 4 },
  },
  gcp2At('B', '2025-04-07', { 'physical.nutrition': { grade: 5, note: 'n' }, 'safety.home': 'not-scored', 'safety.online': { grade: 'not-scored' } }) as Json,
  starAt('S', '2025-02-01', { 'family-routine': 4, 'physical-health': { grade: 10, note: 'x' } }, { id: 'C-1' }) as Json,
];

/** Odd values: the edges of numbers and strings, values of other fields, and any JSON. */
const odd: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, 1e308, -1, 2.5, Number.MAX_SAFE_INTEGER, 2 ** 53, '', ' ', '\uD800', 'not-scored', 'x'.repeat(101), null, true, [], {}, [1], { grade: 3 }, '2025-02-29', '0000-01-01', '9999-12-31', 'disabled'),
  fc.integer({ min: -2, max: 12 }),
  fc.jsonValue(),
);
const edit = fc.record({ at: fc.nat(), kind: fc.nat({ max: 5 }), value: odd, key: fc.oneof(fc.constantFrom('grade', 'note', 'id', 'extra', 'physical.health', 'dateOfBirth'), fc.string({ maxLength: 4 })) });

/** Every path in a JSON value, the value's own (`[]`) first. */
function pathsOf(value: unknown, path: IssuePath = [], out: IssuePath[] = []): IssuePath[] {
  out.push(path);
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

function at(value: unknown, path: IssuePath): { found: boolean; value?: unknown } {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return { found: false };
    node = (node as Record<string | number, unknown>)[key];
  }
  return { found: true, value: node };
}

const copy = <T>(value: T): T => structuredClone(value);

/** `base` with the edits applied in turn, each at one of its paths (taken modulo their number). */
function damaged(base: Json, edits: readonly { at: number; kind: number; value: unknown; key: string }[]): unknown {
  let value: unknown = copy(base);
  for (const e of edits) {
    const paths = pathsOf(value);
    const path = paths[e.at % paths.length] as IssuePath;
    const replacement = copy(e.value);
    if (path.length === 0) {
      if (e.kind === 0) value = [value];
      continue;
    }
    const parent = at(value, path.slice(0, -1)).value as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    const old = parent[last];
    if (e.kind === 0) {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else if (e.kind === 1) parent[last] = replacement;
    else if (e.kind === 2 && typeof old === 'object' && old !== null && !Array.isArray(old)) (old as Record<string, unknown>)[e.key] = replacement;
    else if (e.kind === 3) parent[last] = [old];
    else if (e.kind === 4 && typeof old === 'number') parent[last] = String(old);
    else if (e.kind === 5 && typeof old === 'object' && old !== null) parent[last] = Array.isArray(old) ? { ...old } : Object.values(old);
    else parent[last] = replacement;
  }
  return value;
}

/** The first place in a result that is not plain data, or null. */
function unclean(value: unknown, path = 'result'): string | null {
  if (value === undefined) return `${path} is undefined`;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? null : `${path} is ${Object.is(value, -0) ? '-0' : value}`;
  if (typeof value !== 'object' || value === null) return null;
  const entries = Array.isArray(value) ? Array.from(value, (item, i) => [String(i), item] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    const found = unclean(item, `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}

/** Runs `fn`; a refusal must be one of the library's own errors. */
function resultOf(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    expect(error).toBeInstanceOf(api.GradedCareError);
    return null;
  }
}

describe('damaged assessments', () => {
  it('are refused at paths in the input, or accepted and read into plain data', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...valid), fc.array(edit, { minLength: 1, maxLength: 3 }), (base, edits) => {
        const input = damaged(base, edits);
        const before = copy(input);
        const result = api.safeParseAssessment(input);
        expect(input).toStrictEqual(before);
        if (!result.success) {
          refused++;
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            const missing = !at(input, issue.path).found;
            if (missing) {
              // A field that is not there: its object must be, and the issue must say it is missing.
              expect(at(input, issue.path.slice(0, -1)).found, issue.message).toBe(true);
              expect(issue.received, issue.message).toMatch(/^nothing/);
            }
            expect(issue.message).toContain(issue.expected);
            expect(issue.message).toContain(issue.received);
          }
          // Every other way in refuses it too, with the library's error.
          expect(() => api.parseAssessment(input)).toThrow(api.AssessmentError);
          expect(() => api.scoreAssessment(input as never)).toThrow(api.AssessmentError);
          return;
        }
        accepted++;
        const assessment = result.data;
        const score = api.scoreAssessment(assessment);
        // Raw input is scored as its parsed copy is.
        expect(api.scoreAssessment(input as never)).toEqual(score);
        const star = assessment.instrument === 'family-star-plus';
        const results = [
          score,
          resultOf(() => api.trackProgress([assessment], { asOf: '9999-01-01' })),
          resultOf(() => api.placeOnContinuum([assessment], { asOf: '9999-01-01' })),
          resultOf(() => api.cohortRecordOf([assessment], { asOf: '9999-01-01' })),
          resultOf(() => api.compareAssessments(assessment, assessment)),
          resultOf(() => api.compareWithReference(assessment, assessment)),
          ...Object.keys(score.areas).map((area) => api.explainScore(score, { area })),
          ...(score.family === 'gcp' ? Object.keys(score.needs).map((need) => api.explainScore(score, { need })) : []),
        ];
        for (const value of results) expect(unclean(value)).toBeNull();
        const picture = star ? svg.renderStarChart([assessment]) : svg.renderProfileChart([assessment]);
        expect(picture).not.toMatch(/\bNaN\b|\bundefined\b/);
      }),
      { ...PROPERTY_RUNS, numRuns: 1_000 },
    );
    // Both sides of the boundary must be reached, or the property proves little.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(200);
  });
});
