/**
 * The core engine: Unicode boundaries, folding, offsets into the caller's text, option errors.
 * Uses small custom packs so these tests do not depend on what the built-in packs contain.
 */
import { describe, expect, it } from 'vitest';
import { check, compilePattern, createBuiltinChecker, createChecker, definePack, defineRule, PatternError } from '../src/index.js';

const rule = (id: string, patterns: string[], extra: Record<string, unknown> = {}) =>
  defineRule({
    id,
    category: 'misleading-property',
    severity: 'error',
    legalBasis: [{ kind: 'statute', citation: '§ 3 HWG', url: 'https://www.gesetze-im-internet.de/heilmwerbg/__3.html' }],
    match: { patterns, ...extra },
    examples: { valid: [], invalid: [] },
  });

const testPack = definePack({
  jurisdiction: 'XX',
  languages: ['de'],
  name: 'Test',
  rules: [
    rule('xx/heilt', ['heilt', 'leczy', 'лечит']),
    rule('xx/stem', ['najlepsz*', 'gwarantuj(e|emy|ą)', 'лучш(ий|ая)']),
    rule('xx/phrase', ['lekarz poleca', 'gwarant* ~2 efekt*']),
    rule('xx/neg', ['garantiert'], { negation: true }),
    rule('xx/allow', ['gwarancj*'], { allow: ['gwarancj* producenta'] }),
    rule('xx/unless', ['beste'], { unlessSentence: ['laut test'] }),
    rule('xx/strasse', ['straße']),
  ],
  messages: { en: { 'xx/heilt': { message: 'Healing claim: {{match}}', suggestion: 'Say what it does.' } } },
  negations: ['nicht', 'nie', 'не'],
  citations: ['re:§\\s*\\d+'],
});
const checker = createChecker({ packs: [testPack], jurisdictions: ['XX'] });
const found = (text: string, id?: string) =>
  checker.check(text).findings.filter((f) => !id || f.ruleId === id).map((f) => f.excerpt);

describe('word boundaries are Unicode-aware', () => {
  it('does not match "heilt" inside "heiltäglich" (where /\\bheilt\\b/u would)', () => {
    expect(/\bheilt\b/u.test('Es heiltäglich')).toBe(true); // the JavaScript trap this guards against
    expect(found('Es heiltäglich', 'xx/heilt')).toEqual([]);
    expect(found('Es heilt täglich', 'xx/heilt')).toEqual(['heilt']);
  });
  it('matches Cyrillic words, which \\b never does', () => {
    expect(/\bлечит\b/u.test('Это лечит рак')).toBe(false);
    expect(found('Это лечит рак', 'xx/heilt')).toEqual(['лечит']);
    expect(found('Это залечит рак', 'xx/heilt')).toEqual([]);
  });
  it('does not match "leczy" inside "wyleczy" nor before "ś"', () => {
    expect(found('To wyleczy każdego', 'xx/heilt')).toEqual([]);
    expect(found('leczyś', 'xx/heilt')).toEqual([]);
  });
});

describe('inflection and phrases', () => {
  it('matches stems and ending groups', () => {
    expect(found('Najlepszej kliniki, najlepszymi lekami', 'xx/stem')).toEqual(['Najlepszej', 'najlepszymi']);
    expect(found('Gwarantujemy i gwarantują, ale nie gwarantuj', 'xx/stem')).toEqual(['Gwarantujemy', 'gwarantują']);
    expect(found('ЛУЧШАЯ и лучший, но не лучшего', 'xx/stem')).toEqual(['ЛУЧШАЯ', 'лучший']);
  });
  it('phrases tolerate spacing, line breaks and quotes but not sentence ends', () => {
    expect(found('Lekarz\n  poleca!', 'xx/phrase')).toEqual(['Lekarz\n  poleca']);
    expect(found('To lekarz. Poleca go każdy.', 'xx/phrase')).toEqual([]);
    expect(found('Gwarantujemy pełny efekt', 'xx/phrase')).toEqual(['Gwarantujemy pełny efekt']);
    expect(found('Gwarantujemy, że szybki efekt', 'xx/phrase')).toEqual(['Gwarantujemy, że szybki efekt']);
    expect(found('Gwarantujemy, że bardzo szybki efekt', 'xx/phrase')).toEqual([]);
  });
  it('folds ß/ss, case and Polish diacritics', () => {
    expect(found('STRASSE und Straße', 'xx/strasse')).toEqual(['STRASSE', 'Straße']);
    expect(found('NAJLEPSZY, najlepszy', 'xx/stem')).toEqual(['NAJLEPSZY', 'najlepszy']);
  });
});

