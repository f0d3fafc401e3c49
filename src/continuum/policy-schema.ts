import * as z from 'zod/mini';
import { MAX_GRADE, SLUG } from '../instruments/definition-schema.js';
import { textSchema as text } from '../internal/well-formed.js';

/** The rule ids, in the reference policy's order. */
export const RULE_IDS = ['immediate-safety', 'definition-2', 'definition-2-partial', 'definition-1', 'borderline', 'needs-met'] as const;

const slug = z.string().check(z.maxLength(64), z.regex(SLUG));
const days = z.int().check(z.gte(1), z.lte(3_650));
const grade = z.int().check(z.gte(0), z.lte(MAX_GRADE));
const range = z.strictObject({ min: grade, max: grade });

/** The shape of a threshold policy; relations between its parts are checked in `define-policy.ts`. */
export const policySchema = z.strictObject({
  id: slug,
  version: text(32, 1),
  title: z.optional(text(200, 1)),
  levels: z.array(z.strictObject({ id: slug, title: text(200, 1), reviewIntervalDays: z.nullable(days) })).check(z.minLength(1), z.maxLength(20)),
  bands: z.strictObject({ met: range, borderline: range, concern: range }),
  persistenceDays: days,
  seriousImpairmentMinAreas: z.int().check(z.gte(1), z.lte(50)),
  seriousImpairmentGrade: grade,
  preMobileMonths: z.int().check(z.gte(0), z.lte(60)),
  highRiskGroups: z.array(slug).check(z.maxLength(20)),
  needs: z.record(slug, z.record(z.string().check(z.maxLength(200)), slug)),
  rules: z
    .array(
      z.strictObject({
        id: z.enum(RULE_IDS),
        level: slug,
        urgent: z.optional(z.boolean()),
        needTypes: z.optional(z.array(slug).check(z.minLength(1), z.maxLength(20))),
        grade: z.optional(grade),
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
});
