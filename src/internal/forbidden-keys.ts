import { type Issue, type IssuePath, makeIssue } from '../errors.js';

/** Keys that reach an object's prototype when copied; never accepted as data keys. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Lists every own key named `__proto__`, `constructor` or `prototype` anywhere in a JSON
 * value. `JSON.parse` creates such keys as plain data; copying them would pollute prototypes,
 * so every boundary refuses them before anything else reads the input.
 */
export function findForbiddenKeys(value: unknown, path: IssuePath = [], issues: Issue[] = [], depth = 0): Issue[] {
  if (typeof value !== 'object' || value === null || depth > 64) return issues;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) findForbiddenKeys(value[i], [...path, i], issues, depth + 1);
    return issues;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push(makeIssue([...path, key], 'a data key (never "__proto__", "constructor" or "prototype")', `the forbidden key ${JSON.stringify(key)}`));
    } else {
      findForbiddenKeys((value as Record<string, unknown>)[key], [...path, key], issues, depth + 1);
    }
  }
  return issues;
}
