/**
 * The Star chart's area names around its rings: each at the end of its spoke, in at most two
 * lines, shortened with `…` where it would leave the picture or run into a neighbour, each
 * line isolated as user text (see `isolate`).
 *
 * @module
 */
import { escapeXml, fitText, isolate, num, textWidth } from './xml.js';

/** Where the labels go: the picture's width and the rings' centre and radius. */
export interface LabelRing {
  readonly width: number;
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
}

const FONT_SIZE = 12;
const LINE = 14;
/** How far area labels keep from the picture's left and right edges. */
const LABEL_EDGE = 4;
/** The least space kept between two labels' boxes. */
const GAP = 2;
/**
 * Shares of a label's room tried in turn when it would run into a neighbour. They go down to
 * a few per cent: a centred label at the top or bottom has room for twice the distance to the
 * nearer edge (about 530 px), while with 17 to 30 areas its neighbour is 40 to 70 px away
 * (15 % of that room, the smallest share once, still ran the two into each other).
 */
const SHRINK = [1, 0.8, 0.65, 0.5, 0.4, 0.3, 0.22, 0.15, 0.1, 0.07, 0.05, 0.03];

type Anchor = 'start' | 'middle' | 'end';

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * The room, in pixels, that an area label at `x` with `anchor` has before the picture's edge
 * (less 4 px). Side labels sit outside the rings, where the 16 px margin would cut names as
 * short as "emotional needs".
 */
function roomAt(x: number, anchor: Anchor, width: number): number {
  const left = x - LABEL_EDGE;
  const right = width - LABEL_EDGE - x;
  return anchor === 'start' ? right : anchor === 'end' ? left : 2 * Math.min(left, right);
}

/**
 * An area label in at most two lines: split at the space nearest its middle when it is long
 * or would not fit on one line, each line shortened with `…` to fit `room` pixels.
 */
function lines(label: string, room: number): string[] {
  if (label.length <= 16 && textWidth(label, FONT_SIZE) <= room) return [label];
  const middle = label.length / 2;
  let best = -1;
  for (let i = 0; i < label.length; i++) if (label[i] === ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  const parts = best < 0 ? [label] : [label.slice(0, best), label.slice(best + 1)];
  return parts.map((part) => fitText(part, room, FONT_SIZE));
}

/** The box a label's lines take, by {@link textWidth} (never less than the browser draws Latin text). */
function boxOf(parts: readonly string[], x: number, anchor: Anchor, top: number): Box {
  const width = Math.max(...parts.map((p) => textWidth(p, FONT_SIZE)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // A line reaches about an em above its baseline and a quarter of one below.
  return { left, right: left + width, top: top - FONT_SIZE, bottom: top + (parts.length - 1) * LINE + FONT_SIZE / 4 };
}

function apart(a: Box, b: Box): boolean {
  return a.right + GAP <= b.left || b.right + GAP <= a.left || a.bottom + GAP <= b.top || b.bottom + GAP <= a.top;
}

/**
 * The `<text>` of each area label, in area order. Each label has candidates, from its whole
 * room down to 3 % of it, in two lines and in one; every label starts with its first,
 * and while labels' boxes run into each other, each label in a clash steps down to its next.
 * So neighbours give way alike and labels clear of others stay whole: with 24 Family Star
 * Plus names, the crowded ones are shortened with `…` rather than drawn over each other
 * (they overlapped). With far more areas than a Star has, the shortest labels can still touch.
 */
export function areaLabels(titles: readonly string[], ring: LabelRing): string[] {
  const labels = titles.map((title, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / titles.length;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const anchor: Anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const x = ring.cx + (ring.radius + 12) * cos;
    const room = roomAt(x, anchor, ring.width);
    // Labels above the centre grow upwards, labels below grow downwards.
    const topOf = (count: number) => ring.cy + (ring.radius + 14) * sin + (sin < -0.2 ? -(count - 1) * LINE : sin > 0.2 ? 8 : 4 - (count - 1) * 7);
    const tried = SHRINK.flatMap((share) => [lines(title, room * share), [fitText(title, room * share, FONT_SIZE)]]);
    // A label cut to "…" alone says nothing: it keeps at least its first character.
    const kept = tried.filter((parts) => parts.some((part) => part !== '…'));
    const candidates = (kept.length > 0 ? kept : tried.slice(0, 1)).map((parts) => ({ parts, top: topOf(parts.length), box: boxOf(parts, x, anchor, topOf(parts.length)) }));
    return { x, anchor, candidates };
  });
  const step = labels.map(() => 0);
  const at = (i: number) => {
    const { candidates } = labels[i] as (typeof labels)[number];
    return candidates[step[i] as number] as (typeof candidates)[number];
  };
  for (let moved = true; moved; ) {
    const clashing = new Set<number>();
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        if (!apart(at(i).box, at(j).box)) clashing.add(i).add(j);
      }
    }
    moved = false;
    for (const i of clashing) {
      if ((step[i] as number) < (labels[i] as (typeof labels)[number]).candidates.length - 1) {
        step[i] = (step[i] as number) + 1;
        moved = true;
      }
    }
  }
  return labels.map(({ x, anchor }, i) => {
    const { parts, top } = at(i);
    const tspans = parts.map((p, k) => `<tspan x="${num(x)}" y="${num(top + k * LINE)}">${escapeXml(isolate(p))}</tspan>`).join('');
    return `<text class="area-label" text-anchor="${anchor}">${tspans}</text>`;
  });
}
