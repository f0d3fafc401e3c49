import { type CheckedAssessment, ensureNamedAssessments } from '../contract/parse.js';
import type { Assessment } from '../contract/types.js';
import { makeIssue, OperationError, OptionsError } from '../errors.js';
import type { Direction } from '../instruments/types.js';
import { describeValue } from '../internal/describe.js';
import { alikeNote } from '../internal/look-alike.js';
import { scoreWith, type ScoreOptions } from '../score/score.js';
import { optionNames, optionsObject } from '../internal/option-checks.js';
import { cohenKappa, type CohenKappaResult, KAPPA_WEIGHTS, type KappaWeights } from './cohen-kappa.js';

/**
 * How a trainee's grade stands against the reference grade, respecting the instrument's
 * direction: `harsher` when the trainee saw the situation as worse (a higher GCP grade, a
 * lower Star reading), `more-lenient` when better, `same`, or `not-compared` when either
 * left the sub-area unrated or not scored.
 */
export type GradingDirection = 'harsher' | 'same' | 'more-lenient' | 'not-compared';

/** One sub-area (a Star area, for a Star) in a trainee-versus-reference comparison. */
export interface SubAreaFeedback {
  /** The trainee's grade (derived from items where the instrument has them); `null` if not graded. */
  readonly trainee: number | null;
  /** The reference grade; `null` if not graded. */
  readonly reference: number | null;
  /** `trainee − reference` in grade points; `null` unless both graded it. */
  readonly difference: number | null;
  /** Harsher, the same, more lenient, or not compared. */
  readonly direction: GradingDirection;
}

/** The overall summary of a comparison, over the sub-areas both graded. */
export interface FeedbackSummary {
  /** How many sub-areas both graded. */
  readonly compared: number;
  /** Sub-areas that one or both left unrated or not scored, in instrument order. */
  readonly notCompared: readonly string[];
  /** Sub-areas graded the same. */
  readonly same: number;
  /** Sub-areas the trainee graded as worse than the reference did. */
  readonly harsher: number;
  /** Sub-areas the trainee graded as better than the reference did. */
  readonly moreLenient: number;
  /** Share of compared sub-areas graded the same. */
  readonly exactAgreement: number;
  /** Share of compared sub-areas graded at most one grade apart. */
  readonly withinOneAgreement: number;
  /** Cohen's kappa over the compared sub-areas, on the instrument's scale, with the weights named in it. */
  readonly kappa: CohenKappaResult;
}

/** The result of {@link compareWithReference}. */
export interface ReferenceComparison {
  /** The instrument both gradings used. */
  readonly instrument: {
    /** The instrument's id. */
    readonly id: string;
    /** Its edition. */
    readonly edition: string;
  };
  /** The instrument's direction, which decides what "harsher" means. */
  readonly direction: Direction;
  /** The trainee's assessment `id`. */
  readonly traineeAssessment: string;
  /** The reference assessment's `id`. */
  readonly referenceAssessment: string;
  /** Every sub-area (GCP family) or Star area, keyed by id in instrument order. */
  readonly subAreas: Readonly<Record<string, SubAreaFeedback>>;
  /** Counts, agreement and kappa over the sub-areas both graded. */
  readonly summary: FeedbackSummary;
  /** The largest absolute difference and the sub-areas that have it (none when all agree). */
  readonly furthestApart: {
    /** The largest absolute difference in grade points (0 when all agree). */
    readonly difference: number;
    /** The sub-areas with that difference, in instrument order (empty when all agree). */
    readonly subAreas: readonly string[];
  };
}

/** Options of {@link compareWithReference}: scoring options, and the kappa weighting (default `linear`). */
export interface CompareWithReferenceOptions extends ScoreOptions {
  /** The weighting of the summary's kappa (default `linear`). */
  readonly weights?: KappaWeights | undefined;
}

/** Each rated unit's grade: sub-areas of a GCP-family score, areas of a Star score. */
function gradesOf(assessment: Assessment, options: ScoreOptions): Map<string, number | null> {
  const score = scoreWith(assessment, options);
  const units: Record<string, { grade: number | null } | { reading: number | null }> = score.family === 'gcp' ? score.subAreas : score.areas;
  return new Map(Object.entries(units).map(([id, u]) => [id, 'grade' in u ? u.grade : u.reading]));
}

const COMPARE_WITH_REFERENCE_OPTIONS = optionNames<CompareWithReferenceOptions>()(['instruments', 'aggregation', 'bands', 'needs', 'weights']);

