import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { assessmentSchemaFor } from '../../src/contract/schema.js';
import { assessmentJsonSchema, builtinInstruments, defineInstrument, getInstrument, safeParseAssessment } from '../../src/index.js';
import { toJsonSchema } from '../../src/internal/zod-json-schema.js';
import { gcp2, star, withValue } from '../support/assessments.js';

const withItems = defineInstrument({
  id: 'items', edition: '1', title: 'With items', family: 'gcp', direction: 'lower-is-better', scale: { min: 0, max: 3 },
  areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food', items: [{ id: 'breakfast', title: 'Breakfast' }] }] }],
  bands: { met: { min: 0, max: 0 }, borderline: { min: 1, max: 1 }, concern: { min: 2, max: 3 } },
});

/** The schema without `title` and `description`, which only annotate it. */
function withoutAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'title' && key !== 'description').map(([key, value]) => [key, withoutAnnotations(value)]));
}

/** The paths of every property, anywhere in the schema, that has no description. */
function undescribed(schema: unknown, path = ''): string[] {
  if (Array.isArray(schema)) return schema.flatMap((s, i) => undescribed(s, `${path}[${i}]`));
  if (typeof schema !== 'object' || schema === null) return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties') {
      for (const [name, property] of Object.entries(value as Record<string, { description?: unknown }>)) {
        if (typeof property.description !== 'string' || property.description === '') found.push(`${path}.${name}`);
      }
    }
    found.push(...undescribed(value, `${path}.${key}`));
  }
  return found;
}

function validator(schema: object) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // ajv-formats is CommonJS; its plugin is both the module and its `default`.
  formats.default(ajv);
  return ajv.compile(schema);
}

