import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { ROOT } from './run.js';

/*
 * Reads the public API's documentation with the TypeScript compiler, and runs its `@example`
 * blocks. The convention the examples follow (and this file enforces):
 *
 *   expression; // expected value
 *
 * An expression statement followed by a `//` comment (on its line, or on the lines right
 * after it) asserts that the expression's value is the comment's value, written as a
 * JavaScript literal. After the value, a remark in parentheses may follow:
 * `// 4 (mode-worse over 4, 4, 2, 3)`. Inside the value, `…` means "and more": a number
 * `0.8387…` has those leading digits; a string `'Invalid …'` has any text there; an object
 * `{ kappa: null, … }` has at least those properties; an array `[1, 2, …]` starts with those
 * elements. `// throws OperationError: Unknown instrument …` asserts that the expression throws
 * an error of that name whose message starts with that text; `// throws OperationError
 * (unknown-instrument): …` asserts its `code` too. A value comment after a declaration
 * (`const n = f(); // 4`) would never be checked, so it fails the example.
 */

/** The kinds of exported symbol the rule distinguishes. */
export type ExportKind = 'function' | 'class' | 'constant' | 'interface' | 'type';

/** One exported symbol of an entry point with its documentation. */
export interface DocumentedExport {
  /** The entry point, relative to the project root. */
  readonly entry: string;
  readonly name: string;
  readonly kind: ExportKind;
  /** The JSDoc summary (the text before the first block tag). */
  readonly summary: string;
  /** The text of each `@example` tag. */
  readonly examples: readonly string[];
}

/** The entry points the package exports (package.json `exports`), as source files. */
export const ENTRY_POINTS = ['src/index.ts', 'src/svg/index.ts'] as const;

function compilerOptions(): ts.CompilerOptions {
  const path = resolve(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(path, (p) => readFileSync(p, 'utf8'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return { ...parsed.options, noEmit: true, noUnusedLocals: false, noUnusedParameters: false };
}

function kindOf(symbol: ts.Symbol): ExportKind | undefined {
  const flags = symbol.flags;
  if (flags & ts.SymbolFlags.Function) return 'function';
  if (flags & ts.SymbolFlags.Class) return 'class';
  if (flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Enum)) return 'constant';
  if (flags & ts.SymbolFlags.Interface) return 'interface';
  if (flags & ts.SymbolFlags.TypeAlias) return 'type';
  return undefined;
}

/**
 * Every symbol exported by the entry points, with its summary and examples, read with the
 * TypeScript compiler (so `export *` and `export type *` re-exports are followed).
 */
export function documentedExports(program: ts.Program = ts.createProgram(ENTRY_POINTS.map((e) => resolve(ROOT, e)), compilerOptions())): DocumentedExport[] {
  const checker = program.getTypeChecker();
  const out: DocumentedExport[] = [];
  for (const entry of ENTRY_POINTS) {
    const file = program.getSourceFile(resolve(ROOT, entry));
    const module = file && checker.getSymbolAtLocation(file);
    if (module === undefined) throw new Error(`${entry}: not found, or not a module`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const kind = kindOf(symbol);
      if (kind === undefined) throw new Error(`${entry}: ${exported.name} is neither a function, class, constant, interface nor type`);
      out.push({
        entry,
        name: exported.name,
        kind,
        summary: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
        examples: symbol.getJsDocTags(checker).filter((tag) => tag.name === 'example').map((tag) => ts.displayPartsToString(tag.text)),
      });
    }
  }
  return out;
}

/** The TypeScript code of an `@example` tag: the body of its ```ts fence. */
export function exampleCode(example: string): string | undefined {
  return /```ts\n([\s\S]*?)```/.exec(example)?.[1];
}

// ---------------------------------------------------------------- expected values

/** A number written with `…`: the actual number's decimal text starts with these digits. */
class Approximately {
  constructor(readonly digits: string) {}

  /** `312…` is 312.x, not 3125: without a point in the digits, more digits must follow one. */
  matches(actual: unknown): boolean {
    if (typeof actual !== 'number') return false;
    const text = String(actual);
    if (!text.startsWith(this.digits)) return false;
    const rest = text.slice(this.digits.length);
    return this.digits.includes('.') ? /^\d*$/.test(rest) : rest === '' || /^\.\d+$/.test(rest);
  }
}

const REST = Symbol('…');

/** An expected result: a value, or an error thrown. */
export type Expected = { readonly value: unknown } | { readonly throws: string; readonly code?: string; readonly message: string };

function evaluateLiteral(text: string): { value: unknown } | undefined {
  // `…` outside strings: after digits it marks a prefix of a number; elsewhere "and more".
  let code = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote !== null) {
      code += c;
      if (c === '\\') code += text[++i] ?? '';
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      code += c;
    } else if (c === '…') {
      const digits = /-?\d+(?:\.\d+)?$/.exec(code);
      code = digits ? `${code.slice(0, digits.index)}__approx(${JSON.stringify(digits[0])})` : `${code}__REST__`;
    } else code += c;
  }
  try {
    const literal = new Function('__REST__', '__approx', `"use strict"; return (${code});`) as (rest: symbol, approx: (d: string) => Approximately) => unknown;
    return { value: literal(REST, (d) => new Approximately(d)) };
  } catch {
    return undefined;
  }
}

