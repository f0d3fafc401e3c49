import { OperationError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { defineInstrument } from './define.js';
import { FAMILY_STAR_PLUS_DEFINITION } from './builtin/family-star-plus.js';
import { GCP_DEFINITION } from './builtin/gcp.js';
import { GCP2_DEFINITION } from './builtin/gcp2.js';
import type { Instrument } from './types.js';
import { optionNames, optionsObject } from '../internal/option-checks.js';

/**
 * The instruments the package ships, validated and frozen: `gcp`, `gcp2`, `family-star-plus`.
 *
 * @example
 * ```ts
 * builtinInstruments.map((i) => i.id); // ['gcp', 'gcp2', 'family-star-plus']
 * ```
 */
export const builtinInstruments: readonly Instrument[] = /* @__PURE__ */ Object.freeze(
  [GCP_DEFINITION, GCP2_DEFINITION, FAMILY_STAR_PLUS_DEFINITION].map(defineInstrument),
);

/** Options naming users' own instruments, looked up before the built-in ones. */
export interface InstrumentOptions {
  /** Instruments from {@link defineInstrument}; an id here shadows a built-in of the same id. */
  readonly instruments?: readonly Instrument[] | undefined;
}

/** The option names of every function that takes only {@link InstrumentOptions}. */
export const INSTRUMENT_OPTIONS = optionNames<InstrumentOptions>()(['instruments']);

/** Finds an instrument by id among the caller's own, then the built-ins; `undefined` if none. */
export function findInstrument(id: string, options?: InstrumentOptions): Instrument | undefined {
  const own = options?.instruments;
  if (own !== undefined) {
    for (const instrument of own) if (instrument.id === id) return instrument;
  }
  for (const instrument of builtinInstruments) if (instrument.id === id) return instrument;
  return undefined;
}

/** Every instrument id visible under the options, for error messages. */
export function knownInstrumentIds(options?: InstrumentOptions): string[] {
  return [...new Set([...(options?.instruments ?? []).map((i) => i.id), ...builtinInstruments.map((i) => i.id)])];
}

/**
 * Returns an instrument by id: one of the caller's own (`options.instruments`) or a built-in.
 *
 * @throws {@link OperationError} with code `unknown-instrument`, naming the known ids;
 * {@link OptionsError} for malformed options (an option it does not take among them).
 * @example
 * ```ts
 * getInstrument('gcp2').areas.map((a) => a.id); // ['physical', 'safety', 'emotional', 'developmental']
 * getInstrument('family-star-plus').stages[0]; // { id: 'stuck', title: 'Stuck', min: 1, max: 2 }
 * ```
 */
export function getInstrument(id: string, options?: InstrumentOptions): Instrument {
  return instrumentById(id, optionsObject(options, INSTRUMENT_OPTIONS));
}

/** {@link getInstrument} for callers whose options were checked already (and may hold more than `instruments`). */
export function instrumentById(id: string, options: InstrumentOptions): Instrument {
  const instrument = findInstrument(id, options);
  if (instrument === undefined) {
    const known = knownInstrumentIds(options).join(', ');
    // Not JSON.stringify for what is not a string: it throws on a bigint and writes undefined as `undefined`.
    if (typeof id !== 'string') throw new OperationError('unknown-instrument', `Unknown instrument: expected an instrument id, one of ${known}, received ${describeValue(id)}`);
    throw new OperationError('unknown-instrument', `Unknown instrument ${JSON.stringify(id)}: expected one of ${known}`);
  }
  return instrument;
}
