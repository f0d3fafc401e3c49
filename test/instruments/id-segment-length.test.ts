import { describe, expect, it } from 'vitest';
import { defineInstrument, type InstrumentDefinition, safeParseAssessment } from '../../src/index.js';
import { instrumentIssues } from '../support/errors.js';

/*
 * Each segment of a sub-area or item id is a slug of at most 64 characters, like an area id,
 * so a rating key is at most three slugs and two dots, 194 characters: under the 200 up to
 * which a message shows a key whole (the case-systems guide). Segments of 200 made keys of
 * 466 characters, which a message then cut to 40.
 */

const a = (n: number) => 'a'.repeat(n);
const withIds = (subAreaId: string, itemId: string): InstrumentDefinition => ({
  id: 'long', edition: '1', title: 'Long', family: 'gcp', direction: 'lower-is-better', scale: { min: 1, max: 5 },
  areas: [{ id: a(64), title: 'Area', subAreas: [{ id: subAreaId, title: 'Sub', items: [{ id: itemId, title: 'Item' }] }] }],
});

/** Where and what `defineInstrument` refuses in `definition`. */
const issuesOf = (definition: InstrumentDefinition) => instrumentIssues(() => defineInstrument(definition)).map(({ path, expected }) => ({ path, expected }));

describe('a sub-area or item id segment', () => {
  it('is refused past 64 characters, at its path', () => {
    const words = /of at most 64 characters, or up to three such joined by dots/;
    expect(issuesOf(withIds(a(65), 'x'))).toEqual([{ path: ['areas', 0, 'subAreas', 0, 'id'], expected: expect.stringMatching(words) }]);
    expect(issuesOf(withIds('x', a(65)))).toEqual([{ path: ['areas', 0, 'subAreas', 0, 'items', 0, 'id'], expected: expect.stringMatching(words) }]);
    // A full id is held to the same bound in each segment.
    expect(issuesOf(withIds(`${a(64)}.${a(65)}`, 'x'))).toHaveLength(1);
  });

  it('of 64 characters makes a key of 194 that a message shows whole', () => {
    const instrument = defineInstrument(withIds(a(64), a(64)));
    const key = `${a(64)}.${a(64)}.${a(64)}`;
    expect(instrument.areas[0]?.subAreas[0]?.items[0]?.id).toBe(key);
    const result = safeParseAssessment({ schemaVersion: 1, id: 'A', instrument: 'long', child: { id: 'C' }, assessedOn: '2025-01-01', ratings: { [key]: 9 } }, { instruments: [instrument] });
    expect(result.success ? [] : result.issues.map((issue) => issue.message)).toEqual([`ratings["${key}"]: expected an integer grade from 1 to 5, { grade, note? }, or "not-scored", received the number 9`]);
  });
});
