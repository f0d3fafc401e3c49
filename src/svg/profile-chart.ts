import type { Assessment } from '../contract/types.js';
import type { Band, Bands } from '../instruments/types.js';
import { optionNames, optionsObject } from '../internal/option-checks.js';
import { scoreWith, type ScoreOptions } from '../score/score.js';
import type { GcpScore } from '../score/types.js';
import { checkHistory } from './history.js';
import { escapeXml, fitText, idPrefixOf, isolate, num, type PictureOptions, svgDocument, text, titleOf } from './xml.js';

/** Options of {@link renderProfileChart}: picture options and scoring options (bands, aggregation). */
export interface ProfileChartOptions extends PictureOptions, ScoreOptions {}

const PROFILE_CHART_OPTION_NAMES = optionNames<ProfileChartOptions>()(['title', 'idPrefix', 'instruments', 'aggregation', 'bands', 'needs']);

const LABELS = 232;
const COLUMN = 92;
const ROW = 24;
const TOP = 118;
/*
 * Band fills, told apart by people with colour-vision deficiency: blue, amber and salmon stay
 * distinct under simulated deuteranopia, protanopia and tritanopia (the former green and red
 * became one khaki under deuteranopia), and dark text on each passes 7:1. Colour is never the
 * only cue: borderline and concern cells also carry a mark (see `mark`).
 */
const BAND_FILL: Readonly<Record<Band, string>> = { met: '#89bff5', borderline: '#f0c442', concern: '#f48771' };
const NOT_SCORED = '#d9d9d9';
/** The text of an unrated cell's dash: 5.7:1 on white (it was #8a8a8a, 3.4:1). */
const UNRATED_TEXT = '#666666';
/** The legend swatches' outline, which alone shows the white "not rated" swatch: 3.69:1 on white (it was #9a9a9a, 2.81:1). */
const SWATCH_OUTLINE = '#858585';

function range({ min, max }: { min: number; max: number }): string {
  return min === max ? `${min}` : `${min}–${max}`;
}

/**
 * A band's mark, centred on (`cx`, `cy`), so that the band shows without colour: a filled
 * triangle for concern, a ring for borderline, none for met.
 */
function mark(band: Band, cx: number, cy: number): string {
  if (band === 'concern') return `<path class="mark concern" d="M${num(cx)} ${num(cy - 5)}L${num(cx + 5)} ${num(cy + 4)}L${num(cx - 5)} ${num(cy + 4)}Z" fill="#1b1b1b"/>`;
  if (band === 'borderline') return `<circle class="mark borderline" cx="${num(cx)}" cy="${num(cy)}" r="3.5" fill="none" stroke="#1b1b1b" stroke-width="1.5"/>`;
  return '';
}

/** One grid cell: a band-coloured box with the grade and the band's mark, a grey one for not scored, an outline for unrated. */
function cell(x: number, y: number, grade: number | null, band: Band | null, notScored: boolean, strong: boolean): string {
  const box = `x="${num(x + 3)}" y="${num(y + 2)}" width="${COLUMN - 6}" height="${ROW - 4}" rx="3"`;
  if (grade !== null && band !== null) {
    return `<rect class="cell ${band}" ${box} fill="${BAND_FILL[band]}"/>${mark(band, x + 16, y + ROW / 2)}${text(x + COLUMN / 2, y + ROW / 2 + 4, String(grade), ` text-anchor="middle"${strong ? ' font-weight="700"' : ''}`)}`;
  }
  if (notScored) return `<rect class="cell not-scored" ${box} fill="${NOT_SCORED}"/>${text(x + COLUMN / 2, y + ROW / 2 + 4, 'n/s', ' text-anchor="middle" fill="#555555"')}`;
  return `<rect class="cell unrated" ${box} fill="#ffffff" stroke="#c4c4c4"/>${text(x + COLUMN / 2, y + ROW / 2 + 4, '–', ` text-anchor="middle" fill="${UNRATED_TEXT}"`)}`;
}

