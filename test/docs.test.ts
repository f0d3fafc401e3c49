import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as svg from '../src/svg/index.js';
import { type DocumentedExport, documentedExports, ENTRY_POINTS, exampleCode, instrument, matches, parseExpected, runExample, typeCheckExamples } from './support/doc-comments.js';
import { ROOT } from './support/run.js';

/*
 * The documentation rule (style guide §6, issue #7): every exported symbol of every entry
 * point has a JSDoc summary, and every exported function, class and constant an `@example`
 * that shows its result — and every example is true: it type-checks against the package and,
 * run, gives the values its comments say. New exports (a new layer, a new entry point in
 * package.json) fall under the same rule without anyone listing them here.
 */

const exported = documentedExports();
const scope: Record<string, unknown> = { ...core, ...svg };
const needsExample = (e: DocumentedExport) => e.kind === 'function' || e.kind === 'class' || e.kind === 'constant';
const label = (e: DocumentedExport) => `${e.entry}: ${e.name} (${e.kind})`;

describe('the documentation rule', () => {
  it('reads every entry point the package exports', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');
    expect(subpaths).toHaveLength(ENTRY_POINTS.length);
    const typedoc = JSON.parse(readFileSync(resolve(ROOT, 'typedoc.json'), 'utf8')) as Record<string, unknown>;
    expect(typedoc['entryPoints']).toEqual([...ENTRY_POINTS]);
    // Every runtime export is seen, so none can escape the rule.
    const runtime = [...Object.keys(core).map((n) => `src/index.ts:${n}`), ...Object.keys(svg).map((n) => `src/svg/index.ts:${n}`)];
    const seen = new Set(exported.map((e) => `${e.entry}:${e.name}`));
    expect(runtime.filter((n) => !seen.has(n))).toEqual([]);
    expect(exported.length).toBeGreaterThan(100);
  });

  it('keeps TypeDoc strict: every warning fails `npm run docs`, undocumented members included', () => {
    const typedoc = JSON.parse(readFileSync(resolve(ROOT, 'typedoc.json'), 'utf8')) as Record<string, unknown>;
    expect(typedoc['treatWarningsAsErrors']).toBe(true);
    expect(typedoc['validation']).toMatchObject({ notDocumented: true, invalidLink: true, notExported: true });
    expect(typedoc['requiredToBeDocumented']).toEqual(expect.arrayContaining(['Function', 'Class', 'Variable', 'Interface', 'TypeAlias', 'Property', 'Method']));
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['docs']).toBe('typedoc');
    expect(pkg.scripts['test']).toMatch(/npm run build && npm run docs && /);
  });

  it('every exported symbol has a summary', () => {
    expect(exported.filter((e) => e.summary === '').map(label)).toEqual([]);
  });

  it('every exported function, class and constant has an @example with a ts block', () => {
    expect(exported.filter((e) => needsExample(e) && !e.examples.some((x) => exampleCode(x) !== undefined)).map(label)).toEqual([]);
  });

  it('every function, class and constant example shows a result: at least one `expression; // value`', () => {
    const silent = exported.filter((e) => needsExample(e) && e.examples.some((x) => instrument(exampleCode(x) ?? '').checks.length === 0));
    expect(silent.map(label)).toEqual([]);
  });
});

describe('every @example is true', () => {
  const examples = exported.flatMap((e) => e.examples.map((x, i) => ({ id: `${e.entry}: ${e.name} @example ${i + 1}`, code: exampleCode(x) ?? '' })));

  it('type-checks against the package, as a user would write it', () => {
    expect(typeCheckExamples(examples, exported)).toEqual([]);
  });

  for (const { id, code } of examples) {
    it(`${id} gives the values its comments say`, () => {
      expect(runExample(code, scope).failures).toEqual([]);
    });
  }
});

