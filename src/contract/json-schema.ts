import * as z from 'zod/mini';
import { toJsonSchema } from '../internal/zod-json-schema.js';
import { builtinInstruments, instrumentById, type InstrumentOptions } from '../instruments/registry.js';
import type { Instrument } from '../instruments/types.js';
import { assessmentSchemaFor } from './schema.js';
import { optionNames, optionsObject } from '../internal/option-checks.js';

const JSON_SCHEMA_OPTIONS = optionNames<JsonSchemaOptions>()(['instrument', 'instruments']);

/** A JSON Schema document, as plain JSON data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** Options of {@link assessmentJsonSchema}. */
export interface JsonSchemaOptions extends InstrumentOptions {
  /** Only this instrument's assessments (exact rating keys and grade range). Default: every visible instrument. */
  readonly instrument?: string;
}

/**
 * The JSON Schema (draft 2020-12) of the assessment contract, generated from the same zod
 * schemas the library validates with, so the two cannot drift. With no instrument named it
 * accepts an assessment of any visible instrument (`anyOf`, one branch per instrument).
 *
 * Three checks are not in the JSON Schema; the library still makes them: two relate fields
 * (a date of birth after `assessedOn`, and a sub-area rated both whole and by items), and
 * one refuses a child flag written almost like a known one (`Disabled`, `run_away`)
 * by normalising it, which a pattern cannot say.
 *
 * @example
 * ```ts
 * const schema = assessmentJsonSchema({ instrument: 'gcp2' });
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * schema.required; // ['schemaVersion', 'id', 'instrument', 'child', 'assessedOn', 'ratings']
 * ```
 */
export function assessmentJsonSchema(options?: JsonSchemaOptions): JsonSchema {
  options = optionsObject(options, JSON_SCHEMA_OPTIONS);
  if (options?.instrument !== undefined) {
    return toJsonSchema(assessmentSchemaFor(instrumentById(options.instrument, options)));
  }
  // One branch per visible id, the instrument the parser would find for it (the first given).
  const visible: Instrument[] = [];
  for (const instrument of [...(options?.instruments ?? []), ...builtinInstruments]) {
    if (!visible.some((seen) => seen.id === instrument.id)) visible.push(instrument);
  }
  return { title: 'graded-care assessment (schemaVersion 1)', ...toJsonSchema(z.union(visible.map(assessmentSchemaFor))) };
}
