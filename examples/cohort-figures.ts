// Cohort figures: the neglect picture of an area from a case-system export (NDJSON, one
// assessment a line), read line by line. Run it with: node --import tsx examples/cohort-figures.ts
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { cohortRecordOf, parseAssessment, ratePer10k, referencePolicy, summariseCohort, type Assessment } from 'graded-care';

const AS_OF = '2025-11-20'; // never the clock: the same figures next month
// Children under 18 per locality: an illustrative split of the seed's 48,400.
const population = { Central: 14_200, North: 9_800, East: 8_100, West: 7_600, Rural: 8_700 };

// Each child's history.
const histories = new Map<string, Assessment[]>();
for await (const line of createInterface({ input: createReadStream(new URL('./data/assessments.ndjson', import.meta.url)) })) {
  const a = parseAssessment(JSON.parse(line));
  histories.set(a.child.id, [...(histories.get(a.child.id) ?? []), a]);
}

// One record per child: its level, its needs at concern, each area's move from baseline to
// latest, and where it lives now (Star readings in a history are left out).
const records = [...histories.values()].map((history) => cohortRecordOf(history, { asOf: AS_OF }));

const levels = referencePolicy.levels.map((l) => l.id);
const figures = (f: Record<string, { count: number | 'c'; ratePer10k: number | 'c' }>) =>
  Object.entries(f).filter(([, x]) => x.count !== 0).map(([name, x]) => `${name} ${x.count} (${typeof x.ratePer10k === 'number' ? x.ratePer10k.toFixed(1) : x.ratePer10k})`).join(', ');
const internal = summariseCohort(records, { population, groupBy: 'locality', levels });
console.log(`${internal.total.children} children, placed under ${referencePolicy.id} v${referencePolicy.version} as of ${AS_OF}; count (per 10,000):`);
console.log(`All      ${figures(internal.total.levels)}`);
for (const g of internal.groups) console.log(`${g.group.padEnd(8)} ${figures(g.levels)}`);
console.log(`Needs at concern: ${figures(internal.total.needsAtConcern)}`);
const physical = internal.total.progress['physical']!;
console.log(`Physical care, baseline to latest (${physical.children} children): improved ${physical.improved.percent}%, unchanged ${physical.unchanged.percent}%, deteriorated ${physical.deteriorated.percent}%`);

// For sharing: DfE disclosure control (counts 1–5 shown as c; 0 is a true zero).
const shared = summariseCohort(records, { population, groupBy: 'locality', levels, suppression: 'dfe' });
for (const g of shared.groups) console.log(`Shared: ${g.group.padEnd(8)} children ${g.children}, child protection ${g.levels['child-protection']!.count}`);
console.log(`Seed check: 1,513 Early Help Assessments among 48,400 children = ${ratePer10k(1513, 48_400)} per 10,000`);