/**
 * Draws a GCP profile as a self-contained SVG string: a row per sub-area under a row per
 * area (its derived grade), a column per assessment of the child in date order, each cell
 * the grade coloured by band (met, borderline, concern; grey for not scored, an outline for
 * not rated; an area with no grade is not scored when a sub-area of it is marked not scored,
 * else not rated) and marked by band (a triangle for concern, a ring for borderline), with a
 * legend of the bands' grade ranges. `<title>` and
 * `<desc>` (which names the latest concerns and gives every cell's grade and band in words)
 * make it accessible; all text is escaped, and user text (ids, titles) is set in a bidi
 * isolate where it holds right-to-left letters or bidi controls. The same input always gives
 * the same text, in Node and in the browser; 600 px wide for up to three assessments, wider
 * beyond (616 px for four, 92 px more for each further one).
 *
 * `history` holds assessments of one child with one GCP-family instrument, in any order:
 * they are sorted by `assessedOn`, then `id`.
 *
 * @throws {@link graded-care!AssessmentError} for an invalid assessment or duplicate ids; {@link graded-care!OperationError} with code
 * `empty-history`, `mixed-children`, `mixed-instruments`, `conflicting-child` (records that
 * disagree on the date of birth), or `wrong-family` for a Star;
 * {@link graded-care!OptionsError} for options that are not an object, an option it does not take
 * (a misspelt name), `instruments` that are not instruments from `defineInstrument`, bad scoring
 * options or a bad `title` or `idPrefix`.
 * @example
 * ```ts
 * const svg = renderProfileChart([
 *   { schemaVersion: 1, id: 'A-2', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-04-14', ratings: { 'physical.nutrition': 3 } },
 *   { schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-01-13', ratings: { 'physical.nutrition': 4 } },
 * ]);
 * /<title id="gc-profile-\w+-title">Graded Care Profile 2 profile of child C-1<\/title>/.test(svg); // true (an id prefix of its own)
 * (svg.match(/class="cell concern"/g) ?? []).length; // 2 (nutrition and the physical area, in A-1)
 * ```
 */