describe('the example checker itself', () => {
  it('reads values, remarks, partial values and thrown errors', () => {
    expect(parseExpected("['a', 'b'] (a remark)")).toEqual({ value: ['a', 'b'] });
    expect(parseExpected('throws OperationError: Unknown instrument …')).toEqual({ throws: 'OperationError', message: 'Unknown instrument …' });
    expect(parseExpected('true (at concern since 2025-02-03, 182 days)')).toEqual({ value: true });
    expect(parseExpected('the grade of nutrition')).toBeUndefined();
    const partial = parseExpected('{ kappa: 0.8387…, n: 5, … }');
    expect(partial !== undefined && 'value' in partial && matches({ kappa: 0.8387096774193549, n: 5, observed: 0.95 }, partial.value)).toBe(true);
    expect(partial !== undefined && 'value' in partial && matches({ kappa: 0.8397, n: 5 }, partial.value)).toBe(false);
    const exact = parseExpected('{ n: 5 }');
    expect(exact !== undefined && 'value' in exact && matches({ n: 5, extra: 1 }, exact.value)).toBe(false);
    expect(parseExpected('throws OperationError (out-of-order): later …')).toEqual({ throws: 'OperationError', code: 'out-of-order', message: 'later …' });
  });

  it('reads `312…` as 312 and its decimals, not as any number whose text starts 312', () => {
    const rate = parseExpected('312…');
    const value = rate !== undefined && 'value' in rate ? rate.value : undefined;
    expect([312, 312.6, 3125, 31.2].map((n) => matches(n, value))).toEqual([true, true, false, false]);
    const kappa = parseExpected('0.2295…');
    expect([0.22959962, 0.2295, 0.2296].map((n) => matches(n, kappa !== undefined && 'value' in kappa ? kappa.value : undefined))).toEqual([true, true, false]);
  });

  it('fails a wrong error code, and a value comment after a declaration, which no check would read', () => {
    const run = runExample(
      [
        "getInstrument('gcp3'); // throws OperationError (unknown-instrument): Unknown instrument",
        "getInstrument('gcp3'); // throws OperationError (out-of-order): Unknown instrument",
        "const n = getInstrument('gcp2').areas.length; // 5",
      ].join('\n'),
      scope,
    );
    expect(run.failures).toEqual([
      "line 3: // 5: a comment after a declaration is never checked; write `name; // value`",
      expect.stringMatching(/^line 2: .*: threw OperationError \(unknown-instrument\): Unknown instrument/),
    ]);
  });

  it('fails an example whose value is wrong, whose comment is no value, or whose check is never reached', () => {
    const run = runExample(
      [
        "getInstrument('gcp2').areas.length; // 4",
        "getInstrument('gcp2').areas.length; // 5",
        "getInstrument('gcp2').id; // the second edition",
        "getInstrument('gcp3'); // throws OperationError: Unknown instrument \"gcp3\"",
        "getInstrument('gcp2'); // throws OperationError",
        "if (getInstrument('gcp2').family === 'star') {",
        '  getInstrument(\'gcp2\').id; // \'gcp2\'',
        '}',
      ].join('\n'),
      scope,
    );
    expect(run.checks).toHaveLength(6);
    expect(run.failures).toEqual([
      "line 2: getInstrument('gcp2').areas.length // 5: is 4",
      "line 3: getInstrument('gcp2').id // the second edition: the comment is not a value (see test/support/doc-comments.ts)",
      expect.stringMatching(/^line 5: .*: returned .* instead of throwing$/),
      "line 7: getInstrument('gcp2').id // 'gcp2': never reached",
    ]);
  });

  it('fails an example that does not type-check', () => {
    const errors = typeCheckExamples([{ id: 'bad', code: "const n: number = getInstrument('gcp2').id;" }], [{ entry: 'src/index.ts', name: 'getInstrument', kind: 'function' }]);
    expect(errors).toEqual([expect.stringMatching(/^bad line 1: Type 'string' is not assignable to type 'number'/)]);
  });
});
