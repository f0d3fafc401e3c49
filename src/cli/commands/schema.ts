import { assessmentJsonSchema } from '../../index.js';
import type { Command } from '../command.js';
import { instrumentOptionOf } from '../options.js';

/** `graded-care schema [--instrument ID]`: prints the JSON Schema of the assessment contract. */
export const schemaCommand: Command = {
  name: 'schema',
  synopsis: 'schema [--instrument ID]',
  summary: 'print the JSON Schema of the assessment contract',
  inputs: { min: 0, max: 0 },
  options: { instrument: { type: 'string', value: 'ID', description: 'the schema of one instrument (its rating keys named)' } },
  output: () => ({ formats: ['json'], writes: 'the JSON Schema is written as JSON' }),
  async run({ values, out }) {
    // An unknown id is bad usage (exit 1), named as agree names it, not the library's refusal (bad input).
    const instrument = instrumentOptionOf(values['instrument']);
    await out.write(`${JSON.stringify(assessmentJsonSchema(instrument === undefined ? {} : { instrument }), null, 2)}\n`);
  },
};