describe('negation, allow-lists and sentence exceptions', () => {
  it('skips a negated trigger but not a later one', () => {
    expect(found('Erfolg ist nicht garantiert. Schönheit garantiert!', 'xx/neg')).toEqual(['garantiert']);
    const r = checker.check('Erfolg ist nicht garantiert. Schönheit garantiert!').findings.find((f) => f.ruleId === 'xx/neg');
    const text = 'Erfolg ist nicht garantiert. Schönheit garantiert!';
    expect(r?.range).toEqual({ start: text.lastIndexOf('garantiert'), end: text.lastIndexOf('garantiert') + 10 });
  });
  it('allow-lists a known false positive', () => {
    expect(found('Gwarancja producenta 24 miesiące', 'xx/allow')).toEqual([]);
    expect(found('Gwarancja efektu!', 'xx/allow')).toEqual(['Gwarancja']);
  });
  it('skips a trigger whose sentence states the criterion', () => {
    expect(found('Die beste Praxis laut Test der Stiftung 2024.', 'xx/unless')).toEqual([]);
    expect(found('Die beste Praxis. Laut Test 2024 gut.', 'xx/unless')).toEqual(['beste']);
  });
  it('skips quotations of a law', () => {
    expect(found('§ 3 HWG verbietet Aussagen wie „heilt jede Krankheit“.', 'xx/heilt')).toEqual([]);
    expect(found('Unser Slogan: „heilt jede Krankheit“.', 'xx/heilt')).toEqual(['heilt']);
  });
});

describe('evasion and offsets', () => {
  const cases: Array<[string, string]> = [
    ['soft hyphen', 'Es hei\u00ADlt alles'],
    ['zero-width space', 'Es hei\u200Blt alles'],
    ['full-width letters', 'Es ｈｅｉｌｔ alles'],
    ['combining accent', 'Es he\u0301ilt alles'],
    ['letter spacing', 'Es h e i l t alles'],
  ];
  for (const [name, text] of cases) {
    it(`survives ${name} and reports original offsets`, () => {
      const f = checker.check(text).findings.find((x) => x.ruleId === 'xx/heilt');
      expect(f, name).toBeDefined();
      expect(text.slice(f!.range!.start, f!.range!.end)).toBe(f!.excerpt);
      expect(f!.range!.start).toBe(3);
      expect(f!.range!.end).toBe(text.indexOf(' alles'));
    });
  }
  it('folds Latin look-alikes inside Cyrillic words', () => {
    expect(found('Это лeчит всё', 'xx/heilt')).toEqual(['лeчит']);
  });
  it('reports line and column', () => {
    const f = checker.check('Zeile eins\nDas heilt.').findings[0]!;
    expect([f.line, f.column]).toEqual([2, 5]);
  });
  it('interpolates messages and suggestions', () => {
    const f = checker.check('Das heilt.').findings[0]!;
    expect(f.message).toBe('Healing claim: heilt');
    expect(f.suggestions[0]!.message).toBe('Say what it does.');
  });
});

