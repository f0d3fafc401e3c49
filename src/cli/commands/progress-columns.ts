import type { ProgressReport } from '../../index.js';
import { BUILTIN_AREAS, BUILTIN_NEED_TYPES, prefixed, unique } from '../output/columns.js';
import type { CsvValue } from '../per-child.js';

/**
 * The columns of `progress --output-format csv`, one row per child and instrument
 * (docs/cli.md): `childId, instrument, edition, family, asOf, assessments`;
 * `baselineAssessmentId, baselineAssessedOn, latestAssessmentId, latestAssessedOn,
 * daysBaselineToLatest`; `improved, unchanged, deteriorated, notComparable` (sub-areas, or
 * Star areas, counted baseline → latest; empty for a single assessment); `atConcern` and
 * `persistentNeeds` (need types, joined by `;`); `drifting, driftReason`; `nextReviewDue,
 * overdue, daysOverdue`; then `persistent.<need type>` (`true`/`false`; empty for a Star) and
 * `trend.<area>` (`improving`, `deteriorating`, `stable`, `mixed`, `insufficient`; empty for
 * an area of another instrument), derived from the built-in instruments — and, after theirs,
 * a `persistent.<need type>` column for each of `needTypes` they do not have (the need types
 * of `--policy`).
 */
export function progressCsvColumns(needTypes: readonly string[]): string[] {
  return [
    'childId', 'instrument', 'edition', 'family', 'asOf', 'assessments',
    'baselineAssessmentId', 'baselineAssessedOn', 'latestAssessmentId', 'latestAssessedOn', 'daysBaselineToLatest',
    'improved', 'unchanged', 'deteriorated', 'notComparable',
    'atConcern', 'persistentNeeds', 'drifting', 'driftReason',
    'nextReviewDue', 'overdue', 'daysOverdue',
    ...prefixed('persistent', unique([...BUILTIN_NEED_TYPES, ...needTypes])),
    ...prefixed('trend', BUILTIN_AREAS),
  ];
}

/** The columns of `progress` without `--policy`. */
export const PROGRESS_CSV_COLUMNS: readonly string[] = progressCsvColumns([]);

/** A progress report flattened to the columns of {@link progressCsvColumns}. */
export function progressCsvRow(r: ProgressReport): Record<string, CsvValue> {
  const persistence = Object.entries(r.persistence);
  const row: Record<string, CsvValue> = {
    childId: r.childId,
    instrument: r.instrument.id,
    edition: r.instrument.edition,
    family: r.family,
    asOf: r.asOf,
    assessments: r.timeline.length,
    baselineAssessmentId: r.baseline.assessmentId,
    baselineAssessedOn: r.baseline.assessedOn,
    latestAssessmentId: r.latest.assessmentId,
    latestAssessedOn: r.latest.assessedOn,
    daysBaselineToLatest: r.change?.daysBetween ?? 0,
    improved: r.change?.summary.improved ?? null,
    unchanged: r.change?.summary.unchanged ?? null,
    deteriorated: r.change?.summary.deteriorated ?? null,
    notComparable: r.change?.summary.notComparable ?? null,
    atConcern: persistence.filter(([, p]) => p.atConcernInLatest).map(([need]) => need),
    persistentNeeds: persistence.filter(([, p]) => p.persistent).map(([need]) => need),
    drifting: r.drift.drifting,
    driftReason: r.drift.reason,
    nextReviewDue: r.nextReviewDue,
    overdue: r.overdue,
    daysOverdue: r.daysOverdue,
  };
  for (const [need, p] of persistence) row[`persistent.${need}`] = p.persistent;
  for (const [area, t] of Object.entries(r.trends)) row[`trend.${area}`] = t.trend;
  return row;
}
