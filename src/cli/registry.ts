import type { Command } from './command.js';
import { cohortCommand } from './commands/cohort.js';
import { placeCommand } from './commands/place.js';
import { progressCommand } from './commands/progress.js';
import { schemaCommand } from './commands/schema.js';
import { scoreCommand } from './commands/score.js';
import { notAvailableYet } from './errors.js';

/**
 * A command whose module is still being written (agreement statistics and charts): listed,
 * with a usage error that says so. TO WIRE: replace each with the command from
 * `commands/agree.ts` and `commands/chart.ts`.
 */
function pending(name: string, synopsis: string, summary: string, waitingFor: string): Command {
  return {
    name,
    synopsis,
    summary,
    inputs: { min: 0, max: Number.POSITIVE_INFINITY },
    options: {},
    run: async () => {
      throw notAvailableYet(name, waitingFor);
    },
  };
}

/** Every command of the CLI, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  scoreCommand,
  progressCommand,
  placeCommand,
  cohortCommand,
  pending('agree', 'agree FILE', 'agreement between raters (Cohen\'s and Fleiss\' kappa)', 'the agreement statistics'),
  pending('chart', 'chart FILE', 'draw Star and GCP profile charts as SVG', 'the SVG charts'),
  schemaCommand,
];
