import { describe, expect, it } from 'vitest';
import { compareAssessments, defineInstrument, type InstrumentDefinition, OperationError, parseAssessment, placeOnContinuum, trackProgress } from '../../src/index.js';

// One local instrument, defined twice (say once per request): two instruments of one id and
// edition. Assessments parsed with each keep their own, so a history holds both.
const definition: InstrumentDefinition = {
  id: 'local', edition: '1', title: 'Local', family: 'gcp', direction: 'lower-is-better', scale: { min: 1, max: 5 },
  areas: [{ id: 'home', title: 'Home', subAreas: [{ id: 'warmth', title: 'Warmth' }] }],
  needTypes: [{ id: 'supervisory', title: 'Supervisory', kind: 'physical' }],
  needs: { 'home.*': 'supervisory' },
};
const at = (id: string, assessedOn: string) => ({ schemaVersion: 1, id, instrument: 'local', child: { id: 'C-1' }, assessedOn, ratings: { 'home.warmth': 4 } }) as const;
const first = defineInstrument(definition);
const a = parseAssessment(at('A-1', '2025-01-06'), { instruments: [first] });
const b = parseAssessment(at('A-2', '2025-04-07'), { instruments: [defineInstrument(definition)] });

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect((error as OperationError).code).toBe('mixed-instruments');
    return (error as Error).message;
  }
  throw new Error('expected mixed-instruments');
}

describe('a history whose assessments were parsed with two definitions of one instrument', () => {
  it('is refused with a message that says so, not "local@1 and local@1" alone', () => {
    const note = 'local@1 and local@1, two separate definitions of one id and edition (each defineInstrument call makes a new instrument: define it once, or pass it in this call\'s instruments option, and every assessment of its id is read under it)';
    expect(refusal(() => trackProgress([a, b]))).toBe(`trackProgress: a history is one instrument's; found ${note}`);
    expect(refusal(() => compareAssessments(a, b))).toBe(`compareAssessments: the assessments use different instruments (${note})`);
    expect(refusal(() => placeOnContinuum([a, b]))).toBe(
      `placeOnContinuum: the history mixes ${note}, but policy reference-2016 does not map local; a policy must map every instrument of a mixed history`,
    );
  });

  it('is read under the one instrument passed in the options, as the message advises', () => {
    expect(trackProgress([a, b], { instruments: [first] }).persistence['supervisory']?.persistent).toBe(true);
  });
});
