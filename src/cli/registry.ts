import type { Command } from './command.js';
import { agreeCli } from './commands/agree-cli.js';
import { chartCli } from './commands/chart-cli.js';
import { cohortCommand } from './commands/cohort.js';
import { placeCommand } from './commands/place.js';
import { progressCommand } from './commands/progress.js';
import { schemaCommand } from './commands/schema.js';
import { scoreCommand } from './commands/score.js';

/** Every command of the CLI, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [scoreCommand, progressCommand, placeCommand, cohortCommand, agreeCli, chartCli, schemaCommand];
