/**
 * Pattern language v2: concept classes (`@name`) and built-in token features (`#money` …).
 * Real phrasings from medical ads and the near misses each feature must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { compilePattern, createChecker, definePack, defineRule, RuleDefinitionError } from '../src/index.js';
import { packPatternOptions } from '../src/core/pattern.js';
import { normalizeText, transliterateRu } from '../src/core/normalize.js';
import { parsePack } from '../src/adapters/schema/index.js';

const basis = [{ kind: 'statute' as const, citation: '§ 3 HWG', url: 'https://www.gesetze-im-internet.de/heilmwerbg/__3.html' }];
const rule = (id: string, match: Record<string, unknown>) =>
  defineRule({ id, category: 'misleading-property', severity: 'error', legalBasis: basis, match: { patterns: [], ...match } as never, examples: { valid: [], invalid: [] } });

/** What a feature (or any pattern) matches in a text, on the view the pack would use. */
function matches(pattern: string, text: string, languages: string[], transliterate = false): string[] {
  const opts = packPatternOptions({ languages, ...(transliterate ? { transliterate: 'ru' as const } : {}) });
  const re = new RegExp(compilePattern(pattern, opts).source, 'gu');
  let view = normalizeText(text, { diacritics: true });
  if (transliterate) view = transliterateRu(view);
  return [...view.text.matchAll(re)].map((m) => m[0]);
}
const fires = (pattern: string, text: string, lang: string) => matches(pattern, text, [lang], lang === 'ru').length > 0;