export function renderProfileChart(history: readonly Assessment[], options?: ProfileChartOptions): string {
  // Checked first: an options object of known names (a misspelt one is refused), and its instruments (`[null]` would fail deep in the lookup).
  options = optionsObject(options, PROFILE_CHART_OPTION_NAMES);
  const prefix = idPrefixOf(options);
  const givenTitle = titleOf(options);
  // The options are checked above; scoring reads only its own among them.
  const { assessments, instrument } = checkHistory(history, 'gcp', 'renderProfileChart', options);
  const scores = assessments.map((a) => scoreWith(a, options) as GcpScore);
  const first = scores[0] as GcpScore;
  const latest = scores[scores.length - 1] as GcpScore;
  const bands = first.bands as Bands;
  const rows = instrument.areas.reduce((n, area) => n + 1 + area.subAreas.length, 0);
  const width = Math.max(600, LABELS + COLUMN * scores.length + 16);
  const legendTop = TOP + rows * ROW + 22;
  const height = legendTop + 46;

  const body: string[] = [];
  const title = givenTitle === undefined ? `${isolate(instrument.title)} profile of child ${isolate(first.childId)}` : isolate(givenTitle);
  // The heading is shortened to fit (a child id may be 100 wide characters); <title> keeps it whole.
  body.push(text(16, 30, fitText(title, width - 32, 17, true), ' font-size="17" font-weight="600"'));
  const span =
    scores.length === 1
      ? `Assessment of ${first.assessedOn}`
      : first.assessedOn === latest.assessedOn
        ? `${scores.length} assessments of ${first.assessedOn}`
        : `${scores.length} assessments, ${first.assessedOn} to ${latest.assessedOn}`;
  body.push(text(16, 52, span, ' fill="#444444"'));

  body.push('<g class="columns" font-size="11" text-anchor="middle">');
  scores.forEach((score, c) => {
    const x = LABELS + c * COLUMN + COLUMN / 2;
    const kind = assessments[c]?.kind;
    body.push(`<g class="column" data-assessment="${escapeXml(score.assessmentId)}">`);
    body.push(text(x, TOP - 38, score.assessedOn, ' font-weight="600"'));
    body.push(text(x, TOP - 24, isolate(fitText(score.assessmentId, COLUMN - 8, 11)), ' fill="#333333"'));
    if (kind !== undefined) body.push(text(x, TOP - 10, kind, ' fill="#666666"'));
    body.push('</g>');
  });
  body.push('</g>');

  // What each cell shows, in words, for the description: a screen reader does not read an image's cells.
  const said: string[] = [];
  const inWords = (result: { grade: number | null; band: Band | null } | undefined, notScored: boolean) =>
    result?.grade != null && result.band !== null ? `${result.grade} (${result.band})` : notScored ? 'not scored' : 'not rated';
  body.push('<g class="grid">');
  let y = TOP;
  for (const area of instrument.areas) {
    body.push(`<rect class="area-row" x="8" y="${y}" width="${width - 16}" height="${ROW}" fill="#f1f3f5"/>`);
    body.push(text(16, y + ROW / 2 + 4, isolate(fitText(area.title, LABELS - 16 - 8, 12, true)), ' class="row-label area" font-weight="700"'));
    // An area with no grade is not scored when any of its sub-areas was rated not scored (it was looked at), else not rated.
    const areaNotScored = scores.map((score) => area.subAreas.some((sub) => score.subAreas[sub.id]?.status === 'not-scored'));
    scores.forEach((score, c) => {
      const result = score.areas[area.id];
      body.push(cell(LABELS + c * COLUMN, y, result?.grade ?? null, result?.band ?? null, areaNotScored[c] === true, true));
    });
    said.push(`${isolate(area.title)} (area): ${scores.map((score, c) => inWords(score.areas[area.id], areaNotScored[c] === true)).join(', ')}`);
    y += ROW;
    for (const sub of area.subAreas) {
      body.push(text(28, y + ROW / 2 + 4, isolate(fitText(sub.title, LABELS - 28 - 8, 12)), ' class="row-label sub-area"'));
      scores.forEach((score, c) => {
        const result = score.subAreas[sub.id];
        body.push(cell(LABELS + c * COLUMN, y, result?.grade ?? null, result?.band ?? null, result?.status === 'not-scored', false));
      });
      said.push(`${isolate(sub.title)}: ${scores.map((score) => inWords(score.subAreas[sub.id], score.subAreas[sub.id]?.status === 'not-scored')).join(', ')}`);
      y += ROW;
    }
  }
  body.push('</g>');

  const legend: [string, string, string][] = [
    ['met', BAND_FILL.met, `met (${range(bands.met)})`],
    ['borderline', BAND_FILL.borderline, `borderline (${range(bands.borderline)})`],
    ['concern', BAND_FILL.concern, `concern (${range(bands.concern)})`],
    ['not-scored', NOT_SCORED, 'not scored (n/s)'],
    ['unrated', '#ffffff', 'not rated (–)'],
  ];
  body.push('<g class="legend" font-size="11">');
  legend.forEach(([kind, fill, label], i) => {
    const x = 16 + (i % 3) * 190;
    const ly = legendTop + Math.floor(i / 3) * 22;
    body.push(`<rect class="swatch ${kind}" x="${x}" y="${ly - 11}" width="16" height="14" rx="2" fill="${fill}" stroke="${SWATCH_OUTLINE}"/>`);
    if (kind === 'concern' || kind === 'borderline') body.push(mark(kind, x + 8, ly - 4));
    body.push(text(x + 22, ly, label));
  });
  body.push('</g>');

  const concerns = latest.concerns.map((id) => isolate(instrument.areas.flatMap((a) => a.subAreas).find((s) => s.id === id)?.title ?? id));
  const desc =
    `${isolate(instrument.title)} grades of child ${isolate(first.childId)}: ${span.charAt(0).toLowerCase()}${span.slice(1)}. ` +
    `A row per area and sub-area, a column per assessment; each cell shows the grade, coloured by band ` +
    `(met ${range(bands.met)}, borderline ${range(bands.borderline)}, concern ${range(bands.concern)}). ` +
    `Latest (${isolate(latest.assessmentId)}, ${latest.assessedOn}): ${concerns.length === 0 ? 'no concerns' : `concerns in ${concerns.join(', ')}`}; ` +
    `${latest.completeness.scored} of ${latest.completeness.total} sub-areas scored. ` +
    `Grades${scores.length > 1 ? `, by assessment (${scores.map((score) => isolate(score.assessmentId)).join(', ')})` : ''}: ${said.join('; ')}.`;
  return svgDocument({ width, height, prefix, defaultPrefix: 'gc-profile', kind: 'profile-chart', title, desc, body });
}
