import { assessmentJsonSchema } from '../../index.js';
import type { Command } from '../command.js';
import { usageError } from '../errors.js';
import { instrumentOptionOf } from '../options.js';
import { refuseOutExtension } from '../output/records.js';

/** `graded-care schema [--instrument ID]`: prints the JSON Schema of the assessment contract. */
export const schemaCommand: Command = {
  name: 'schema',
  synopsis: 'schema [--instrument ID]',
  summary: 'print the JSON Schema of the assessment contract',
  inputs: { min: 0, max: 0 },
  options: { instrument: { type: 'string', value: 'ID', description: 'the schema of one instrument (its rating keys named)' } },
  async run({ values, out, global }) {
    if (global.outputFormatGiven && global.outputFormat !== 'json') throw usageError('schema: the JSON Schema is written as JSON; leave out --output-format');
    refuseOutExtension('schema', global.out, 'the JSON Schema is written as JSON', '.json', 'json');
    // An unknown id is bad usage (exit 1), named as agree names it, not the library's refusal (bad input).
    const instrument = instrumentOptionOf(values['instrument']);
    await out.write(`${JSON.stringify(assessmentJsonSchema(instrument === undefined ? {} : { instrument }), null, 2)}\n`);
  },
};
