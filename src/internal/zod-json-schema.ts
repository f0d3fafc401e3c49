import type { core } from 'zod/mini';

type Json = { [keyword: string]: unknown };
type Def = core.$ZodTypeDef & Record<string, any>;

function defOf(schema: core.$ZodType): Def {
  return schema._zod.def as Def;
}

function checksOf(def: Def): Def[] {
  return ((def['checks'] ?? []) as core.$ZodCheck[]).map((check) => check._zod.def as unknown as Def);
}

/** String, number and array limits, in the order zod writes them. */
function limits(def: Def, into: Json, keywords: { min: string; max: string }): void {
  for (const check of checksOf(def)) {
    if (check['check'] === 'min_length') into[keywords.min] = check['minimum'];
    else if (check['check'] === 'max_length') into[keywords.max] = check['maximum'];
    else if (check['check'] === 'greater_than') into[check['inclusive'] ? 'minimum' : 'exclusiveMinimum'] = check['value'];
    else if (check['check'] === 'less_than') into[check['inclusive'] ? 'maximum' : 'exclusiveMaximum'] = check['value'];
    else if (check['check'] === 'string_format' && check['format'] === 'regex') into['pattern'] = (check['pattern'] as RegExp).source;
  }
}

function emit(schema: core.$ZodType): Json {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const out: Json = { type: 'string' };
      if (def['format'] === 'date') Object.assign(out, { format: 'date', pattern: (def['pattern'] as RegExp).source });
      limits(def, out, { min: 'minLength', max: 'maxLength' });
      return out;
    }
    case 'number': {
      const out: Json = { type: def['format'] === 'safeint' ? 'integer' : 'number' };
      limits(def, out, { min: 'minimum', max: 'maximum' });
      return out;
    }
    case 'literal': {
      const [value] = def['values'] as unknown[];
      return { type: typeof value, const: value };
    }
    case 'enum':
      return { type: 'string', enum: Object.values(def['entries'] as Record<string, string>) };
    case 'union':
      return { anyOf: (def['options'] as core.$ZodType[]).map(emit) };
    case 'array': {
      const out: Json = { type: 'array', items: emit(def['element'] as core.$ZodType) };
      limits(def, out, { min: 'minItems', max: 'maxItems' });
      return out;
    }
    case 'record':
      return { type: 'object', propertyNames: emit(def['keyType'] as core.$ZodType), additionalProperties: emit(def['valueType'] as core.$ZodType) };
    case 'object': {
      const shape = def['shape'] as Record<string, core.$ZodType>;
      const properties: Json = {};
      const required: string[] = [];
      for (const [key, value] of Object.entries(shape)) {
        const optional = defOf(value).type === 'optional';
        properties[key] = emit(optional ? (defOf(value)['innerType'] as core.$ZodType) : value);
        if (!optional) required.push(key);
      }
      const out: Json = { type: 'object', properties };
      if (required.length > 0) out['required'] = required;
      const catchall = def['catchall'] as core.$ZodType | undefined;
      if (catchall !== undefined && defOf(catchall).type === 'never') out['additionalProperties'] = false;
      return out;
    }
    default:
      return {};
  }
}

/**
 * Writes a zod schema as JSON Schema (draft 2020-12), reading the schema's own definition.
 * It covers only the kinds of schema the contract uses, and a test holds its output equal to
 * zod's own `toJSONSchema` for every instrument; it exists because zod's general generator
 * would more than double the size of the browser bundle.
 */
export function toJsonSchema(schema: core.$ZodType): Json {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...emit(schema) };
}
