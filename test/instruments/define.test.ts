import { describe, expect, it } from 'vitest';
import { defineInstrument, type InstrumentDefinition } from '../../src/index.js';
import { instrumentIssues } from '../support/errors.js';

const base: InstrumentDefinition = {
  id: 'local', edition: '1', title: 'Local', family: 'gcp', direction: 'lower-is-better', scale: { min: 1, max: 5 },
  areas: [
    { id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food' }, { id: 'warmth', title: 'Warmth' }] },
    { id: 'safety', title: 'Safety', subAreas: [{ id: 'home', title: 'Home' }] },
  ],
  needTypes: [{ id: 'nutritional', title: 'Nutritional', kind: 'physical' }, { id: 'supervisory', title: 'Supervisory', kind: 'physical' }],
  needs: { 'care.food': 'nutritional', 'safety.*': 'supervisory' },
};
const starBase: InstrumentDefinition = {
  id: 'mini-star', edition: '1', title: 'Mini star', family: 'star', direction: 'higher-is-better', scale: { min: 1, max: 6 },
  areas: [{ id: 'routine', title: 'Routine' }, { id: 'money', title: 'Money' }],
  stages: [{ id: 'stuck', title: 'Stuck', min: 1, max: 2 }, { id: 'trying', title: 'Trying', min: 3, max: 4 }, { id: 'thriving', title: 'Thriving', min: 5, max: 6 }],
};

const firstIssue = (definition: unknown) => instrumentIssues(() => defineInstrument(definition as InstrumentDefinition))[0];

describe('defineInstrument', () => {
  it('fills in full ids, default bands and aggregation, and expands wildcards', () => {
    const instrument = defineInstrument(base);
    expect(instrument.areas.flatMap((a) => a.subAreas.map((s) => s.id))).toEqual(['care.food', 'care.warmth', 'safety.home']);
    expect(instrument.needs).toEqual({ 'care.food': 'nutritional', 'safety.home': 'supervisory' });
    expect(instrument.bands).toEqual({ met: { min: 1, max: 2 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 5 } });
    expect(instrument.aggregation).toBe('mode-worse');
  });

  it('keeps users’ own descriptor text and item definitions', () => {
    const instrument = defineInstrument({
      ...base,
      areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food', description: 'Licensed wording held by the user', items: [{ id: 'meals', title: 'Regular meals', description: 'More wording' }] }] }],
      needs: {},
    });
    expect(instrument.areas[0]?.subAreas[0]?.items[0]).toEqual({ id: 'care.food.meals', title: 'Regular meals', description: 'More wording' });
  });

  it('an explicit sub-area mapping wins over an area wildcard', () => {
    expect(defineInstrument({ ...base, needs: { 'care.*': 'supervisory', 'care.food': 'nutritional' } }).needs).toEqual({ 'care.food': 'nutritional', 'care.warmth': 'supervisory' });
  });

  it('default bands follow the direction and the scale’s length', () => {
    expect(defineInstrument({ ...base, direction: 'higher-is-better', needs: {} }).bands).toEqual({ met: { min: 4, max: 5 }, borderline: { min: 3, max: 3 }, concern: { min: 1, max: 2 } });
    expect(defineInstrument({ ...base, scale: { min: 0, max: 3 } }).bands).toEqual({ met: { min: 0, max: 0 }, borderline: { min: 1, max: 2 }, concern: { min: 3, max: 3 } });
  });

  it('accepts a Star definition', () => {
    expect(defineInstrument(starBase).stages.map((s) => s.id)).toEqual(['stuck', 'trying', 'thriving']);
  });

  const bad: [string, unknown, (string | number)[], RegExp][] = [
    ['not an object', 'gcp', [], /object/],
    ['missing id', { ...base, id: undefined }, ['id'], /string/],
    ['id with capitals', { ...base, id: 'Local' }, ['id'], /^a lower-case slug: a letter a–z, then letters a–z, digits or hyphens/],
    ['unknown family', { ...base, family: 'other' }, ['family'], /gcp/],
    ['duplicate area ids', { ...base, areas: [base.areas[0], base.areas[0]] }, ['areas', 1, 'id'], /^an area id not used before$/],
    ['duplicate sub-area ids', { ...base, areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'A' }, { id: 'care.food', title: 'B' }] }], needs: {} }, ['areas', 0, 'subAreas', 1, 'id'], /^a sub-area id not used before$/],
    ['sub-area id naming another area', { ...base, areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'safety.home', title: 'A' }] }], needs: {} }, ['areas', 0, 'subAreas', 0, 'id'], /starting "care\."/],
    ['a scale that runs backwards', { ...base, scale: { min: 5, max: 1 } }, ['scale', 'max'], /greater than scale.min/],
    ['fractional scale', { ...base, scale: { min: 1, max: 4.5 } }, ['scale', 'max'], /integer/],
    ['an infinite scale', { ...base, scale: { min: 1, max: Infinity } }, ['scale', 'max'], /^a finite (number|integer)$/],
    ['labels of the wrong length', { ...base, scale: { min: 1, max: 5, labels: ['a', 'b'] } }, ['scale', 'labels'], /5 labels/],
    ['a GCP area with no sub-areas', { ...base, areas: [{ id: 'care', title: 'Care' }], needs: {} }, ['areas', 0, 'subAreas'], /at least one sub-area/],
    ['bands with a gap', { ...base, bands: { met: { min: 1, max: 1 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 5 } } }, ['bands', 'borderline', 'min'], /^2 /],
    ['bands that overlap', { ...base, bands: { met: { min: 1, max: 3 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 5 } } }, ['bands', 'borderline', 'min'], /^4 /],
    ['bands short of the top', { ...base, bands: { met: { min: 1, max: 2 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 4 } } }, ['bands', 'concern', 'max'], /^5 /],
    ['needs naming an unknown sub-area', { ...base, needs: { 'care.fod': 'nutritional' } }, ['needs', 'care.fod'], /sub-area id/],
    ['needs naming an unknown area', { ...base, needs: { 'home.*': 'nutritional' } }, ['needs', 'home.*'], /real area/],
    ['needs naming an undeclared need type', { ...base, needs: { 'care.food': 'dietary' } }, ['needs', 'care.food'], /declared need type/],
    ['duplicate need types', { ...base, needTypes: [base.needTypes?.[0], base.needTypes?.[0]] }, ['needTypes', 1, 'id'], /not used before/],
    ['unknown field', { ...base, colour: 'red' }, ['colour'], /no such key/],
    ['__proto__ key', JSON.parse(`{"__proto__": {}, "id": "x"}`), ['__proto__'], /never "__proto__"/],
    ['a Star without stages', { ...starBase, stages: undefined }, ['stages'], /at least one stage/],
    ['Star stages with a gap', { ...starBase, stages: [{ id: 'a', title: 'A', min: 1, max: 2 }, { id: 'b', title: 'B', min: 4, max: 6 }] }, ['stages', 1, 'min'], /^3 /],
    ['Star stages that overlap', { ...starBase, stages: [{ id: 'a', title: 'A', min: 1, max: 3 }, { id: 'b', title: 'B', min: 3, max: 6 }] }, ['stages', 1, 'min'], /^4 /],
    ['Star stages that start above the bottom', { ...starBase, stages: [{ id: 'a', title: 'A', min: 2, max: 6 }] }, ['stages', 0, 'min'], /^1 /],
    ['a stage that is empty', { ...starBase, stages: [{ id: 'a', title: 'A', min: 1, max: 3 }, { id: 'b', title: 'B', min: 4, max: 3 }, { id: 'c', title: 'C', min: 4, max: 6 }] }, ['stages', 1, 'max'], /≥ min/],
    ['a Star with sub-areas', { ...starBase, areas: [{ id: 'routine', title: 'R', subAreas: [{ id: 'x', title: 'X' }] }] }, ['areas', 0, 'subAreas'], /no sub-areas/],
    ['a Star with needs', { ...starBase, needTypes: [{ id: 'x', title: 'X', kind: 'physical' }] }, ['needTypes'], /no need types/],
    ['GCP with stages', { ...base, stages: starBase.stages }, ['stages'], /no stages/],
    ['a scale past 2^53 (one issue, in the scale’s own range)', { ...base, scale: { min: 1, max: 1e20 } }, ['scale', 'max'], /^a number ≤ 100$/],
    ['a need mapping key too long (named as a key)', { ...base, needs: { ['c'.repeat(201)]: 'nutritional' } }, ['needs', 'c'.repeat(201)], /^a key that is a string of at most 200 characters$/],
    // Accepted, they made assessments whose key was taken when valid and called forbidden (hiding the real fault) when not.
    ['an area id that is a refused key', { ...starBase, areas: [{ id: 'constructor', title: 'C' }, ...starBase.areas] }, ['areas', 0, 'id'], /^an id other than "constructor" or "prototype"/],
    ['an instrument id that is a refused key', { ...base, id: 'prototype' }, ['id'], /^an id other than "constructor" or "prototype"/],
    ['a GCP area id that is a refused key', { ...base, areas: [{ id: 'prototype', title: 'P', subAreas: [{ id: 'x', title: 'X' }] }], needs: {} }, ['areas', 0, 'id'], /^an id other than "constructor" or "prototype"/],
    // Titles reach SVG, CSV and the JSON Schema, which write U+FFFD for a lone surrogate.
    ['a title with a lone surrogate', { ...base, title: 'Local \ud800' }, ['title'], /^text without a lone surrogate/],
    ['a sub-area title with a lone surrogate', { ...base, areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: '\udc00Food' }] }], needs: {} }, ['areas', 0, 'subAreas', 0, 'title'], /lone surrogate/],
    ['a scale label with a lone surrogate', { ...base, scale: { min: 1, max: 2, labels: ['ok', 'bad\udbff'] } }, ['scale', 'labels', 1], /lone surrogate/],
    // Shown in reports, pictures and messages (local@1): white space alone would show nothing.
    ['an edition of spaces', { ...base, edition: '  ' }, ['edition'], /^text with more than white space/],
    ['an instrument title of spaces', { ...base, title: ' ' }, ['title'], /^text with more than white space or invisible characters \(it is shown in reports and pictures\)$/],
    // Taken, while one of spaces was refused: names that show nothing in a picture or a report.
    ['an instrument title of a zero-width space', { ...base, title: '\u200B' }, ['title'], /more than white space or invisible characters/],
    ['an area title of a bidi override and a control character', { ...base, areas: [{ id: 'care', title: '\u202E\u0001', subAreas: [{ id: 'food', title: 'Food' }] }], needs: {} }, ['areas', 0, 'title'], /more than white space or invisible characters/],
    ['a stage title of a soft hyphen', { ...starBase, stages: [{ id: 'stuck', title: '\u00AD', min: 1, max: 6 }] }, ['stages', 0, 'title'], /more than white space or invisible characters/],
    ['an item title of a tab', { ...base, areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food', items: [{ id: 'meals', title: '\t' }] }] }], needs: {} }, ['areas', 0, 'subAreas', 0, 'items', 0, 'title'], /more than white space/],
    ['a stage title of spaces', { ...starBase, stages: [{ id: 'stuck', title: '   ', min: 1, max: 6 }] }, ['stages', 0, 'title'], /more than white space/],
    ['a need type title of spaces', { ...base, needTypes: [{ id: 'nutritional', title: ' ', kind: 'physical' }, { id: 'supervisory', title: 'Supervisory', kind: 'physical' }] }, ['needTypes', 0, 'title'], /more than white space/],
  ];

  it.each(bad)('refuses %s, naming the path', (_what, definition, path, expected) => {
    const issue = firstIssue(definition);
    expect(issue?.path).toEqual(path);
    expect(issue?.expected).toMatch(expected);
  });
});
