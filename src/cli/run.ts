import { parseArgs } from 'node:util';
import { GradedCareError } from '../index.js';
import { scoreCommand } from './commands/score.js';
import { schemaCommand } from './commands/schema.js';
import { CliError, usageError } from './errors.js';

export const USAGE = `Usage: graded-care <command> [options]

Commands:
  score FILE [--report]          score every assessment in FILE (a JSON array)
  schema [--instrument ID]       print the JSON Schema of the assessment contract

Exit status: 0 done, 1 bad usage, 2 bad input.`;

/** Where the CLI writes; tests pass their own. */
export interface Streams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

async function dispatch(argv: readonly string[]): Promise<string> {
  const [command, ...rest] = argv;
  const { values, positionals } = (() => {
    try {
      return parseArgs({ args: rest, allowPositionals: true, options: { report: { type: 'boolean', default: false }, instrument: { type: 'string' } }, strict: true });
    } catch (error) {
      throw usageError((error as Error).message);
    }
  })();
  switch (command) {
    case 'score': {
      const [file] = positionals;
      if (file === undefined) throw usageError('score: name the file of assessments to score');
      return scoreCommand(file, { report: values.report });
    }
    case 'schema':
      return schemaCommand(values.instrument === undefined ? {} : { instrument: values.instrument });
    case undefined:
    case 'help':
    case '--help':
      return `${USAGE}\n`;
    default:
      throw usageError(`unknown command ${JSON.stringify(command)}\n${USAGE}`);
  }
}

/** Runs the CLI and returns its exit status. */
export async function run(argv: readonly string[], streams: Streams): Promise<number> {
  try {
    streams.stdout.write(await dispatch(argv));
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      streams.stderr.write(`graded-care: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof GradedCareError) {
      streams.stderr.write(`graded-care: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
