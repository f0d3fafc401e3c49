import * as z from 'zod/mini';
import type { Instrument } from '../instruments/types.js';
import { indexOf } from '../internal/instrument-index.js';
import { oncePerObject } from '../internal/memo.js';
import { ASSESSMENT_KINDS } from './types.js';
import { ATTRIBUTE_KEY, LIMITS } from './limits.js';
import { ID_TEXT, textSchema as text } from '../internal/well-formed.js';

const id = text(LIMITS.idLength, 1, ID_TEXT);
const calendarDate = z.iso.date();

/** The child record; shared by every instrument's schema. */
export const childSchema = z.strictObject({
  id,
  dateOfBirth: z.optional(calendarDate),
  flags: z.optional(z.array(text(LIMITS.flagLength, 1)).check(z.maxLength(LIMITS.flagCount))),
  locality: z.optional(id),
  attributes: z.optional(
    z.record(
      z.string().check(z.maxLength(LIMITS.attributeKeyLength), z.regex(ATTRIBUTE_KEY)),
      text(LIMITS.attributeValueLength),
    ),
  ),
});

function ratingSchema(min: number, max: number) {
  const grade = z.int().check(z.gte(min), z.lte(max));
  const notScored = z.literal('not-scored');
  return z.union([
    grade,
    notScored,
    z.strictObject({ grade: z.union([grade, notScored]), note: z.optional(text(LIMITS.noteLength)) }),
  ]);
}

function optionalKeys<T extends z.core.SomeType>(keys: readonly string[], value: T) {
  const shape: Record<string, z.ZodMiniOptional<T>> = {};
  for (const key of keys) shape[key] = z.optional(value);
  return z.strictObject(shape);
}

/** Builds the zod schema of an assessment of one instrument: exact rating keys and grade ranges. */
function build(instrument: Instrument) {
  const index = indexOf(instrument);
  const shape = {
    schemaVersion: z.literal(1),
    id,
    instrument: z.literal(instrument.id),
    child: childSchema,
    assessedOn: calendarDate,
    kind: z.optional(z.enum(ASSESSMENT_KINDS as ['baseline', 'review', 'closure'])),
    assessor: z.optional(id),
    ratings: optionalKeys(Object.keys(index.keys), ratingSchema(index.min, index.max)),
  };
  if (index.isStar) return z.strictObject(shape);
  return z.strictObject({
    ...shape,
    areaGrades: z.optional(optionalKeys(index.areaIds, z.int().check(z.gte(index.min), z.lte(index.max)))),
  });
}

/** The zod schema of an assessment of one instrument. */
export type AssessmentSchema = ReturnType<typeof build>;

/** The zod schema of an assessment of `instrument`, built once and cached. */
export const assessmentSchemaFor: (instrument: Instrument) => AssessmentSchema = oncePerObject(build);

/** The envelope every assessment shares, used to report problems when the instrument is unknown. */
export const envelopeSchema = z.object({
  schemaVersion: z.literal(1),
  id,
  instrument: z.string(),
  child: childSchema,
  assessedOn: calendarDate,
  kind: z.optional(z.enum(ASSESSMENT_KINDS as ['baseline', 'review', 'closure'])),
  assessor: z.optional(id),
  ratings: z.record(z.string(), z.unknown()),
});
