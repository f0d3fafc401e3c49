import type { ParseOptions } from '../contract/parse.js';
import type { Assessment } from '../contract/types.js';
import { optionNames, optionsObject } from '../internal/option-checks.js';
import { scoreWith } from '../score/score.js';
import type { StarScore } from '../score/types.js';
import { areaLabels } from './area-labels.js';
import { checkHistory } from './history.js';
import { namedStages, numberedGrades } from './star-scale.js';
import { escapeXml, fitText, idPrefixOf, isolate, num, type PictureOptions, svgDocument, text, textWidth, titleOf } from './xml.js';

/** Options of {@link renderStarChart}. */
export interface StarChartOptions extends PictureOptions, ParseOptions {}

const STAR_CHART_OPTION_NAMES = optionNames<StarChartOptions>()(['title', 'idPrefix', 'instruments']);

const WIDTH = 600;
const HEIGHT = 620;
/** The margin text keeps from the picture's left and right edges. */
const MARGIN = 16;
const LEGEND_X = 208;
const CX = 300;
const CY = 316;
const RADIUS = 180;
/*
 * The first reading dashed grey with hollow points, the latest solid blue with filled points:
 * told apart by line and point shape, not by colour alone (the grey and the blue are 1.1:1).
 */
const FIRST = { stroke: '#6b6b6b', fill: 'none', dash: ' stroke-dasharray="6 4"', point: '#ffffff' };
const LATEST = { stroke: '#1565c0', fill: '#1565c0', dash: '', point: '#1565c0' };
/**
 * The spokes and the rings where a stage ends: the chart's structure, so 3:1 or more against
 * both stage bands (3.26:1 on #eef2f7). The rings between, reading guides only, stay light.
 */
const STRUCTURE = '#7b8794';

/**
 * A reading's point: filled for the latest, a larger hollow ring for the first, so that a
 * first point under an unchanged latest one still shows around it.
 */
function point(kind: 'first' | 'latest', x: string, y: string, role = 'point'): string {
  const style = kind === 'first' ? FIRST : LATEST;
  return `<circle class="${role} ${kind}" cx="${x}" cy="${y}" r="${kind === 'first' ? 6 : 4}" fill="${style.point}" stroke="${style.stroke}" stroke-width="1.5"/>`;
}

/** A legend line, `First: 2025-01-20 (S-1)`, its assessment id shortened so that the line ends inside the picture. */
function legendLine(lead: string, assessmentId: string): string {
  const room = WIDTH - MARGIN - LEGEND_X - textWidth(`${lead} ()`, 12);
  return `${lead} (${isolate(fitText(assessmentId, room, 12))})`;
}

/**
 * Draws a Star chart as a self-contained SVG string: one spoke per Star area, a ring per
 * reading with the Journey of Change stages shaded and named, and the first and the latest
 * reading of the child overlaid (the first dashed grey with hollow points, the latest solid
 * blue with filled points; readings in
 * between are not drawn). An area not scored in a reading gets no point, and the outline
 * joins the scored ones. `<title>` and `<desc>` (which lists every area's first and latest
 * reading and stage) make it accessible; all text is escaped, and user text (ids, titles) is
 * set in a bidi isolate where it holds right-to-left letters or bidi controls. The same input
 * always gives the same text, in Node and in the browser; 600 × 620 px. Area names stay
 * inside the picture and clear of each other for up to 30 areas: names that would run into a
 * neighbour are shortened with `…` (the description keeps them whole). Beyond that, short
 * names can touch. On a long scale (a defined Star of 0–100) only every 2nd, 5th or 10th grade
 * gets a number and a guide ring, and a stage name that would touch the one below is left out.
 *
 * @throws {@link graded-care!AssessmentError} for an invalid reading or duplicate ids; {@link graded-care!OperationError} with code
 * `empty-history`, `mixed-children`, `mixed-instruments`, `conflicting-child` (records that
 * disagree on the date of birth), or `wrong-family` for a GCP assessment; {@link graded-care!OptionsError} for options that are not an object, an option it
 * does not take (a misspelt name), `instruments` that are not instruments from
 * `defineInstrument`, or a bad `title` or `idPrefix`.
 * @example
 * ```ts
 * const svg = renderStarChart([
 *   { schemaVersion: 1, id: 'S-1', instrument: 'family-star-plus', child: { id: 'C-1' }, assessedOn: '2025-01-20', ratings: { 'physical-health': 3 } },
 *   { schemaVersion: 1, id: 'S-2', instrument: 'family-star-plus', child: { id: 'C-1' }, assessedOn: '2025-07-28', ratings: { 'physical-health': 6 } },
 * ]);
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="620"'); // true
 * /<title id="gc-star-\w+-title">Family Star Plus of child C-1<\/title>/.test(svg); // true (an id prefix of its own)
 * ```
 */