describe('the built-in packs through check()', () => {
  it('flags the Russian superlative with a correct range', () => {
    const text = 'Лучшая клиника города!';
    const r = check(text, { jurisdictions: ['RU'] });
    const f = r.findings.find((x) => x.category === 'superlative');
    expect(f?.range).toEqual({ start: 0, end: 6 });
    expect(text.slice(0, 6)).toBe(f?.excerpt);
    expect(r.jurisdictions).toEqual(['RU']);
  });
  it('routes by language in auto mode', () => {
    expect(check('Лучшая клиника города, мы ждём вас!').jurisdictions).toEqual(['RU']);
    expect(check('Najlepsza klinika w mieście, zapraszamy do nas!').jurisdictions).toEqual(['PL']);
    expect(check('Die beste Praxis für Sie und Ihre Familie!').jurisdictions).toEqual(['DE']);
    const uk = check('Найкраща клініка міста, і ми чекаємо на вас!');
    expect(uk.jurisdictions).toEqual(['RU']);
    expect(uk.routing.mode).toBe('fallback');
  });
  it('returns an empty report for an empty text', () => {
    expect(check('', { jurisdictions: ['PL'] }).findings).toEqual([]);
  });
});

describe('bad input gets typed errors that name the value', () => {
  it('rejects a non-string text', () => {
    expect(() => check(42 as unknown as string)).toThrow(TypeError);
    expect(() => check(42 as unknown as string)).toThrow(/text must be a string, got number 42/);
  });
  it('rejects unknown jurisdictions, products, audiences, locales and rule ids', () => {
    expect(() => check('x', { jurisdictions: ['FR'] })).toThrow(RangeError);
    expect(() => check('x', { jurisdictions: ['FR'] })).toThrow(/"FR".*"PL"/);
    expect(() => check('x', { context: { product: 'pills' as never } })).toThrow(/Unknown product "pills".*"medical-device"/);
    expect(() => check('x', { context: { audience: 'kids' as never } })).toThrow(/Unknown audience "kids".*"public"/);
    expect(() => check('x', { locale: 'fr' as never })).toThrow(/Unknown locale "fr".*"en"/);
    expect(() => check('x', { rules: { 'pl/nope': 'off' } })).toThrow(/Unknown rule id "pl\/nope".*"pl\//);
    expect(() => check('x', { rules: { 'ru/superlative': 'loud' as never } })).toThrow(RangeError);
  });
  it('rejects unknown option keys and malformed dates', () => {
    expect(() => check('x', { jurisdiction: 'PL' } as never)).toThrow(/Unknown check option "jurisdiction"/);
    expect(() => check('x', { asOf: '19.01.2024' })).toThrow(/YYYY-MM-DD/);
    expect(() => check('x', { context: { prodcut: 'drug' } as never })).toThrow(/Unknown context option "prodcut"/);
  });
  it('rejects malformed patterns with PatternError', () => {
    expect(() => compilePattern('le*czy')).toThrow(PatternError);
    expect(() => compilePattern('~2 word')).toThrow(/gap/);
    expect(() => compilePattern('re:(')).toThrow(PatternError);
    expect(() => compilePattern('re:a*')).toThrow(/empty string/);
  });
});

describe('hyphenated literals', () => {
  it('compile under the u flag and match across the hyphen (Anti-Aging, E-Rezept)', () => {
    const re = new RegExp(compilePattern('geld-zurück-garantie').source, 'gu');
    expect('Mit Geld-zurück-Garantie!'.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')).toMatch(re);
    expect(() => new RegExp(compilePattern('anti-aging*').source, 'u')).not.toThrow();
  });
});

describe('lean packs and extra catalogs', () => {
  it('a pack from medad/packs/* (and medad\'s plPack, the same object) speaks English and its own language; other locales come from catalogs', async () => {
    const { plPack: lean } = await import('../src/packs/pl/index.js');
    expect((await import('../src/index.js')).plPack).toBe(lean);
    const de = (await import('../locales/de/medad.json')).default as Record<string, Record<string, string>>;
    const text = 'Najlepsza klinika stomatologiczna w mieście!';
    const opts = { jurisdictions: ['PL'], context: { product: 'medical-service' as const }, locale: 'de' as const };
    const english = createChecker({ packs: [lean] }).check(text, opts).findings[0]!;
    const german = createChecker({ packs: [lean], messages: { de } }).check(text, opts).findings[0]!;
    expect(english.message).toBe(createChecker({ packs: [lean] }).check(text, { ...opts, locale: 'en' }).findings[0]!.message);
    expect(german.message).toBe(de['pl/superlative']!.message!.replace('{{match}}', german.excerpt));
    expect(german.message).not.toBe(english.message);
  });
});

describe('checkMany', () => {
  const posts = [
    'Najlepszy dentysta w mieście, gwarantujemy efekt!',
    'Unsere Praxis heilt Rückenschmerzen garantiert.',
    'Лучшая клиника города, гарантируем результат.',
    'Zapraszamy na konsultację w czwartek.',
  ];
  const opts = { jurisdictions: ['PL', 'DE', 'RU'], asOf: '2026-11-30' };

  it('gives the reports check() gives, in input order, from any iterable', () => {
    const checker = createBuiltinChecker();
    const one = posts.map((t) => checker.check(t, opts));
    expect(checker.checkMany(posts, opts)).toEqual(one);
    function* gen() {
      yield* posts;
    }
    expect(checker.checkMany(gen(), opts)).toEqual(one);
    expect(one.slice(0, 3).every((r) => r.findings.length > 0)).toBe(true);
    expect(one[3]!.findings).toEqual([]);
  });

  it('applies per-item options on top of the batch options', () => {
    const checker = createBuiltinChecker();
    const [pl, de] = checker.checkMany([{ text: posts[0]!, options: { jurisdictions: ['PL'] } }, { text: posts[0]!, options: { jurisdictions: ['DE'] } }], { asOf: '2026-11-30' });
    expect(pl!.jurisdictions).toEqual(['PL']);
    expect(pl!.findings.length).toBeGreaterThan(0);
    expect(de!.jurisdictions).toEqual(['DE']);
    expect(de!.findings.filter((f) => f.jurisdiction === 'PL')).toEqual([]);
  });

  it('reports progress after each text, with the total when the input has a length', () => {
    const checker = createBuiltinChecker();
    const calls: Array<[number, number | undefined]> = [];
    checker.checkMany(posts, { ...opts, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    calls.length = 0;
    checker.checkMany(new Set(posts.slice(0, 2)), { ...opts, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[1, undefined], [2, undefined]]);
  });

  it('rejects bad batches with typed errors', () => {
    const checker = createBuiltinChecker();
    expect(() => checker.checkMany('text' as never)).toThrow(TypeError);
    expect(() => checker.checkMany([42 as never])).toThrow(/items\[0\]/);
    expect(() => checker.checkMany(posts, { onProgress: 'yes' as never })).toThrow(/onProgress/);
    expect(() => checker.checkMany(posts, { locale: 'xx' as never })).toThrow(RangeError);
  });
});

describe('legal bases per product and date, and post-level exemptions', () => {
  const byProduct = definePack({
    jurisdiction: 'XY',
    languages: ['de'],
    name: 'Basis test',
    rules: [
      defineRule({
        id: 'xy/heilt',
        category: 'misleading-property',
        severity: 'error',
        legalBasis: [
          { kind: 'statute', citation: '§ 3 HWG', url: 'https://www.gesetze-im-internet.de/heilmwerbg/__3.html', products: ['drug'] },
          { kind: 'statute', citation: '§ 3 HWG a. F.', url: 'https://www.gesetze-im-internet.de/heilmwerbg/__3.html', products: ['medical-device'], until: '2021-05-25' },
          { kind: 'regulation', citation: 'Art. 7 MDR', url: 'https://eur-lex.europa.eu/eli/reg/2017/745/oj', products: ['medical-device'], from: '2021-05-26' },
        ],
        match: { patterns: ['heilt'] },
        applies: { unless: ['medizinisch notwendig'] },
      }),
    ],
    messages: { en: { 'xy/heilt': { message: 'x' } } },
  });
  const c = createChecker({ packs: [byProduct] });
  const cites = (context: object, asOf = '2026-11-30') =>
    c.check('Das heilt Arthrose.', { jurisdictions: ['XY'], context, asOf }).findings[0]!.legalBasis.map((b) => b.citation);

  it('cites only the bases for the declared product, in force on the date', () => {
    expect(cites({ product: 'drug' })).toEqual(['§ 3 HWG']);
    expect(cites({ product: 'medical-device' })).toEqual(['Art. 7 MDR']);
    expect(cites({ product: 'medical-device' }, '2020-01-01')).toEqual(['§ 3 HWG a. F.']);
  });

  it('cites every basis in force when no product is declared', () => {
    expect(cites({})).toEqual(['§ 3 HWG', 'Art. 7 MDR']);
  });

  it('an `unless` pattern anywhere in the post silences the rule; elsewhere it does not', () => {
    const run = (t: string) => c.check(t, { jurisdictions: ['XY'] }).findings.length;
    expect(run('Das heilt Arthrose. Die OP war medizinisch notwendig.')).toBe(0);
    expect(run('Das heilt Arthrose. Die OP war medizinisch nicht geplant.')).toBe(1);
  });
});

describe('applicability follows each call\'s options (a checker remembers it per set of options)', () => {
  const gated = definePack({
    jurisdiction: 'XZ',
    languages: ['de'],
    name: 'Applicability test',
    rules: [
      rule('xz/drug', ['heilt'], {}),
      defineRule({ ...rule('xz/device', ['garantiert']), applies: { products: ['medical-device'] } }),
      defineRule({ ...rule('xz/public', ['wunder']), applies: { audiences: ['public'], from: '2024-01-01', until: '2024-12-31' } }),
      defineRule({ ...rule('xz/sponsored', ['beste']), applies: { sponsoredOnly: true } }),
    ],
    sponsorship: ['anzeige'],
    messages: { en: {} },
  });
  const c = createChecker({ packs: [gated] });
  const text = 'Die beste Creme heilt, garantiert ein Wunder.';
  const seen = (o: object) => {
    const r = c.check(text, o);
    return { found: r.findings.map((f) => `${f.ruleId}:${f.severity}`), skipped: r.skipped.map((s) => `${s.ruleId}:${s.reason}`) };
  };

  it('gives the answer of the options as they are now when one options object changes between calls', () => {
    const o: { jurisdictions: string[]; asOf: string; context: Record<string, unknown>; rules: Record<string, string> } = {
      jurisdictions: ['XZ'], asOf: '2024-06-01', context: {}, rules: {},
    };
    expect(seen(o)).toEqual({ found: ['xz/drug:error', 'xz/device:warning', 'xz/public:error'], skipped: ['xz/sponsored:not-sponsored'] });
    o.context.product = 'drug';
    o.rules['xz/drug'] = 'info';
    expect(seen(o)).toEqual({ found: ['xz/drug:info', 'xz/public:error'], skipped: ['xz/device:product', 'xz/sponsored:not-sponsored'] });
    o.context.audience = 'professional';
    o.context.sponsored = true;
    o.asOf = '2025-01-01';
    o.rules['xz/drug'] = 'off';
    expect(seen(o)).toEqual({ found: ['xz/sponsored:error'], skipped: ['xz/drug:off', 'xz/device:product', 'xz/public:not-in-force'] });
    delete o.context.product;
    o.asOf = '2024-12-31';
    expect(seen(o).skipped).toEqual(['xz/drug:off', 'xz/public:audience']);
    // Back to the first options: the same report again, in fresh objects.
    const first = { jurisdictions: ['XZ'], asOf: '2024-06-01' };
    const [a, b] = [c.check(text, first), c.check(text, first)];
    expect(b).toEqual(a);
    expect(b.skipped).not.toBe(a.skipped);
    expect(b.skipped[0]).not.toBe(a.skipped[0]);
    expect(seen({ ...first, context: { sponsored: false } }).skipped).toEqual(['xz/sponsored:not-sponsored']);
    expect(c.check(`Anzeige: ${text}`, first).findings.map((f) => f.ruleId)).toContain('xz/sponsored');
  });
});
