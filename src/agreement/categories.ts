import { type Issue, type IssuePath, makeIssue, OperationError, OptionsError, ValidationError } from '../errors.js';
import { describeItem, describeValue, isPlainObject } from '../internal/describe.js';

/**
 * Where the categories of an agreement statistic come from: a list, or a scale (an
 * instrument's `scale`, e.g. `getInstrument('gcp2').scale`) whose every whole number from
 * `min` to `max` is a category. Without either, the categories are the distinct ratings
 * given, as scikit-learn's `labels=None` and R psych's default levels take them: a grade
 * nobody used then counts in no weight, so pass the scale to count it.
 *
 * @example
 * ```ts
 * const fromList: CategoryOptions = { categories: [1, 2, 3, 4, 5] };
 * const fromScale: CategoryOptions = { scale: getInstrument('gcp2').scale };
 * ```
 */
export interface CategoryOptions {
  /** The categories, whole numbers, e.g. `[1, 2, 3, 4, 5]`; order does not matter. */
  readonly categories?: readonly number[] | undefined;
  /** A scale whose whole numbers `min`…`max` are the categories. */
  readonly scale?: {
    /** The lowest category. */
    readonly min: number;
    /** The highest category. */
    readonly max: number;
  } | undefined;
}

/** More categories than this is refused: no grading scale has them, and weights grow with the square. */
export const MAX_CATEGORIES = 1000;

/**
 * Checks that `list` is an array of whole numbers, adding one issue per bad entry; `received`
 * describes a `list` that is not there (a hole in the caller's array).
 */
export function checkRatingList(list: unknown, path: IssuePath, issues: Issue[], received?: string): list is readonly number[] {
  if (!Array.isArray(list)) {
    issues.push(makeIssue(path, 'an array of whole-number ratings', received ?? describeValue(list)));
    return false;
  }
  const before = issues.length;
  // An index loop, not forEach: a hole in a sparse array is a missing rating, not one to skip.
  for (let i = 0; i < list.length; i++) {
    const value: unknown = list[i];
    if (!Number.isSafeInteger(value)) issues.push(makeIssue([...path, i], 'a whole-number rating', describeItem(list, i)));
  }
  return issues.length === before;
}

function categoriesFrom(options: CategoryOptions): number[] | undefined {
  const { categories, scale } = options;
  const issues: Issue[] = [];
  if (categories !== undefined && scale !== undefined) {
    issues.push(makeIssue(['scale'], 'either categories or scale, not both', 'both'));
  } else if (categories !== undefined) {
    if (!Array.isArray(categories) || categories.length === 0) {
      issues.push(makeIssue(['categories'], 'a non-empty array of whole numbers', describeValue(categories)));
    } else {
      // An index loop, not forEach: a hole in a sparse array is a missing category, not one to skip.
      for (let i = 0; i < categories.length; i++) {
        const c: unknown = categories[i];
        if (!Number.isSafeInteger(c)) issues.push(makeIssue(['categories', i], 'a whole number', describeItem(categories, i)));
        else if (categories.indexOf(c as number) !== i) issues.push(makeIssue(['categories', i], 'a category not listed before', `the repeated number ${c as number}`));
      }
    }
  } else if (scale !== undefined) {
    const ok = isPlainObject(scale) && Number.isSafeInteger(scale.min) && Number.isSafeInteger(scale.max) && scale.min <= scale.max;
    if (!ok) issues.push(makeIssue(['scale'], 'a scale { min, max } of whole numbers with min ≤ max', describeValue(scale)));
  }
  if (issues.length > 0) throw new OptionsError(issues);
  if (categories !== undefined) return [...categories].sort((x, y) => x - y);
  if (scale !== undefined) return range(scale.min, scale.max);
  return undefined;
}

function range(min: number, max: number): number[] {
  if (max - min + 1 > MAX_CATEGORIES) {
    throw new OperationError('too-many-categories', `Agreement: the categories run from ${min} to ${max}, more than ${MAX_CATEGORIES}`);
  }
  const out: number[] = [];
  for (let c = min; c <= max; c++) out.push(c);
  return out;
}

/**
 * The sorted categories, and each rating's position among them. Every list must already be
 * whole numbers; a rating outside the given categories is an issue at its path.
 *
 * @throws {@link OptionsError} for bad category options; {@link ValidationError} (subject
 * `ratings`) for a rating that is not a category.
 */
export function resolveCategories(lists: readonly { values: readonly number[]; path: IssuePath }[], options: CategoryOptions): {
  categories: number[];
  position: Map<number, number>;
} {
  let categories = categoriesFrom(options);
  if (categories === undefined) {
    const seen = new Set<number>();
    for (const { values } of lists) for (const v of values) seen.add(v);
    categories = [...seen].sort((x, y) => x - y);
  }
  if (categories.length > MAX_CATEGORIES) {
    throw new OperationError('too-many-categories', `Agreement: ${categories.length} categories, more than ${MAX_CATEGORIES}`);
  }
  const position = new Map(categories.map((c, i) => [c, i]));
  const issues: Issue[] = [];
  const first = categories[0] as number;
  const last = categories[categories.length - 1] as number;
  const expected = last - first + 1 === categories.length ? `a category from ${first} to ${last}` : `one of the categories ${categories.join(', ')}`;
  for (const { values, path } of lists) {
    values.forEach((v, i) => {
      if (!position.has(v)) issues.push(makeIssue([...path, i], expected, describeValue(v)));
    });
  }
  if (issues.length > 0) throw new ValidationError('ratings', issues);
  return { categories, position };
}