describe('concept classes', () => {
  const pack = definePack({
    jurisdiction: 'XP',
    languages: ['pl'],
    name: 'Classes',
    classes: {
      'result-noun': ['efekt*', 'rezultat*', 'skutek', 'skutki', 'skutków'],
      painless: ['bezboles*', 'bez bólu'],
    },
    rules: [
      rule('xp/result-time', { patterns: ['@result-noun ~3 #time-span'] }),
      rule('xp/painless', { patterns: ['zawsze @painless'], allow: ['@painless dla dzieci'] }),
    ],
    messages: { en: { 'xp/result-time': { message: 'result in time' }, 'xp/painless': { message: 'painless' } } },
    negations: ['nie'],
  });
  const checker = createChecker({ packs: [pack], jurisdictions: ['XP'] });
  const ids = (t: string) => checker.check(t).findings.map((f) => `${f.ruleId}:${f.excerpt}`);

  it('a class stands for any member, folded like the pack (case, diacritics, phrases)', () => {
    expect(ids('Widoczne EFEKTY już po 1 zabiegu!')).toEqual(['xp/result-time:EFEKTY już po 1 zabiegu']);
    expect(ids('Rezultat widoczny w 20 minut.')).toEqual(['xp/result-time:Rezultat widoczny w 20 minut']);
    expect(ids('Zabieg jest zawsze bezbolesny.')).toEqual(['xp/painless:zawsze bezbolesny']);
    expect(ids('Zawsze bez bólu, zawsze z uśmiechem.')).toEqual(['xp/painless:Zawsze bez bólu']);
  });

  it('near misses: too far apart, another sentence, no time span, allow-list with a class', () => {
    expect(ids('Efekt zależy od wielu czynników, w tym od tego, ile trwa zabieg 2 godziny.')).toEqual([]);
    expect(ids('Efekty są różne. Po 2 tygodniach kontrola.')).toEqual([]);
    expect(ids('Efekty zabiegu omawiamy na konsultacji.')).toEqual([]);
    expect(ids('U nas zawsze bezboleśnie dla dzieci.')).toEqual([]);
  });

  it('an unknown class is an error naming the rule, the pattern and the class', () => {
    const bad = definePack({ ...pack, jurisdiction: 'XQ', rules: [rule('xq/bad', { patterns: ['@result ~3 #time-span'] })], messages: { en: { 'xq/bad': { message: 'x' } } } });
    expect(() => createChecker({ packs: [bad], jurisdictions: ['XQ'] }).check('x')).toThrow(RuleDefinitionError);
    expect(() => createChecker({ packs: [bad], jurisdictions: ['XQ'] }).check('x')).toThrow(/xq\/bad.*"@result ~3 #time-span".*unknown class "@result".*@result-noun/);
  });

  it('bad classes are rejected up front, members are plain words and phrases', () => {
    const withClasses = (classes: Record<string, string[]>) =>
      definePack({ ...pack, jurisdiction: 'XR', classes, rules: [rule('xr/a', { patterns: ['abc'] })], messages: { en: { 'xr/a': { message: 'x' } } } });
    const run = (classes: Record<string, string[]>) => () => createChecker({ packs: [withClasses(classes)], jurisdictions: ['XR'] }).check('abc');
    expect(run({ 'Bad Name': ['a'] })).toThrow(/classes.*lower-case/);
    expect(run({ empty: [] })).toThrow(/at least one member/);
    expect(run({ nested: ['@other'] })).toThrow(/@nested member \\"@other\\"|@nested member "@other"/);
    expect(run({ gap: ['a ~2 b'] })).toThrow(/without "~N" gaps/);
    expect(run({ feature: ['#money'] })).toThrow(/cannot stand in a class member/);
  });

  it('classes fold like the RU pack: members match Latin transliteration too', () => {
    const ru = definePack({
      jurisdiction: 'XS',
      languages: ['ru'],
      name: 'RU classes',
      transliterate: 'ru',
      classes: { cure: ['вылеч*', 'излеч*'] },
      rules: [rule('xs/cure', { patterns: ['@cure ~2 навсегда'] })],
      messages: { en: { 'xs/cure': { message: 'cure' } } },
    });
    const c = createChecker({ packs: [ru], jurisdictions: ['XS'] });
    expect(c.check('Вылечим артроз навсегда!').findings.map((f) => f.excerpt)).toEqual(['Вылечим артроз навсегда']);
    expect(c.check('Vylechim artroz navsegda!').findings.map((f) => f.excerpt)).toEqual(['Vylechim artroz navsegda']);
    expect(c.check('Лечение артроза требует времени.').findings).toEqual([]);
  });

  it('literal hashtags and mentions keep working; \\@ and \\# escape a reserved name', () => {
    expect(matches('#reklama', 'Post #reklama', ['pl'])).toEqual(['#reklama']);
    expect(matches('\\#money', 'tag #money here', ['pl'])).toEqual(['#money']);
    expect(matches('\\@lena', 'profil @lena', ['pl'])).toEqual(['@lena']);
    expect(() => compilePattern('@lena', packPatternOptions({ languages: ['pl'] }))).toThrow(/unknown class "@lena"/);
  });

  it('a class or feature inside a group is an error, not a group that silently never matches', () => {
    const opts = packPatternOptions({ languages: ['pl'], classes: { disease: ['grypa', 'angina'] } });
    expect(() => compilePattern('(@disease|katar) ~2 leczy', opts)).toThrow(/"@disease" cannot stand inside a group/);
    expect(() => compilePattern('(tanio|#money) teraz', opts)).toThrow(/"#money" cannot stand inside a group/);
    // A class on its own and a plain group still compile; the class matches its members.
    const re = new RegExp(compilePattern('@disease ~2 leczy', opts).source, 'gu');
    expect([...normalizeText('Syrop na anginę? Angina szybko leczy się sama.', { diacritics: true }).text.matchAll(re)].map((m) => m[0])).toEqual(['angina szybko leczy']);
  });
});

