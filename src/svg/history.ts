import type { ParseOptions } from '../contract/parse.js';
import type { Assessment } from '../contract/types.js';
import { OperationError } from '../errors.js';
import type { Instrument, InstrumentFamily } from '../instruments/types.js';
import { prepareHistory } from '../progress/history.js';

/** A checked history: one child, one instrument, sorted by `assessedOn` then `id`. */
export interface CheckedHistory {
  readonly assessments: readonly Assessment[];
  readonly instrument: Instrument;
}

/**
 * Validates a history for a picture, as the progress layer does (one child, one
 * instrument, unique ids, sorted by `assessedOn` then `id`), and checks that its instrument
 * is of the family the picture draws.
 *
 * @throws {@link AssessmentError} for an invalid assessment or duplicate ids; {@link OperationError}
 * with code `empty-history`, `mixed-children`, `mixed-instruments`, `conflicting-child` or
 * `wrong-family`.
 */
export function checkHistory(history: readonly Assessment[], family: InstrumentFamily, caller: string, options?: ParseOptions): CheckedHistory {
  const { entries } = prepareHistory(history, options ?? {}, caller);
  const instrument = (entries[0] as (typeof entries)[number]).instrument;
  if (instrument.family !== family) {
    const other = family === 'star' ? 'renderProfileChart' : 'renderStarChart';
    throw new OperationError('wrong-family', `${caller}: ${instrument.id} is not a ${family === 'star' ? 'Star' : 'GCP-family'} instrument; use ${other}`);
  }
  return { assessments: entries.map((entry) => entry.assessment), instrument };
}