/** Reads a result comment (without the `//`s); `undefined` when it is not a value. */
export function parseExpected(comment: string): Expected | undefined {
  const text = comment.trim();
  const thrown = /^throws (\w+)(?: \(([\w-]+)\))?(?::\s*([\s\S]*))?$/.exec(text);
  if (thrown) {
    const message = (thrown[3] ?? '').trim();
    return thrown[2] === undefined ? { throws: thrown[1] as string, message } : { throws: thrown[1] as string, code: thrown[2], message };
  }
  const remark = /^([\s\S]*?\S)\s+\((?:[^()]|\([^()]*\))*\)$/.exec(text);
  if (remark) {
    const value = evaluateLiteral(remark[1] as string);
    if (value !== undefined) return value;
  }
  return evaluateLiteral(text);
}

function wildcard(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*')}$`);
}

/** Whether `actual` is what `expected` describes (see the conventions at the top). */
export function matches(actual: unknown, expected: unknown): boolean {
  if (expected instanceof Approximately) return expected.matches(actual);
  if (typeof expected === 'string') return typeof actual === 'string' && (expected.includes('…') ? wildcard(expected).test(actual) : actual === expected);
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const open = expected[expected.length - 1] === REST;
    const items = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < items.length : actual.length !== items.length) return false;
    return items.every((item, i) => matches(actual[i], item));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    const open = Object.hasOwn(expected, '__REST__');
    const keys = Object.keys(expected).filter((k) => k !== '__REST__');
    if (!open && Object.keys(actual).length !== keys.length) return false;
    return keys.every((k) => Object.hasOwn(actual, k) && matches((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k]));
  }
  return Object.is(actual, expected);
}

// ---------------------------------------------------------------- running examples

/** One `expression; // value` assertion of an example. */
export interface Check {
  readonly line: number;
  readonly expression: string;
  readonly comment: string;
  readonly expected: Expected | undefined;
}

/** The example with each assertion replaced by a call of `__check(index, () => expression)`. */
export interface InstrumentedExample {
  readonly checks: readonly Check[];
  /** Value comments after declarations (`const n = f(); // 4`), which no check would read. */
  readonly unchecked: readonly { readonly line: number; readonly comment: string }[];
  readonly code: string;
}

