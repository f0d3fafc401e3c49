import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Assessment, AssessmentError, defineInstrument, OperationError, OptionsError, parseAssessment } from '../../src/index.js';
import { escapeXml, renderProfileChart, renderStarChart } from '../../src/svg/index.js';
import { textWidth } from '../../src/svg/xml.js';
import { ROOT } from '../support/run.js';
import { allElements, parseXml, type XmlElement } from '../support/xml.js';
import { catchError } from '../support/errors.js';

const sample = JSON.parse(readFileSync(resolve(ROOT, 'examples/data/assessments.json'), 'utf8')) as Assessment[];
const of = (prefix: string) => sample.filter((a) => a.id.startsWith(prefix));
const NASTY = 'C-<&">\'x';

const withChild = (list: Assessment[], id: string) => list.map((a) => ({ ...a, child: { ...a.child, id } }));

/** Every picture the tests draw, by name. */
const pictures: Record<string, () => string> = {
  'star-chart': () => renderStarChart(of('S-101')),
  'star-chart-one-reading': () => renderStarChart(of('S-106-2')),
  'star-chart-not-scored': () =>
    renderStarChart([
      { schemaVersion: 1, id: 'S-X-1', instrument: 'family-star-plus', child: { id: 'C-9' }, assessedOn: '2025-01-01', ratings: { 'physical-health': 2, 'your-wellbeing': 'not-scored', 'family-routine': 5 } },
      { schemaVersion: 1, id: 'S-X-2', instrument: 'family-star-plus', child: { id: 'C-9' }, assessedOn: '2025-03-01', ratings: { 'physical-health': 4, 'your-wellbeing': 3 } },
    ]),
  'profile-chart': () => renderProfileChart(of('A-101')),
  'profile-chart-wide': () =>
    renderProfileChart([
      ...of('A-106'),
      ...of('A-106').map((a, i) => ({ ...a, id: `A-106-${i + 4}`, assessedOn: `2026-0${i + 1}-15`, ratings: { ...a.ratings, 'safety.online': 'not-scored' as const } })),
    ]),
  'escaped-star': () => renderStarChart(withChild(of('S-101'), NASTY), { idPrefix: 'nasty-star' }),
  'escaped-profile': () => renderProfileChart(withChild(of('A-102'), NASTY).map((a) => ({ ...a, id: `${a.id}<&>` }))),
};

describe('SVG pictures: snapshots', () => {
  for (const [name, draw] of Object.entries(pictures)) {
    it(`${name} matches its snapshot`, async () => {
      await expect(draw()).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
    });
  }
});

describe('SVG pictures: well-formed, accessible XML', () => {
  for (const [name, draw] of Object.entries(pictures)) {
    it(`${name} parses as XML with <title> and <desc> labelling an svg root`, () => {
      const root = parseXml(draw());
      expect(root.name).toBe('svg');
      expect(root.attributes['xmlns']).toBe('http://www.w3.org/2000/svg');
      expect(root.attributes['role']).toBe('img');
      const [titleEl, descEl] = root.children;
      expect(titleEl?.name).toBe('title');
      expect(descEl?.name).toBe('desc');
      // Named by the title, described by the desc (not named by both: the description was read twice).
      expect(root.attributes['aria-labelledby']).toBe(titleEl?.attributes['id']);
      expect(root.attributes['aria-describedby']).toBe(descEl?.attributes['id']);
      expect(titleEl?.text.length).toBeGreaterThan(10);
      expect(descEl?.text.length).toBeGreaterThan(40);
      // Readable at 600 px: drawn for a width of 600 (wider only for many assessments).
      expect(Number(root.attributes['width'])).toBeGreaterThanOrEqual(600);
      const ids = allElements(root).flatMap((e) => (e.attributes['id'] === undefined ? [] : [e.attributes['id']]));
      expect(new Set(ids).size).toBe(ids.length);
    });
  }

  it('the checker itself refuses what is not well-formed', () => {
    for (const bad of ['<svg><g></svg>', '<svg a="1" a="2"/>', '<svg>&nbsp;</svg>', '<svg>a < b</svg>', '<svg x=1/>', '<a/><b/>', '<svg title="a&b"/>', '<svg>\u0001</svg>']) {
      expect(() => parseXml(bad), bad).toThrow(/not well-formed/);
    }
    expect(parseXml('<svg a="&lt;&#38;&#x26;"><t>x</t></svg>').attributes['a']).toBe('<&&');
  });
});

