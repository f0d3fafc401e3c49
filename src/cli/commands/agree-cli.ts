import { messagePath, type Issue } from '../../errors.js';
import { GradedCareError, KAPPA_WEIGHTS, OptionsError, ValidationError, type KappaWeights } from '../../index.js';
import type { Command } from '../command.js';
import { describeIssues, inputError, usageError } from '../errors.js';
import { readCsvTable, type CsvTable } from '../input/csv-table.js';
import { inputFormatOf, readAsAdvice } from '../input/format.js';
import { instrumentOptionOf } from '../options.js';
import { recordWriter } from '../output/records.js';
import { agreeCommand, agreeResultTable, type AgreeCommandOptions, type AgreeCommandResult } from './agree.js';

function optionsOf(values: Readonly<Record<string, string | boolean | undefined>>): AgreeCommandOptions {
  const weights = values['weights'];
  if (typeof weights !== 'string') throw usageError(`agree: --weights ${KAPPA_WEIGHTS.join('|')} is required (every kappa names its weighting)`);
  if (!KAPPA_WEIGHTS.includes(weights as KappaWeights)) throw usageError(`--weights ${JSON.stringify(weights)}: expected one of ${KAPPA_WEIGHTS.join(', ')}`);
  const instrument = instrumentOptionOf(values['instrument']);
  const columns = values['columns'];
  return {
    weights: weights as KappaWeights,
    ...(typeof columns === 'string' ? { columns: columns.split(',').map((c) => c.trim()) } : {}),
    ...(instrument === undefined ? {} : { instrument }),
  };
}

/** `agreeCommand`'s refusal as one input-error line naming the file, and the line and column (or the option). */
function refusal(file: string, table: CsvTable, error: GradedCareError): Error {
  if (!(error instanceof ValidationError)) return inputError(`${file}: ${error.message}`);
  const name = (issue: Issue): string => {
    const [what, index, column] = issue.path;
    if (error instanceof OptionsError) return `--${String(what)}`;
    if (what === 'header') return `line ${table.headerLine} (the header)${index === undefined ? '' : `: column ${Number(index) + 1}`}`;
    if (what === 'rows') return `line ${table.lines[Number(index)]}${column === undefined ? '' : `: column ${String(column)}`}`;
    return messagePath(issue.path);
  };
  // An option that names what the table does not hold is bad usage, as chart's --child is.
  const make = error instanceof OptionsError ? usageError : inputError;
  return make(`${file}: ${describeIssues(error.issues, name)}`);
}

/**
 * `graded-care agree FILE --weights none|linear|quadratic [--columns A,B,…] [--instrument ID]`:
 * agreement between raters over a CSV table, a row per case and a column per rater
 * (`agreeCommand`). JSON: the result; CSV: a row per pair of raters, then Fleiss' kappa.
 */
export const agreeCli: Command = {
  name: 'agree',
  synopsis: 'agree FILE --weights none|linear|quadratic [--columns A,B,...] [--instrument ID]',
  summary: "agreement between raters: Cohen's kappa per pair, Fleiss' kappa for all (a CSV table, a row per case)",
  inputs: { min: 1, max: 1 },
  refusesKeepGoing: 'a table with a bad cell is refused whole: kappa over part of it would mislead',
  options: {
    weights: { type: 'string', value: 'none|linear|quadratic', description: 'the kappa weighting, always named (required)' },
    columns: { type: 'string', value: 'A,B,...', description: "the raters' columns (default: every column but the first, which names the case)" },
    instrument: { type: 'string', value: 'ID', description: "take the categories from this instrument's scale, so unused grades count in the weights" },
  },
  output: () => ({ formats: ['json', 'csv'], writes: 'the result is written as json or csv (it is one object)' }),
  async run({ files, values, global, out }) {
    const file = files[0] as string;
    const options = optionsOf(values);
    if (inputFormatOf(file, global.format) !== 'csv') throw usageError(`agree: ${file}: expected a CSV table (a header, then a row per case); ${readAsAdvice(file, '.csv', 'csv', global.format)}`);
    const table = await readCsvTable(file, global.maxLineBytes);
    let result: AgreeCommandResult;
    try {
      result = agreeCommand(table, options);
    } catch (error) {
      throw error instanceof GradedCareError ? refusal(file, table, error) : error;
    }
    if (global.outputFormat === 'csv') {
      const { header, rows } = agreeResultTable(result);
      const writer = recordWriter(out, 'csv', header);
      for (const row of rows) await writer.add(Object.fromEntries(header.map((name, i) => [name, row[i]])));
      await writer.end();
    } else await out.write(`${JSON.stringify(result, null, 2)}\n`);
  },
};