describe('groups of abbreviations and words', () => {
  // A dotted alternative cannot end at a word end, which used to drop the word-end check for the
  // whole group: "mówi (lek.|dr)" matched "mówi drenaż" (reported by the PL pack's helper).
  it('a letter-final alternative still ends at a word end when another ends in a dot', () => {
    expect(matches('mówi ~2 (lek.|dr)', 'jak mówi dr Nowak', ['pl'])).toEqual(['mowi dr']);
    expect(matches('mówi ~2 (lek.|dr)', 'jak mówi lek. Nowak', ['pl'])).toEqual(['mowi lek.']);
    expect(matches('mówi ~2 (lek.|dr)', 'mówi o drenażu limfatycznym', ['pl'])).toEqual([]);
    expect(matches('na czele z (prof.|dr)', 'na czele z drużyną', ['pl'])).toEqual([]);
    expect(matches('(dr|prof.) med', 'Dr. med. Weber', ['de'])).toEqual([]);
    expect(matches('(dr|prof.) med', 'Prof. med. Weber', ['de'])).toEqual(['prof. med']);
    expect(matches('(dr|prof.) med', 'dr med Weber', ['de'])).toEqual(['dr med']);
    expect(matches('(dr|prof.) med', 'drmed', ['de'])).toEqual([]);
  });
});

describe('~N gaps skip whole words', () => {
  // A skipped word used to end anywhere, so after a class or feature (whose end is not a word end)
  // the next word could start inside it: "@r ~2 nie" with r = efekt* matched "efekt praktycznie"
  // (…praktycz|nie), which hid "Ból praktycznie ustąpił" behind a pattern (reported by the PL
  // pack's helper).
  const pack = definePack({
    jurisdiction: 'XG',
    languages: ['pl'],
    name: 'Gaps',
    classes: { r: ['efekt*'] },
    rules: [rule('xg/gap', { patterns: ['@r ~2 nie'] })],
    messages: { en: { 'xg/gap': { message: 'gap' } } },
  });
  const checker = createChecker({ packs: [pack], jurisdictions: ['XG'] });
  const excerpts = (t: string) => checker.check(t).findings.map((f) => f.excerpt);

  it('the word after a gap starts at a word start, not inside a skipped word', () => {
    expect(excerpts('Efekt praktycznie od razu.')).toEqual([]);
    expect(excerpts('Efekt praktycznie nie zależy od wieku.')).toEqual(['Efekt praktycznie nie']);
    expect(excerpts('Efekty nie zależą od wieku.')).toEqual(['Efekty nie']);
    expect(matches('#superlative ~2 klinik*', 'die besten haarkliniken der stadt', ['de'])).toEqual([]);
    expect(matches('#superlative ~2 klinik*', 'die besten neuen kliniken', ['de'])).toEqual(['besten neuen kliniken']);
  });
});

describe('#number, #percent, #money', () => {
  it('numbers with thousands groups and decimals, as one token', () => {
    expect(matches('#number', 'Ponad 1 200 zadowolonych pacjentów, ocena 4,9', ['pl'])).toEqual(['1 200', '4,9']);
    expect(matches('#number', 'Code B12 und 3D-Druck', ['de'])).toEqual([]);
  });
  it('percentages: sign, space, word forms', () => {
    expect(matches('#percent', 'Rabat -20% na wybielanie', ['pl'])).toEqual(['20%']);
    expect(matches('#percent', 'aż 20 % taniej, 30 procent mniej', ['pl'])).toEqual(['20 %', '30 procent']);
    expect(matches('#percent', '20 Prozent Rabatt', ['de'])).toEqual(['20 prozent']);
    expect(matches('#percent', 'скидка 20 процентов', ['ru'], true)).toEqual(['20 процентов']);
    expect(matches('#percent', 'Dr. med. 20 Jahre', ['de'])).toEqual([]);
  });
  it('money in all three markets, before and after the amount', () => {
    const m = (t: string) => matches('#money', t, ['pl', 'de', 'ru']);
    expect(m('Implant tylko 599 zł!')).toEqual(['599 zl']);
    expect(m('Bleaching ab 249 € pro Sitzung')).toEqual(['249 €']);
    expect(m('Prophylaxe 249,- EUR')).toEqual(['249,- eur']);
    expect(m('Чистка 1 200 ₽, отбеливание 1200 руб.')).toEqual(['1 200 ₽', '1200 руб.']);
    expect(m('Konsultacja PLN 99')).toEqual(['pln 99']);
    expect(m('Koszt 5 tys. zł')).toEqual(['5 tys. zl']);
  });
  it('money near misses: phone numbers, dates, counts', () => {
    const m = (t: string) => matches('#money', t, ['pl', 'de', 'ru']);
    expect(m('Zadzwoń: +48 600 123 456')).toEqual([]);
    expect(m('Termin 12.05.2026, 3 Zähne')).toEqual([]);
    expect(m('Praxis in 10115 Berlin, Tel. 030 123 456')).toEqual([]);
  });
});

