// A child's progress as a social worker would read it before a review meeting.
import { readFileSync } from 'node:fs';
import { trackProgress, type Assessment } from 'graded-care';

const all = JSON.parse(readFileSync(new URL('./data/assessments.json', import.meta.url), 'utf8')) as Assessment[];
const history = all.filter((a) => a.child.id === 'C-106' && a.instrument === 'gcp2');
const report = trackProgress(history, { asOf: '2025-11-20' });

console.log(`Child ${report.childId}: ${report.timeline.length} GCP2 assessments, ${report.baseline.assessedOn} to ${report.latest.assessedOn}`);
for (const entry of report.timeline) {
  const areas = Object.entries(entry.areas).map(([area, grade]) => `${area} ${grade ?? '–'}`).join(', ');
  const gap = entry.daysSincePrevious === null ? 'baseline' : `${entry.daysSincePrevious} days later`;
  console.log(`  ${entry.assessedOn} ${entry.assessmentId} (${gap}): ${areas}`);
}
for (const [area, trend] of Object.entries(report.trends)) {
  console.log(`  ${area}: ${trend.trend} (${trend.grades.join(' → ')})`);
}
for (const [need, p] of Object.entries(report.persistence)) {
  if (p.persistent) console.log(`  Persistent: ${need} at concern since ${p.since} (${p.spanDays} days; ${p.evidence.map((e) => e.assessmentId).join(', ')})`);
}
console.log(`  Drift: ${report.drift.drifting ? 'yes' : 'no'} (${report.drift.reason})`);
console.log(`  Next review due ${report.nextReviewDue}${report.overdue ? `, overdue by ${report.daysOverdue} days` : ''}`);