/** Finds the assertions of an example and rewrites them as `__check` calls. */
export function instrument(code: string): InstrumentedExample {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { statement: ts.ExpressionStatement; comment: string; expected: Expected | undefined }[] = [];
  const unchecked: { line: number; comment: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableStatement(node)) {
      for (const c of ts.getTrailingCommentRanges(code, node.end) ?? []) {
        if (c.kind !== ts.SyntaxKind.SingleLineCommentTrivia) continue;
        unchecked.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, comment: code.slice(c.pos + 2, c.end).trim() });
      }
    }
    if (ts.isExpressionStatement(node)) {
      const comments = [...(ts.getTrailingCommentRanges(code, node.end) ?? []), ...(ts.getLeadingCommentRanges(code, node.end) ?? [])]
        .filter((c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia)
        .map((c) => code.slice(c.pos + 2, c.end).trim());
      if (comments.length === 0) return;
      // The value may run on over the following comment lines: take the shortest that reads.
      for (let n = 1; n <= comments.length; n++) {
        const comment = comments.slice(0, n).join(' ');
        const expected = parseExpected(comment);
        if (expected !== undefined || n === comments.length) {
          found.push({ statement: node, comment, expected });
          return;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let rewritten = code;
  const checks: Check[] = found.map(({ statement, comment, expected }) => ({
    line: file.getLineAndCharacterOfPosition(statement.getStart(file)).line + 1,
    expression: statement.expression.getText(file),
    comment,
    expected,
  }));
  for (let i = found.length - 1; i >= 0; i--) {
    const { statement } = found[i] as (typeof found)[number];
    rewritten = `${rewritten.slice(0, statement.getStart(file))}__check(${i}, () => (${statement.expression.getText(file)}));${rewritten.slice(statement.end)}`;
  }
  return { checks, unchecked, code: rewritten };
}

/** What running an example found. */
export interface ExampleRun {
  readonly checks: readonly Check[];
  /** One line per failed or never-reached check, per unchecked comment, or per error the example threw. */
  readonly failures: readonly string[];
}

const show = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Runs an example with `scope` (the package's exports) in scope, checking every assertion. */
export function runExample(code: string, scope: Readonly<Record<string, unknown>>): ExampleRun {
  const { checks, unchecked, code: instrumented } = instrument(code);
  const js = ts.transpileModule(instrumented, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const failures: string[] = unchecked.map(({ line, comment }) => `line ${line}: // ${comment}: a comment after a declaration is never checked; write \`name; // value\``);
  const reached = new Set<number>();
  const check = (i: number, evaluate: () => unknown): void => {
    reached.add(i);
    const { expected, line, expression, comment } = checks[i] as Check;
    const where = `line ${line}: ${expression} // ${comment}`;
    if (expected === undefined) {
      failures.push(`${where}: the comment is not a value (see test/support/doc-comments.ts)`);
      return;
    }
    let actual: unknown;
    try {
      actual = evaluate();
    } catch (error) {
      if ('throws' in expected) {
        const { name, message, code } = error as Error & { code?: unknown };
        const codeOk = expected.code === undefined || code === expected.code;
        if (name !== expected.throws || !codeOk || !wildcard(`${expected.message}…`).test(message)) failures.push(`${where}: threw ${name}${code === undefined ? '' : ` (${String(code)})`}: ${message}`);
        return;
      }
      failures.push(`${where}: threw ${(error as Error).name}: ${(error as Error).message}`);
      return;
    }
    if ('throws' in expected) failures.push(`${where}: returned ${show(actual)} instead of throwing`);
    else if (!matches(actual, expected.value)) failures.push(`${where}: is ${show(actual)}`);
  };
  const names = Object.keys(scope);
  try {
    new Function(...names, '__check', js)(...names.map((n) => scope[n]), check);
  } catch (error) {
    failures.push(`the example threw ${(error as Error).name}: ${(error as Error).message}`);
  }
  checks.forEach((c, i) => {
    if (!reached.has(i)) failures.push(`line ${c.line}: ${c.expression} // ${c.comment}: never reached`);
  });
  return { checks, failures };
}

// ---------------------------------------------------------------- type-checking examples

/**
 * Type-checks every example as a user would write it: in a module that imports every export
 * of both entry points, under the project's compiler options. Returns one message per error.
 */
export function typeCheckExamples(examples: readonly { id: string; code: string }[], exports: readonly Pick<DocumentedExport, 'entry' | 'name' | 'kind'>[]): string[] {
  const options = compilerOptions();
  const files = new Map<string, string>();
  const imports = ENTRY_POINTS.map((entry) => {
    const names = exports.filter((e) => e.entry === entry).map((e) => (e.kind === 'interface' || e.kind === 'type' ? `type ${e.name}` : e.name));
    return `import { ${names.join(', ')} } from '${resolve(ROOT, entry).replace(/\.ts$/, '.js')}';`;
  });
  examples.forEach(({ code }, i) => {
    const path = resolve(ROOT, `src/__example_${i}__.ts`);
    files.set(path, `${imports.join(' ')}\nexport async function example(): Promise<void> {\n${code}\n}\n`);
  });
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (p) => files.get(resolve(p)) ?? readFile(p);
  host.fileExists = (p) => files.has(resolve(p)) || fileExists(p);
  host.getSourceFile = (p, language, onError, create) => {
    const text = files.get(resolve(p));
    return text === undefined ? getSourceFile(p, language, onError, create) : ts.createSourceFile(p, text, language, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const messages: string[] = [];
  [...files.keys()].forEach((path, i) => {
    const file = program.getSourceFile(path);
    for (const d of ts.getPreEmitDiagnostics(program, file)) {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line - 1 : 0;
      messages.push(`${examples[i]?.id} line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    }
  });
  return messages;
}
