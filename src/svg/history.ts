import { ensureAssessment, type ParseOptions } from '../contract/parse.js';
import type { Assessment } from '../contract/types.js';
import { makeIssue, OperationError, ValidationError } from '../errors.js';
import type { Instrument, InstrumentFamily } from '../instruments/types.js';
import { describeValue } from '../internal/describe.js';

/** A checked history: one child, one instrument, sorted by `assessedOn` then `id`. */
export interface CheckedHistory {
  readonly assessments: readonly Assessment[];
  readonly instrument: Instrument;
}

/**
 * Validates a history for a picture: a non-empty array of assessments of one child with one
 * instrument of the family the picture draws, returned sorted by `assessedOn`, then `id`.
 *
 * @throws {@link AssessmentError} for an invalid assessment; {@link OperationError} with code
 * `empty-history`, `mixed-children`, `mixed-instruments` or `wrong-family`.
 */
export function checkHistory(history: readonly Assessment[], family: InstrumentFamily, caller: string, options?: ParseOptions): CheckedHistory {
  if (!Array.isArray(history)) {
    throw new ValidationError('history', [makeIssue(['history'], 'an array of assessments of one child', describeValue(history))]);
  }
  if (history.length === 0) throw new OperationError('empty-history', `${caller}: the history is empty; pass at least one assessment`);
  const checked = history.map((input) => ensureAssessment(input, options));
  const first = checked[0] as (typeof checked)[number];
  for (const { assessment, instrument } of checked) {
    if (assessment.child.id !== first.assessment.child.id) {
      throw new OperationError(
        'mixed-children',
        `${caller}: the history mixes children ${JSON.stringify(first.assessment.child.id)} and ${JSON.stringify(assessment.child.id)}; pass one child's assessments`,
      );
    }
    if (instrument.id !== first.instrument.id) {
      throw new OperationError('mixed-instruments', `${caller}: the history mixes instruments ${first.instrument.id} and ${instrument.id}; pass one instrument's assessments`);
    }
  }
  if (first.instrument.family !== family) {
    const other = family === 'star' ? 'renderProfileChart' : 'renderStarChart';
    throw new OperationError('wrong-family', `${caller}: ${first.instrument.id} is not a ${family === 'star' ? 'Star' : 'GCP-family'} instrument; use ${other}`);
  }
  const assessments = checked
    .map((c) => c.assessment)
    .sort((x, y) => (x.assessedOn < y.assessedOn ? -1 : x.assessedOn > y.assessedOn ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { assessments, instrument: first.instrument };
}
