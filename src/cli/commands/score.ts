import { scoreAssessment } from '../../index.js';
import { readAssessments } from '../input.js';
import { profileText } from '../profile-text.js';

/**
 * `graded-care score FILE [--report]`: scores every assessment. JSON (one score per
 * assessment) by default; `--report` prints each child's latest profile per instrument.
 */
export async function scoreCommand(file: string, options: { report: boolean }): Promise<string> {
  const loaded = await readAssessments(file);
  const scores = loaded.map(({ assessment }) => scoreAssessment(assessment));
  if (!options.report) return `${JSON.stringify(scores, null, 2)}\n`;
  // The latest score of each child and instrument, children in file order.
  const latest = new Map<string, (typeof scores)[number]>();
  for (const score of scores) {
    const key = `${score.childId}\u0000${score.instrument.id}`;
    const seen = latest.get(key);
    if (seen === undefined || score.assessedOn >= seen.assessedOn) latest.set(key, score);
  }
  const children = new Set(scores.map((s) => s.childId)).size;
  const lines = [`${scores.length} assessments of ${children} children scored from ${file}; latest profile per child and instrument:`, ''];
  for (const score of latest.values()) lines.push(profileText(score), '');
  return lines.join('\n');
}
