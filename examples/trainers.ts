// A trainer's session: three trainees graded the same case as the reference grading did.
// Agreement with the reference (each kappa names its weighting), agreement among the
// trainees, feedback for one trainee, and pictures for the debrief.
import { readFileSync } from 'node:fs';
import { cohenKappa, compareWithReference, fleissKappa, getInstrument, KAPPA_WEIGHTS } from 'graded-care';
import { renderProfileChart, renderStarChart } from 'graded-care/svg';

// subArea,reference,trainee-1,trainee-2,trainee-3 (an empty cell: not graded)
const [header = '', ...rows] = readFileSync(new URL('data/training-grades.csv', import.meta.url), 'utf8').trim().split(/\r?\n/);
const graders = header.split(',').slice(1);
const byGrader = new Map<string, Record<string, number>>(graders.map((grader) => [grader, {}]));
for (const row of rows) {
  const [subArea = '', ...cells] = row.split(',');
  cells.forEach((cell, i) => {
    const grades = byGrader.get(graders[i] ?? '');
    if (grades && cell !== '') grades[subArea] = Number(cell);
  });
}
const reference = byGrader.get('reference') ?? {};
const trainees = graders.filter((grader) => grader !== 'reference');

const scale = getInstrument('gcp2').scale;
for (const trainee of trainees) {
  const mine = byGrader.get(trainee) ?? {};
  const both = Object.keys(reference).filter((id) => id in mine);
  const a = both.map((id) => mine[id] as number);
  const b = both.map((id) => reference[id] as number);
  const kappas = KAPPA_WEIGHTS.map((weights) => `${weights} ${cohenKappa(a, b, { weights, scale }).kappa?.toFixed(3)}`);
  const interval = cohenKappa(a, b, { weights: 'linear', scale }).confidenceInterval;
  console.log(`${trainee} (${both.length} sub-areas): κ ${kappas.join(', ')}; linear 95 % interval ${interval?.lower.toFixed(2)} to ${interval?.upper.toFixed(2)}`);
}

const gradings = trainees.map((trainee) => byGrader.get(trainee) ?? {});
const cases = Object.keys(reference).filter((id) => gradings.every((grades) => id in grades));
const fleiss = fleissKappa(cases.map((id) => gradings.map((grades) => grades[id] as number)), { scale });
console.log(`Fleiss κ among the trainees ${fleiss.kappa?.toFixed(3)} (${fleiss.n} sub-areas, ${fleiss.raters} raters)`);
console.log(`against chance: z ${fleiss.z?.toFixed(2)}, p ${fleiss.pValue?.toFixed(2)}`);
for (const c of fleiss.byCategory) console.log(`  grade ${c.category}: κ ${c.kappa === null ? 'none given' : c.kappa.toFixed(3)}`);

const graded = (grader: string) => ({
  schemaVersion: 1 as const, id: grader, instrument: 'gcp2', child: { id: 'training-case-1' }, assessedOn: '2025-10-01', ratings: byGrader.get(grader) ?? {},
});
const feedback = compareWithReference(graded('trainee-2'), graded('reference'));
const { summary, furthestApart } = feedback;
console.log(`${summary.compared} compared: ${summary.same} same, ${summary.harsher} harsher, ${summary.moreLenient} more lenient; not compared: ${summary.notCompared.join(', ')}`);
console.log(`${summary.kappa.weights} κ ${summary.kappa.kappa?.toFixed(3)}; within one grade ${summary.withinOneAgreement}; furthest apart by ${furthestApart.difference}`);
for (const [id, f] of Object.entries(feedback.subAreas)) {
  if (f.direction !== 'same') console.log(`  ${id}: trainee ${f.trainee ?? '–'}, reference ${f.reference ?? '–'} (${f.direction})`);
}

const profile = renderProfileChart([graded('reference'), graded('trainee-2')], { title: 'Reference and trainee 2', idPrefix: 'debrief' });
console.log(/<title id="debrief-title">(.*)<\/title>/.exec(profile)?.[1], '-', (profile.match(/class="cell concern"/g) ?? []).length, 'cells at concern');

const reading = (id: string, assessedOn: string, routine: number, safety: number) => ({
  schemaVersion: 1 as const, id, instrument: 'family-star-plus', child: { id: 'training-family-1' }, assessedOn,
  ratings: { 'family-routine': routine, 'keeping-children-safe': safety },
});
const star = renderStarChart([reading('S-2', '2025-09-01', 6, 7), reading('S-1', '2025-03-03', 3, 4)]);
console.log(/<desc id="[^"]+">([^.]*)\./.exec(star)?.[1]);
