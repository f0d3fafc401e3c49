import { isCalendarDate } from '../internal/calendar.js';
import { isPlainObject } from '../internal/describe.js';
import type { InstrumentIndex } from '../internal/instrument-index.js';
import { isIdWithin, isTextWithin as isText } from '../internal/well-formed.js';
import { flagsJoinedIn, nearMissFlag } from './flags.js';
import { gradeOf } from './grade-table.js';
import { ATTRIBUTE_KEY, LIMITS } from './limits.js';
import type { Assessment, ChildRecord, Rating } from './types.js';

/*
 * The fast validation path. It accepts exactly what the zod schema of `schema.ts` plus the
 * checks of `relations.ts` accept (a parity property test holds them together), but answers
 * only "valid" or "not sure"; every "not sure" goes to the full path, which names each issue.
 * This is the design of zod's own `z.compile`, without generated code, so it also runs
 * under a Content-Security-Policy that forbids `eval`.
 *
 * With `copy`, a valid input comes back as a frozen copy (for `parseAssessment`); without,
 * the input itself comes back unchanged, for a caller that only reads it at once (scoring
 * raw input skips the copy).
 */

// The contract's field names, as switches: cheaper than a Set look-up once per key of every
// record (placement of raw histories measured 0.93–0.94 × JSON.parse with Sets, 0.88 × with these).
function isTopKey(key: string): boolean {
  switch (key) {
    case 'schemaVersion':
    case 'id':
    case 'instrument':
    case 'child':
    case 'assessedOn':
    case 'kind':
    case 'assessor':
    case 'ratings':
    case 'areaGrades':
      return true;
    default:
      return false;
  }
}

function isChildKey(key: string): boolean {
  switch (key) {
    case 'id':
    case 'dateOfBirth':
    case 'flags':
    case 'locality':
    case 'attributes':
      return true;
    default:
      return false;
  }
}
const KINDS = new Set<unknown>(['baseline', 'review', 'closure']);
const INVALID = Symbol('invalid');
type Checked<T> = T | typeof INVALID;

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && isIdWithin(value, LIMITS.idLength);
}

function isGrade(value: unknown, index: InstrumentIndex): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= index.min && value <= index.max;
}

/** `-0` passes the range check of a 0-based scale; a parsed assessment holds `0` instead. */
function unsigned<T>(value: T): T {
  return (value === 0 ? 0 : value) as T;
}

function checkFlags(flags: unknown, copy: boolean): Checked<readonly string[]> {
  if (!Array.isArray(flags) || flags.length > LIMITS.flagCount) return INVALID;
  for (const flag of flags as unknown[]) {
    if (typeof flag !== 'string' || flag.length < 1 || !isText(flag, LIMITS.flagLength) || nearMissFlag(flag) !== undefined || flagsJoinedIn(flag).length > 0) return INVALID;
  }
  return copy ? Object.freeze([...(flags as string[])]) : (flags as string[]);
}

function checkAttributes(attributes: unknown, copy: boolean): Checked<Record<string, string>> {
  if (!isPlainObject(attributes)) return INVALID;
  for (const key in attributes) {
    const value = attributes[key];
    // The key's pattern is ASCII, one code unit a character: its length is its character count.
    if (key.length > LIMITS.attributeKeyLength || !ATTRIBUTE_KEY.test(key)) return INVALID;
    if (typeof value !== 'string' || !isText(value, LIMITS.attributeValueLength)) return INVALID;
  }
  return copy ? Object.freeze({ ...(attributes as Record<string, string>) }) : (attributes as Record<string, string>);
}

function checkChild(child: unknown, copy: boolean): Checked<ChildRecord> {
  if (!isPlainObject(child)) return INVALID;
  for (const key in child) if (!isChildKey(key)) return INVALID;
  const { id, dateOfBirth, flags, locality, attributes } = child;
  if (!isId(id)) return INVALID;
  if (dateOfBirth !== undefined && !isCalendarDate(dateOfBirth)) return INVALID;
  if (locality !== undefined && !isId(locality)) return INVALID;
  const flagsOut = flags === undefined ? undefined : checkFlags(flags, copy);
  const attributesOut = attributes === undefined ? undefined : checkAttributes(attributes, copy);
  if (flagsOut === INVALID || attributesOut === INVALID) return INVALID;
  if (!copy) return child as unknown as ChildRecord;
  const out: { -readonly [K in keyof ChildRecord]: ChildRecord[K] } = { id };
  if (dateOfBirth !== undefined) out.dateOfBirth = dateOfBirth;
  if (flagsOut !== undefined) out.flags = flagsOut;
  if (locality !== undefined) out.locality = locality;
  if (attributesOut !== undefined) out.attributes = attributesOut;
  return Object.freeze(out);
}

