/**
 * A built-in pack's prefilter is built from each pattern's first token (`patternHeads`), and a
 * pattern compiles only when a text shows one of its heads. That must give the heads a full
 * compile gives, and a pack compiled this way must run the same programs at the same heads.
 */
import { describe, expect, it } from 'vitest';
import { compilePack, type CompiledPack } from '../src/core/compile.js';
import { compilePattern, escapeRegex, packPatternOptions, patternHeads, patternLiterals } from '../src/core/pattern.js';
import { createChecker, makeChecker } from '../src/core/engine.js';
import { defineRule, definePack } from '../src/core/define.js';
import { builtinPacks } from '../src/index.js';

/**
 * Terminal → sorted "rule source" pairs, and the orphans: what a check runs, at which heads. The
 * bucket entries of anchored orphans (the words after a leading feature, test/anchors.test.ts)
 * are left out: the orphans list them.
 */
function shape(cp: CompiledPack): { buckets: Record<string, string[]>; orphans: string[] } {
  const buckets: Record<string, string[]> = {};
  for (const [t, list] of cp.candidates) {
    const plain = list.filter((c) => c.orphan === undefined);
    if (plain.length > 0) buckets[t] = [...new Set(plain.map((c) => `${c.rule} ${c.re.source}`))].sort();
  }
  return { buckets, orphans: cp.orphans.map((o) => `${o.rule} ${o.back ?? 0} ${o.re.source}`) };
}

describe('heads from the first token', () => {
  const classes = {
    fee: ['opłat*', 'cena', 'koszt(|y|ów)'],
    phrase: ['bez bólu', 'na zawsze'],
    open: ['*garantie', 'gratis'],
    names: ['\\@klinika'],
    titles: ['Dr. Müller', 'Prof. Weber'],
  };
  const edge = [
    'Lekarz poleca', 'najlepsz*', 'gwarantuj(e|emy|ą)', '(na|do) zawsze', '(numer|nr|no.|no) (1|jeden)', '*garantie', '*(b|ab) c',
    '\\@klinika', '\\#money', '#reklama', '#money (zamiast|przed) #money', '@fee ~2 #percent', '@phrase', '@open teuer', '@names', '@titles sagt',
    'w rankingu', 'Größte', 'ŁÓDŹ', 'μικρ(ός|ή)', 'ǅemal*', 'bon(|u|y|ów) prezentow*', 're:\\d+\\s?zł', 'znan(y|a|ego) (aktor*|aktork*)', '24h', '№1',
  ];
  it('equal what a full compile says, on hand-picked shapes (classes compiled up front or not)', () => {
    for (const trusted of [false, true]) {
      // A trusted pack compiles its classes on first use: heads then come from the members.
      const po = { ...packPatternOptions({ languages: ['pl', 'de'], classes }), ...(trusted ? { trusted } : {}) };
      for (const p of edge) expect(patternHeads(p, po), `${p} (trusted: ${trusted})`).toEqual(compilePattern(p, { ...po }).heads);
    }
  });

  for (const pack of builtinPacks()) {
    it(`${pack.jurisdiction}: equal a full compile on every pattern, and the pack runs the same programs at the same heads`, () => {
      const opts = packPatternOptions(pack);
      for (const r of pack.rules) for (const p of r.match?.patterns ?? []) expect(patternHeads(p, opts), `${r.id}: ${p}`).toEqual(compilePattern(p, opts).heads);
      // trusted: heads from first tokens, patterns compiled on first use; untrusted: compiled whole.
      expect(shape(compilePack(pack, true))).toEqual(shape(compilePack(pack, false)));
    }, 120_000);
  }
});

/**
 * A woken pattern (or a head-less one) compiles only for a text that has all its literals
 * (`patternLiterals`). That is only sound if every literal is in every match: each must be a
 * piece of the compiled source outside any alternative or optional part. Checked as "the source
 * contains it", on every pattern of the packs and on shapes where a cut in the wrong place would
 * give a literal the source does not have.
 */