describe('#time-span', () => {
  it.each([
    ['pl', 'Efekt widoczny już po 1 zabiegu', 'po 1 zabiegu'],
    ['pl', 'Wybielanie w 20 minut', 'w 20 minut'],
    ['pl', 'Gładka skóra po pierwszym zabiegu', 'po pierwszym zabiegu'],
    ['pl', 'Rezultaty w ciągu 2 tygodni', 'w ciagu 2 tygodni'],
    ['pl', 'Ulga 24h', '24h'],
    ['de', 'Strahlend weiße Zähne in 20 Minuten', 'in 20 minuten'],
    ['de', 'Schmerzfrei nach 3 Tagen', 'nach 3 tagen'],
    ['de', 'Tag 1 vs. Tag 14 – seht selbst', 'tag 1 vs. tag 14'],
    ['de', 'Sichtbar nach der ersten Behandlung', 'nach der ersten behandlung'],
    ['ru', 'Результат за 1 день', 'за 1 день'],
    ['ru', 'Ровные зубы через 2 недели', 'через 2 недели'],
    ['ru', 'Эффект после первой процедуры', 'после первои процедуры'],
  ])('%s: %s', (lang, text, want) => {
    expect(matches('#time-span', text, [lang], lang === 'ru')).toEqual([want]);
  });
  it('near misses: frequencies, the day of, counts without a unit', () => {
    expect(matches('#time-span', '3 razy w tygodniu', ['pl'])).toEqual([]);
    expect(matches('#time-span', 'Prosimy nie jeść w dniu zabiegu', ['pl'])).toEqual([]);
    expect(matches('#time-span', 'Wir haben 3 Behandlungsräume in Berlin', ['de'])).toEqual([]);
    expect(matches('#time-span', 'В клинике 3 врача', ['ru'], true)).toEqual([]);
  });
});

describe('#superlative', () => {
  it.each([
    ['pl', 'Najlepsza klinika w mieście', 'najlepsza'],
    ['pl', 'Najtańsi ortodonci', 'najtansi'],
    ['pl', 'Działa najskuteczniej', 'najskuteczniej'],
    ['de', 'Die günstigste Zahnreinigung', 'gunstigste'],
    ['de', 'Am schnellsten schmerzfrei', 'schnellsten'],
    ['de', 'Modernste Technik', 'modernste'],
    ['de', 'Deutschlands beliebteste Praxis', 'beliebteste'],
    ['de', 'Die größte Auswahl', 'grosste'],
    ['de', 'Die beste Behandlung', 'beste'],
    ['ru', 'Самый лучший стоматолог', 'самыи'],
    ['ru', 'Новейший аппарат', 'новеишии'],
  ])('%s fires: %s', (lang, text, first) => {
    expect(matches('#superlative', text, [lang], lang === 'ru')[0]).toBe(first);
  });
  it.each([
    ['de', 'Unsere Gäste sind willkommen'],
    ['de', 'Die Kosten übernimmt die Kasse'],
    ['de', 'Die erste Beratung ist kostenlos'],
    ['de', 'Zahnarztkosten und Preisliste'],
    ['de', 'Unsere Spezialisten testen alles'],
    ['de', 'Ich musste lange warten, Zysten am Fenster'],
    ['de', 'Dienste der Schwester im Semester'],
    ['de', 'Zum zwanzigsten Mal'],
    ['pl', 'Najem gabinetu, najpierw konsultacja'],
    ['ru', 'В ближайшее время, лучше позвонить'],
  ])('%s stays quiet: %s', (lang, text) => {
    expect(matches('#superlative', text, [lang], lang === 'ru')).toEqual([]);
  });
});

