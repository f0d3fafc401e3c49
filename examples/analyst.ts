// An analyst's script: the neglect picture of an area from a case-system export (NDJSON),
// read line by line. Run it with: node --import tsx examples/analyst.ts
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseAssessment, ratePer10k, scoreAssessment, summariseCohort, type Assessment, type CohortRecord, type GcpScore } from 'graded-care';

// Children under 18 per locality: an illustrative split of the seed's 48,400.
const population = { Central: 14_200, North: 9_800, East: 8_100, West: 7_600, Rural: 8_700 };

// Each child's first and latest GCP2 assessment.
const first = new Map<string, Assessment>();
const latest = new Map<string, Assessment>();
for await (const line of createInterface({ input: createReadStream('examples/data/assessments.ndjson') })) {
  const a = parseAssessment(JSON.parse(line));
  if (a.instrument !== 'gcp2') continue;
  const [earliest, last] = [first.get(a.child.id), latest.get(a.child.id)];
  if (earliest === undefined || a.assessedOn < earliest.assessedOn) first.set(a.child.id, a);
  if (last === undefined || a.assessedOn > last.assessedOn) latest.set(a.child.id, a);
}

const records: CohortRecord[] = [...latest.values()].map((a) => {
  const now = scoreAssessment(a) as GcpScore;
  const then = scoreAssessment(first.get(a.child.id)!) as GcpScore;
  const bands = Object.values(now.needs).map((n) => n.band);
  const progress = Object.fromEntries(Object.entries(now.areas).map(([id, area]) => {
    const before = then.areas[id]!.grade!, after = area.grade!; // GCP: a lower grade is better
    return [id, after < before ? 'improved' : after > before ? 'deteriorated' : 'unchanged'] as const;
  }));
  return {
    child: a.child,
    level: bands.includes('concern') ? 'concern' : bands.includes('borderline') ? 'borderline' : 'met', // worst need-type band
    needsAtConcern: Object.entries(now.needs).filter(([, n]) => n.band === 'concern').map(([id]) => id),
    ...(now.assessmentId === then.assessmentId ? {} : { progress }),
  };
});

const area = summariseCohort(records, { population: 48_400, levels: ['concern', 'borderline', 'met'] });
console.log(`${area.total.children} children assessed; per 10,000 children by worst need-type band:`, Object.entries(area.total.levels).map(([band, f]) => `${band} ${f.ratePer10k}`).join(', '));
console.log('Needs at concern per 10,000:', Object.entries(area.total.needsAtConcern).map(([need, f]) => `${need} ${f.ratePer10k}`).join(', '));
console.log('Physical care, baseline to latest:', Object.entries(area.total.progress['physical']!).filter(([k]) => k !== 'children').map(([d, s]) => `${d} ${(s as { percent: number }).percent}%`).join(', '));
const shared = summariseCohort(records, { population, groupBy: 'locality', suppression: 'dfe', levels: ['concern', 'borderline', 'met'] });
for (const g of shared.groups) console.log(`${g.group.padEnd(8)} children ${g.children}, at concern ${g.levels['concern']!.count} (DfE suppression: 1–5 shown as c)`);
console.log(`Seed check: 1,513 Early Help Assessments among 48,400 children = ${ratePer10k(1513, 48_400)} per 10,000`);
