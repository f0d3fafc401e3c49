import { describe, expect, it } from 'vitest';
import { builtinInstruments, defineInstrument, getInstrument, OperationError } from '../../src/index.js';

/** Design §2's table, written out independently of the source. */
const DESIGN = {
  gcp: {
    physical: ['nutrition', 'housing', 'clothing', 'hygiene', 'health'],
    safety: ['in-presence', 'in-absence'],
    love: ['carer', 'mutual-engagement'],
    esteem: ['stimulation', 'approval', 'disapproval', 'acceptance'],
  },
  gcp2: {
    physical: ['nutrition', 'housing', 'clothing', 'hygiene', 'health'],
    safety: ['in-presence', 'in-absence', 'online', 'traffic', 'home'],
    emotional: ['responsiveness', 'mutual-engagement'],
    developmental: ['stimulation', 'approval', 'disapproval', 'acceptance'],
  },
};

describe('built-in instruments', () => {
  it('are gcp, gcp2 and family-star-plus', () => {
    expect(builtinInstruments.map((i) => `${i.id}@${i.edition}`)).toEqual(['gcp@1', 'gcp2@2', 'family-star-plus@1']);
  });

  it.each(Object.entries(DESIGN))('%s has the areas and sub-areas of design §2, graded 1–5 with 1 best', (id, areas) => {
    const instrument = getInstrument(id);
    expect(Object.fromEntries(instrument.areas.map((a) => [a.id, a.subAreas.map((s) => s.id.slice(a.id.length + 1))]))).toEqual(areas);
    expect(instrument.scale).toMatchObject({ min: 1, max: 5 });
    expect(instrument.direction).toBe('lower-is-better');
    expect(instrument.bands).toEqual({ met: { min: 1, max: 2 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 5 } });
  });

  it.each(['gcp', 'gcp2'])('%s maps need types as design §4 does', (id) => {
    const instrument = getInstrument(id);
    const byNeed: Record<string, string[]> = {};
    for (const [subArea, need] of Object.entries(instrument.needs)) (byNeed[need] ??= []).push(subArea);
    const psychological = id === 'gcp' ? ['love', 'esteem'] : ['emotional', 'developmental'];
    expect(byNeed['medical']).toEqual(['physical.health']);
    expect(byNeed['nutritional']).toEqual(['physical.nutrition']);
    expect(byNeed['physical']).toEqual(['physical.housing', 'physical.clothing', 'physical.hygiene']);
    expect(byNeed['supervisory']).toEqual(instrument.areas.find((a) => a.id === 'safety')?.subAreas.map((s) => s.id));
    expect(byNeed['emotional']).toEqual(instrument.areas.filter((a) => psychological.includes(a.id)).flatMap((a) => a.subAreas.map((s) => s.id)));
    expect(instrument.needTypes.map((n) => `${n.id}:${n.kind}`)).toEqual(['medical:physical', 'nutritional:physical', 'emotional:psychological', 'physical:physical', 'supervisory:physical']);
  });

  it('family-star-plus has ten areas read 1–10, higher better, in five stages', () => {
    const star = getInstrument('family-star-plus');
    expect(star.areas.map((a) => a.id)).toEqual([
      'physical-health', 'your-wellbeing', 'meeting-emotional-needs', 'keeping-children-safe', 'social-networks',
      'education-and-learning', 'boundaries-and-behaviour', 'family-routine', 'home-and-money', 'progress-to-work',
    ]);
    expect(star.direction).toBe('higher-is-better');
    expect(star.stages.map((s) => `${s.id} ${s.min}-${s.max}`)).toEqual(['stuck 1-2', 'accepting-help 3-4', 'trying 5-6', 'finding-what-works 7-8', 'effective-parenting 9-10']);
  });

  it('ship structure only: no descriptions anywhere', () => {
    const text = JSON.stringify(builtinInstruments);
    expect(text).not.toContain('"description"');
    for (const instrument of builtinInstruments) for (const area of instrument.areas) for (const sub of area.subAreas) expect(sub.items).toEqual([]);
  });

  it('are frozen and survive a round trip through defineInstrument and JSON', () => {
    for (const instrument of builtinInstruments) {
      expect(Object.isFrozen(instrument.areas[0])).toBe(true);
      expect(defineInstrument(JSON.parse(JSON.stringify(instrument)))).toEqual(instrument);
    }
  });

  it('getInstrument refuses an unknown id, naming the known ones', () => {
    expect(() => getInstrument('gcp3')).toThrow(OperationError);
    expect(() => getInstrument('gcp3')).toThrow('Unknown instrument "gcp3": expected one of gcp, gcp2, family-star-plus');
  });

  // A bigint threw a TypeError from JSON.stringify, and a missing id was written `undefined`.
  it.each([
    [undefined, 'Unknown instrument: expected an instrument id, one of gcp, gcp2, family-star-plus, received nothing (the field is missing)'],
    [10n, 'Unknown instrument: expected an instrument id, one of gcp, gcp2, family-star-plus, received a bigint'],
    [[1n], 'Unknown instrument: expected an instrument id, one of gcp, gcp2, family-star-plus, received an array of 1 item'],
  ])('getInstrument refuses an id that is not a string (%s) with OperationError', (id, message) => {
    expect(() => getInstrument(id as never)).toThrow(OperationError);
    expect(() => getInstrument(id as never)).toThrow(message);
  });
});
