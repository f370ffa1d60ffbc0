/**
 * medad/detect on the real-text language set (test/fixtures/detect): accuracy on sentences and
 * 3–5-word fragments of Polish, German and Russian, and the routing guarantees — Ukrainian,
 * Belarusian and Bulgarian never to Russian law, Czech and Slovak never to Polish, Dutch never
 * to German. Then segments and the plug-in into check().
 */
import { describe, expect, it } from 'vitest';
import { createDetector, detect, detectLanguage, detectSegments } from '../src/adapters/detect/index.js';
import { check, createBuiltinChecker, createChecker } from '../src/index.js';
import { fragments, loadSet, tally, TARGETS } from './fixtures/detect/corpus.js';

const set = loadSet();
const code = (t: string) => detectLanguage(t).code;
/** Distractor → the target language whose law it must never get. */
const NEVER: Record<string, string> = { uk: 'ru', be: 'ru', bg: 'ru', cs: 'pl', sk: 'pl', nl: 'de' };

describe('the real-text set', () => {
  it('has at least 60 sentences per target language and distractors for every trap', () => {
    for (const l of TARGETS) expect(set.get(l)?.length ?? 0, l).toBeGreaterThanOrEqual(60);
    for (const l of Object.keys(NEVER)) expect(set.get(l)?.length ?? 0, l).toBeGreaterThanOrEqual(10);
  });
});

describe('accuracy', () => {
  for (const lang of TARGETS) {
    it(`${lang}: ≥ 0.98 of sentences`, () => {
      const t = tally(set.get(lang)!, lang, code);
      expect(t.correct / t.total, JSON.stringify([...t.confusions])).toBeGreaterThanOrEqual(0.98);
    });
    it(`${lang}: ≥ 0.95 of 3–5-word fragments`, () => {
      const frags = fragments(set.get(lang)!);
      expect(frags.length).toBeGreaterThanOrEqual(150);
      const t = tally(frags, lang, code);
      expect(t.correct / t.total, JSON.stringify([...t.confusions])).toBeGreaterThanOrEqual(0.95);
    });
  }
});

describe('routing guarantees', () => {
  for (const [lang, target] of Object.entries(NEVER)) {
    it(`no ${lang} sentence is routed to ${target}`, () => {
      const wrong = set.get(lang)!.filter((s) => code(s) === target);
      expect(wrong).toEqual([]);
    });
    it(`${lang} fragments rarely reach ${target} (≤ 10 %; three words can be genuinely ambiguous)`, () => {
      const frags = fragments(set.get(lang)!);
      const wrong = frags.filter((s) => code(s) === target);
      expect(wrong.length / frags.length, wrong.join(' | ')).toBeLessThanOrEqual(0.1);
    });
  }
  it('a single Ukrainian or Belarusian letter rules Russian out', () => {
    expect(code('Ціни на ліки знижено')).not.toBe('ru');
    expect(code('Лекі ў аптэцы')).not.toBe('ru');
    expect(code('Їжте більше овочів')).toBe('uk');
  });
  it('Czech and Slovak letters rule Polish out; Polish letters keep a name-dropping Polish post Polish', () => {
    expect(code('Léčivý přípravek na předpis')).toBe('cs');
    expect(code('Najlepszy gabinet w mieście, polecany przez pana Dvořáka')).toBe('pl');
  });
});

describe('the answer', () => {
  it('has ISO 639-1 and 639-3 codes, confidence, reliability and script', () => {
    const g = detectLanguage('Dieses Gerät heilt Rückenschmerzen in einer Woche!');
    expect(g).toMatchObject({ code: 'de', iso639_3: 'deu', script: 'Latn' });
    expect(g.reliable).toBe(true);
    expect(g.confidence).toBeGreaterThan(0);
    expect(detectLanguage('Лечит боль в спине за неделю!')).toMatchObject({ code: 'ru', script: 'Cyrl' });
  });
  it("is 'und' for text without enough letters, and ignores URLs, mentions and hashtags", () => {
    expect(detectLanguage('').code).toBe('und');
    expect(detectLanguage('100% !!! 💪 2024').code).toBe('und');
    expect(detectLanguage('https://example.com/najlepszy-gabinet @klinika #zdrowie').code).toBe('und');
  });
  it('can be restricted to some languages, and says und rather than force a ruled-out one', () => {
    expect(detectLanguage('Ціни на ліки знижено', { only: ['pl', 'de', 'ru'] }).code).toBe('und');
    expect(detectLanguage('Ceny leków obniżone', { only: ['de', 'ru'] }).code).toBe('und');
    expect(detectLanguage('Zapraszamy do gabinetu w centrum miasta', { only: ['pl', 'en'] }).code).toBe('pl');
  });
  it('rejects a non-string with a TypeError', () => {
    expect(() => detectLanguage(42 as never)).toThrow(TypeError);
  });
});

