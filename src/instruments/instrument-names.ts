import type { Instrument } from './types.js';

/** An instrument as messages name it: `gcp2@2`. */
export function instrumentName(instrument: Instrument): string {
  return `${instrument.id}@${instrument.edition}`;
}

/**
 * Instruments named for a message that says they differ. Two of one id and edition are two
 * `defineInstrument` results of one definition (a history is one instrument object): named
 * alone they would read as `local@1 and local@1`, so the message says what happened.
 */
export function instrumentList(instruments: readonly Instrument[]): string {
  const names = instruments.map(instrumentName);
  const twice = names.some((name, i) => names.indexOf(name) !== i);
  return twice
    ? `${names.join(' and ')}, two separate definitions of one id and edition (each defineInstrument call makes a new instrument: define it once, or pass it in this call's instruments option, and every assessment of its id is read under it)`
    : names.join(' and ');
}
