/**
 * Where a JSON text goes wrong, for messages: V8 gives a position for some errors only
 * (`Unexpected token ']', "…" is not valid JSON` has none), so the text is scanned for it.
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const LITERALS = ['true', 'false', 'null'];

/** The end of the string that starts at `i` (after its closing quote), or the offset of its first fault. */
function stringEnd(text: string, i: number): { end: number } | { fault: number } {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return { end: j + 1 };
    if (c < 0x20) return { fault: j };
    if (c === 0x5c) {
      ESCAPE.lastIndex = j;
      if (!ESCAPE.test(text)) return { fault: j };
      j = ESCAPE.lastIndex - 1;
    }
  }
  return { fault: text.length };
}

/** The end of the scalar (string, number, literal) that starts at `i`, or the offset of its fault. */
function scalarEnd(text: string, i: number): { end: number } | { fault: number } {
  if (text[i] === '"') return stringEnd(text, i);
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) return { end: NUMBER.lastIndex };
  const literal = LITERALS.find((l) => text.startsWith(l, i));
  return literal === undefined ? { fault: i } : { end: i + literal.length };
}

/**
 * The offset of the first character at which `text` stops being JSON (its length when it
 * ends too early), or `null` when it is valid. Iterative, so deep nesting cannot overflow.
 */
export function jsonFaultOffset(text: string): number | null {
  const open: string[] = [];
  /** What may come next: a value, a value or `]`, a key or `}`, a key, or what follows a value. */
  let expect: 'value' | 'first-value' | 'first-key' | 'key' | 'after' = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
    const c = text[i];
    if (expect === 'after') {
      const top = open[open.length - 1];
      if (top === undefined) return i === text.length ? null : i;
      if (c === ',') expect = top === '{' ? 'key' : 'value';
      else if (c === (top === '{' ? '}' : ']')) open.pop();
      else return i;
      i++;
      continue;
    }
    if (i === text.length) return i;
    if ((expect === 'first-value' && c === ']') || (expect === 'first-key' && c === '}')) {
      open.pop();
      i++;
      expect = 'after';
      continue;
    }
    if (expect === 'first-key' || expect === 'key') {
      if (c !== '"') return i;
      const key = stringEnd(text, i);
      if ('fault' in key) return key.fault;
      i = key.end;
      while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
      if (text[i] !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (c === '[' || c === '{') {
      open.push(c);
      i++;
      expect = c === '[' ? 'first-value' : 'first-key';
      continue;
    }
    const scalar = scalarEnd(text, i);
    if ('fault' in scalar) return scalar.fault;
    i = scalar.end;
    expect = 'after';
  }
}

/**
 * What a fault at `offset` most likely is, when it is one of the two things people write in
 * JSON by habit from JavaScript: a comment, or a comma after the last item. Empty otherwise.
 */
export function jsonFaultHint(text: string, offset: number): string {
  if (text.startsWith('//', offset) || text.startsWith('/*', offset)) return '; JSON has no comments: remove them';
  if (text[offset] !== '}' && text[offset] !== ']') return '';
  let before = offset - 1;
  while (before >= 0 && ' \t\n\r'.includes(text[before] as string)) before--;
  return text[before] === ',' ? `; JSON takes no comma after the last item (line ${lineAt(text, before)})` : '';
}

/** The line (from 1) of an offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * JSON.parse's complaint in one line: V8 quotes the text around the fault, line ends and all,
 * so control characters are written as escapes (`\n`); a `(line N column M)` of newer V8 is
 * dropped, the caller naming the line.
 */
export function jsonReason(error: unknown): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  return (error as Error).message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/[\u0000-\u001f]/g, (c) => JSON.stringify(c).slice(1, -1));
}