describe('literals a pattern needs', () => {
  it('are cut where the compiler cuts, folded as it folds', () => {
    expect(patternLiterals('Gwarant* ~2 efekt(u|ów)')).toEqual([['gwarant'], ['efekt'], ['u', 'ow']]);
    expect(patternLiterals('*(b|ab)c najlepsz*')).toEqual([['b', 'ab'], ['c'], ['najlepsz']]);
    expect(patternLiterals('(na|do) ZAWSZE (a*|b)')).toEqual([['na', 'do'], ['zawsze'], ['a', 'b']]);
    // An empty alternative promises nothing.
    expect(patternLiterals('bon(|u|y|ów) prezentow*')).toEqual([['bon'], ['prezentow']]);
    expect(patternLiterals('#money (zamiast|przed) @fee \\@klinika ~2 Größte')).toEqual([['zamiast', 'przed'], ['grosste']]);
    expect(patternLiterals('re:najlepsz\\p{L}+')).toEqual([]);
    // A plain word is one clause, folded; a `re:` body that looks like one promises nothing (its
    // dot matches any letter), as a class member too.
    expect(patternLiterals('Łódź')).toEqual([['lodz']]);
    expect(patternLiterals('covid-19')).toEqual([['covid-19']]);
    expect(patternLiterals('re:a.c')).toEqual([]);
    expect(patternLiterals('@x', { classes: { x: ['re:a.c', 'abc'] } })).toEqual([]);
    expect(patternLiterals('luchsh* klinika', { transliterate: 'ru' })).toEqual([['лучш'], ['клиника']]);
  });

  it('take a class as any of its members, one literal clause each', () => {
    const classes = { fee: ['opłata', 'cena za wizytę', 'koszt*'] };
    // "cena za wizytę": its longest word stands for the member; "koszt*": its stem.
    expect(patternLiterals('#money @fee', { classes })).toEqual([['oplata', 'wizyte', 'koszt']]);
    // A member without a literal (a bare wildcard; read, not compiled, for a trusted pack)
    // promises nothing for the class.
    expect(patternLiterals('@loose zwrot', { classes: { loose: ['opłata', '*'] }, trusted: true })).toEqual([['zwrot']]);
  });

  for (const pack of builtinPacks()) {
    it(`${pack.jurisdiction}: every clause of every pattern (matches and lists) has a literal in its compiled source`, () => {
      const opts = packPatternOptions(pack);
      for (const r of pack.rules) {
        const m = r.match;
        const lists = [m?.patterns, m?.allow, m?.unlessSentence, r.applies?.when, r.applies?.unless];
        for (const p of lists.flatMap((l) => l ?? [])) {
          const source = compilePattern(p, opts).source;
          for (const lits of patternLiterals(p, opts)) {
            expect(lits.some((l) => source.includes(escapeRegex(l))), `${r.id}: ${p} needs one of ${lits.join(', ')}`).toBe(true);
          }
        }
      }
    }, 120_000);
  }

  it('a pattern whose other words are missing finds nothing, and finds its match once they are there', () => {
    const rule = defineRule({
      id: 'xt/lit',
      category: 'misleading-property',
      severity: 'error',
      legalBasis: [{ kind: 'statute', citation: '§ 3 HWG' }],
      match: { patterns: ['garantiert ~2 heilung', '*wunder(kur|mittel)', 'ohne (schmerz|risiko)'] },
    });
    // Two pack objects: a pack compiles once per object, whichever way it is first asked for.
    const pack = () => definePack({ jurisdiction: 'XT', languages: ['de'], name: 'T', rules: [rule], messages: { en: { 'xt/lit': { message: 'm' } } } });
    // Lazy (as the built-in packs: heads from first words, literal test before compiling) and whole.
    const lazy = makeChecker({ packs: [pack()] }, true);
    const whole = createChecker({ packs: [pack()] });
    const ids = (t: string) => {
      const [a, b] = [lazy, whole].map((c) => c.check(t, { jurisdictions: ['XT'] }).findings.map((f) => `${f.ruleId} ${f.range?.start}-${f.range?.end}`));
      expect(a).toEqual(b);
      return a.map((x) => x.split(' ')[0]);
    };
    expect(ids('Garantiert schnelle Ergebnisse.')).toEqual([]);
    expect(ids('Garantiert schnelle Heilung!')).toEqual(['xt/lit']);
    expect(ids('Ein Wunder der Natur.')).toEqual([]);
    expect(ids('Das Wundermittel aus der Apotheke.')).toEqual(['xt/lit']);
    expect(ids('Ohne Termin, ohne Wartezeit.')).toEqual([]);
    expect(ids('Ganz ohne Risiko.')).toEqual(['xt/lit']);
  });
});

