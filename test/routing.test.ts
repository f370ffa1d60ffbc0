/**
 * "Never a silent pass": with automatic routing a post is never reported clean because no pack
 * ran. Short posts in each language (where any language guess is weak) must still get their
 * finding; a text in none of the packs' scripts is reported as not checked; a mixed post gets
 * the findings of every language in it.
 */
import { describe, expect, it } from 'vitest';
import { check, createBuiltinChecker, type DetectedLanguage } from '../src/index.js';
import { detect } from '../src/adapters/detect/index.js';
import { routeAuto, scriptRuns } from '../src/core/routing.js';
import { detectLite } from '../src/core/detect-lite.js';
import { plPack, dePack, ruPack } from '../src/index.js';

// Two-to-five-word violating posts, as people write them; each with the rule category it breaks.
const SHORT: Array<[string, string]> = [
  ['Najlepsza klinika!', 'superlative'],
  ['Gwarantowany efekt', 'guarantee'],
  ['Bezbolesny zabieg gwarantowany!', 'guarantee'],
  ['Najlepszy stomatolog w mieście', 'superlative'],
  ['Zero bólu, pewny efekt', 'guarantee'],
  ['Beste Klinik der Stadt!', 'superlative'],
  ['Garantiert schmerzfrei', 'guarantee'],
  ['Schmerzfreie Behandlung garantiert!', 'guarantee'],
  ['Die beste Zahnarztpraxis', 'superlative'],
  ['Erfolg garantiert!', 'guarantee'],
  ['Лучшая клиника!', 'superlative'],
  ['Гарантированный результат', 'guarantee'],
  ['Лучший стоматолог Москвы', 'superlative'],
  ['100% результат', 'guarantee'],
  ['Самая лучшая клиника', 'superlative'],
];

describe('short posts with automatic routing', () => {
  for (const [text, category] of SHORT) {
    it(`finds ${category} in ${JSON.stringify(text)} (core detector)`, () => {
      const r = check(text);
      expect(r.routing.mode).not.toBe('none');
      expect(r.findings.map((f) => f.category)).toContain(category);
    });
    it(`finds ${category} in ${JSON.stringify(text)} (medad/detect)`, () => {
      const r = check(text, { detect });
      expect(r.findings.map((f) => f.category)).toContain(category);
    });
  }
});

describe('routing report', () => {
  it('says "explicit" when the caller names the law', () => {
    expect(check('Najlepsza klinika!', { jurisdictions: ['PL'] }).routing).toEqual({ mode: 'explicit' });
  });
  it('says "detected" for a plain post in one language', () => {
    const r = check('Najlepszy stomatolog w mieście, zapraszamy do nas na wizytę.');
    expect(r.routing.mode).toBe('detected');
    expect(r.jurisdictions).toEqual(['PL']);
  });
  it('reports text with no letters of the packs\' scripts as not checked, not clean', () => {
    for (const text of ['12345 !!!', '🦷✨💉', 'Ω λ μ ν', 'العيادة الأفضل']) {
      const r = check(text);
      expect(r.routing.mode, text).toBe('none');
      expect(r.routing.reason, text).toMatch(/no letters/);
      expect(r.jurisdictions).toEqual([]);
    }
  });
  it('says so for an empty text', () => {
    expect(check('').routing.mode).toBe('none');
  });
  it('checks one Polish, one German and one Russian line against all three packs', () => {
    const post = 'Najlepsza klinika w Krakowie, zapraszamy.\nDie beste Klinik in Berlin, garantiert schmerzfrei.\nЛучшая клиника в Москве, гарантия результата.';
    for (const opts of [{}, { detect }]) {
      const r = check(post, opts);
      const by = new Set(r.findings.map((f) => f.jurisdiction));
      expect([...by].sort()).toEqual(['DE', 'PL', 'RU']);
      // Each finding lies in its own language's line.
      for (const f of r.findings) {
        if (!f.range) continue;
        const line = post.slice(0, f.range.start).split('\n').length;
        expect(line).toBe({ PL: 1, DE: 2, RU: 3 }[f.jurisdiction]);
      }
    }
  });
  it('does not double findings when a jurisdiction is named twice', () => {
    const once = check('Najlepsza klinika!', { jurisdictions: ['PL'] }).findings.length;
    expect(check('Najlepsza klinika!', { jurisdictions: ['PL', 'PL'] }).findings.length).toBe(once);
  });
  it('rejects a detector that returns junk with a TypeError naming options.detect', () => {
    const junk = (() => ({ code: 42 })) as unknown as (t: string) => DetectedLanguage;
    expect(() => createBuiltinChecker({ detect: junk }).check('Najlepsza klinika')).toThrow(/options\.detect must return/);
  });
});

describe('routeAuto', () => {
  const packs = [plPack, dePack, ruPack];
  it('falls back to every pack of the script when the guess names no loaded language', () => {
    const r = routeAuto('Nejlepší klinika ve městě', packs, { code: 'cs', confidence: 0.9, reliable: true });
    expect(r.routing.mode).toBe('fallback');
    expect(r.routes.map((x) => x.pack.jurisdiction)).toEqual(['PL', 'DE']);
  });
  it('falls back when the guess is unsure, even if it names a loaded language', () => {
    const r = routeAuto('Лучшая клиника!', packs, { code: 'ru', confidence: 0.2 });
    expect(r.routing.mode).toBe('fallback');
    expect(r.routes.map((x) => x.pack.jurisdiction)).toEqual(['RU']);
  });
  it('gives a pack of another script only its own runs', () => {
    const text = 'Zapraszamy do naszej kliniki.\nЛучшая клиника!';
    const r = routeAuto(text, packs, { code: 'pl', confidence: 0.9, reliable: true });
    const ru = r.routes.find((x) => x.pack.jurisdiction === 'RU');
    expect(ru?.segments).toEqual([{ start: text.indexOf('Л'), end: text.length }]);
  });
  it('finds script runs in linear passes (a 1 MB text of alternating lines)', () => {
    const text = 'abc abc.\nабв абв.\n'.repeat(60000);
    const runs = scriptRuns(text, 'Cyrl');
    expect(runs.length).toBe(60000);
  });
});

describe('detectLite', () => {
  it('counts function words only: words named like Object.prototype members score nothing', () => {
    // The stop-word tables are plain objects: "constructor" or "toString" must not read as a hit.
    expect(detectLite('constructor toString valueOf hasOwnProperty').code).toBe('und');
    expect(detectLite('Zapraszamy do naszej kliniki w centrum miasta, która jest otwarta').code).toBe('pl');
    expect(detectLite('Wir sind für Sie da und die Praxis ist auch im Sommer geöffnet').code).toBe('de');
  });
});