describe('SVG pictures: text is escaped', () => {
  it('a child id with <&"\'> is written escaped and reads back unchanged', () => {
    for (const name of ['escaped-star', 'escaped-profile']) {
      const svg = (pictures[name] as () => string)();
      expect(svg).not.toContain(NASTY);
      expect(svg).toContain('C-&lt;&amp;&quot;&gt;&apos;x');
      const root = parseXml(svg);
      expect(root.children[0]?.text).toContain(NASTY);
      expect(root.children[1]?.text).toContain(NASTY);
    }
  });

  it('escapeXml escapes the five characters and replaces those XML cannot hold', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(escapeXml('bell\u0007 and lone \uD800 surrogate')).toBe('bell\uFFFD and lone \uFFFD surrogate');
    expect(escapeXml('tab\tnew\nline 😀')).toBe('tab\tnew\nline 😀');
  });

  it('sets an instrument title or child id with right-to-left text or bidi controls in an isolate, in the heading and <title> alike', () => {
    // FSI U+2068 … PDI U+2069 confine an override or right-to-left run to the id (a browser test shows the legend).
    const hebrew = 'ילד-7';
    const svg = renderProfileChart(withChild(of('A-102'), hebrew));
    const root = parseXml(svg);
    const heading = allElements(root).find((e) => e.name === 'text' && e.attributes['font-size'] === '17');
    expect(heading?.text).toBe(`Graded Care Profile 2 profile of child \u2068${hebrew}\u2069`);
    expect(root.children[0]?.text).toBe(`Graded Care Profile 2 profile of child \u2068${hebrew}\u2069`);
    const star = parseXml(renderStarChart(withChild(of('S-101'), 'C-\u202E1')));
    expect(allElements(star).find((e) => e.name === 'text' && e.attributes['font-size'] === '17')?.text).toBe('Family Star Plus of child \u2068C-\u202E1\u2069');
    // Left-to-right text is left as it is.
    expect(renderStarChart(of('S-101'))).not.toMatch(/[\u2068\u2069]/);
  });

  it('cuts a long label between characters, never inside an emoji', () => {
    const svg = renderProfileChart(of('A-102').map((a, i) => ({ ...a, id: `A${i}x${'😀'.repeat(20)}` })));
    expect(svg).toContain('😀…');
    expect(svg).not.toContain('\uFFFD');
  });
});

