/**
 * The playground in real Chromium (Debian's `chromium`, driven by playwright-core; no browser
 * download): paste a Polish, a German and a Russian post, and check that the page shows exactly
 * what check() reports — every finding listed with its message and citation, every range
 * highlighted — then save screenshots to test-artifacts/. The checker runs in a Web Worker: one
 * test traces the page's main thread and fails on any task over 200 ms.
 *
 * Without Chromium the suite is skipped with a loud message locally, and FAILS when CI=true
 * (.ci/run installs it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, type CheckOptions } from '../src/index.js';
// @ts-expect-error plain ESM scripts without types
import { buildPlayground } from '../scripts/build-playground.mjs';
// @ts-expect-error plain ESM scripts without types
import { startServer } from '../scripts/serve-playground.mjs';

const ROOT = join(import.meta.dirname, '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');

function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const executablePath = findChromium();
const inCI = process.env.CI === 'true' || process.env.CI === '1';
if (!executablePath && !inCI) {
  console.warn(
    '\n\n' +
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' +
      '!!  SKIPPING the playground browser test: Chromium was not found.             !!\n' +
      '!!  Install it (Debian/Ubuntu: sudo apt-get install chromium) or set           !!\n' +
      '!!  CHROMIUM_PATH. In CI (CI=true) this test fails instead of skipping.         !!\n' +
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n',
  );
}

const POSTS: Array<{ name: string; jurisdiction: string; product: string; locale: string; text: string; mustMark: RegExp }> = [
  {
    name: 'pl',
    jurisdiction: 'PL',
    product: 'medical-service',
    locale: 'pl',
    text: 'Najlepsza klinika stomatologiczna w Krakowie! 🦷\nNasz lekarz poleca nowy aparat ortodontyczny – gwarantujemy efekt już po miesiącu.\nTylko dziś -30% na wybielanie.',
    mustMark: /^Najlepsza klinika/,
  },
  {
    name: 'de',
    jurisdiction: 'DE',
    product: 'medical-device',
    locale: 'de',
    text: 'Die beste Praxis für Ästhetik in München! ✨\nUnser Gerät heilt Arthrose in zwei Wochen – schmerzfrei garantiert und ganz ohne Nebenwirkungen.\n„Ich bin so dankbar, endlich schmerzfrei!“ – Anna, 34',
    mustMark: /heilt/i,
  },
  {
    name: 'ru',
    jurisdiction: 'RU',
    product: 'medical-service',
    locale: 'en',
    text: 'Лучшая стоматология Москвы! Гарантия результата 100%.\nОтзыв нашей пациентки: «После лечения боль ушла навсегда, спасибо доктору!»\nТолько до конца месяца — скидка 20% на имплантацию.',
    mustMark: /^Лучшая$/,
  },
];

/**
 * Wait until the page shows the answer to its latest change: the worker answers asynchronously,
 * and the page sets data-busy synchronously in every input and change handler.
 */
const settled = (p: Page) => p.waitForSelector('body[data-ready="true"]:not([data-busy])', { state: 'attached', timeout: 20_000 });

type Task = { wall: number; cpu: number };

/**
 * The tasks over 50 ms that renderer main threads ran while `action` ran, from a Chromium trace:
 * wall time and the thread's own CPU time, in ms. CPU time is what the page's code costs; wall
 * time on this shared two-core machine mostly measures the neighbours (a 300 ms busy loop was
 * measured at ~100 ms of CPU under load), which is why this reads a trace rather than the page's
 * PerformanceObserver('longtask'), which only knows wall time. Workers have threads of their own
 * and are not counted.
 */
async function mainThreadTasks(browser: Browser, page: Page, action: () => Promise<unknown>): Promise<Task[]> {
  await browser.startTracing(page, { categories: ['toplevel'] });
  let buffer: Buffer;
  try {
    await action();
  } finally {
    buffer = await browser.stopTracing();
  }
  type TraceEvent = { ph: string; name: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } };
  const parsed = JSON.parse(buffer.toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return events
    // The scheduler's event for one task ('RunTask' in older builds' devtools timeline).
    .filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && mains.has(`${e.pid}:${e.tid}`) && (e.dur ?? 0) > 50_000)
    // Without a thread clock, count the wall time: stricter, never more lenient.
    .map((e) => ({ wall: Math.round(e.dur! / 1000), cpu: Math.round((e.tdur ?? e.dur!) / 1000) }));
}

