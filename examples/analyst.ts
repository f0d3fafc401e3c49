// An analyst's script over case-system exports: read JSON and NDJSON, validate every record
// with its place in the file, group histories per child, then progress, placement and the
// Star distance-travelled report.
import { readFileSync } from 'node:fs';
import { type Assessment, distanceTravelled, placeOnContinuum, safeParseAssessment, trackProgress } from 'graded-care';

const AS_OF = '2025-11-20';

/** The records of a JSON array or an NDJSON file, each with where it came from. */
function readRecords(file: string): { where: string; record: unknown }[] {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  if (file.endsWith('.ndjson')) {
    return text.split('\n').flatMap((line, i) => {
      if (line.trim() === '') return [];
      try {
        return [{ where: `${file}:${i + 1}`, record: JSON.parse(line) as unknown }];
      } catch {
        throw new Error(`${file}:${i + 1}: not a line of JSON`);
      }
    });
  }
  return (JSON.parse(text) as unknown[]).map((record, i) => ({ where: `${file}[${i}]`, record }));
}

const valid: Assessment[] = [];
for (const { where, record } of [...readRecords('data/assessments.json'), ...readRecords('data/star-readings.ndjson')]) {
  const result = safeParseAssessment(record);
  if (result.success) valid.push(result.data);
  else for (const issue of result.issues) console.log(`${where}: ${issue.message}`);
}
console.log(`${valid.length} valid assessments`);

/** Groups assessments by a key, keeping first-seen order. */
function groupBy(assessments: readonly Assessment[], key: (a: Assessment) => string): Map<string, Assessment[]> {
  const groups = new Map<string, Assessment[]>();
  for (const a of assessments) groups.set(key(a), [...(groups.get(key(a)) ?? []), a]);
  return groups;
}

const gcp2 = valid.filter((a) => a.instrument === 'gcp2');
const levels = new Map<string, number>();
for (const [child, history] of groupBy(gcp2, (a) => a.child.id)) {
  const progress = trackProgress(history, { asOf: AS_OF });
  const placement = placeOnContinuum(history, { asOf: AS_OF });
  const persistent = Object.entries(progress.persistence).filter(([, p]) => p.persistent).map(([need]) => need);
  levels.set(placement.level, (levels.get(placement.level) ?? 0) + 1);
  console.log(
    [child, history.length, placement.level, placement.rule, persistent.join('+') || '-', progress.drift.drifting ? 'drifting' : '-', placement.overdue ? 'overdue' : '-'].join('\t'),
  );
}
console.log(levels);

const stars = [...groupBy(valid.filter((a) => a.instrument === 'family-star-plus'), (a) => a.child.id).values()];
const report = distanceTravelled(stars);
console.log(`${report.families} families, ${report.withChange} with two readings or more`);
for (const area of ['keeping-children-safe', 'family-routine', 'education-and-learning']) {
  const d = report.areas[area];
  if (d) console.log(area, d.measured, d.averageBaseline, '→', d.averageLatest, `forward ${d.forward.percent}%`, `back ${d.back.percent}%`);
}
const cautious = distanceTravelled(stars, { baseline: 'lower-of-first-two' });
console.log('family-routine, lower of the first two readings as baseline:', cautious.areas['family-routine']?.averageChange);
