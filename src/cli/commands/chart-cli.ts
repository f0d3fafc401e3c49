import { GradedCareError, OptionsError, type Assessment } from '../../index.js';
import type { Command } from '../command.js';
import { describeIssues, inputError, usageError } from '../errors.js';
import { chartCommand, type ChartCommandOptions } from './chart.js';

const KINDS = ['star', 'profile'];

/** At most `n` names, then how many more. */
function some(names: readonly string[], n = 10): string {
  return names.length <= n ? names.join(', ') : `${names.slice(0, n).join(', ')} and ${names.length - n} more`;
}

/**
 * `graded-care chart FILE --kind star|profile [--child ID] [--instrument ID]`: one child's
 * picture as SVG (`chartCommand`), to stdout or `--out` (written atomically). With `--child`
 * only that child's assessments are held in memory.
 */
export const chartCli: Command = {
  name: 'chart',
  synopsis: 'chart FILE --kind star|profile [--child ID] [--instrument ID]',
  summary: "draw one child's Star chart or GCP profile as SVG",
  inputs: { min: 1, max: 1 },
  options: {
    kind: { type: 'string', value: 'star|profile', description: 'star: the Star chart of Star readings; profile: the GCP profile of GCP-family assessments (required)' },
    child: { type: 'string', value: 'ID', description: 'the child to draw (needed when the file holds several)' },
    instrument: { type: 'string', value: 'ID', description: 'the instrument (needed when the child has several of that kind)' },
  },
  async run({ files, values, global, out, assessments }) {
    const file = files[0] as string;
    const kind = values['kind'];
    if (typeof kind !== 'string') throw usageError('chart: --kind star|profile is required');
    if (!KINDS.includes(kind)) throw usageError(`--kind ${JSON.stringify(kind)}: expected one of ${KINDS.join(', ')}`);
    if (global.outputFormatGiven) throw usageError('chart: the picture is written as SVG; leave out --output-format');
    const child = typeof values['child'] === 'string' ? values['child'] : undefined;
    const instrument = typeof values['instrument'] === 'string' ? values['instrument'] : undefined;
    const kept: Assessment[] = [];
    const children = new Set<string>();
    for await (const { assessment } of assessments(file)) {
      children.add(assessment.child.id);
      if (child === undefined || assessment.child.id === child) kept.push(assessment);
    }
    if (child !== undefined && kept.length === 0) throw usageError(`${file}: --child ${JSON.stringify(child)}: no assessment of that child; the file holds ${some([...children])}`);
    const options: ChartCommandOptions = { kind: kind as ChartCommandOptions['kind'], ...(child === undefined ? {} : { child }), ...(instrument === undefined ? {} : { instrument }) };
    let svg: string;
    try {
      svg = chartCommand(kept, options);
    } catch (error) {
      if (error instanceof OptionsError) throw usageError(`${file}: ${describeIssues(error.issues, (issue) => `--${String(issue.path[0])}`)}`);
      throw error instanceof GradedCareError ? inputError(`${file}: ${error.message}`) : error;
    }
    await out.write(svg);
  },
};
