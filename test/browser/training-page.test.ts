import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineInstrument, getInstrument } from '../../src/index.js';
import { renderProfileChart, renderStarChart } from '../../src/svg/index.js';
import { textWidth } from '../../src/svg/xml.js';
import { ROOT } from '../support/run.js';

/*
 * The training page (examples/browser/) in a real, headless Chromium, served from 127.0.0.1
 * under a Content-Security-Policy without 'unsafe-eval'. The kappa it must show is
 * scikit-learn's, from test/agreement/kappa-reference.json (data set "browser-sample"), made by
 *   /usr/bin/python3 scripts/kappa-reference.py > test/agreement/kappa-reference.json
 */

const CHROMIUM = '/usr/bin/chromium';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'";
const SERVED = ['examples/browser/', 'dist/browser/'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const SCREENSHOT = resolve(ROOT, 'test/artifacts/training-page.png');

interface CohenCase {
  id: string;
  weights: string;
  a: number[];
  b: number[];
  sklearn: number;
  statsmodels: { lower: number | null; upper: number | null };
}
const reference = JSON.parse(readFileSync(resolve(ROOT, 'test/agreement/kappa-reference.json'), 'utf8')) as { cohen: CohenCase[] };
const sample = reference.cohen.find((c) => c.id === 'browser-sample' && c.weights === 'linear') as CohenCase;
const subAreas = getInstrument('gcp2').areas.flatMap((area) => area.subAreas.map((sub) => sub.id));

/** Serves only the page and the browser build, each response under the CSP. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)).replace(/^[/\\]+/, '');
    const file = resolve(ROOT, path);
    const allowed = SERVED.some((prefix) => path.startsWith(prefix)) && file.startsWith(ROOT + sep) && existsSync(file);
    if (!allowed) {
      response.writeHead(404, { 'Content-Security-Policy': CSP, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Security-Policy': CSP, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

describe('the training page in headless Chromium', () => {
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let userDataDir: string | undefined;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];

  /** Starts the server and the browser and opens the page; throws, clearly, when it cannot. */
  async function setUp(): Promise<void> {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does this when it is missing)`);
    }
    if (!existsSync(resolve(ROOT, 'dist/browser/graded-care.js')) || !existsSync(resolve(ROOT, 'dist/browser/svg.js'))) {
      throw new Error('dist/browser/ is missing: run `npm run build` (npm test builds before it tests)');
    }
    server = await serve();
    userDataDir = mkdtempSync(join(tmpdir(), 'graded-care-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    // Records every CSP violation the page meets (the init script itself runs outside the page's CSP).
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    const { port } = server.address() as AddressInfo;
    const response = await page.goto(`http://127.0.0.1:${port}/examples/browser/index.html`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  }

  // A failed set-up fails every test with its message (none is skipped).
  let setUpError: unknown;
  beforeAll(async () => {
    try {
      await setUp();
    } catch (error) {
      setUpError = error;
    }
  });
  const ready = () => {
    if (setUpError !== undefined) throw setUpError;
  };

  afterAll(async () => {
    await context?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('draws the family’s Star chart on load', async () => {
    ready();
    expect(await page.locator('#star svg line.spoke').count()).toBe(10);
    expect(await page.locator('#star svg circle.point.latest').count()).toBe(10);
    expect(await page.locator('#star svg circle.point.first').count()).toBe(10);
    expect(await page.locator('#star svg title').textContent()).toBe('Case T-1: Sam, aged 3: Family Star Plus');
  });

  it('takes the trainee’s grades and shows scikit-learn’s kappa, the feedback and the profile', async () => {
    ready();
    expect(sample.a).toHaveLength(subAreas.length);
    // The page's reference grading is the data set's b, so scikit-learn's kappa is the page's to show.
    const pageReference = (await page.evaluate("import('/examples/browser/sample-case.js').then((m) => m.REFERENCE.ratings)")) as Record<string, number>;
    expect(subAreas.map((id) => pageReference[id])).toEqual(sample.b);
    for (const [i, id] of subAreas.entries()) await page.selectOption(`select[name="${id}"]`, String(sample.a[i]));
    await page.click('#compare');
    await page.waitForSelector('#feedback:not([hidden])');
    expect(await page.textContent('#kappa')).toBe(sample.sklearn.toFixed(3));
    expect(await page.textContent('#kappa-weights')).toBe('linear');
    // The interval: statsmodels' bounds (from the same data set), kept within −1…1.
    const bound = (value: number | null): string => Math.min(1, Math.max(-1, value as number)).toFixed(2);
    expect(await page.textContent('#kappa-interval')).toBe(`${bound(sample.statsmodels.lower)} to ${bound(sample.statsmodels.upper)}`);
    expect(await page.textContent('#compared')).toBe('16 of 16');
    const exact = sample.a.filter((g, i) => g === sample.b[i]).length;
    expect(await page.textContent('#exact')).toBe(`${Math.round((exact / 16) * 100)}%`);
    // The profile: reference and trainee columns, a cell per area and sub-area each.
    expect(await page.locator('#profile svg g.column').count()).toBe(2);
    expect(await page.locator('#profile svg rect.cell').count()).toBe(2 * (4 + 16));
    expect(await page.locator('#profile svg title').textContent()).toContain('reference and your grades');
    const box = await page.locator('#profile svg').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    mkdirSync(resolve(ROOT, 'test/artifacts'), { recursive: true });
    // Removed first, so that the check below sees this run's screenshot, not an earlier one.
    rmSync(SCREENSHOT, { force: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });

  it('the browser parses both SVGs as XML without error', async () => {
    ready();
    const errors = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.picture svg')).map((svg) => {
        const parsed = new DOMParser().parseFromString(svg.outerHTML, 'image/svg+xml');
        return parsed.querySelector('parsererror')?.textContent ?? null;
      }),
    );
    expect(errors).toEqual([null, null]);
  });

  it('shows the library’s error when nothing is graded', async () => {
    ready();
    for (const id of subAreas) await page.selectOption(`select[name="${id}"]`, '');
    await page.click('#compare');
    await expect.poll(() => page.textContent('#error')).toContain('no sub-area was graded');
  });

  it('validates bad input in the page under the CSP (the full validation path, no eval)', async () => {
    ready();
    // Run from a timer, by the page itself, so that the page's CSP applies to all it does. (A
    // string, since vitest rewrites import() in this file's functions.)
    await page.evaluate(`setTimeout(() => {
      import('/dist/browser/graded-care.js').then((core) => {
        const bad = { schemaVersion: 1, id: 'x', instrument: 'gcp2', child: { id: 'c' }, assessedOn: '2025-02-30', ratings: { 'physical.nutrition': 9 } };
        window.badInput = core.safeParseAssessment(bad).issues.map((issue) => issue.path.join('/'));
      });
    }, 0)`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { badInput?: string[] }).badInput)).toEqual(['assessedOn', 'ratings/physical.nutrition']);
  });

  it('met no CSP violation and raised no page errors, console errors or failed requests', async () => {
    ready();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('serves under a CSP that forbids eval: a string timer is refused', async () => {
    ready();
    expect(CSP).not.toContain('unsafe-eval');
    // A string given to setTimeout is compiled later, by the page itself, so the CSP applies.
    await page.evaluate(() => setTimeout('window.evalRan = true', 0));
    await expect.poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual(['script-src eval']);
    expect(await page.evaluate(() => (window as unknown as { evalRan?: boolean }).evalRan)).toBeUndefined();
  });

  it('lays out every text of a picture with the longest ids inside its frame, as the browser measures it', async () => {
    ready();
    // The pictures cut text by an estimate of glyph widths; the browser's own layout is the
    // independent yardstick. Wide letters, at the contract's longest child and assessment ids.
    const child = { id: 'W'.repeat(100) };
    const star = (id: string, on: string) => ({ schemaVersion: 1, id, instrument: 'family-star-plus', child, assessedOn: on, ratings: { 'family-routine': 3 } });
    const gcp = (id: string, on: string) => ({ schemaVersion: 1, id, instrument: 'gcp2', child, assessedOn: on, ratings: { 'physical.nutrition': 3 } });
    // A defined Star whose area and stage titles are at the definition's limit, 200 characters.
    const words = Array.from({ length: 40 }, () => 'WWWW').join(' ').slice(0, 200);
    const wide = defineInstrument({
      id: 'wide-star', edition: '1', title: 'Wide star', family: 'star', direction: 'higher-is-better', scale: { min: 1, max: 10 },
      areas: Array.from({ length: 8 }, (_, i) => ({ id: `area-${i}`, title: i % 2 === 0 ? words : 'W'.repeat(200) })),
      stages: [{ id: 'low', title: 'M'.repeat(200), min: 1, max: 5 }, { id: 'high', title: words, min: 6, max: 10 }],
    });
    const wideReading = (id: string, on: string) => ({ schemaVersion: 1, id, instrument: 'wide-star', child, assessedOn: on, ratings: { 'area-0': 3 } });
    const pictures = [
      renderStarChart([star(`${'M'.repeat(99)}1`, '2025-01-06'), star(`${'M'.repeat(99)}2`, '2025-06-02')] as never),
      renderStarChart([wideReading('S-1', '2025-01-06'), wideReading('S-2', '2025-06-02')] as never, { instruments: [wide] }),
      renderProfileChart([gcp(`${'M'.repeat(99)}1`, '2025-01-06'), gcp(`${'M'.repeat(99)}2`, '2025-06-02')] as never),
    ];
    const measured = await context!.newPage();
    try {
      for (const svg of pictures) {
        await measured.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
        const outside = await measured.evaluate(() => {
          const root = document.querySelector('svg') as SVGSVGElement;
          const width = root.width.baseVal.value;
          return Array.from(root.querySelectorAll('text')).flatMap((t) => {
            const box = (t as SVGTextElement).getBBox();
            return box.x < -0.5 || box.x + box.width > width + 0.5 ? [`${t.textContent} (${Math.round(box.x)}–${Math.round(box.x + box.width)} of ${width})`] : [];
          });
        });
        expect(outside).toEqual([]);
      }
    } finally {
      await measured.close();
    }
  });
  it('lays out each picture on a right-to-left page as on a left-to-right one, every text inside its frame', async () => {
    ready();
    // An Arabic or Hebrew training page sets dir="rtl"; inherited, it turned every start
    // anchor round: the profile's row labels, heading and legend ran off its left edge (to
    // x = -372), and the Star's scale numbers fell on its stage names.
    const star = (id: string, on: string, reading: number) => ({ schemaVersion: 1, id, instrument: 'family-star-plus', child: { id: 'C-1' }, assessedOn: on, ratings: { 'family-routine': reading, 'physical-health': reading } });
    const gcp = (id: string, on: string, grade: number) => ({ schemaVersion: 1, id, instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: on, ratings: { 'physical.nutrition': grade, 'safety.online': 'not-scored' } });
    const pictures = [
      renderStarChart([star('S-1', '2025-01-06', 3), star('S-2', '2025-06-02', 6)] as never),
      renderProfileChart([gcp('A-1', '2025-01-06', 2), gcp('A-2', '2025-06-02', 4)] as never),
    ];
    const measured = await context!.newPage();
    try {
      for (const svg of pictures) {
        const layout = async (dir: string) => {
          await measured.setContent(`<!doctype html><html lang="ar" dir="${dir}"><body style="margin:0">${svg}</body></html>`);
          return measured.evaluate(() => {
            const root = document.querySelector('svg') as SVGSVGElement;
            const width = root.width.baseVal.value;
            return Array.from(root.querySelectorAll('text')).map((t) => {
              const box = (t as SVGTextElement).getBBox();
              return { text: t.textContent, x: Math.round(box.x), inside: box.x >= -0.5 && box.x + box.width <= width + 0.5 };
            });
          });
        };
        const ltr = await layout('ltr');
        const rtl = await layout('rtl');
        expect(rtl.filter((t) => !t.inside)).toEqual([]);
        expect(rtl).toEqual(ltr);
      }
    } finally {
      await measured.close();
    }
  });

  it('keeps a Star\'s area names apart, as the browser lays them out, up to 30 areas', async () => {
    ready();
    // Drawn for about 16 areas, the names overlapped beyond: at 24 Family Star Plus names,
    // "Your well-being" ran into "Meeting emotional needs". Crowded names are now shortened.
    // With an odd count two centred names sit side by side underneath: at 21 they still met.
    const names = getInstrument('family-star-plus').areas.map((area) => area.title);
    const longer = names.map((name) => `${name} of the family and children`);
    const measured = await context!.newPage();
    try {
      for (const [count, titles] of [[16, longer], [19, longer], [20, names], [21, names], [24, names], [24, longer], [29, names], [30, names], [30, longer]] as const) {
        const star = defineInstrument({
          id: `star-of-${count}`, edition: '1', title: `Star of ${count}`, family: 'star', direction: 'higher-is-better', scale: { min: 1, max: 10 },
          areas: Array.from({ length: count }, (_, i) => ({ id: `area-${i}`, title: titles[i % titles.length] as string })),
          stages: [{ id: 'low', title: 'Low', min: 1, max: 5 }, { id: 'high', title: 'High', min: 6, max: 10 }],
        });
        const reading = { schemaVersion: 1, id: 'S-1', instrument: star.id, child: { id: 'C-1' }, assessedOn: '2025-01-06', ratings: { 'area-0': 3 } };
        await measured.setContent(`<!doctype html><html><body style="margin:0">${renderStarChart([reading] as never, { instruments: [star] })}</body></html>`);
        const clashes = await measured.evaluate(() => {
          const root = document.querySelector('svg') as SVGSVGElement;
          const width = root.width.baseVal.value;
          const boxes = Array.from(root.querySelectorAll('text.area-label')).map((t) => ({ text: t.textContent, box: (t as SVGTextElement).getBBox() }));
          const found = boxes.filter(({ box }) => box.x < -0.5 || box.x + box.width > width + 0.5).map(({ text }) => `${text} outside`);
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i]!.box, boxes[j]!.box];
              if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
            }
          }
          return { count: boxes.length, found };
        });
        expect(clashes, `${count} areas`).toEqual({ count, found: [] });
      }
    } finally {
      await measured.close();
    }
  });

  it('exposes each picture as an image named by its <title> and described by its <desc>, as Chromium builds the accessibility tree', async () => {
    ready();
    // Two pictures on one page, each with its own id prefix. The name must be the title alone:
    // naming the image by title and desc made a screen reader read the description twice.
    const star = renderStarChart([{ schemaVersion: 1, id: 'S-1', instrument: 'family-star-plus', child: { id: 'C-1' }, assessedOn: '2025-01-06', ratings: { 'family-routine': 3 } }] as never, { idPrefix: 'a11y-star' });
    const profile = renderProfileChart([{ schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-01-06', ratings: { 'physical.nutrition': 4 } }] as never, { idPrefix: 'a11y-profile' });
    const measured = await context!.newPage();
    try {
      await measured.setContent(`<!doctype html><html lang="en"><body>${star}${profile}</body></html>`);
      const cdp = await context!.newCDPSession(measured);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; description?: { value: string } }[] };
      const images = nodes.filter((n) => !n.ignored && n.role?.value === 'image').map((n) => ({ name: n.name?.value, description: n.description?.value }));
      expect(images).toEqual([
        { name: 'Family Star Plus of child C-1', description: expect.stringMatching(/^Family Star Plus readings of child C-1, reading of 2025-01-06\. .*Family routine: 3 \(Accepting help\)/) },
        { name: 'Graded Care Profile 2 profile of child C-1', description: expect.stringMatching(/^Graded Care Profile 2 grades of child C-1: assessment of 2025-01-06\. .*concerns in Nutrition/) },
      ]);
      await cdp.detach();
    } finally {
      await measured.close();
    }
  });

  it('names and describes each of several pictures without an id prefix by its own <title> and <desc>', async () => {
    ready();
    // With a fixed default prefix, the second of two Star charts (and of two profiles) was
    // named "… of child C-1" and described as C-1's: the browser took the first id it found.
    const star = (child: string, reading: number) => ({ schemaVersion: 1, id: `S-${child}`, instrument: 'family-star-plus', child: { id: child }, assessedOn: '2025-01-06', ratings: { 'family-routine': reading } });
    const gcp = (child: string, grade: number) => ({ schemaVersion: 1, id: `A-${child}`, instrument: 'gcp2', child: { id: child }, assessedOn: '2025-01-06', ratings: { 'physical.nutrition': grade } });
    const html = [
      renderStarChart([star('C-1', 3)] as never),
      renderStarChart([star('C-2', 7)] as never),
      renderProfileChart([gcp('C-1', 4)] as never),
      renderProfileChart([gcp('C-2', 1)] as never),
      // The same picture twice shares its ids, and so its name: the right one either way.
      renderStarChart([star('C-1', 3)] as never),
    ].join('');
    const measured = await context!.newPage();
    try {
      await measured.setContent(`<!doctype html><html lang="en"><body>${html}</body></html>`);
      const cdp = await context!.newCDPSession(measured);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; description?: { value: string } }[] };
      const images = nodes.filter((n) => !n.ignored && n.role?.value === 'image').map((n) => `${n.name?.value} | ${/^[^.]*/.exec(n.description?.value ?? '')?.[0]}`);
      expect(images).toEqual([
        'Family Star Plus of child C-1 | Family Star Plus readings of child C-1, reading of 2025-01-06',
        'Family Star Plus of child C-2 | Family Star Plus readings of child C-2, reading of 2025-01-06',
        'Graded Care Profile 2 profile of child C-1 | Graded Care Profile 2 grades of child C-1: assessment of 2025-01-06',
        'Graded Care Profile 2 profile of child C-2 | Graded Care Profile 2 grades of child C-2: assessment of 2025-01-06',
        'Family Star Plus of child C-1 | Family Star Plus readings of child C-1, reading of 2025-01-06',
      ]);
      await cdp.detach();
    } finally {
      await measured.close();
    }
  });

  it('draws, in the browser build, the same text as in Node, its own ids (a content digest) among it', async () => {
    ready();
    const readings = [
      { schemaVersion: 1, id: 'S-1', instrument: 'family-star-plus', child: { id: 'C-ש' }, assessedOn: '2025-01-06', ratings: { 'family-routine': 3, 'physical-health': 7 } },
      { schemaVersion: 1, id: 'S-2', instrument: 'family-star-plus', child: { id: 'C-ש' }, assessedOn: '2025-07-07', ratings: { 'family-routine': 6, 'physical-health': 8 } },
    ];
    const history = [{ schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-😀' }, assessedOn: '2025-01-06', ratings: { 'physical.nutrition': 4, 'safety.home': 3 } }];
    // As a string: the test runner would rewrite an import() written in a function.
    const inBrowser = await page.evaluate(
      `import('/dist/browser/svg.js').then((svg) => [svg.renderStarChart(${JSON.stringify(readings)}), svg.renderProfileChart(${JSON.stringify(history)})])`,
    );
    const inNode = [renderStarChart(readings as never), renderProfileChart(history as never)];
    expect(inBrowser).toEqual(inNode);
    expect(inNode.map((svg) => /aria-labelledby="([^"]+)-title"/.exec(svg)?.[1])).toEqual([expect.stringMatching(/^gc-star-[0-9a-z]+$/), expect.stringMatching(/^gc-profile-[0-9a-z]+$/)]);
  });

  it('a right-to-left override in an id reverses only the id, not the text after it', async () => {
    ready();
    // U+202E (right-to-left override) in ids: unisolated, it ran on to the end of the line, so
    // the legend's closing ")" was drawn left of the id, and the heading's text after the child id too.
    const reading = (id: string, on: string) => ({ schemaVersion: 1, id, instrument: 'family-star-plus', child: { id: 'C-\u202E1 x' }, assessedOn: on, ratings: { 'family-routine': 3 } });
    const svg = renderStarChart([reading('\u202ES-1', '2025-01-06'), reading('S-2 \u202Eab', '2025-06-02')] as never);
    // An id's own PDI (U+2069) closed the isolate around it, and the override after it ran on.
    const escaping = renderStarChart([reading('S-\u2069\u202E1', '2025-01-06'), reading('S-2\u2069\u202Eab', '2025-06-02')] as never);
    const measured = await context!.newPage();
    try {
      await measured.setContent(`<!doctype html><html><body style="margin:0">${svg}${escaping}</body></html>`);
      // For each legend line: does every other character end left of its last, ")"? (Bidi controls are zero-width.)
      const lastIsRightmost = await measured.evaluate(() =>
        Array.from(document.querySelectorAll('g.legend text')).map((t) => {
          const text = t as SVGTextElement;
          const n = text.getNumberOfChars();
          const last = text.getExtentOfChar(n - 1).x;
          return Array.from({ length: n - 1 }, (_, i) => text.getExtentOfChar(i)).every((box) => box.x + box.width <= last + 0.5);
        }),
      );
      expect(lastIsRightmost).toEqual([true, true, true, true]);
    } finally {
      await measured.close();
    }
  });

  it('a right-to-left name cut short ends with … at its left, where it reads to', async () => {
    ready();
    // The … of a cut Arabic label stood at its right, where an Arabic reader starts.
    const arabic = ['تلبية الاحتياجات العاطفية للأطفال', 'الحدود والسلوك في الحياة اليومية للأسرة', 'רווחה נפשית ותמיכה במשפחה כולה'];
    const star = defineInstrument({
      id: 'rtl-star', edition: '1', title: 'RTL star', family: 'star', direction: 'higher-is-better', scale: { min: 1, max: 10 },
      areas: Array.from({ length: 6 }, (_, i) => ({ id: `area-${i}`, title: arabic[i % arabic.length] as string })),
      stages: [{ id: 'low', title: 'Low', min: 1, max: 5 }, { id: 'high', title: 'High', min: 6, max: 10 }],
    });
    const reading = { schemaVersion: 1, id: 'S-1', instrument: 'rtl-star', child: { id: 'C-1' }, assessedOn: '2025-01-06', ratings: { 'area-0': 3 } };
    const measured = await context!.newPage();
    try {
      await measured.setContent(`<!doctype html><html><body style="margin:0">${renderStarChart([reading] as never, { instruments: [star] })}</body></html>`);
      // For each cut line: is its … left of every letter? (Bidi controls are zero-width.)
      const ellipsisLeftmost = await measured.evaluate(() =>
        Array.from(document.querySelectorAll('text.area-label tspan')).flatMap((tspan) => {
          const text = tspan.closest('text') as SVGTextElement;
          const all = text.textContent ?? '';
          const start = all.indexOf(tspan.textContent ?? '');
          const chars = Array.from(tspan.textContent ?? '');
          if (!chars.includes('…')) return [];
          const boxes = chars.map((c, i) => ({ c, box: text.getExtentOfChar(start + i) })).filter(({ c }) => !/[\u2066-\u2069\s]/.test(c));
          const dots = boxes.find(({ c }) => c === '…')?.box.x as number;
          return [boxes.every(({ c, box }) => c === '…' || box.x >= dots)];
        }),
      );
      expect(ellipsisLeftmost.length).toBeGreaterThan(0);
      expect(ellipsisLeftmost.every(Boolean)).toBe(true);
    } finally {
      await measured.close();
    }
  });

  it("the width estimate is never below the browser's advance of any Latin character, regular or bold", async () => {
    ready();
    // The pictures fit text by textWidth; this compares it, character by character, with the
    // browser's own layout in the pictures' font stack (100 px, so rounding does not hide a miss).
    const chars: string[] = [];
    for (let code = 0x20; code <= 0x24f; code++) if (code <= 0x7e || code >= 0xa0) chars.push(String.fromCodePoint(code));
    chars.push('‘', '’', '·', '…', '→', '😀', '中');
    // The bidi controls and marks, which the estimate counts as nothing.
    chars.push('\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');
    const measured = await context!.newPage();
    try {
      await measured.setContent(`<!doctype html><html><body>${renderStarChart([{ schemaVersion: 1, id: 'S-1', instrument: 'family-star-plus', child: { id: 'C-1' }, assessedOn: '2025-01-06', ratings: {} }] as never)}</body></html>`);
      const advances = await measured.evaluate((chars) => {
        const root = document.querySelector('svg') as SVGSVGElement;
        const probe = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        probe.setAttribute('font-size', '100');
        probe.setAttribute('style', 'white-space: pre');
        root.appendChild(probe);
        const width = (text: string) => {
          probe.textContent = text;
          return probe.getComputedTextLength();
        };
        return ['400', '700'].map((weight) => {
          probe.setAttribute('font-weight', weight);
          // Ten in a row between two x's, less the two x's: the advance with no kerning against x.
          return chars.map((c) => (width(`x${c.repeat(10)}x`) - width('xx')) / 10 / 100);
        });
      }, chars);
      const under = (['regular', 'bold'] as const).flatMap((weight, w) =>
        chars.flatMap((c, i) => {
          const browser = advances[w]?.[i] as number;
          const estimate = textWidth(c, 1, weight === 'bold');
          return browser > estimate + 1e-3 ? [`${weight} ${c} (U+${c.codePointAt(0)?.toString(16)}): browser ${browser.toFixed(3)} em > estimate ${estimate.toFixed(3)} em`] : [];
        }),
      );
      expect(advances[0]?.length).toBe(chars.length);
      expect(under).toEqual([]);
    } finally {
      await measured.close();
    }
  });
});
