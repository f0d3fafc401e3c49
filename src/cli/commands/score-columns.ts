import type { AssessmentScore } from '../../index.js';
import { BUILTIN_AREAS, BUILTIN_GCP_AREAS, BUILTIN_NEED_TYPES, BUILTIN_STAR_AREAS, BUILTIN_SUB_AREAS, prefixed } from '../output/columns.js';

/**
 * The columns of `score --output-format csv`: one row per assessment. Derived from the
 * built-in instruments, so they cannot drift from them:
 * `assessmentId, childId, instrument, edition, assessedOn, scored, notScored, unrated, total,
 * concerns, borderline, strengths` (lists separated by `;`), `need.<type>` (need-type
 * grade), `area.<id>` (derived area grade, or Star reading), `stage.<id>` (Star stage),
 * `<sub-area id>` (sub-area grade), `areaGrades.<area>` (the practitioner's own grade of a GCP
 * area, named as the input's column; last, so that the columns before keep their places). An
 * empty cell: not scored, not given, or not part of the instrument.
 */
export const SCORE_CSV_COLUMNS: readonly string[] = [
  'assessmentId', 'childId', 'instrument', 'edition', 'assessedOn', 'scored', 'notScored', 'unrated', 'total', 'concerns', 'borderline', 'strengths',
  ...prefixed('need', BUILTIN_NEED_TYPES),
  ...prefixed('area', BUILTIN_AREAS),
  ...prefixed('stage', BUILTIN_STAR_AREAS),
  ...BUILTIN_SUB_AREAS,
  ...prefixed('areaGrades', BUILTIN_GCP_AREAS),
];

/** A score flattened to the CSV columns (keys are column names, not paths). */
export function scoreCsvRow(score: AssessmentScore): Record<string, string | number | null> {
  const row: Record<string, string | number | null> = {
    assessmentId: score.assessmentId,
    childId: score.childId,
    instrument: score.instrument.id,
    edition: score.instrument.edition,
    assessedOn: score.assessedOn,
    scored: score.completeness.scored,
    notScored: score.completeness.notScored,
    unrated: score.completeness.unrated,
    total: score.completeness.total,
  };
  if (score.family === 'gcp') {
    row['concerns'] = score.concerns.join(';');
    row['borderline'] = score.borderline.join(';');
    row['strengths'] = score.strengths.join(';');
    for (const [id, need] of Object.entries(score.needs)) row[`need.${id}`] = need.grade;
    for (const [id, area] of Object.entries(score.areas)) {
      row[`area.${id}`] = area.grade;
      row[`areaGrades.${id}`] = area.practitionerGrade;
    }
    for (const [id, sub] of Object.entries(score.subAreas)) row[id] = sub.grade;
  } else {
    for (const [id, area] of Object.entries(score.areas)) {
      row[`area.${id}`] = area.reading;
      row[`stage.${id}`] = area.stage;
    }
  }
  return row;
}