describe('#imperative and #first-person', () => {
  it('imperatives: PL -aj/-ij/-uj/-cie, DE formal …en Sie at sentence start, RU -ите/-йте/-ьте', () => {
    expect(fires('#imperative', 'Skorzystaj z promocji!', 'pl')).toBe(true);
    expect(fires('#imperative', 'Zarezerwuj wizytę', 'pl')).toBe(true);
    expect(fires('#imperative', 'Zadzwońcie do nas', 'pl')).toBe(true);
    expect(fires('#imperative', 'Vereinbaren Sie jetzt einen Termin.', 'de')).toBe(true);
    expect(fires('#imperative', 'Termine frei. Rufen Sie uns an!', 'de')).toBe(true);
    expect(fires('#imperative', 'Узнайте цену и запишитесь', 'ru')).toBe(true);
    expect(fires('#imperative', 'Оставьте заявку', 'ru')).toBe(true);
  });
  it('imperative near misses: nouns in -cie/-aj, German questions and inversions, Russian nouns in -ите', () => {
    expect(fires('#imperative', 'W trakcie zabiegu w mieście, wsparcie w momencie', 'pl')).toBe(false);
    expect(fires('#imperative', 'Rodzaj zabiegu zależy od kraju; dzisiaj', 'pl')).toBe(false);
    expect(fires('#imperative', 'Haben Sie Fragen?', 'de')).toBe(false);
    expect(fires('#imperative', 'Leiden Sie unter Rückenschmerzen?', 'de')).toBe(false);
    expect(fires('#imperative', 'Bei uns erhalten Sie alles. Hier finden Sie uns.', 'de')).toBe(false);
    expect(fires('#imperative', 'Информация на сайте о гепатите', 'ru')).toBe(false);
  });
  it('first person: pronouns, possessives, PL past tense; not instrumental nouns', () => {
    expect(matches('#first-person', 'Byłam zachwycona, moja skóra', ['pl'])).toEqual(['bylam', 'moja']);
    expect(fires('#first-person', 'Zrobiłem zabieg', 'pl')).toBe(true);
    expect(fires('#first-person', 'Przed szpitalem, celem zabiegu, z materiałem', 'pl')).toBe(false);
    expect(matches('#first-person', 'Ich bin begeistert von meiner Ärztin', ['de'])).toEqual(['ich', 'bin', 'meiner']);
    expect(fires('#first-person', 'Sie sind begeistert', 'de')).toBe(false);
    expect(fires('#first-person', 'Я довольна', 'ru')).toBe(true);
    expect(fires('#first-person', 'Ya dovolna', 'ru')).toBe(true);
  });
  it('language-aware features need a language they know', () => {
    expect(() => compilePattern('#superlative', packPatternOptions({ languages: ['cs'] }))).toThrow(/#superlative has rules for pl, de, ru only/);
    expect(() => compilePattern('#money', packPatternOptions({ languages: ['cs'] }))).not.toThrow();
  });
});

describe('features and classes everywhere a pattern is', () => {
  it('allow, unlessSentence, when and rule-function find lists', () => {
    const pack = definePack({
      jurisdiction: 'XT',
      languages: ['pl'],
      name: 'Everywhere',
      classes: { price: ['cen*', 'koszt*'] },
      rules: [
        rule('xt/sup', { patterns: ['#superlative'], allow: ['#superlative @price'], unlessSentence: ['wg #number'] }),
        defineRule({ id: 'xt/when', category: 'price-promotion-lottery', severity: 'error', legalBasis: basis, applies: { when: ['#money'] }, match: { patterns: ['promocj*'] }, examples: { valid: [], invalid: [] } }),
      ],
      messages: { en: { 'xt/sup': { message: 's' }, 'xt/when': { message: 'w' } } },
    });
    const c = createChecker({ packs: [pack], jurisdictions: ['XT'] });
    const ids = (t: string) => c.check(t).findings.map((f) => f.ruleId);
    expect(ids('Najlepsza klinika.')).toEqual(['xt/sup']);
    expect(ids('Najniższe ceny w mieście.')).toEqual([]);
    expect(ids('Najlepsza klinika wg 3 rankingów.')).toEqual([]);
    expect(ids('Promocja: wybielanie 599 zł')).toEqual(['xt/when']);
    expect(ids('Promocja na wiosnę')).toEqual([]);
  });

  it('JSON packs: classes and features validate, unknown classes are reported with their path', () => {
    const json = {
      jurisdiction: 'AT',
      languages: ['de'],
      name: 'AT classes',
      classes: { 'result-noun': ['ergebnis*', 'resultat*', 'wirkung'] },
      rules: [
        { id: 'at/result', category: 'misleading-property', severity: 'error', legalBasis: basis, match: { patterns: ['@result-noun ~3 #time-span'] }, examples: { valid: [], invalid: [] } },
      ],
      messages: { en: { 'at/result': { message: 'x' } } },
    };
    const c = createChecker({ packs: [parsePack(json)], jurisdictions: ['AT'] });
    expect(c.check('Sichtbare Ergebnisse schon nach 3 Tagen!').findings.map((f) => f.excerpt)).toEqual(['Ergebnisse schon nach 3 Tagen']);
    const bad = { ...json, rules: [{ ...json.rules[0]!, match: { patterns: ['@result ~3 #time-span'] } }] };
    expect(() => parsePack(bad)).toThrow(/rules\[0\]\.match\.patterns\[0\]: .*unknown class "@result"/);
    expect(() => parsePack({ ...json, classes: { Bad: ['x'] } })).toThrow(/classes/);
    expect(() => parsePack({ ...json, languages: ['en'], rules: [{ ...json.rules[0]!, match: { patterns: ['#superlative'] } }] })).toThrow(/#superlative has rules for pl, de, ru only/);
  });
});

describe('features stay linear on hostile input', () => {
  // Work grows with the input, not its square: one text 8× as long costs about as much as eight
  // short ones (a quadratic feature 8× more); the bound of 5 leaves room for a loaded machine.
  // Both are measured interleaved, best of five, so a burst of load hits both.
  const once = (re: RegExp, text: string) => {
    const t0 = performance.now();
    re.lastIndex = 0;
    for (const _ of text.matchAll(re));
    return performance.now() - t0;
  };
  const hostile: Record<string, (n: number) => string> = {
    groups: (n) => '1 '.repeat(n / 2) + '111' + ' 000'.repeat(n / 4),
    digits: (n) => '1'.repeat(n),
    word: (n) => 'naj'.padEnd(n, 'a'),
    gap: (n) => 'po tag 1' + ' '.repeat(n / 2) + '-'.repeat(n / 2),
    sentence: (n) => 'Rufen Sie und '.repeat(n / 14),
    tails: (n) => 'ste '.repeat(n / 8) + 'a'.repeat(n / 2),
  };
  for (const feature of ['number', 'percent', 'money', 'time-span', 'superlative', 'imperative', 'first-person']) {
    it(`#${feature}`, () => {
      const re = new RegExp(compilePattern(`#${feature}`, packPatternOptions({ languages: ['pl', 'de', 'ru'] })).source, 'gu');
      for (const [name, make] of Object.entries(hostile)) {
        const small = make(10000);
        const big = make(80000);
        let s = Infinity;
        let b = Infinity;
        for (let k = 0; k < 5; k++) {
          let eight = 0;
          for (let r = 0; r < 8; r++) eight += once(re, small);
          s = Math.min(s, eight);
          b = Math.min(b, once(re, big));
        }
        expect(b / Math.max(s, 0.5), name).toBeLessThan(5);
      }
    });
  }
});
