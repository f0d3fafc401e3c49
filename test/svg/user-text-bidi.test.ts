import { describe, expect, it } from 'vitest';
import { type Assessment, defineInstrument } from '../../src/index.js';
import { renderProfileChart, renderStarChart } from '../../src/svg/index.js';
import { textWidth } from '../../src/svg/xml.js';
import { allElements, parseXml } from '../support/xml.js';

/*
 * Every piece of user text a picture sets (ids, a defined instrument's titles, the caller's
 * title) goes in a bidi isolate when it holds bidi controls or right-to-left letters, in
 * <title>, <desc> and every <text> alike. The heading and the Star legend did; <title>,
 * <desc>, area, stage and row labels and the profile's column ids did not, so a child id
 * holding U+202E (right-to-left override) turned the rest of the description round.
 */

const OVERRIDE = '\u202E';
/** A PDI of the text's own closed the isolate around it, and the override after it ran on. */
const ESCAPE = '\u2069\u202E';

/**
 * Whether each bidi control and right-to-left letter of `text` is inside an isolate (an open
 * one is closed by the end of its text, UAX #9 BD9), so that it acts on its own piece of text
 * alone. A PDI with nothing open is ignored, as UAX #9 ignores it.
 */
function confined(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '\u2066' || c === '\u2067' || c === '\u2068') depth++;
    else if (c === '\u2069') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[\u061C\u200E\u200F\u202A-\u202E\u0590-\u08FF]/.test(c)) return false;
  }
  return true;
}

/** The text of every <title>, <desc>, <text> and <tspan> that holds a bidi control or right-to-left letter, and whether each is confined. */
function pieces(svg: string): { text: string; confined: boolean }[] {
  return allElements(parseXml(svg))
    .filter((e) => ['title', 'desc', 'text', 'tspan'].includes(e.name) && /[\u061C\u200E\u200F\u202A-\u202E\u0590-\u08FF]/.test(e.text))
    .map((e) => ({ text: e.text, confined: confined(e.text) }));
}

const star = defineInstrument({
  id: 'bidi-star', edition: '1', title: `Home ${OVERRIDE}star`, family: 'star', direction: 'higher-is-better', scale: { min: 1, max: 6 },
  areas: [{ id: 'routine', title: `Routine ${OVERRIDE}and rest` }, { id: 'money', title: '\u200FMoney (2)' }, { id: 'school', title: 'בית ספר (3)' }],
  stages: [{ id: 'stuck', title: 'Stuck \u2067open', min: 1, max: 2 }, { id: 'trying', title: `Trying ${ESCAPE}on`, min: 3, max: 4 }, { id: 'thriving', title: 'Thriving', min: 5, max: 6 }],
});
const gcp = defineInstrument({
  id: 'bidi-gcp', edition: '1', title: `Local ${OVERRIDE}profile`, family: 'gcp', direction: 'lower-is-better', scale: { min: 1, max: 5 },
  areas: [{ id: 'care', title: `Care ${ESCAPE}x`, subAreas: [{ id: 'food', title: `Food ${OVERRIDE}and drink` }, { id: 'warmth', title: 'חום (2)' }] }],
});
const child = { id: `C-${ESCAPE}1` };
const starReadings: Assessment[] = [
  { schemaVersion: 1, id: `S-${OVERRIDE}1`, instrument: 'bidi-star', child, assessedOn: '2025-01-06', ratings: { routine: 2, money: 3, school: 5 } },
  { schemaVersion: 1, id: `S-2${ESCAPE}`, instrument: 'bidi-star', child, assessedOn: '2025-06-02', ratings: { routine: 4, money: 4, school: 6 } },
];
const profileHistory: Assessment[] = [
  { schemaVersion: 1, id: `A-${OVERRIDE}1`, instrument: 'bidi-gcp', child, assessedOn: '2025-01-06', ratings: { 'care.food': 5, 'care.warmth': 2 } },
  { schemaVersion: 1, id: `A-2${ESCAPE}`, instrument: 'gcp2', child, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 4 } },
];

describe('SVG pictures: user text with bidi controls is confined to itself', () => {
  it.each([
    ['Star chart', () => renderStarChart(starReadings, { instruments: [star] })],
    ['Star chart, with a title', () => renderStarChart(starReadings, { instruments: [star], title: `Readings ${ESCAPE}of the child` })],
    ['GCP profile', () => renderProfileChart(profileHistory.slice(0, 1), { instruments: [gcp] })],
    ['GCP profile of gcp2', () => renderProfileChart(profileHistory.slice(1))],
    ['GCP profile, with a title', () => renderProfileChart(profileHistory.slice(0, 1), { instruments: [gcp], title: `Profile ${OVERRIDE}of the child` })],
  ])('%s: in <title>, <desc> and every <text>', (_name, draw) => {
    const found = pieces(draw());
    // <title>, <desc> and the labels all hold some.
    expect(found.length).toBeGreaterThanOrEqual(4);
    expect(found.filter((piece) => !piece.confined)).toEqual([]);
  });

  it('<title> and <desc> set each id and title in its own isolate, the words between outside', () => {
    const root = parseXml(renderStarChart(starReadings, { instruments: [star] }));
    expect(root.children[0]?.text).toBe(`\u2068Home ${OVERRIDE}star\u2069 of child \u2068C-${OVERRIDE}1\u2069`);
    const desc = root.children[1]?.text ?? '';
    expect(desc.startsWith(`\u2068Home ${OVERRIDE}star\u2069 readings of child \u2068C-${OVERRIDE}1\u2069, first reading 2025-01-06`)).toBe(true);
    expect(desc).toContain(`\u2068Routine ${OVERRIDE}and rest\u2069: 2 (\u2068Stuck \u2067open\u2069\u2069) → 4 (\u2068Trying ${OVERRIDE}on\u2069)`);
    expect(desc).toContain('\u2068\u200FMoney (2)\u2069: 3 (');
  });

  it('bidi controls take no width in the estimate, so an isolate costs a label no room', () => {
    expect(textWidth('\u2068ab\u2069\u202E\u200F', 12)).toBe(textWidth('ab', 12));
  });
});
