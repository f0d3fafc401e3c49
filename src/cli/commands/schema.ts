import { assessmentJsonSchema } from '../../index.js';
import type { Command } from '../command.js';

/** `graded-care schema [--instrument ID]`: prints the JSON Schema of the assessment contract. */
export const schemaCommand: Command = {
  name: 'schema',
  synopsis: 'schema [--instrument ID]',
  summary: 'print the JSON Schema of the assessment contract',
  inputs: { min: 0, max: 0 },
  options: { instrument: { type: 'string', value: 'ID', description: 'the schema of one instrument (its rating keys named)' } },
  async run({ values, out }) {
    const instrument = values['instrument'];
    await out.write(`${JSON.stringify(assessmentJsonSchema(typeof instrument === 'string' ? { instrument } : {}), null, 2)}\n`);
  },
};
