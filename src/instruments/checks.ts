import { type Issue, type IssuePath, makeIssue } from '../errors.js';
import { describeValue, isPlainObject } from '../internal/describe.js';
import type { Direction, GradeRange } from './types.js';

/** A range with the path it was written at, for tiling checks. */
export interface PlacedRange extends GradeRange {
  readonly path: IssuePath;
}

/**
 * Checks that ranges, in the order given, tile `[min, max]`: each starts one after the
 * previous ends, none is empty, the first starts at `min` and the last ends at `max`.
 */
export function checkTiling(ranges: readonly PlacedRange[], min: number, max: number, what: string): Issue[] {
  const issues: Issue[] = [];
  let next = min;
  for (const range of ranges) {
    if (range.min !== next) {
      issues.push(makeIssue([...range.path, 'min'], `${next} (${what} must tile the scale with no gap or overlap)`, describeValue(range.min)));
    }
    if (range.max < range.min) {
      issues.push(makeIssue([...range.path, 'max'], `a grade ≥ min (${range.min})`, describeValue(range.max)));
    }
    next = range.max + 1;
  }
  const last = ranges[ranges.length - 1];
  if (last && last.max !== max) {
    issues.push(makeIssue([...last.path, 'max'], `${max} (the last of the ${what} must end at the top of the scale)`, describeValue(last.max)));
  }
  return issues;
}

const BAND_ORDER = {
  'lower-is-better': ['met', 'borderline', 'concern'],
  'higher-is-better': ['concern', 'borderline', 'met'],
} as const;

/**
 * Checks bands for a scale: `{ met, borderline, concern }`, each `{ min, max }` of whole
 * grades, tiling the scale from its better end (met) to its worse (concern).
 * `what` names the bands in messages (e.g. `bands (on gcp2's scale 1–5)`).
 */
export function checkBands(bands: unknown, direction: Direction, min: number, max: number, what = 'bands'): Issue[] {
  if (!isPlainObject(bands)) return [makeIssue(['bands'], '{ met, borderline, concern }, each { min, max }', describeValue(bands))];
  const issues: Issue[] = [];
  for (const band of BAND_ORDER[direction]) {
    const range = bands[band];
    if (!isPlainObject(range)) {
      issues.push(makeIssue(['bands', band], '{ min, max } of whole grades', describeValue(range)));
      continue;
    }
    for (const end of ['min', 'max'] as const) {
      if (!Number.isSafeInteger(range[end])) issues.push(makeIssue(['bands', band, end], 'a whole grade', describeValue(range[end])));
    }
  }
  if (issues.length > 0) return issues;
  const placed = BAND_ORDER[direction].map((band) => ({ ...(bands[band] as GradeRange), path: ['bands', band] }));
  return checkTiling(placed, min, max, what);
}

/** Reports every id after the first use of it, at its path. */
export function checkUnique(ids: readonly { id: string; path: IssuePath }[], what: string, issues: Issue[]): void {
  const seen = new Set<string>();
  for (const { id, path } of ids) {
    if (seen.has(id)) issues.push(makeIssue(path, `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} id not used before`, `the duplicate id ${JSON.stringify(id)}`));
    seen.add(id);
  }
}
