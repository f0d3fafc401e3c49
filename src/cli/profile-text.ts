import { getInstrument, type AssessmentScore, type GcpScore, type StarScore } from '../index.js';
import { terminalText } from './terminal-text.js';

/** Renders a score as a short profile a practitioner can read at a glance. */
export function profileText(score: AssessmentScore): string {
  return score.family === 'gcp' ? gcpProfile(score) : starProfile(score);
}

function header(score: AssessmentScore): string {
  const instrument = getInstrument(score.instrument.id);
  const { scored, total } = score.completeness;
  return `Child ${terminalText(score.childId)} · ${instrument.title} · ${score.assessedOn} (${terminalText(score.assessmentId)}) · ${scored} of ${total} scored`;
}

function gcpProfile(score: GcpScore): string {
  const instrument = getInstrument(score.instrument.id);
  const lines = [header(score)];
  for (const area of instrument.areas) {
    const result = score.areas[area.id];
    const grade = result?.grade === null || result === undefined ? '–' : `${result.grade} ${result.band}`;
    const practitioner = result?.practitionerGrade == null ? '' : ` (practitioner ${result.practitionerGrade})`;
    const subs = area.subAreas.map((sub) => `${sub.id.slice(area.id.length + 1)} ${score.subAreas[sub.id]?.grade ?? '–'}`).join(' · ');
    lines.push(`  ${area.title.padEnd(20)} ${grade.padEnd(12)}${practitioner.padEnd(18)} ${subs}`);
  }
  const needs = Object.entries(score.needs).map(([id, n]) => `${id} ${n.grade === null ? 'not assessed' : `${n.grade} ${n.band}`}`);
  lines.push(`  Needs: ${needs.join(' · ')}`);
  if (score.concerns.length > 0) lines.push(`  Concerns: ${score.concerns.join(', ')}`);
  if (score.strengths.length > 0) lines.push(`  Strengths: ${score.strengths.join(', ')}`);
  if (score.notScored.length + score.unrated.length > 0) lines.push(`  Not scored: ${[...score.notScored, ...score.unrated].join(', ')}`);
  return lines.join('\n');
}

function starProfile(score: StarScore): string {
  const instrument = getInstrument(score.instrument.id);
  const lines = [header(score)];
  for (const area of instrument.areas) {
    const result = score.areas[area.id];
    const reading = result?.reading == null ? '–' : `${result.reading} ${result.stage}`;
    lines.push(`  ${area.title.padEnd(28)} ${reading}`);
  }
  return lines.join('\n');
}