describe.skipIf(!executablePath && !inCI)('playground in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    expect(executablePath, 'CI=true but Chromium is not installed (.ci/run should apt-get install chromium)').toBeTruthy();
    await buildPlayground();
    server = await startServer(0);
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    expect(errors).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const post of POSTS) {
    it(`shows the findings of a ${post.name.toUpperCase()} post, highlighted, with messages and citations`, async () => {
      await page.selectOption('#jurisdiction', post.jurisdiction);
      await page.selectOption('#product', post.product);
      await page.selectOption('#audience', 'public');
      await page.selectOption('#locale', post.locale);
      // Paste the way a person does: focus, clear, insert text as one input.
      await page.fill('#text', '');
      await page.focus('#text');
      await page.keyboard.insertText(post.text);

      const options: CheckOptions = {
        jurisdictions: [post.jurisdiction],
        context: { product: post.product as 'medical-service', audience: 'public' },
        locale: post.locale as 'en',
      };
      const expected = check(post.text, options).findings;
      expect(expected.length, 'the sample must have findings').toBeGreaterThan(0);
      await page.waitForFunction((n) => document.body.dataset.findings === String(n) && document.querySelectorAll('#findings > li').length === n, expected.length, {
        timeout: 20_000,
      });

      const shown = await page.$$eval('#findings > li', (items) =>
        items.map((li) => ({
          ruleId: (li as HTMLElement).dataset.ruleId,
          excerpt: (li as HTMLElement).dataset.excerpt,
          message: li.querySelector('.message')?.textContent,
          citations: [...li.querySelectorAll('.basis a')].map((a) => [a.textContent, a.getAttribute('href')]),
          suggestions: li.querySelectorAll('.suggestions li').length,
          severity: li.querySelector('.badge')?.textContent,
        })),
      );
      expect(shown).toEqual(
        expected.map((f) => ({
          ruleId: f.ruleId,
          excerpt: f.excerpt,
          message: f.message,
          citations: f.legalBasis.map((b) => [b.citation, b.url]),
          suggestions: f.suggestions.filter((s) => s.message || s.replacement).length,
          severity: f.severity,
        })),
      );

      // Every ranged finding is highlighted exactly over its excerpt (pieces joined in order).
      const marks = await page.$$eval('#highlighted mark', (ms) => ms.map((m) => ({ text: m.textContent ?? '', findings: (m as HTMLElement).dataset.findings ?? '' })));
      expected.forEach((f, n) => {
        if (!f.range) return;
        const text = marks.filter((m) => m.findings.split(' ').includes(String(n))).map((m) => m.text).join('');
        expect(text, `highlight of finding ${n + 1} (${f.ruleId})`).toBe(f.excerpt);
      });
      expect(marks.some((m) => post.mustMark.test(m.text)), `a highlight matching ${post.mustMark}`).toBe(true);
      // The highlighted view keeps the whole text, in order.
      expect(await page.textContent('#highlighted').then((t) => t!.replace(/\d+(,\d+)*(?=\D|$)/g, ''))).toContain(post.text.split('\n')[0]!.replace(/\d+/g, ''));
      // The summary is in the page's language: "law of PL", "prawo: PL", "Recht: DE" …
      expect(await page.textContent('#summary')).toMatch(new RegExp(`(law of|prawo:|Recht:|право:) ${post.jurisdiction}$`));

      await page.screenshot({ path: join(ARTIFACTS, `playground-${post.name}.png`), fullPage: true });
    }, 30_000);
  }

  it('shows the routing: a short post read by every pack of its script, and a text no pack reads as NOT CHECKED', async () => {
    await page.selectOption('#jurisdiction', 'auto');
    await page.fill('#text', 'Najlepsza klinika!');
    await settled(page);
    await page.waitForFunction(() => document.querySelector('#summary')?.getAttribute('data-routing') === 'fallback', null, { timeout: 10_000 });
    expect(await page.textContent('#summary')).toMatch(/law of PL.*note: language uncertain/);
    expect(await page.$$eval('#findings > li', (items) => items.map((li) => (li as HTMLElement).dataset.ruleId))).toContain('pl/superlative');
    await page.fill('#text', '12345 🦷🦷 !!!');
    await settled(page);
    await page.waitForFunction(() => document.querySelector('#summary')?.getAttribute('data-routing') === 'none', null, { timeout: 10_000 });
    expect(await page.textContent('#summary')).toMatch(/NOT CHECKED: the text has no letters/);
    expect(await page.textContent('#summary')).not.toMatch(/no jurisdiction/);
  });

  it('switches the message language without changing the findings', async () => {
    await page.click('[data-sample="pl"]');
    await page.selectOption('#locale', 'en');
    await settled(page);
    const en = await page.$$eval('#findings .message', (ps) => ps.map((p) => p.textContent));
    await page.selectOption('#locale', 'pl');
    await settled(page);
    const pl = await page.$$eval('#findings .message', (ps) => ps.map((p) => p.textContent));
    expect(pl.length).toBe(en.length);
    expect(pl.length).toBeGreaterThan(0);
    expect(pl).not.toEqual(en);
  });

  it('takes channel, assets and sponsorship, and prints a replacement once', async () => {
    const text = 'Dostałam ten irygator od marki AquaDent i szczerze – polecam! Z moim kodem ANIA15 taniej.';
    await page.selectOption('#jurisdiction', 'PL');
    await page.selectOption('#product', 'medical-device');
    await page.selectOption('#channel', 'instagram');
    await page.check('#sponsored');
    await page.check('input.asset[value="before-after"]');
    await page.fill('#text', text);
    const expected = check(text, {
      jurisdictions: ['PL'],
      locale: (await page.inputValue('#locale')) as 'en',
      context: { product: 'medical-device', audience: 'public', channel: 'instagram', sponsored: true, assets: [{ kind: 'image', tags: ['before-after'] }] },
    }).findings;
    expect(expected.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['pl/before-after', 'pl/undisclosed-advertising', 'pl/device-warning']));
    await page.waitForFunction((n) => document.body.dataset.findings === String(n), expected.length, { timeout: 20_000 });
    const ids = await page.$$eval('#findings > li', (items) => items.map((li) => (li as HTMLElement).dataset.ruleId));
    expect(ids).toEqual(expected.map((f) => f.ruleId));
    // The device warning's wording appears once in its finding, not in the advice and again as the fix.
    const warning = 'To jest wyrób medyczny. Używaj go zgodnie z instrukcją używania lub etykietą.';
    const item = await page.textContent('#findings > li[data-rule-id="pl/device-warning"] .suggestions');
    expect(item!.split(warning).length - 1).toBe(1);
    await page.uncheck('#sponsored');
    await page.uncheck('input.asset[value="before-after"]');
    await page.selectOption('#channel', '');
    await settled(page);
  });

  it('speaks the chosen language in its own strings, and fits a phone (390 px) without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    try {
      await phone.goto(server.url);
      await phone.waitForSelector('body[data-ready="true"]');
      await phone.click('[data-sample="de"]');
      const labels: Record<string, string | null> = {};
      for (const lng of ['en', 'pl', 'de', 'ru']) {
        await phone.selectOption('#locale', lng);
        await settled(phone);
        labels[lng] = await phone.textContent('[data-ui="jurisdiction"]');
        expect(await phone.getAttribute('html', 'lang')).toBe(lng);
        const width = await phone.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(width.scroll, `page width in ${lng}`).toBeLessThanOrEqual(width.client);
      }
      expect(labels).toEqual({ en: 'Jurisdiction', pl: 'Jurysdykcja', de: 'Rechtsordnung', ru: 'Юрисдикция' });
      expect(await phone.textContent('#summary')).toMatch(/^Ошибки: \d+/);
      await phone.screenshot({ path: join(ARTIFACTS, 'playground-phone.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  }, 30_000);

  it('shows only the answer to the latest change when changes come faster than the worker answers', async () => {
    await settled(page);
    const shown = await page.evaluate(async () => {
      const log: string[] = [];
      new MutationObserver(() => {
        if (document.body.dataset.findings !== undefined) log.push(document.getElementById('summary')!.textContent!);
      }).observe(document.body, { attributes: true, attributeFilter: ['data-findings'] });
      // Two changes in one task: the Polish sample is sent, the German one waits, and the Polish
      // answer can only arrive after both, when it is already outdated.
      (document.querySelector('[data-sample="pl"]') as HTMLElement).click();
      (document.querySelector('[data-sample="de"]') as HTMLElement).click();
      await new Promise<void>((done) => {
        const poll = () => (document.body.dataset.busy ? setTimeout(poll, 20) : done());
        poll();
      });
      return log;
    });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/(law of|prawo:|Recht:|право:) DE$/);
    expect(await page.inputValue('#jurisdiction')).toBe('DE');
  });

  it('never blocks the main thread over 200 ms: on load, and on pasting the first PL, DE and RU post', async () => {
    // One measurement on a fresh page, so each post is the first of its language its checker sees:
    // the check that, on the main thread, compiled patterns for seconds. It ends with a control.
    const measure = async () => {
      const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        const tasks: Record<string, Task[]> = {};
        // Loaded: the form built from the worker's answer and the first check shown.
        tasks.load = await mainThreadTasks(browser, fresh, async () => {
          await fresh.goto(server.url);
          await settled(fresh);
        });
        for (const post of POSTS) {
          tasks[post.name] = await mainThreadTasks(browser, fresh, async () => {
            await fresh.fill('#text', '');
            await fresh.focus('#text');
            await fresh.keyboard.insertText(post.text);
            await settled(fresh);
          });
          // Checked by its own language's pack (jurisdiction 'auto'), with findings on the page.
          expect(await fresh.textContent('#summary')).toMatch(new RegExp(`law of ${post.jurisdiction}`));
          expect(Number(await fresh.getAttribute('body', 'data-findings'))).toBeGreaterThan(0);
        }
        // The instrument sees the page's own tasks: a 300 ms busy loop run from a timer.
        const control = await mainThreadTasks(browser, fresh, () =>
          fresh.evaluate(
            () =>
              new Promise<void>((done) =>
                setTimeout(() => {
                  const start = performance.now();
                  while (performance.now() - start < 300);
                  done();
                }),
              ),
          ),
        );
        return { tasks, control, seen: control.some((t) => t.wall >= 300 && t.cpu > 0) };
      } finally {
        await fresh.close();
      }
    };
    // On a 2-core machine under load the trace once came back without the control's task
    // (2026-12-04). A trace that misses the control may have missed a long task too, so the whole
    // measurement is repeated, never judged from a trace the control did not pass.
    let m = await measure();
    if (!m.seen) m = await measure();
    expect(m.seen, `control: ${JSON.stringify(m.control)}`).toBe(true);
    const over = Object.fromEntries(Object.entries(m.tasks).map(([phase, list]) => [phase, list.filter((t) => t.cpu > 200)]));
    expect(over, `main-thread tasks over 50 ms per phase: ${JSON.stringify(m.tasks)}`).toEqual({ load: [], pl: [], de: [], ru: [] });
  }, 180_000);

  it('reports bad input on the page instead of crashing', async () => {
    await page.fill('#text', 'Najlepsza klinika.');
    await page.evaluate(() => {
      const sel = document.getElementById('locale') as HTMLSelectElement;
      sel.append(new Option('xx', 'xx'));
      sel.value = 'xx';
      sel.dispatchEvent(new Event('change'));
    });
    await expect.poll(() => page.textContent('#error')).toMatch(/xx/);
  });
});
