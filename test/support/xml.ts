/**
 * A small, strict XML 1.0 well-formedness checker for the tests (no DTDs, no CDATA, no
 * processing instructions besides the declaration): one root element, properly nested and
 * closed tags, quoted and unique attributes, `<` never in text or attribute values, `&` only
 * in the five predefined or numeric character references, and no characters XML forbids.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

const NAME = /[A-Za-z_:][\w.:-]*/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function fail(message: string, at: number): never {
  throw new Error(`not well-formed XML at character ${at}: ${message}`);
}

/** Decodes character data, refusing a bare `&` or `<`. */
function decode(raw: string, at: number): string {
  if (raw.includes('<')) fail('"<" in character data', at);
  return raw.replace(/&([^;]*);?/g, (match, ref: string) => {
    if (!match.endsWith(';')) fail(`"&" not starting a reference (${match.slice(0, 10)})`, at);
    if (ref in ENTITIES) return ENTITIES[ref] as string;
    const code = /^#x[0-9A-Fa-f]+$/.test(ref) ? Number.parseInt(ref.slice(2), 16) : /^#\d+$/.test(ref) ? Number(ref.slice(1)) : NaN;
    if (Number.isNaN(code)) fail(`unknown entity &${ref};`, at);
    return String.fromCodePoint(code);
  });
}

/** Parses `xml`, returning the root element, or throws naming the first problem. */
export function parseXml(xml: string): XmlElement {
  const bad = FORBIDDEN.exec(xml);
  if (bad) fail(`character U+${bad[0].charCodeAt(0).toString(16).toUpperCase()} is not allowed`, bad.index);
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(xml);
    if (!m) fail('expected a name', i);
    i += m[0].length;
    return m[0];
  };
  const space = () => {
    while (i < xml.length && /\s/.test(xml[i] as string)) i++;
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('unclosed XML declaration', 0);
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const chunk = xml.slice(i, lt < 0 ? xml.length : lt);
    const top = stack[stack.length - 1];
    if (top) top.text += decode(chunk, i);
    else if (chunk.trim() !== '') fail('text outside the root element', i);
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) fail('unclosed comment', i);
      i = end + 3;
    } else if (xml.startsWith('</', i)) {
      i += 2;
      const closing = name();
      space();
      if (xml[i] !== '>') fail(`expected ">" closing </${closing}`, i);
      i++;
      const open = stack.pop();
      if (!open || open.name !== closing) fail(`</${closing}> closes <${open?.name ?? 'nothing'}>`, i);
    } else {
      i++;
      const element: XmlElement = { name: name(), attributes: {}, children: [], text: '' };
      const attributes = element.attributes as Record<string, string>;
      for (;;) {
        const before = i;
        space();
        if (xml[i] === '>' || xml.startsWith('/>', i)) break;
        if (i === before) fail(`expected white space before an attribute of <${element.name}>`, i);
        const attribute = name();
        space();
        if (xml[i] !== '=') fail(`expected "=" after ${attribute}`, i);
        i++;
        space();
        const quote = xml[i];
        if (quote !== '"' && quote !== "'") fail(`unquoted value of ${attribute}`, i);
        const end = xml.indexOf(quote, i + 1);
        if (end < 0) fail(`unclosed value of ${attribute}`, i);
        if (attribute in attributes) fail(`repeated attribute ${attribute}`, i);
        attributes[attribute] = decode(xml.slice(i + 1, end), i);
        i = end + 1;
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) fail('a second root element', i);
      else root = element;
      if (xml[i] === '>') {
        stack.push(element);
        i++;
      } else i += 2;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]?.name}> is not closed`, xml.length);
  if (!root) fail('no root element', 0);
  return root;
}

/** Every element below (and including) `root`, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}