describe('a list run for a text that meets only some of its patterns', () => {
  it('matches what the whole list matches, short texts and long (indexed) ones', () => {
    const when = ['heil*', 'heilung garantiert', 'ohne (risiko|schmerz)', 'sofort*', 'schnell* ~2 wirkung'];
    const rule = defineRule({
      id: 'xt/list',
      category: 'misleading-property',
      severity: 'error',
      legalBasis: [{ kind: 'statute', citation: '§ 3 HWG' }],
      match: { patterns: ['garantiert'] },
      applies: { when },
    });
    const pack = definePack({ jurisdiction: 'XT', languages: ['de'], name: 'T', rules: [rule], messages: { en: { 'xt/list': { message: 'm' } } } });
    const list = compilePack(pack, true).rules[0]!.when!;
    const whole = new RegExp(compilePack(pack).rules[0]!.when!.source, 'gu');
    const filler = ' Termine nach Vereinbarung in unserer Praxis am Marktplatz.'.repeat(5);
    for (const t of [
      'heilung garantiert, ohne risiko',
      'ohne schmerzen sofortige termine',
      'schnelle und sichere wirkung',
      // Near misses: the words apart or cut short.
      'ohne termin, heiter und schnell',
      'sofor heilen',
    ]) {
      for (const text of [t, filler + t + filler]) {
        const got = list.all(text).map(([s, e]) => text.slice(s, e));
        expect(got).toEqual([...text.matchAll(whole)].map((m) => m[0]));
      }
    }
    expect(list.all('ohne termin, heiter und schnell')).toEqual([]);
    expect(list.all('heilung garantiert').map(([s, e]) => 'heilung garantiert'.slice(s, e))).toEqual(['heilung']);
  });
});

describe('the head scan reads surrogates as RegExp does', () => {
  // A lone low surrogate is no letter, so the word glued behind it starts a word: it used to be
  // read as the second half of a pair, which hid "gwarantuje" behind "x\uDC00" from the prefilter.
  const checker = makeChecker({ packs: builtinPacks() }, true);
  const rules = (t: string, j: string) => checker.check(t, { jurisdictions: [j] }).findings.map((f) => f.ruleId);
  it('a word behind a lone low surrogate is found like a word behind a space', () => {
    expect(rules('Zabieg x\uDC00gwarantuje efekt.', 'PL')).toEqual(rules('Zabieg x gwarantuje efekt.', 'PL'));
    expect(rules('Zabieg x\uDC00gwarantuje efekt.', 'PL')).toContain('pl/guarantee');
    expect(rules('Лечение x\uDC00гарантирует результат.', 'RU')).toContain('ru/guarantee-result');
  });
  it('a pair is one letter: a word does not start in its middle', () => {
    // 𝐱 (U+1D431, a letter) glued before the word: no word start there, as in RegExp.
    expect(rules('Zabieg 𝐱gwarantuje efekt.', 'PL')).not.toContain('pl/guarantee');
  });
});
