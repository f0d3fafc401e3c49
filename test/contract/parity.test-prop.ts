import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/contract/fast-path.js';
import { fullIssues } from '../../src/contract/parse.js';
import { defineInstrument, getInstrument, type Instrument } from '../../src/index.js';
import { indexOf } from '../../src/internal/instrument-index.js';
import { fc, PROPERTY_RUNS } from '../support/fc.js';

/*
 * The fast validation path and the full one (zod schema + relational checks) must accept
 * exactly the same inputs. Inputs are built near the boundary: every field is valid, or a
 * likely mistake (wrong type, out of range, extra key, missing), so both sides get tested.
 */

const itemInstrument = defineInstrument({
  id: 'items', edition: '1', title: 'With items', family: 'gcp', direction: 'lower-is-better', scale: { min: 1, max: 5 },
  areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food', items: [{ id: 'breakfast', title: 'B' }, { id: 'lunch', title: 'L' }] }, { id: 'sleep', title: 'Sleep' }] }],
});

const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer({ min: -2, max: 12 }), fc.double(), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant([]), fc.constant({}));
const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 40, arbitrary: valid }, { weight: 1, arbitrary: junk });
const optional = <T>(valid: fc.Arbitrary<T>) => fc.option(maybe(valid), { nil: undefined });
const dateBetween = (from: string, to: string) =>
  fc.oneof(
    { weight: 30, arbitrary: fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: fc.constantFrom('2025-02-29', '2024-02-29', '2025-13-01', '2025-6-2', '2025-06-31') },
  );
// Text near the surrogate boundaries: whole pairs, lone halves, halves reversed.
const surrogateText = fc.string({ unit: fc.constantFrom('a', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000', '\ud83d\ude00'), minLength: 1, maxLength: 3 });
const text = (plain: fc.Arbitrary<string>) => fc.oneof({ weight: 30, arbitrary: plain }, { weight: 1, arbitrary: surrogateText });
// Births mostly before assessments, sometimes after (the relational check).
const birth = dateBetween('2010-01-01', '2026-06-30');
const date = dateBetween('2025-01-01', '2030-12-31');

function assessmentArbitrary(instrument: Instrument) {
  const index = indexOf(instrument);
  const key = fc.oneof({ weight: 60, arbitrary: fc.constantFrom(...Object.keys(index.keys)) }, { weight: 1, arbitrary: fc.constantFrom('unknown.key', '__proto__', 'constructor') });
  const grade = fc.oneof({ weight: 60, arbitrary: fc.integer({ min: index.min, max: index.max }) }, { weight: 1, arbitrary: fc.constantFrom(index.min - 1, index.max + 1, 2.5) });
  const rating = fc.oneof(
    { weight: 20, arbitrary: grade },
    { weight: 2, arbitrary: fc.constant('not-scored') },
    { weight: 5, arbitrary: fc.record({ grade: fc.oneof(grade, fc.constant('not-scored')), note: fc.option(text(fc.string({ maxLength: 3 })), { nil: undefined }), extra: fc.option(fc.constant(1), { nil: undefined, freq: 30 }) }, { requiredKeys: ['grade'] }) },
    { weight: 1, arbitrary: junk },
  );
  const ratings = fc.dictionary(key, rating, { maxKeys: 6 });
  const areaGrades = fc.dictionary(fc.constantFrom(...index.areaIds, ...index.areaIds, 'nowhere'), grade, { maxKeys: 2 });
  return fc.record(
    {
      schemaVersion: maybe(fc.constant(1)),
      id: maybe(fc.oneof({ weight: 20, arbitrary: text(fc.string({ minLength: 1, maxLength: 3 })) }, { weight: 1, arbitrary: fc.constantFrom('', 'x'.repeat(101), '\ud800'.repeat(101), '\ud83d\ude00'.repeat(100)) })),
      instrument: maybe(fc.constant(instrument.id)),
      child: maybe(fc.record({ id: maybe(fc.oneof({ weight: 20, arbitrary: fc.constant('C-1') }, { weight: 1, arbitrary: fc.constantFrom('C-1 ', '\u00a0C-1', 'C-1\nC-2', 'C\u00851') })), dateOfBirth: optional(birth), flags: optional(fc.array(fc.oneof({ weight: 20, arbitrary: text(fc.constantFrom('disabled', 'mobile', 'runaway', 'young-carer')) }, { weight: 1, arbitrary: fc.constantFrom('Disabled', ' mobile', 'pre mobile', 'Disabled\ud800', 'disabled, pre-mobile', 'deaf/blind') }), { maxLength: 3 })), locality: optional(text(fc.oneof({ weight: 20, arbitrary: fc.constantFrom('North', 'North East') }, { weight: 1, arbitrary: fc.constantFrom('North ', 'North\u0000') }))), attributes: optional(fc.dictionary(fc.constantFrom('ward', 'ward', 'ward', 'bad key'), text(fc.string({ maxLength: 3 })), { maxKeys: 2 })) }, { requiredKeys: ['id'] })),
      assessedOn: maybe(date),
      kind: optional(fc.constantFrom('baseline', 'review', 'review', 'closure', 'interim')),
      assessor: optional(text(fc.constant('HV-1'))),
      ratings: maybe(ratings),
      areaGrades: index.isStar ? fc.option(areaGrades, { nil: undefined, freq: 30 }) : optional(areaGrades),
      extra: fc.option(fc.constant(1), { nil: undefined, freq: 20 }),
    },
    { requiredKeys: ['schemaVersion', 'id', 'instrument', 'child', 'assessedOn', 'ratings'] },
  );
}

describe('the fast and full validation paths agree', () => {
  for (const instrument of [getInstrument('gcp2'), getInstrument('family-star-plus'), itemInstrument]) {
    it(`on ${instrument.id} assessments`, () => {
      const index = indexOf(instrument);
      let accepted = 0;
      fc.assert(
        fc.property(assessmentArbitrary(instrument), (input) => {
          // Round-trip through JSON text, as inputs arrive (this also turns "__proto__" into an own key).
          const json = JSON.parse(JSON.stringify(input)) as unknown;
          const fast = fastParse(json, index, true);
          const full = fullIssues(json, instrument, { instruments: [instrument] });
          if (fast !== undefined) accepted++;
          expect(fast !== undefined).toBe(full.length === 0);
          expect(fastParse(json, index, false) !== undefined).toBe(fast !== undefined);
          if (fast !== undefined) expect(fast).toEqual(json);
        }),
        { ...PROPERTY_RUNS, numRuns: 3_000 },
      );
      // The generator must reach both sides of the boundary, or the property proves little.
      expect(accepted).toBeGreaterThan(20);
    });
  }
});
