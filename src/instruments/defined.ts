import type { Instrument } from './types.js';

/** Instruments that `defineInstrument` returned: validated and frozen, safe to trust. */
const defined = new WeakSet<object>();

/** Records an instrument as validated. */
export function markDefined(instrument: Instrument): Instrument {
  defined.add(instrument);
  return instrument;
}

/** Whether a value is an instrument `defineInstrument` returned. */
export function isDefinedInstrument(value: unknown): value is Instrument {
  // A WeakSet holds only objects; asked about anything else it answers false.
  return defined.has(value as object);
}
