import { describe, expect, it } from 'vitest';
import { defineInstrument, getInstrument } from '../../src/index.js';
import { renderStarChart } from '../../src/svg/index.js';
import { textWidth } from '../../src/svg/xml.js';
import { allElements, parseXml } from '../support/xml.js';

/*
 * With an odd number of areas, two labels sit side by side under the chart, both centred on
 * their spokes, 40 to 70 px apart at 17 to 30 areas. Each label could shrink only to 15 % of
 * its room (about 80 px for a centred label), so at 21 Family Star Plus names "Physical h…"
 * ran into "Your well-…" (and Chromium drew them overlapping). The boxes here are worked out
 * from the drawn SVG alone: each line's width by the estimate the pictures use (an upper bound
 * of the browser's, which the browser test checks), an em above its baseline and a quarter
 * below, as the layout promises.
 */
const names = getInstrument('family-star-plus').areas.map((area) => area.title);
const longer = names.map((name) => `${name} of the family and children`);

function boxes(svg: string): { text: string; left: number; right: number; top: number; bottom: number }[] {
  return allElements(parseXml(svg))
    .filter((e) => e.attributes['class'] === 'area-label')
    .map((label) => {
      const anchor = label.attributes['text-anchor'];
      const lines = label.children.map((line) => {
        const x = Number(line.attributes['x']);
        const y = Number(line.attributes['y']);
        const width = textWidth(line.text, 12);
        const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
        return { left, right: left + width, top: y - 12, bottom: y + 3 };
      });
      return {
        text: label.children.map((line) => line.text).join(' '),
        left: Math.min(...lines.map((l) => l.left)),
        right: Math.max(...lines.map((l) => l.right)),
        top: Math.min(...lines.map((l) => l.top)),
        bottom: Math.max(...lines.map((l) => l.bottom)),
      };
    });
}

describe('Star area labels', () => {
  it.each([
    [17, longer], [19, longer], [21, names], [23, names], [25, names], [27, longer], [29, names], [30, longer],
  ] as const)('stay clear of each other and inside the picture with %i areas', (count, titles) => {
    const star = defineInstrument({
      id: `star-of-${count}`, edition: '1', title: `Star of ${count}`, family: 'star', direction: 'higher-is-better', scale: { min: 1, max: 10 },
      areas: Array.from({ length: count }, (_, i) => ({ id: `area-${i}`, title: titles[i % titles.length] as string })),
      stages: [{ id: 'low', title: 'Low', min: 1, max: 5 }, { id: 'high', title: 'High', min: 6, max: 10 }],
    });
    const reading = { schemaVersion: 1, id: 'S-1', instrument: star.id, child: { id: 'C-1' }, assessedOn: '2025-01-06', ratings: { 'area-0': 3 } } as const;
    const labels = boxes(renderStarChart([reading], { instruments: [star] }));
    expect(labels).toHaveLength(count);
    const clashes: string[] = [];
    for (const [i, a] of labels.entries()) {
      if (a.left < 0 || a.right > 600) clashes.push(`${a.text} outside`);
      for (const b of labels.slice(i + 1)) {
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) clashes.push(`${a.text} × ${b.text}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});
