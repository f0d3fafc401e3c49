import { scoreAssessment, type AssessmentScore } from '../../index.js';
import type { Command } from '../command.js';
import { RECORDS, recordWriter, type OutputSpec } from '../output/records.js';
import { profileText } from '../profile-text.js';
import { terminalText } from '../terminal-text.js';
import { SCORE_CSV_COLUMNS, scoreCsvRow } from './score-columns.js';

/** What `--report` writes: text, in none of the output formats. */
const REPORT: OutputSpec = { formats: [], writes: '--report prints text', extension: '.txt' };

/**
 * `graded-care score FILE [--report]`: scores every assessment, streaming NDJSON and CSV
 * input. JSON (one score per assessment), NDJSON or CSV (see `score-columns.ts`); `--report`
 * prints each child's latest profile per instrument as text, holding one score per child and
 * instrument in memory.
 */
export const scoreCommand: Command = {
  name: 'score',
  synopsis: 'score FILE [--report]',
  summary: 'score every assessment in FILE',
  inputs: { min: 1, max: 1 },
  options: { report: { type: 'boolean', description: "print each child's latest profile per instrument as text (no --output-format)" } },
  output: (values) => (values['report'] === true ? REPORT : RECORDS),
  async run({ files, values, global, out, assessments }) {
    const file = files[0] as string;
    if (values['report'] === true) {
      await report(file, assessments(file), out.write);
      return;
    }
    const writer = recordWriter(out, global.outputFormat, SCORE_CSV_COLUMNS);
    for await (const { assessment } of assessments(file)) {
      const score = scoreAssessment(assessment);
      await writer.add(global.outputFormat === 'csv' ? scoreCsvRow(score) : score);
    }
    await writer.end();
  },
};

/** Whether `a` comes after `b` in the library's order of a history: by date, then by id (code units), never by file order. */
function isLater(a: AssessmentScore, b: AssessmentScore): boolean {
  return a.assessedOn !== b.assessedOn ? a.assessedOn > b.assessedOn : a.assessmentId > b.assessmentId;
}

async function report(file: string, rows: AsyncIterable<{ assessment: Parameters<typeof scoreAssessment>[0] }>, write: (text: string) => Promise<void>): Promise<void> {
  // The latest score of each child and instrument: children in the order they first appear,
  // and a child's instruments likewise, so that one child's profiles are printed together.
  const latest = new Map<string, Map<string, AssessmentScore>>();
  let count = 0;
  for await (const { assessment } of rows) {
    const score = scoreAssessment(assessment);
    count++;
    let ofChild = latest.get(score.childId);
    if (ofChild === undefined) latest.set(score.childId, (ofChild = new Map()));
    const seen = ofChild.get(score.instrument.id);
    if (seen === undefined || isLater(score, seen)) ofChild.set(score.instrument.id, score);
  }
  const assessmentsText = `${count} assessment${count === 1 ? '' : 's'}`;
  const childrenText = `${latest.size} ${latest.size === 1 ? 'child' : 'children'}`;
  const lines = [`${assessmentsText} of ${childrenText} scored from ${terminalText(file)}; latest profile per child and instrument:`, ''];
  for (const ofChild of latest.values()) for (const score of ofChild.values()) lines.push(profileText(score), '');
  await write(lines.join('\n'));
}
