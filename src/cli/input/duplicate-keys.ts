import { lineAt } from './json-error.js';

/**
 * The first key that appears twice in one object of a JSON text, with its line; `null` when
 * none does. `JSON.parse` keeps the last of two equal keys without a word, so a side file
 * with a group or a policy field written twice would be read wrongly in silence. The text
 * must already be valid JSON (parse it first): this scan only tracks strings and nesting.
 */
export function firstDuplicateKey(text: string): { key: string; line: number } | null {
  // One entry per open bracket: the keys seen so far in an object, `null` for an array.
  const open: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') open.push(new Set());
    else if (c === '[') open.push(null);
    else if (c === '}' || c === ']') open.pop();
    else if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const keys = open[open.length - 1];
      if (keys === undefined || keys === null) continue;
      let next = i + 1;
      while (/\s/.test(text[next] ?? '')) next++;
      if (text[next] !== ':') continue;
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      if (keys.has(key)) return { key, line: lineAt(text, start) };
      keys.add(key);
    }
  }
  return null;
}
