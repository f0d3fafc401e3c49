import { assessmentJsonSchema } from '../../index.js';

/** `graded-care schema [--instrument ID]`: prints the JSON Schema of the assessment contract. */
export function schemaCommand(options: { instrument?: string }): string {
  return `${JSON.stringify(assessmentJsonSchema(options.instrument === undefined ? {} : { instrument: options.instrument }), null, 2)}\n`;
}