describe('assessmentJsonSchema', () => {
  it.each([...builtinInstruments, withItems])('is what zod’s own toJSONSchema writes for $id', (instrument) => {
    const schema = assessmentSchemaFor(instrument);
    expect(toJsonSchema(schema)).toEqual(z.toJSONSchema(schema));
  });

  it('is what zod writes for the union of every instrument, with titles and descriptions added', () => {
    const schema = assessmentJsonSchema();
    expect(schema['title']).toMatch(/schemaVersion 1/);
    expect(withoutAnnotations(schema)).toEqual(z.toJSONSchema(z.union(builtinInstruments.map(assessmentSchemaFor))));
    expect(withoutAnnotations(assessmentJsonSchema({ instrument: 'gcp' }))).toEqual(z.toJSONSchema(assessmentSchemaFor(getInstrument('gcp'))));
  });

  it('titles each instrument’s schema and describes every property, rating keys by their titles', () => {
    const schema = assessmentJsonSchema({ instruments: [withItems] }) as { anyOf: Record<string, unknown>[] };
    expect(schema.anyOf.map((branch) => branch['title'])).toEqual([
      'With items assessment (items, schemaVersion 1)',
      'Graded Care Profile assessment (gcp, schemaVersion 1)',
      'Graded Care Profile 2 assessment (gcp2, schemaVersion 1)',
      'Family Star Plus assessment (family-star-plus, schemaVersion 1)',
    ]);
    expect(undescribed(schema)).toEqual([]);
    const gcp2Schema = assessmentJsonSchema({ instrument: 'gcp2' }) as { title: string; properties: { ratings: { properties: Record<string, { description: string }> } } };
    expect(gcp2Schema.title).toBe('Graded Care Profile 2 assessment (gcp2, schemaVersion 1)');
    expect(gcp2Schema.properties.ratings.properties['safety.online']?.description).toBe('Safety online (Safety)');
    const items = assessmentJsonSchema({ instrument: 'items', instruments: [withItems] }) as { properties: { ratings: { description: string; properties: Record<string, { description: string }> } } };
    expect(items.properties.ratings.properties['care.food.breakfast']?.description).toBe('Breakfast (Food, Care)');
    expect(items.properties.ratings.description).toMatch(/a whole grade from 0 to 3.*as a whole or by its items, not both/);
  });

  it('accepts valid assessments and refuses invalid ones, as the library does (checked by Ajv)', () => {
    const validate = validator(assessmentJsonSchema());
    const inputs = [
      gcp2(),
      star(),
      gcp2({ assessedOn: '2025-02-30' }),
      withValue(gcp2(), ['ratings', 'physical.nutrition'], 3.5),
      withValue(gcp2(), ['ratings', 'physical.nutriton'], 3),
      withValue(star(), ['ratings', 'physical-health'], 11),
      gcp2({ instrument: 'gcp3' }),
      gcp2({ extra: true }),
      withValue(gcp2(), ['child', 'attributes'], { ward: 'North' }),
      withValue(gcp2(), ['child', 'attributes'], { constructor: 'x' }),
      withValue(gcp2(), ['child', 'attributes'], { prototype: 'y' }),
      gcp2({ id: 'A-\ud83d\ude00' }),
      gcp2({ id: 'A-\ud800' }),
      withValue(gcp2(), ['child', 'id'], '\udc00'),
      withValue(gcp2(), ['child', 'id'], 'C-1 '),
      withValue(gcp2(), ['child', 'id'], 'C\u00071'),
      withValue(gcp2(), ['child', 'locality'], '\u3000North'),
      withValue(gcp2(), ['child', 'locality'], 'North East'),
      withValue(gcp2(), ['ratings', 'physical.nutrition'], { grade: 2, note: 'x\ude00\ud83d' }),
    ];
    for (const input of inputs) expect(validate(input)).toBe(safeParseAssessment(input).success);
  });

  // Other languages read \s, \d and \w as other sets (Python's \s takes U+0085 and not U+FEFF):
  // the id pattern lists ECMAScript's white space, so a validator in Python, Java or .NET refuses what the library refuses.
  it('writes white space at an id\'s ends as a list, not \\s, meaning what \\s means in ECMAScript (and refuses controls, Unicode\'s Cc)', () => {
    const schema = assessmentJsonSchema({ instrument: 'gcp2' }) as { properties: { id: { pattern: string } } };
    expect(schema.properties.id.pattern).not.toMatch(/\\[sSdDwW]/);
    const id = new RegExp(schema.properties.id.pattern, 'u');
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const refused = /\s/.test(ch) || /\p{Cc}/u.test(ch);
      if (id.test(`C${ch}`) === refused || id.test(`${ch}C`) === refused) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('writes its text patterns so that they mean the same with and without the u and v flags', () => {
    const schema = assessmentJsonSchema({ instrument: 'gcp2' }) as { properties: { id: { pattern: string }; child: { properties: { flags: { items: { pattern: string } } } } } };
    const samples = ['', 'C-1', 'a\ud83d\ude00b', '\ud83d\ude00\ud83d\ude00', '\ud800', 'a\udc00', '\ude00\ud83d', '\ud83d\ude00\ude00', '\ud7ff\ue000', ' C-1', 'C-1\t', 'C 1', '\u00a0', '\ufeffC', '\ud83d\ude00 ', 'C\u00001', 'C\u009f'];
    for (const flags of ['', 'u', 'v']) {
      // The references: ECMAScript's own String.prototype.isWellFormed, trim for an id's ends, and Unicode's Cc (\p{Cc}) for controls.
      const id = new RegExp(schema.properties.id.pattern, flags);
      expect(samples.map((text) => id.test(text)), `id, flags "${flags}"`).toEqual(samples.map((text) => text.isWellFormed() && text.trim() === text && !/\p{Cc}/u.test(text)));
      const flag = new RegExp(schema.properties.child.properties.flags.items.pattern, flags);
      expect(samples.map((text) => flag.test(text)), `flag, flags "${flags}"`).toEqual(samples.map((text) => text.isWellFormed()));
    }
  });

  it('leaves out the three checks its documentation names, which the library still makes', () => {
    const validate = validator(assessmentJsonSchema({ instrument: 'gcp2' }));
    const nearMissFlag = withValue(gcp2(), ['child', 'flags'], ['Disabled']);
    const joinedFlags = withValue(gcp2(), ['child', 'flags'], ['disabled, runaway']);
    const bornAfter = withValue(gcp2(), ['child', 'dateOfBirth'], '2030-01-01');
    for (const input of [nearMissFlag, joinedFlags, bornAfter]) {
      expect(validate(input)).toBe(true);
      expect(safeParseAssessment(input).success).toBe(false);
    }
    // The third: a sub-area rated whole and through its item, on an instrument with items.
    const both = { schemaVersion: 1, id: 'A', instrument: 'items', child: { id: 'C' }, assessedOn: '2025-06-02', ratings: { 'care.food': 1, 'care.food.breakfast': 2 } };
    expect(validator(assessmentJsonSchema({ instrument: 'items', instruments: [withItems] }))(both)).toBe(true);
    const refused = safeParseAssessment(both, { instruments: [withItems] });
    expect(refused.success === false && refused.issues.map((i) => i.path)).toEqual([['ratings', 'care.food.breakfast']]);
  });

  it('names one instrument’s exact keys on request', () => {
    const schema = assessmentJsonSchema({ instrument: 'gcp' }) as { properties: { ratings: { properties: object } } };
    expect(Object.keys(schema.properties.ratings.properties)).toContain('love.carer');
    expect(Object.keys(schema.properties.ratings.properties)).not.toContain('safety.online');
  });

  it('takes the first of two own instruments with one id, as the parser does', () => {
    const edition = (max: number) => defineInstrument({
      id: 'local', edition: String(max), title: 'Local', family: 'gcp', direction: 'lower-is-better', scale: { min: 1, max },
      areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food' }] }],
    });
    const instruments = [edition(5), edition(10)];
    const input = { schemaVersion: 1, id: 'L', instrument: 'local', child: { id: 'C' }, assessedOn: '2025-01-01', ratings: { 'care.food': 8 } };
    expect(safeParseAssessment(input, { instruments }).success).toBe(false);
    expect(validator(assessmentJsonSchema({ instruments }))(input)).toBe(false);
  });

  it('covers users’ own instruments through options', () => {
    const validate = validator(assessmentJsonSchema({ instruments: [withItems] }));
    expect(validate({ schemaVersion: 1, id: 'I', instrument: 'items', child: { id: 'C' }, assessedOn: '2025-01-01', ratings: { 'care.food.breakfast': 0 } })).toBe(true);
  });
});