describe('SVG pictures: long text fits the 600 px frame', () => {
  // The contract's longest ids (100 characters), of the widest letters.
  const child = { id: 'W'.repeat(100) };
  const star = (id: string, assessedOn: string, reading: number): Assessment => ({ schemaVersion: 1, id, instrument: 'family-star-plus', child, assessedOn, ratings: { 'family-routine': reading } });
  const gcp = (id: string, assessedOn: string): Assessment => ({ schemaVersion: 1, id, instrument: 'gcp2', child, assessedOn, ratings: { 'physical.nutrition': 3 } });
  /** The drawn text elements (not <title> or <desc>) with their x, anchor, size and text. */
  const texts = (svg: string) =>
    allElements(parseXml(svg))
      .filter((e) => e.name === 'text')
      .map((e) => ({ x: Number(e.attributes['x']), anchor: e.attributes['text-anchor'] ?? 'start', size: Number(e.attributes['font-size'] ?? 12), text: e.text }));
  const chars = (text: string) => Array.from(text).length;

  it('the Star heading and legend are shortened with … to end inside the frame; <title> keeps the whole title', () => {
    const svg = renderStarChart([star('M'.repeat(100), '2025-01-01', 2), star(`S-${'M'.repeat(98)}`, '2025-06-01', 6)]);
    const [heading] = texts(svg).filter((t) => t.size === 17);
    expect(heading?.text).toBe(`Family Star Plus of child ${'W'.repeat(16)}…`);
    expect(chars(heading?.text ?? '')).toBe(43);
    expect(textWidth(heading?.text ?? '', 17, true)).toBeLessThanOrEqual(600 - 2 * 16);
    const legend = texts(svg).filter((t) => /^(First|Latest):/.test(t.text));
    expect(legend.map((t) => t.text)).toEqual([`First: 2025-01-01 (${'M'.repeat(23)}…)`, `Latest: 2025-06-01 (S-${'M'.repeat(21)}…)`]);
    for (const t of legend) expect(t.x + textWidth(t.text, 12)).toBeLessThanOrEqual(600 - 16);
    expect(parseXml(svg).children[0]?.text).toBe(`Family Star Plus of child ${child.id}`);
  });

  it('a right-to-left assessment id in the legend is isolated once, cut or whole', () => {
    const hebrew = 'אבגדהוזחטיכלמנסעפצקרשת';
    const svg = renderStarChart([star(hebrew.repeat(4), '2025-01-01', 2), star(hebrew.slice(0, 5), '2025-06-01', 6)]);
    const [first, latest] = texts(svg).filter((t) => /^(First|Latest):/.test(t.text)).map((t) => t.text);
    // fitText isolates a cut one with its …; wrapping it again nested a second isolate.
    expect(first).toMatch(new RegExp(`^First: 2025-01-01 \\(\u2068${hebrew.slice(0, 10)}[^\u2068\u2069]*…\u2069\\)$`));
    expect(latest).toBe(`Latest: 2025-06-01 (\u2068${hebrew.slice(0, 5)}\u2069)`);
  });

  it('the profile heading and column ids are shortened with … to fit the frame and their columns', () => {
    const svg = renderProfileChart([gcp('M'.repeat(100), '2025-01-01'), gcp('N'.repeat(100), '2025-02-01')]);
    const [heading] = texts(svg).filter((t) => t.size === 17);
    expect(heading?.text).toBe(`Graded Care Profile 2 profile of child ${'W'.repeat(10)}…`);
    expect(chars(heading?.text ?? '')).toBe(50);
    expect((heading?.x ?? 0) + textWidth(heading?.text ?? '', 17, true)).toBeLessThanOrEqual(600 - 16);
    const ids = texts(svg).filter((t) => /^[MN]+…$/.test(t.text));
    expect(ids.map((t) => t.text)).toEqual([`${'M'.repeat(7)}…`, `${'N'.repeat(8)}…`]);
    // Each id is centred in its 92 px column, with 4 px to spare on either side.
    for (const t of ids) expect(textWidth(t.text, 11)).toBeLessThanOrEqual(92 - 8);
  });

  it("a defined Star's long area and stage titles are shortened with … to end inside the frame", () => {
    // Titles at the definition's limit (200 characters), of the widest letters, with and without spaces.
    const long = (word: string) => Array.from({ length: 40 }, () => word).join(' ').slice(0, 200);
    const wide = defineInstrument({
      id: 'wide-star', edition: '1', title: 'Wide star', family: 'star', direction: 'higher-is-better', scale: { min: 1, max: 10 },
      areas: Array.from({ length: 8 }, (_, i) => ({ id: `area-${i}`, title: i % 2 === 0 ? long('WWWW') : 'W'.repeat(200) })),
      stages: [{ id: 'low', title: 'M'.repeat(200), min: 1, max: 5 }, { id: 'high', title: long('MMM'), min: 6, max: 10 }],
    });
    const reading = (id: string, assessedOn: string): Assessment => ({ schemaVersion: 1, id, instrument: 'wide-star', child: { id: 'C-1' }, assessedOn, ratings: { 'area-0': 3 } });
    const svg = renderStarChart([reading('S-1', '2025-01-01'), reading('S-2', '2025-06-01')], { instruments: [wide] });
    const root = parseXml(svg);
    const labels = allElements(root).filter((e) => e.attributes['class'] === 'area-label');
    expect(labels).toHaveLength(8);
    for (const label of labels) {
      const anchor = label.attributes['text-anchor'];
      for (const line of label.children) {
        const x = Number(line.attributes['x']);
        const width = textWidth(line.text, 12);
        expect(line.text.endsWith('…')).toBe(true);
        const [left, right] = anchor === 'start' ? [x, x + width] : anchor === 'end' ? [x - width, x] : [x - width / 2, x + width / 2];
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(600);
      }
    }
    const stages = allElements(root).filter((e) => e.attributes['class'] === 'stage-label');
    expect(stages).toHaveLength(2);
    for (const stage of stages) {
      expect(stage.text.endsWith('…')).toBe(true);
      expect(Number(stage.attributes['x']) + textWidth(stage.text, 10)).toBeLessThanOrEqual(600 - 16);
    }
    // The description keeps every title whole.
    expect(root.children[1]?.text).toContain(long('WWWW'));
  });

  it('a custom title is shortened in the heading alone', () => {
    const title = `Readings of ${'😀'.repeat(60)}`;
    const svg = renderStarChart([star('S-1', '2025-01-01', 2)], { title });
    const [heading] = texts(svg).filter((t) => t.size === 17);
    expect(heading?.text.endsWith('…')).toBe(true);
    expect(textWidth(heading?.text ?? '', 17, true)).toBeLessThanOrEqual(600 - 2 * 16);
    expect(parseXml(svg).children[0]?.text).toBe(title);
  });
});

