import { InstrumentError, type Issue } from '../../src/index.js';

/** Runs `fn` and returns what it threw; fails the test if it threw nothing. */
export function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but none was thrown');
}

/** The issues of what `fn` threw, which must be an `InstrumentError`: `defineInstrument`'s refusals, path and all. */
export function instrumentIssues(fn: () => unknown): readonly Issue[] {
  const error = catchError(fn);
  if (!(error instanceof InstrumentError)) throw error;
  return error.issues;
}
