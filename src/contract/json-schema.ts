import { toJsonSchema } from '../internal/zod-json-schema.js';
import { builtinInstruments, instrumentById, type InstrumentOptions } from '../instruments/registry.js';
import type { Instrument } from '../instruments/types.js';
import { assessmentSchemaFor } from './schema.js';
import { indexOf } from '../internal/instrument-index.js';
import { optionNames, optionsObject } from '../internal/option-checks.js';

const JSON_SCHEMA_OPTIONS = optionNames<JsonSchemaOptions>()(['instrument', 'instruments']);

/** A JSON Schema document, as plain JSON data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** Options of {@link assessmentJsonSchema}. */
export interface JsonSchemaOptions extends InstrumentOptions {
  /** Only this instrument's assessments (exact rating keys and grade range). Default: every visible instrument. */
  readonly instrument?: string | undefined;
}

type Json = { [keyword: string]: unknown };

/** What each field of the contract holds, in the words of the `Assessment` type's documentation. */
const FIELDS = {
  schemaVersion: 'Always 1: the version of this contract.',
  id: "The assessment's id, unique within a child's history.",
  child: 'The child assessed.',
  assessedOn: 'The date of the assessment, a calendar date YYYY-MM-DD.',
  kind: 'Baseline, review or closure (informational: the baseline is always the earliest assessment).',
  assessor: 'Who assessed, as your case system names them.',
  areaGrades: "The practitioner's own grade per area, kept beside the grade derived from the ratings.",
} as const;

const CHILD_FIELDS = {
  id: "The child's id in your case system.",
  dateOfBirth: 'YYYY-MM-DD, on or before assessedOn; tells whether a baby is pre-mobile.',
  flags: 'disabled, runaway, pre-mobile, mobile, or your own, one an entry (a near miss of a known flag, such as Disabled or run_away, is refused, as is one joined with others: "disabled, runaway").',
  locality: 'Where the child lives, for cohort figures.',
  attributes: 'Further fields to group cohorts by, e.g. {"ward": "North"}.',
} as const;

const NOTE = "The practitioner's note; kept on the assessment, never copied into scores.";

/** Sets a description on each named property of an object schema. */
function describeProperties(schema: Json, descriptions: Readonly<Record<string, string>>): void {
  const properties = schema['properties'] as Record<string, Json>;
  for (const [key, description] of Object.entries(descriptions)) {
    const property = properties[key];
    if (property !== undefined) property['description'] = description;
  }
}

/**
 * Titles and descriptions for readers of the schema (and the code generators of other
 * languages, which make class names and doc comments of them): the contract's fields, and
 * each rating key and area by its title in the instrument. Titles only: an instrument's
 * descriptor text may be licensed, and stays out.
 */
function annotate(schema: Json, instrument: Instrument): Json {
  const index = indexOf(instrument);
  const grades = `a whole grade from ${index.min} to ${index.max}`;
  describeProperties(schema, FIELDS);
  const properties = schema['properties'] as Record<string, Json>;
  describeProperties(properties['child'] as Json, CHILD_FIELDS);
  (properties['instrument'] as Json)['description'] = `The instrument: ${instrument.title}, edition ${instrument.edition}.`;
  const ratings = properties['ratings'] as Json;
  ratings['description'] =
    `A rating per ${index.isStar ? 'Star area' : index.hasItems ? 'sub-area or item' : 'sub-area'}: ${grades}, "not-scored", or {grade, note}; ` +
    `leave out what was not rated.${index.hasItems ? ' A sub-area is rated as a whole or by its items, not both.' : ''}`;
  const ratingTitles: Record<string, string> = {};
  for (const area of instrument.areas) {
    if (index.isStar) ratingTitles[area.id] = area.title;
    for (const sub of area.subAreas) {
      ratingTitles[sub.id] = `${sub.title} (${area.title})`;
      for (const item of sub.items) ratingTitles[item.id] = `${item.title} (${sub.title}, ${area.title})`;
    }
  }
  for (const [key, rating] of Object.entries(ratings['properties'] as Record<string, Json>)) {
    rating['description'] = ratingTitles[key];
    const withNote = (rating['anyOf'] as Json[]).find((option) => option['type'] === 'object') as Json;
    describeProperties(withNote, { grade: `${grades}, or "not-scored"`, note: NOTE });
  }
  const areaGrades = properties['areaGrades'] as Json | undefined;
  if (areaGrades !== undefined) {
    for (const area of instrument.areas) ((areaGrades['properties'] as Record<string, Json>)[area.id] as Json)['description'] = area.title;
  }
  return { title: `${instrument.title} assessment (${instrument.id}, schemaVersion 1)`, ...schema };
}

/** The schema of one instrument's assessments, annotated. */
const schemaOf = (instrument: Instrument): Json => annotate(toJsonSchema(assessmentSchemaFor(instrument)), instrument);

/**
 * The JSON Schema (draft 2020-12) of the assessment contract, generated from the same zod
 * schemas the library validates with, so the two cannot drift. With no instrument named it
 * accepts an assessment of any visible instrument (`anyOf`, one branch per instrument).
 *
 * Three checks are not in the JSON Schema; the library still makes them: two relate fields
 * (a date of birth after `assessedOn`, and a sub-area rated both whole and by items), and
 * one refuses a child flag written almost like a known one (`Disabled`, `run_away`), or
 * joining one with others (`disabled, runaway`), by normalising it, which a pattern cannot say.
 *
 * The schema and each instrument's branch have a `title`, and every property a
 * `description` (rating keys and areas by their titles in the instrument). It has no `$id`:
 * it changes with the instruments you pass, so give it the URI you publish it under.
 *
 * @throws {@link OperationError} `unknown-instrument` when `instrument` names no visible
 * instrument; {@link OptionsError} for malformed options (an option it does not take among them).
 * @example
 * ```ts
 * const schema = assessmentJsonSchema({ instrument: 'gcp2' });
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * schema.title; // 'Graded Care Profile 2 assessment (gcp2, schemaVersion 1)'
 * schema.required; // ['schemaVersion', 'id', 'instrument', 'child', 'assessedOn', 'ratings']
 * const published = { $id: 'https://example.org/schemas/gcp2-assessment.json', ...schema };
 * ```
 */
export function assessmentJsonSchema(options?: JsonSchemaOptions): JsonSchema {
  options = optionsObject(options, JSON_SCHEMA_OPTIONS);
  if (options?.instrument !== undefined) return schemaOf(instrumentById(options.instrument, options));
  // One branch per visible id, the instrument the parser would find for it (the first given).
  const visible: Instrument[] = [];
  for (const instrument of [...(options?.instruments ?? []), ...builtinInstruments]) {
    if (!visible.some((seen) => seen.id === instrument.id)) visible.push(instrument);
  }
  const branches = visible.map((instrument) => {
    const { $schema, ...branch } = schemaOf(instrument);
    return branch;
  });
  return {
    title: 'graded-care assessment (schemaVersion 1)',
    description: `One assessment of one child with one instrument: ${visible.map((instrument) => instrument.id).join(', ')}.`,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    anyOf: branches,
  };
}