/**
 * Compares a trainee's grading of a case with the reference grading of the same case (the
 * same instrument and child): per sub-area the two grades, the difference and its direction,
 * a summary (counts, exact and within-one agreement, Cohen's kappa with linear weights by
 * default, over the sub-areas both graded) and the sub-areas furthest apart, for a training
 * tool's feedback screen. Sub-area grades are derived as {@link scoreAssessment} derives them.
 *
 * @throws {@link AssessmentError} for an invalid assessment; {@link OperationError} with code
 * `mixed-instruments` or `mixed-children`, or `nothing-to-compare` when no sub-area was graded
 * in both; {@link OptionsError} for an unknown weighting, bad scoring options or an option it
 * does not take.
 * @example
 * ```ts
 * const base = { schemaVersion: 1, instrument: 'gcp2', child: { id: 'case-1' }, assessedOn: '2025-06-02' } as const;
 * const result = compareWithReference(
 *   { ...base, id: 'trainee', ratings: { 'physical.nutrition': 4, 'physical.housing': 2, 'physical.hygiene': 3 } },
 *   { ...base, id: 'reference', ratings: { 'physical.nutrition': 3, 'physical.housing': 2, 'physical.hygiene': 5 } },
 * );
 * result.subAreas['physical.nutrition']; // { trainee: 4, reference: 3, difference: 1, direction: 'harsher' }
 * result.summary.exactAgreement; // 0.3333333333333333
 * result.furthestApart; // { difference: 2, subAreas: ['physical.hygiene'] }
 * ```
 */
export function compareWithReference(trainee: Assessment, reference: Assessment, options?: CompareWithReferenceOptions): ReferenceComparison {
  options = optionsObject(options, COMPARE_WITH_REFERENCE_OPTIONS);
  const weights = options.weights ?? 'linear';
  if (!KAPPA_WEIGHTS.includes(weights)) {
    throw new OptionsError([makeIssue(['weights'], KAPPA_WEIGHTS.map((w) => `'${w}'`).join(', '), describeValue(weights))]);
  }
  const [t, r] = ensureNamedAssessments([['trainee', trainee], ['reference', reference]], options) as [CheckedAssessment, CheckedAssessment];
  // Two editions of one id can differ in sub-areas and scale: the same id is not the same instrument.
  if (t.instrument.id !== r.instrument.id || t.instrument.edition !== r.instrument.edition) {
    throw new OperationError(
      'mixed-instruments',
      `compareWithReference: the trainee used ${t.instrument.id}@${t.instrument.edition} and the reference ${r.instrument.id}@${r.instrument.edition}; grade the same instrument`,
    );
  }
  if (t.assessment.child.id !== r.assessment.child.id) {
    throw new OperationError(
      'mixed-children',
      `compareWithReference: the trainee graded child ${JSON.stringify(t.assessment.child.id)} and the reference child ${JSON.stringify(r.assessment.child.id)}${alikeNote(t.assessment.child.id, r.assessment.child.id)}; compare gradings of the same case`,
    );
  }
  const lowerIsBetter = t.instrument.direction === 'lower-is-better';
  const traineeGrades = gradesOf(t.assessment, options);
  const referenceGrades = gradesOf(r.assessment, options);
  const subAreas: Record<string, SubAreaFeedback> = {};
  const notCompared: string[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const tally = { same: 0, harsher: 0, 'more-lenient': 0 };
  let furthest = 0;
  for (const [id, mine] of traineeGrades) {
    const theirs = referenceGrades.get(id) ?? null;
    if (mine === null || theirs === null) {
      notCompared.push(id);
      subAreas[id] = { trainee: mine, reference: theirs, difference: null, direction: 'not-compared' };
      continue;
    }
    const difference = mine - theirs;
    const direction = difference === 0 ? 'same' : difference > 0 === lowerIsBetter ? 'harsher' : 'more-lenient';
    tally[direction]++;
    furthest = Math.max(furthest, Math.abs(difference));
    subAreas[id] = { trainee: mine, reference: theirs, difference, direction };
    a.push(mine);
    b.push(theirs);
  }
  if (a.length === 0) {
    throw new OperationError('nothing-to-compare', 'compareWithReference: no sub-area was graded in both the trainee’s and the reference grading');
  }
  const kappa = cohenKappa(a, b, { weights, scale: t.instrument.scale });
  return {
    instrument: { id: t.instrument.id, edition: t.instrument.edition },
    direction: t.instrument.direction,
    traineeAssessment: t.assessment.id,
    referenceAssessment: r.assessment.id,
    subAreas,
    summary: {
      compared: a.length,
      notCompared,
      same: tally.same,
      harsher: tally.harsher,
      moreLenient: tally['more-lenient'],
      exactAgreement: kappa.exactAgreement,
      withinOneAgreement: kappa.withinOneAgreement,
      kappa,
    },
    furthestApart: {
      difference: furthest,
      subAreas: furthest === 0 ? [] : Object.entries(subAreas).flatMap(([id, f]) => (f.difference !== null && Math.abs(f.difference) === furthest ? [id] : [])),
    },
  };
}