export function renderStarChart(readings: readonly Assessment[], options?: StarChartOptions): string {
  // Checked first: an options object of known names (a misspelt one is refused), and its instruments (`[null]` would fail deep in the lookup).
  options = optionsObject(options, STAR_CHART_OPTION_NAMES);
  const prefix = idPrefixOf(options);
  const givenTitle = titleOf(options);
  // The options are checked above; parsing and scoring read only their own among them.
  const { assessments, instrument } = checkHistory(readings, 'star', 'renderStarChart', options);
  const scores = assessments.map((a) => scoreWith(a, options) as StarScore);
  const first = scores[0] as StarScore;
  const latest = scores[scores.length - 1] as StarScore;
  const drawn = scores.length > 1 ? [first, latest] : [latest];
  const { min, max } = instrument.scale;
  const steps = max - min + 1;
  const radius = (reading: number) => (RADIUS * (reading - min + 1)) / steps;
  const areas = instrument.areas;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / areas.length;
  const at = (i: number, r: number) => `${num(CX + r * Math.cos(angle(i)))},${num(CY + r * Math.sin(angle(i)))}`;

  const body: string[] = [];
  const title = givenTitle === undefined ? `${isolate(instrument.title)} of child ${isolate(first.childId)}` : isolate(givenTitle);
  // The heading is shortened to fit (a child id may be 100 wide characters); <title> keeps it whole.
  body.push(text(WIDTH / 2, 30, fitText(title, WIDTH - 2 * MARGIN, 17, true), ' text-anchor="middle" font-size="17" font-weight="600"'));
  const when = scores.length > 1 ? `First reading ${first.assessedOn} · latest ${latest.assessedOn} (${scores.length} readings)` : `Reading of ${latest.assessedOn}`;
  body.push(text(WIDTH / 2, 52, fitText(when, WIDTH - 2 * MARGIN, 12), ' text-anchor="middle" fill="#444444"'));

  // Stage bands, outermost first, shaded in turn; then a ring per numbered grade, and darker at stage ends.
  const stages = [...instrument.stages].reverse();
  body.push('<g class="stages">');
  stages.forEach((stage, i) => {
    body.push(`<circle class="stage" cx="${CX}" cy="${CY}" r="${num(radius(stage.max))}" fill="${i % 2 === 0 ? '#eef2f7' : '#f9fafb'}"/>`);
  });
  body.push('</g>', '<g class="rings" fill="none">');
  const stageEnds = new Set(instrument.stages.map((s) => s.max));
  const numbered = numberedGrades(min, max, RADIUS / steps);
  for (let v = min; v <= max; v++) {
    if (stageEnds.has(v) || numbered.includes(v)) body.push(`<circle class="ring" cx="${CX}" cy="${CY}" r="${num(radius(v))}" stroke="${stageEnds.has(v) ? STRUCTURE : '#d5dbe1'}"/>`);
  }
  body.push('</g>', `<g class="spokes" stroke="${STRUCTURE}">`);
  areas.forEach((_, i) => body.push(`<line class="spoke" x1="${CX}" y1="${CY}" x2="${at(i, RADIUS).replace(',', '" y2="')}"/>`));
  body.push('</g>');

  // Scale numbers to the left of the first spoke, stage names to its right.
  body.push('<g class="scale" font-size="9" fill="#5f6b76" text-anchor="end">');
  for (const v of numbered) body.push(text(CX - 4, CY - radius(v) + 3, String(v)));
  body.push('</g>', '<g class="stage-labels" font-size="10" fill="#3d4751">');
  const middleOf = (stage: (typeof stages)[number]) => (radius(stage.min - 1) + radius(stage.max)) / 2;
  for (const stage of namedStages(instrument.stages, middleOf)) {
    body.push(text(CX + 5, CY - middleOf(stage) + 3, isolate(fitText(stage.title, WIDTH - MARGIN - (CX + 5), 10)), ' class="stage-label"'));
  }
  body.push('</g>');

  // Readings: an outline through the scored areas and a point on each.
  drawn.forEach((score, d) => {
    const style = d === drawn.length - 1 ? LATEST : FIRST;
    const kind = d === drawn.length - 1 ? 'latest' : 'first';
    const points: string[] = [];
    const dots: string[] = [];
    areas.forEach((area, i) => {
      const reading = score.areas[area.id]?.reading;
      if (reading === null || reading === undefined) return;
      const [x, y] = at(i, radius(reading)).split(',');
      points.push(`${x},${y}`);
      dots.push(point(kind, x as string, y as string));
    });
    const fill = style.fill === 'none' ? 'none' : `${style.fill}" fill-opacity="0.15`;
    body.push(`<g class="reading ${kind}" data-assessment="${escapeXml(score.assessmentId)}">`);
    if (points.length > 1) body.push(`<polygon points="${points.join(' ')}" fill="${fill}" stroke="${style.stroke}" stroke-width="2.5"${style.dash}/>`);
    body.push(...dots, '</g>');
  });

  // Area names around the outside.
  body.push('<g class="area-labels" font-size="12">');
  body.push(...areaLabels(areas.map((area) => area.title), { width: WIDTH, cx: CX, cy: CY, radius: RADIUS }));
  body.push('</g>');

  // Legend.
  body.push('<g class="legend">');
  drawn.forEach((score, d) => {
    const style = d === drawn.length - 1 ? LATEST : FIRST;
    const label = d === drawn.length - 1 ? (drawn.length > 1 ? 'Latest' : 'Reading') : 'First';
    const y = HEIGHT - 42 + d * 22;
    body.push(`<line x1="${LEGEND_X - 38}" y1="${y - 4}" x2="${LEGEND_X - 8}" y2="${y - 4}" stroke="${style.stroke}" stroke-width="2.5"${style.dash}/>`);
    body.push(point(d === drawn.length - 1 ? 'latest' : 'first', num(LEGEND_X - 23), num(y - 4), 'key'));
    body.push(text(LEGEND_X, y, legendLine(`${label}: ${score.assessedOn}`, score.assessmentId)));
  });
  body.push('</g>');

  const describe = areas.map((area) => {
    const f = first.areas[area.id];
    const l = latest.areas[area.id];
    const show = (s: typeof f) =>
      s?.reading == null ? (s?.status === 'not-scored' ? 'not scored' : 'not rated') : `${s.reading} (${isolate(instrument.stages.find((st) => st.id === s.stage)?.title ?? String(s.stage))})`;
    return scores.length > 1 ? `${isolate(area.title)}: ${show(f)} → ${show(l)}` : `${isolate(area.title)}: ${show(l)}`;
  });
  const desc = `${isolate(instrument.title)} readings of child ${isolate(first.childId)}, ${when.charAt(0).toLowerCase()}${when.slice(1)}. One spoke per area, scale ${min}–${max} from the centre out. ${describe.join('; ')}.`;
  return svgDocument({ width: WIDTH, height: HEIGHT, prefix, defaultPrefix: 'gc-star', kind: 'star-chart', title, desc, body });
}