/** A frozen copy of a valid child record, its flags and attributes copied too: the child as a parsed assessment holds it. */
export function copyOfChild(child: ChildRecord): ChildRecord {
  return checkChild(child, true) as ChildRecord;
}

function checkRating(value: unknown, index: InstrumentIndex, copy: boolean): Checked<Rating> {
  if (value === 'not-scored' || isGrade(value, index)) return unsigned(value);
  if (!isPlainObject(value)) return INVALID;
  for (const key in value) if (key !== 'grade' && key !== 'note') return INVALID;
  const { grade, note } = value;
  if (grade !== 'not-scored' && !isGrade(grade, index)) return INVALID;
  if (note !== undefined && (typeof note !== 'string' || !isText(note, LIMITS.noteLength))) return INVALID;
  if (!copy) return value as unknown as Rating;
  return Object.freeze(note === undefined ? { grade: unsigned(grade) } : { grade: unsigned(grade), note });
}

/** With `units` (only for an instrument rated without items), each rating's grade is written to its unit's slot. */
function checkRatings(ratings: unknown, index: InstrumentIndex, copy: boolean, units: Int16Array | undefined): Checked<Record<string, Rating>> {
  if (!isPlainObject(ratings)) return INVALID;
  const out: Record<string, Rating> | undefined = copy ? {} : undefined;
  // Per unit, with items: 1 rated as a whole, 2 through an item; rating both ways is refused.
  const ratedAs = index.hasItems ? new Uint8Array(index.unitIds.length) : undefined;
  for (const key in ratings) {
    const target = index.keys[key];
    if (target === undefined) return INVALID;
    const value = ratings[key];
    if (value === undefined) continue;
    const rating = checkRating(value, index, copy);
    if (rating === INVALID) return INVALID;
    if (ratedAs !== undefined) {
      const way = target.item < 0 ? 1 : 2;
      if (ratedAs[target.unit] !== 0 && ratedAs[target.unit] !== way) return INVALID;
      ratedAs[target.unit] = way;
    }
    if (units !== undefined) units[target.unit] = gradeOf(rating);
    if (out !== undefined) out[key] = rating;
  }
  return out === undefined ? (ratings as Record<string, Rating>) : Object.freeze(out);
}

function checkAreaGrades(areaGrades: unknown, index: InstrumentIndex, copy: boolean): Checked<Record<string, number>> {
  if (index.isStar || !isPlainObject(areaGrades)) return INVALID;
  for (const key in areaGrades) {
    if (!index.areaIndex.has(key)) return INVALID;
    const value = areaGrades[key];
    if (value !== undefined && !isGrade(value, index)) return INVALID;
  }
  if (!copy) return areaGrades as Record<string, number>;
  const out: Record<string, number> = {};
  for (const key in areaGrades) if (areaGrades[key] !== undefined) out[key] = unsigned(areaGrades[key] as number);
  return Object.freeze(out);
}

/**
 * Validates an assessment of the instrument behind `index`: the valid assessment (a frozen
 * copy with `copy`, else the input itself), or `undefined` when anything is off. Given
 * `units` — only for an instrument without items, whose units are rated directly: a grade
 * table of its length filled with `UNRATED` — it also writes each rating's grade there; the
 * table means nothing unless the assessment comes back valid.
 */
export function fastParse(input: unknown, index: InstrumentIndex, copy: boolean, units?: Int16Array): Assessment | undefined {
  if (!isPlainObject(input)) return undefined;
  for (const key in input) if (!isTopKey(key)) return undefined;
  const { schemaVersion, id, instrument, child, assessedOn, kind, assessor, ratings, areaGrades } = input;
  if (schemaVersion !== 1 || !isId(id) || instrument !== index.instrument.id || !isCalendarDate(assessedOn)) return undefined;
  if (kind !== undefined && !KINDS.has(kind)) return undefined;
  if (assessor !== undefined && !isId(assessor)) return undefined;
  const childOut = checkChild(child, copy);
  if (childOut === INVALID || (childOut.dateOfBirth !== undefined && childOut.dateOfBirth > assessedOn)) return undefined;
  const ratingsOut = checkRatings(ratings, index, copy, units);
  const areaGradesOut = areaGrades === undefined ? undefined : checkAreaGrades(areaGrades, index, copy);
  if (ratingsOut === INVALID || areaGradesOut === INVALID) return undefined;
  if (!copy) return input as unknown as Assessment;
  const out: { -readonly [K in keyof Assessment]: Assessment[K] } = { schemaVersion: 1, id, instrument: index.instrument.id, child: childOut, assessedOn, ratings: ratingsOut };
  if (kind !== undefined) out.kind = kind as Assessment['kind'] & string;
  if (assessor !== undefined) out.assessor = assessor;
  if (areaGradesOut !== undefined) out.areaGrades = areaGradesOut;
  return Object.freeze(out);
}
