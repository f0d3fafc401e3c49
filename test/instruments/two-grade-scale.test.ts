import { describe, expect, it } from 'vitest';
import { defineInstrument, type InstrumentDefinition } from '../../src/index.js';
import { instrumentIssues } from '../support/errors.js';

/*
 * A GCP-family scale holds three bands, met, borderline and concern, each of one grade or
 * more and together tiling the scale, so it needs three grades at least. On two grades a
 * definition was asked for `bands` (the default ones do not fit), yet every bands given
 * was refused for an empty band: the fault is the scale, and is named there.
 */

const yesNo = (bands?: InstrumentDefinition['bands']): InstrumentDefinition => ({
  id: 'yes-no', edition: '1', title: 'Yes or no', family: 'gcp', direction: 'lower-is-better', scale: { min: 1, max: 2 },
  areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food' }] }],
  ...(bands === undefined ? {} : { bands }),
});

/** Where and what `defineInstrument` refuses in `definition`. */
const issuesOf = (definition: InstrumentDefinition) => instrumentIssues(() => defineInstrument(definition)).map(({ path, received }) => ({ path, received }));

describe('a GCP-family scale of two grades', () => {
  it.each([
    ['without bands', undefined],
    ['with bands whose borderline is empty', { met: { min: 1, max: 1 }, borderline: { min: 2, max: 1 }, concern: { min: 2, max: 2 } }],
    ['with bands whose concern is empty', { met: { min: 1, max: 1 }, borderline: { min: 2, max: 2 }, concern: { min: 3, max: 2 } }],
  ])('is refused at scale.max, %s', (_what, bands) => {
    expect(issuesOf(yesNo(bands))).toEqual([{ path: ['scale', 'max'], received: 'the number 2' }]);
  });

  it('of three grades is the shortest accepted, one grade a band (⌊2·3/5⌋ = 1)', () => {
    const instrument = defineInstrument({ ...yesNo(), scale: { min: 1, max: 3 } });
    expect(instrument.bands).toEqual({ met: { min: 1, max: 1 }, borderline: { min: 2, max: 2 }, concern: { min: 3, max: 3 } });
  });
});
