import { describe, expect, it } from 'vitest';
import { type Assessment, defineInstrument, type InstrumentDefinition } from '../../src/index.js';
import { renderStarChart } from '../../src/svg/index.js';
import { allElements, parseXml } from '../support/xml.js';

/*
 * defineInstrument takes a Star scale of up to 101 grades (0–100) and as many stages. The
 * chart numbered every grade and named every stage along the first spoke, 1.8 px apart, so
 * the numbers and names were drawn over each other, and a guide ring per grade made the
 * rings one grey disc.
 */

const star = (scale: { min: number; max: number }, stages: InstrumentDefinition['stages']) =>
  defineInstrument({ id: 'long-star', edition: '1', title: 'Long star', family: 'star', direction: 'higher-is-better', scale, areas: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }], stages });
const reading = (a: number): Assessment => ({ schemaVersion: 1, id: 'S-1', instrument: 'long-star', child: { id: 'C-1' }, assessedOn: '2025-01-06', ratings: { a } });

/** The scale numbers, the stage names (each with its baseline) and the rings' radii of a drawn chart. */
function scaleOf(svg: string) {
  const all = allElements(parseXml(svg));
  const inGroup = (name: string) => all.find((e) => e.name === 'g' && e.attributes['class'] === name)?.children ?? [];
  const texts = (name: string) => inGroup(name).map((e) => ({ text: e.text, y: Number(e.attributes['y']) }));
  return { numbers: texts('scale'), stages: texts('stage-labels'), rings: inGroup('rings').map((e) => Number(e.attributes['r'])) };
}

/** The least distance between neighbours of `values`. */
const leastGap = (values: number[]) => Math.min(...[...values].sort((a, b) => a - b).flatMap((v, i, all) => (i === 0 ? [] : [v - (all[i - 1] as number)])));

describe('Star chart: a long scale', () => {
  it('a 0–100 scale numbers every 10th grade, 11 px apart or more, with a guide ring on each and on each stage end', () => {
    const stages = [{ id: 'low', title: 'Low', min: 0, max: 30 }, { id: 'mid', title: 'Middle', min: 31, max: 75 }, { id: 'high', title: 'High', min: 76, max: 100 }];
    const { numbers, stages: names, rings } = scaleOf(renderStarChart([reading(40)], { instruments: [star({ min: 0, max: 100 }, stages)] }));
    expect(numbers.map((n) => n.text)).toEqual(['0', '10', '20', '30', '40', '50', '60', '70', '80', '90', '100']);
    expect(leastGap(numbers.map((n) => n.y))).toBeGreaterThanOrEqual(11);
    expect(rings).toHaveLength(11 + 1); // the numbered grades, and the end of mid (75); low ends on one (30)
    expect(names.map((n) => n.text)).toEqual(['Low', 'Middle', 'High']);
  });

  it('a 1–95 scale keeps both its ends and drops a 10th grade too close to one', () => {
    const { numbers } = scaleOf(renderStarChart([reading(40)], { instruments: [star({ min: 1, max: 95 }, [{ id: 'all', title: 'All', min: 1, max: 95 }])] }));
    // 90 is 5 grades (9.5 px) below 95.
    expect(numbers.map((n) => n.text)).toEqual(['1', '10', '20', '30', '40', '50', '60', '70', '80', '95']);
    expect(leastGap(numbers.map((n) => n.y))).toBeGreaterThanOrEqual(11);
  });

  it('a shorter scale numbers every 2nd grade (0–20), or every grade (1–10, as the built-in Stars)', () => {
    const { numbers } = scaleOf(renderStarChart([reading(3)], { instruments: [star({ min: 0, max: 20 }, [{ id: 'all', title: 'All', min: 0, max: 20 }])] }));
    // 8.6 px a grade: every 2nd.
    expect(numbers.map((n) => n.text)).toEqual(['0', '2', '4', '6', '8', '10', '12', '14', '16', '18', '20']);
    const ten = scaleOf(renderStarChart([reading(3)], { instruments: [star({ min: 1, max: 10 }, [{ id: 'all', title: 'All', min: 1, max: 10 }])] }));
    expect(ten.numbers.map((n) => n.text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(ten.rings).toHaveLength(10);
  });

  it('101 one-grade stages: only names 11 px apart or more are drawn, from the centre out', () => {
    const stages = Array.from({ length: 101 }, (_, i) => ({ id: `s${i}`, title: `Stage ${i}`, min: i, max: i }));
    const { stages: names } = scaleOf(renderStarChart([reading(50)], { instruments: [star({ min: 0, max: 100 }, stages)] }));
    expect(names.length).toBeGreaterThan(10);
    expect(names.length).toBeLessThan(20);
    expect(names[0]?.text).toBe('Stage 0');
    expect(leastGap(names.map((n) => n.y))).toBeGreaterThanOrEqual(11);
  });
});