describe('SVG pictures: deterministic', () => {
  it('the same history in any order, parsed or raw, gives the same text', () => {
    const history = of('A-101');
    const reference = renderProfileChart(history);
    expect(renderProfileChart([...history].reverse())).toBe(reference);
    expect(renderProfileChart(history.map((a) => parseAssessment(a)))).toBe(reference);
    const stars = of('S-101');
    expect(renderStarChart([...stars].reverse())).toBe(renderStarChart(stars));
  });

  it('sorts assessments of the same day by id', () => {
    const [a, b] = of('A-101') as [Assessment, Assessment];
    const sameDay = [{ ...b, id: 'Z', assessedOn: a.assessedOn }, { ...a, id: 'A' }];
    const svg = renderProfileChart(sameDay);
    expect(svg.indexOf('data-assessment="A"')).toBeLessThan(svg.indexOf('data-assessment="Z"'));
  });

  it('writes no number with more than two decimals, and no NaN, undefined or -0', () => {
    for (const draw of Object.values(pictures)) {
      const svg = draw();
      expect(svg).not.toMatch(/\d\.\d{3,}/);
      expect(svg).not.toMatch(/NaN|undefined|Infinity|"-0"/);
    }
  });
});

describe('SVG pictures: what they show', () => {
  it('the Star chart has a spoke per area, a ring per reading, both readings and the stage names', () => {
    const elements = allElements(parseXml(pictures['star-chart']?.() ?? ''));
    const withClass = (c: string) => elements.filter((e) => (e.attributes['class'] ?? '').split(' ').includes(c));
    expect(withClass('spoke')).toHaveLength(10);
    expect(withClass('ring')).toHaveLength(10);
    expect(withClass('point').filter((e) => e.attributes['class']?.includes('first'))).toHaveLength(10);
    expect(withClass('point').filter((e) => e.attributes['class']?.includes('latest'))).toHaveLength(10);
    expect(withClass('stage-label').map((e) => e.text)).toEqual(['Stuck', 'Accepting help', 'Trying', 'Finding what works', 'Effective parenting']);
    expect(withClass('reading').map((e) => e.attributes['data-assessment'])).toEqual(['S-101-1', 'S-101-2']);
  });

  it('the Star chart leaves out a point for an area not scored, and says so', () => {
    const svg = pictures['star-chart-not-scored']?.() ?? '';
    const root = parseXml(svg);
    const points = allElements(root).filter((e) => e.attributes['class'] === 'point first');
    expect(points).toHaveLength(2);
    expect(root.children[1]?.text).toContain('Your well-being: not scored → 3 (Accepting help)');
  });

  it('the profile has a row per area and sub-area and a column per assessment, coloured by band', () => {
    const elements = allElements(parseXml(pictures['profile-chart']?.() ?? ''));
    const cells = elements.filter((e) => (e.attributes['class'] ?? '').startsWith('cell '));
    expect(cells).toHaveLength(3 * (4 + 16));
    // A-101-1: physical 4 (area), nutrition 4, housing 4, hygiene 4, in-absence 4 are concerns.
    expect(cells.filter((e) => e.attributes['class'] === 'cell concern')).toHaveLength(5);
    expect(elements.filter((e) => e.attributes['class'] === 'column')).toHaveLength(3);
    expect(elements.filter((e) => (e.attributes['class'] ?? '').startsWith('swatch '))).toHaveLength(5);
  });
});

