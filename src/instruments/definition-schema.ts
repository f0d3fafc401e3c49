import * as z from 'zod/mini';
import { AGGREGATION_RULES } from './types.js';
import { textSchema as text } from '../internal/well-formed.js';

/** A lower-case slug: the form of every id segment. */
export const SLUG = /^[a-z][a-z0-9-]*$/;
/**
 * A slug of at most 64 characters, or up to three joined by dots: `area`, `area.sub-area`,
 * `area.sub-area.item`. Each segment is bounded like an area id, so no rating key an
 * instrument makes is longer than three slugs and their dots (194 characters): a message
 * shows such a key whole.
 */
export const SEGMENTED = /^[a-z][a-z0-9-]{0,63}(?:\.[a-z][a-z0-9-]{0,63}){0,2}$/;

const slug = z.string().check(z.maxLength(64), z.regex(SLUG));
/** A slug or a full dotted id (`area.subArea`, `area.subArea.item`); the prefix is checked later. */
const localOrFullId = z.string().check(z.maxLength(200), z.regex(SEGMENTED));
const title = text(200, 1);
const description = z.optional(text(20_000));
/** The highest grade a scale may hold, an instrument's or a policy's: grades are whole numbers from 0. */
export const MAX_GRADE = 100;
const grade = z.int().check(z.gte(0), z.lte(MAX_GRADE));
const range = z.strictObject({ min: grade, max: grade });

const item = z.strictObject({ id: localOrFullId, title, description });
const subArea = z.strictObject({
  id: localOrFullId,
  /** Present when a validated instrument is passed back in; must name the enclosing area. */
  areaId: z.optional(slug),
  title,
  description,
  items: z.optional(z.array(item).check(z.maxLength(200))),
});
const area = z.strictObject({
  id: slug,
  title,
  description,
  subAreas: z.optional(z.array(subArea).check(z.maxLength(200))),
});

/** The shape of an instrument definition; the relations between its parts are checked in `define.ts`. */
export const instrumentDefinitionSchema = z.strictObject({
  id: slug,
  edition: text(32, 1),
  title,
  family: z.enum(['gcp', 'star']),
  direction: z.enum(['lower-is-better', 'higher-is-better']),
  scale: z.strictObject({
    min: grade,
    max: grade,
    labels: z.optional(z.array(text(200)).check(z.maxLength(101))),
  }),
  areas: z.array(area).check(z.minLength(1), z.maxLength(100)),
  stages: z.optional(z.array(z.strictObject({ id: slug, title, min: grade, max: grade })).check(z.maxLength(101))),
  bands: z.optional(z.nullable(z.strictObject({ met: range, borderline: range, concern: range }))),
  needTypes: z.optional(
    z.array(z.strictObject({ id: slug, title, kind: z.enum(['physical', 'psychological']) })).check(z.maxLength(50)),
  ),
  needs: z.optional(z.record(z.string().check(z.maxLength(200)), slug)),
  aggregation: z.optional(z.enum(AGGREGATION_RULES as ['mode-worse', 'worst', 'median-worse'])),
  source: z.optional(text(2_000)),
});