describe('segments', () => {
  it('a Polish post quoting a German slogan: the quote is its own German run', () => {
    const text = 'Nasza klinika stosuje metodę z Monachium. Hasło producenta brzmi „Wir heilen Ihre Rückenschmerzen für immer“ i jest reklamą.';
    const segs = detectSegments(text);
    const de = segs.filter((s) => s.code === 'de');
    expect(de).toHaveLength(1);
    expect(text.slice(de[0]!.start, de[0]!.end)).toContain('Wir heilen Ihre Rückenschmerzen');
    expect(segs[0]!.code).toBe('pl');
    // Runs cover the text without gaps or overlaps.
    expect(segs[0]!.start).toBe(0);
    expect(segs[segs.length - 1]!.end).toBe(text.length);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
  });
  it('English hashtags in a Russian post are English runs; native hashtags stay Russian', () => {
    const text = 'Удаление татуировок без боли и без шрамов в нашей клинике. #beforeandafter #здоровье';
    const segs = detectSegments(text);
    const en = segs.filter((s) => s.code === 'en').map((s) => text.slice(s.start, s.end).trim());
    expect(en).toEqual(['#beforeandafter']);
    expect(segs.find((s) => text.slice(s.start, s.end).includes('#здоровье'))!.code).toBe('ru');
  });
  it('a one-language post is one run', () => {
    expect(detectSegments('Najlepszy gabinet stomatologiczny w Krakowie. Zapraszamy!')).toEqual([
      { start: 0, end: 57, code: 'pl' },
    ]);
  });
});

describe('a detector used for many posts', () => {
  // It keeps the answers for pieces it has seen (hashtags, sign-offs, warnings repeat across posts):
  // each answer must be the one a fresh detector gives, whatever came before.
  it('answers every post as a fresh detector does, with the same pieces under different main languages', () => {
    const shared = ['#BestResults #zdrowie', 'Jetzt Termin buchen, wir freuen uns auf Sie.', 'Zapisz się już dziś na wizytę kontrolną.', 'Лучшая клиника города, запишитесь сегодня.'];
    const posts: string[] = [];
    for (const lead of ['Polecamy nasz gabinet w centrum miasta, zapraszamy codziennie.', 'Unsere Praxis in der Innenstadt ist täglich für Sie geöffnet.', 'Наша клиника в центре города открыта каждый день.', 'Our clinic in the city centre is open every day.']) {
      for (let i = 0; i < shared.length; i++) posts.push(`${lead} ${shared[i]} ${shared[(i + 1) % shared.length]}`);
    }
    const one = createDetector();
    const only = ['pl', 'de', 'en'];
    const oneOnly = createDetector({ only });
    for (const post of [...posts, ...posts]) {
      expect(one(post), post).toEqual(createDetector()(post));
      expect(oneOnly(post), post).toEqual(createDetector({ only: ['pl', 'de', 'en'] })(post));
    }
    // Its options are read once: changing the array given does not change its answers.
    const before = posts.map((p) => oneOnly(p));
    only.push('ru');
    expect(posts.map((p) => oneOnly(p))).toEqual(before);
  });
});

describe('plugged into check()', () => {
  it('routes by language with check(text, { detect }) and reports it', () => {
    const report = check('Лучшая клиника города! Гарантируем результат.', { detect });
    expect(report.language?.code).toBe('ru');
    expect(report.jurisdictions).toEqual(['RU']);
  });
  it('checks Ukrainian text against the Cyrillic pack, but says the language is not a pack\'s (never a silent pass)', () => {
    const text = 'Найкраща клініка міста! Гарантуємо результат лікування.';
    const r = check(text, { detect });
    expect(r.language?.code).toBe('uk');
    expect(r.jurisdictions).toEqual(['RU']);
    expect(r.routing.mode).toBe('fallback');
    expect(r.routing.reason).toContain('"uk"');
  });
  it('createBuiltinChecker({ detect }) applies the German pack only to the quoted German slogan of a Polish post', () => {
    const checker = createBuiltinChecker({ detect: createDetector({ only: ['pl', 'de', 'ru', 'en', 'cs', 'sk', 'uk', 'be', 'bg', 'nl'] }) });
    const text = 'Polecamy zabieg w naszym gabinecie. Producent pisze: „Dieses Gerät heilt Arthrose garantiert“.';
    const report = checker.check(text);
    expect(report.language?.code).toBe('pl');
    expect(report.jurisdictions).toEqual(expect.arrayContaining(['PL', 'DE']));
    for (const f of report.findings.filter((x) => x.jurisdiction === 'DE')) {
      expect(f.range!.start).toBeGreaterThanOrEqual(text.indexOf('„'));
    }
  });
});
