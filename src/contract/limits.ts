import { FORBIDDEN_KEYS } from '../internal/forbidden-keys.js';

/**
 * Size limits of the contract, shared by the zod schema (and so the JSON Schema) and the
 * fast validation path, so that the two cannot disagree.
 */
export const LIMITS = Object.freeze({
  /** Assessment, child, assessor ids and the locality. */
  idLength: 100,
  /** A rating's note. */
  noteLength: 2_000,
  flagCount: 20,
  flagLength: 50,
  attributeKeyLength: 50,
  attributeValueLength: 100,
});

/**
 * The form of an attribute key (a field analysts group by). The forbidden keys are refused
 * here too, made from the one list of them, so the JSON Schema, the fast path and every
 * check of an attribute name refuse what the forbidden-key check refuses.
 */
export const ATTRIBUTE_KEY = new RegExp(`^(?!(?:${[...FORBIDDEN_KEYS].join('|')})$)[A-Za-z][A-Za-z0-9_-]*$`);