/** WCAG 2.2 relative luminance of `#rrggbb`: sRGB channels linearised, weighted 0.2126, 0.7152, 0.0722. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** WCAG contrast ratio, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

describe('SVG pictures: readable without colour and with low vision', () => {
  it('the WCAG formula here gives the known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
    // #777777: channel 119/255 = 0.4667, linear ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845, so (1.05) / (0.2345) = 4.48.
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('every text in a profile cell has 4.5:1 against the cell it is drawn on', () => {
    // The unrated dash was #8a8a8a on white: luminance 0.2542, (1.05) / (0.3042) = 3.45:1.
    const svg = renderProfileChart([
      { schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-01-06', ratings: { 'physical.nutrition': 1, 'physical.housing': 3, 'physical.hygiene': 5, 'physical.health': 'not-scored' } },
    ]);
    const root = parseXml(svg);
    const defaultFill = root.attributes['fill'] as string;
    const grid = allElements(root).find((e) => e.attributes['class'] === 'grid') as XmlElement;
    const ratios: [string, number][] = [];
    let box: XmlElement | undefined;
    for (const el of grid.children) {
      if ((el.attributes['class'] ?? '').startsWith('cell ')) box = el;
      else if (el.name === 'text' && box !== undefined && !(el.attributes['class'] ?? '').startsWith('row-label')) {
        // A cell's text follows its box (and the band's mark): it is drawn on the box's fill.
        ratios.push([`${box.attributes['class']} ${el.text}`, contrast(el.attributes['fill'] ?? defaultFill, box.attributes['fill'] as string)]);
        box = undefined;
      }
    }
    expect(new Set(ratios.map(([what]) => what.split(' ')[1]))).toEqual(new Set(['unrated', 'not-scored', 'met', 'borderline', 'concern']));
    for (const [what, ratio] of ratios) expect(ratio, what).toBeGreaterThanOrEqual(4.5);
  });

  it('bands stay apart under simulated deuteranopia, protanopia and tritanopia', () => {
    // Machado, Oliveira and Fernandes (2009), severity 1, applied to linear RGB; distance CIE76 ΔE in CIELAB (D65).
    // The former green #a5d6a7 and red #ef9a9a came 6.2 apart under deuteranopia (about 2.3 is just noticeable,
    // 10 or more reads at a glance as different); 20 is asked of every pair, the not-scored grey included.
    const simulations: Record<string, number[][]> = {
      deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
      protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
      tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
    };
    const linear = (hex: string) => [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    const lab = ([r, g, b]: number[]) => {
      const clamp = (v: number) => Math.min(1, Math.max(0, v));
      const [R, G, B] = [clamp(r as number), clamp(g as number), clamp(b as number)];
      const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
      const x = f((0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047);
      const y = f(0.2126 * R + 0.7152 * G + 0.0722 * B);
      const z = f((0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883);
      return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
    };
    const root = parseXml(pictures['profile-chart']?.() ?? '');
    const fills = ['met', 'borderline', 'concern', 'not-scored'].map((band) => allElements(root).find((e) => e.attributes['class'] === `swatch ${band}`)?.attributes['fill'] as string);
    for (const [name, m] of Object.entries(simulations)) {
      const seen = fills.map((hex) => lab(m.map((row) => row.reduce((sum, k, j) => sum + k * (linear(hex)[j] as number), 0))));
      for (let i = 0; i < seen.length; i++) {
        for (let j = i + 1; j < seen.length; j++) {
          const distance = Math.hypot(...(seen[i] as number[]).map((v, k) => v - ((seen[j] as number[])[k] as number)));
          expect(distance, `${name}: ${fills[i]} and ${fills[j]}`).toBeGreaterThanOrEqual(20);
        }
      }
    }
  });

  it('the Star chart\'s spokes and stage rings, and the legend swatches\' outline, have 3:1 against what they are drawn on', () => {
    // The spokes and stage rings were #9aa5b1: 2.23:1 on the stage band #eef2f7; the swatch outline #9a9a9a, 2.81:1 on white.
    const star = allElements(parseXml(pictures['star-chart']?.() ?? ''));
    const bands = [...new Set(star.filter((e) => e.attributes['class'] === 'stage').map((e) => e.attributes['fill'] as string))];
    expect(bands.length).toBe(2);
    const spokes = star.find((e) => e.attributes['class'] === 'spokes')?.attributes['stroke'] as string;
    // The stage-end rings are the darker of the two kinds of ring.
    const rings = [...new Set(star.filter((e) => e.attributes['class'] === 'ring').map((e) => e.attributes['stroke'] as string))];
    const stageRing = rings.sort((a, b) => luminance(a) - luminance(b))[0] as string;
    for (const line of [spokes, stageRing]) for (const band of bands) expect(contrast(line, band), `${line} on ${band}`).toBeGreaterThanOrEqual(3);
    const profile = allElements(parseXml(pictures['profile-chart']?.() ?? ''));
    const outlines = new Set(profile.filter((e) => (e.attributes['class'] ?? '').startsWith('swatch ')).map((e) => e.attributes['stroke'] as string));
    expect(outlines.size).toBe(1);
    for (const outline of outlines) expect(contrast(outline, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('the Star chart tells the first reading from the latest by the shape of its points, not only their colour', () => {
    // The points were #6b6b6b and #1565c0, both filled: luminance 0.147 and 0.133, 1.08:1, so
    // in grey or to a colour-blind reader the same. Now the first is a hollow white ring: white
    // against the latest's #1565c0 is (1.05) / (0.1327 + 0.05) = 5.75:1, over the 3:1 for graphics.
    const root = parseXml(pictures['star-chart']?.() ?? '');
    const points = (kind: string) => allElements(root).filter((e) => e.attributes['class'] === `point ${kind}`);
    const [first] = points('first');
    const [latest] = points('latest');
    expect(contrast(first?.attributes['fill'] as string, latest?.attributes['fill'] as string)).toBeGreaterThanOrEqual(3);
    // The first's ring is the larger, so it still shows around an unchanged latest point.
    expect(Number(first?.attributes['r'])).toBeGreaterThan(Number(latest?.attributes['r']));
    // The legend shows each kind of point beside its line.
    const legend = allElements(root).find((e) => e.attributes['class'] === 'legend') as XmlElement;
    expect(legend.children.filter((e) => e.name === 'circle').map((e) => e.attributes['class'])).toEqual(['key first', 'key latest']);
  });

  it('a profile cell shows its band by a mark as well as by colour, and the legend shows the marks', () => {
    const root = parseXml(pictures['profile-chart']?.() ?? '');
    const grid = allElements(root).find((e) => e.attributes['class'] === 'grid') as XmlElement;
    const banded = grid.children.flatMap((e, i) => (/^cell (met|borderline|concern)$/.test(e.attributes['class'] ?? '') ? [i] : []));
    expect(banded.length).toBeGreaterThan(0);
    for (const i of banded) {
      const band = (grid.children[i]?.attributes['class'] ?? '').slice(5);
      const next = grid.children[i + 1];
      if (band === 'met') expect(next?.name).toBe('text');
      else expect(next?.attributes['class']).toBe(`mark ${band}`);
    }
    // A triangle for concern, a ring for borderline: shapes, not colours.
    expect(new Set(grid.children.filter((e) => e.attributes['class'] === 'mark concern').map((e) => e.name))).toEqual(new Set(['path']));
    expect(new Set(grid.children.filter((e) => e.attributes['class'] === 'mark borderline').map((e) => e.name))).toEqual(new Set(['circle']));
    const legend = allElements(root).find((e) => e.attributes['class'] === 'legend') as XmlElement;
    expect(legend.children.filter((e) => (e.attributes['class'] ?? '').startsWith('mark ')).map((e) => e.attributes['class'])).toEqual(['mark borderline', 'mark concern']);
  });
});

describe('SVG pictures: the data as text, and not scored told from not rated', () => {
  const physical = { 'physical.nutrition': 'not-scored', 'physical.housing': 'not-scored', 'physical.clothing': 'not-scored', 'physical.hygiene': 'not-scored', 'physical.health': 'not-scored' } as const;
  const history: Assessment[] = [
    { schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-01-06', ratings: { ...physical, 'safety.online': 3 } },
    { schemaVersion: 1, id: 'A-2', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-02-03', ratings: { 'physical.nutrition': 5, 'emotional.responsiveness': 1 } },
  ];

  it('an area whose sub-areas were rated not scored is drawn not scored, not as not rated', () => {
    const root = parseXml(renderProfileChart(history));
    const grid = allElements(root).find((e) => e.attributes['class'] === 'grid') as XmlElement;
    const label = grid.children.findIndex((e) => e.text === 'Physical care');
    // The Physical care row: its label, then A-1's cell (all five sub-areas not scored), then A-2's (nutrition 5).
    expect(grid.children[label + 1]?.attributes['class']).toBe('cell not-scored');
    expect(grid.children[label + 2]?.text).toBe('n/s');
    expect(grid.children[label + 3]?.attributes['class']).toBe('cell concern');
    // Emotional care: nothing rated in A-1, so not rated there.
    const emotional = grid.children.findIndex((e) => e.text === 'Emotional care');
    expect(grid.children[emotional + 1]?.attributes['class']).toBe('cell unrated');
  });

  it("the profile's description gives every cell's grade and band in words, by assessment", () => {
    const desc = parseXml(renderProfileChart(history)).children[1]?.text ?? '';
    // GCP2's default bands: met 1–2, borderline 3, concern 4–5; an area's grade is the worst of its sub-areas' by default.
    expect(desc).toContain('Grades, by assessment (A-1, A-2): Physical care (area): not scored, 5 (concern); Nutrition: not scored, 5 (concern); Housing: not scored, not rated;');
    expect(desc).toContain('Safety (area): 3 (borderline), not rated;');
    expect(desc).toContain('Safety online: 3 (borderline), not rated;');
    expect(desc).toContain('Emotional care (area): not rated, 1 (met); Responsiveness: not rated, 1 (met);');
    expect(desc.endsWith('Acceptance: not rated, not rated.')).toBe(true);
    // One assessment: no list of ids.
    const one = parseXml(renderProfileChart(history.slice(0, 1))).children[1]?.text ?? '';
    expect(one).toContain('Grades: Physical care (area): not scored; Nutrition: not scored;');
  });
});

describe('SVG pictures refuse', () => {

  it('mixed children, mixed instruments, the wrong family and an empty history, with OperationError codes', () => {
    expect((catchError(() => renderProfileChart([...of('A-101'), ...of('A-102')])) as OperationError).code).toBe('mixed-children');
    const gcp = { ...(of('A-101')[0] as Assessment), id: 'G', instrument: 'gcp', ratings: {}, areaGrades: {} };
    expect((catchError(() => renderProfileChart([...of('A-101'), gcp])) as OperationError).code).toBe('mixed-instruments');
    // The Star chart too: readings of two children (C-101's and C-106's), or C-101's readings beside its GCP2 assessments.
    expect((catchError(() => renderStarChart([...of('S-101'), ...of('S-106')])) as OperationError).code).toBe('mixed-children');
    expect((catchError(() => renderStarChart([...of('S-101'), ...of('A-101')])) as OperationError).code).toBe('mixed-instruments');
    expect((catchError(() => renderProfileChart(of('S-101'))) as OperationError).code).toBe('wrong-family');
    expect((catchError(() => renderStarChart(of('A-101'))) as OperationError).code).toBe('wrong-family');
    expect((catchError(() => renderStarChart([])) as OperationError).code).toBe('empty-history');
    expect(catchError(() => renderStarChart([])) as OperationError).toBeInstanceOf(OperationError);
  });

  it('records that disagree on the date of birth (conflicting-child) and duplicate ids, as their @throws say', () => {
    const [first, second] = of('S-101') as [Assessment, Assessment];
    const otherBirth = { ...second, child: { ...second.child, dateOfBirth: '2019-03-15' } };
    expect((catchError(() => renderStarChart([first, otherBirth])) as OperationError).code).toBe('conflicting-child');
    const [a, b] = of('A-101') as [Assessment, Assessment];
    expect((catchError(() => renderProfileChart([a, { ...b, child: { ...b.child, dateOfBirth: '2019-03-15' } }])) as OperationError).code).toBe('conflicting-child');
    expect((catchError(() => renderProfileChart([a, { ...b, id: a.id }])) as AssessmentError).issues[0]?.path).toEqual([1, 'id']);
  });

  it('an invalid assessment, naming its place in the history and the path', () => {
    const bad = { ...(of('A-101')[0] as Assessment), ratings: { 'physical.nutrition': 6 } };
    const error = catchError(() => renderProfileChart([bad])) as AssessmentError;
    expect(error).toBeInstanceOf(AssessmentError);
    expect(error.issues[0]?.path).toEqual([0, 'ratings', 'physical.nutrition']);
  });

  it.each([
    ['a null instrument', { instruments: [null] }, ['instruments', 0]],
    // eslint-disable-next-line no-sparse-arrays
    ['a hole among the instruments', { instruments: [, null] }, ['instruments', 0]],
    ['instruments that are not an array', { instruments: 'gcp2' }, ['instruments']],
    ['options that are not an object', 42, []],
  ])('%s, as an OptionsError (was a TypeError for instruments)', (_what, options, path) => {
    for (const draw of [() => renderStarChart(of('S-101'), options as never), () => renderProfileChart(of('A-101'), options as never)]) {
      const error = catchError(draw) as OptionsError;
      expect(error).toBeInstanceOf(OptionsError);
      expect(error.issues[0]?.path).toEqual(path);
    }
  });

  it('an option the picture does not take (a misspelt name), naming it', () => {
    const star = catchError(() => renderStarChart(of('S-101'), { titel: 'Star' } as never)) as OptionsError;
    expect(star).toBeInstanceOf(OptionsError);
    expect(star.issues.map((i) => i.path)).toEqual([['titel']]);
    // Scoring options are the profile's, not the Star chart's.
    expect((catchError(() => renderStarChart(of('S-101'), { aggregation: 'mode-worse' } as never)) as OptionsError).issues[0]?.path).toEqual(['aggregation']);
    const profile = catchError(() => renderProfileChart(of('A-101'), { band: { met: { min: 1, max: 2 } } } as never)) as OptionsError;
    expect(profile).toBeInstanceOf(OptionsError);
    expect(profile.issues[0]?.path).toEqual(['band']);
  });

  it('passes the scoring options on to the profile, and takes the picture options alongside', () => {
    const bands = { met: { min: 1, max: 1 }, borderline: { min: 2, max: 3 }, concern: { min: 4, max: 5 } };
    const svg = renderProfileChart(of('A-101'), { bands, title: 'Strict profile', idPrefix: 'strict' });
    expect(svg).toContain('borderline (2–3)');
    expect(svg).toContain('<title id="strict-title">Strict profile</title>');
  });

  it.each([
    ['a number', 42],
    ['empty', ''],
    ['only spaces', '  \n '],
    ['over 200 characters', 'T'.repeat(201)],
    // Each of these was taken, while one of spaces was refused: a heading that shows nothing.
    ['only control characters', '\u0001\u0002'],
    ['only a zero-width space', '\u200B'],
    ['only a bidi override', '\u202E'],
    ['only a soft hyphen and a Hangul filler', '\u00AD\u3164'],
    // And these were written with U+FFFD in place of what was given.
    ['text with a control character', 'Child\u0007 A'],
    ['text with a lone surrogate', 'Child \uD800'],
  ])('a title that is %s, naming title (a number was an OperationError from escapeXml)', (_what, title) => {
    for (const draw of [() => renderStarChart(of('S-101'), { title } as never), () => renderProfileChart(of('A-101'), { title } as never)]) {
      const error = catchError(draw) as OptionsError;
      expect(error).toBeInstanceOf(OptionsError);
      expect(error.issues.map((i) => i.path)).toEqual([['title']]);
    }
  });

  it('a title of 200 characters, emoji counted as one, is taken whole into <title>', () => {
    const title = '😀'.repeat(200);
    expect(renderStarChart(of('S-101'), { title, idPrefix: 'emoji' })).toContain(`<title id="emoji-title">${title}</title>`);
  });

  it('pictures without an id prefix of their own get ids of their own: different pictures never share them, the same one keeps them', () => {
    // The default was fixed (gc-star, gc-profile): two pictures on one page shared ids, and a
    // browser named and described the second by the first's <title> and <desc>.
    const idsOf = (svg: string) => allElements(parseXml(svg)).flatMap((e) => (e.attributes['id'] === undefined ? [] : [e.attributes['id']]));
    const drawn = [
      renderStarChart(of('S-101')),
      renderStarChart(withChild(of('S-101'), 'C-other')),
      renderStarChart(of('S-106-2')),
      renderProfileChart(of('A-101')),
      renderProfileChart(of('A-102')),
      renderProfileChart(of('A-101'), { bands: { met: { min: 1, max: 1 }, borderline: { min: 2, max: 3 }, concern: { min: 4, max: 5 } } }),
    ];
    const ids = drawn.flatMap(idsOf);
    expect(ids).toHaveLength(2 * drawn.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^gc-(star|profile)-[0-9a-z]{1,7}-(title|desc)$/);
    // Deterministic: the same input, in any order, gives the same ids.
    expect(idsOf(renderStarChart([...of('S-101')].reverse()))).toEqual(idsOf(drawn[0] as string));
    // A prefix given is used as it is; null is no prefix, as before.
    expect(idsOf(renderProfileChart(of('A-101'), { idPrefix: 'mine' }))).toEqual(['mine-title', 'mine-desc']);
    expect(renderProfileChart(of('A-101'), { idPrefix: null } as never)).toBe(drawn[3]);
  });

  it('an id prefix that is not an XML id', () => {
    const error = catchError(() => renderStarChart(of('S-101'), { idPrefix: '1 "x"' })) as OptionsError;
    expect(error).toBeInstanceOf(OptionsError);
    expect(error.issues[0]?.path).toEqual(['idPrefix']);
  });
});
