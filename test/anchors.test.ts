/**
 * A head-less pattern led by a bounded token (`#time-span ~3 @result-noun`, `@disease ~2 …`,
 * `*behandlung online`) is found from the heads of the words after that token: where those match,
 * the pattern's own search tries the word starts before them, as many as one match of the token
 * can hold (+ the gap's N) (compile.ts `anchor`, engine.ts `scan`). That is only sound if the span
 * is an upper bound and every match of the token starts at a word start. Both are derived here from
 * parse trees (rx.ts's own parser): for each feature under every built-in pack's options and every
 * language setting (the spans must equal the largest derived bound, so a feature that grows fails
 * here before a check misses a finding), and for the first token of every anchored pattern of the
 * packs. A token that may begin elsewhere than at a word start (`#money`: `€ 100`) is unbounded:
 * every word start before a hit is tried, and the search of a program that may start off a word
 * start reads the whole text anyway, so it only gates the search. Then the findings: every post of test/corpus, checked with the packs anchored and not
 * (built-in and custom), must give the same findings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_LANGUAGES, FEATURES, featureSpan } from '../src/core/features.js';
import { compilePattern, packPatternOptions, patternHeads, type PatternOptions } from '../src/core/pattern.js';
import { newRxCache, Parser, type Node } from '../src/core/rx.js';
import { isWordCp } from '../src/core/normalize.js';
import { anchor, compilePack, getCompiledPack } from '../src/core/compile.js';
import { builtinPack } from '../src/core/define.js';
import { createChecker } from '../src/core/engine.js';
import { builtinPacks } from '../src/index.js';
import type { RulePack } from '../src/core/types.js';

/** What precedes the next character: nothing consumed yet (a word start: no letter before), a non-word character, a word character. */
type State = 'start' | 'gap' | 'word';
/** Per state after a match so far: the most word starts it holds. */
type Reach = Map<State, number>;

const classOf = new Map<(cp: number) => boolean, { word: boolean; other: boolean }>();
/** Whether a character class admits a letter or digit, and whether it admits anything else (every code point asked). */
function kinds(test: (cp: number) => boolean): { word: boolean; other: boolean } {
  let k = classOf.get(test);
  if (!k) {
    k = { word: false, other: false };
    for (let cp = 0; cp <= 0x10ffff && !(k.word && k.other); cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (test(cp)) isWordCp(cp) ? (k.word = true) : (k.other = true);
    }
    classOf.set(test, k);
  }
  return k;
}

function merge(a: Reach, b: Reach): Reach {
  const r = new Map(a);
  for (const [s, n] of b) r.set(s, Math.max(r.get(s) ?? -Infinity, n));
  return r;
}

/** Problems found on the way: a match that can begin with a character that is not a letter or digit. */
interface Found {
  startsOther: boolean;
}

/** One character: a word character after a non-word one (or at the start) opens a word. */
function step(r: Reach, word: boolean, other: boolean, found: Found): Reach {
  const out: Reach = new Map();
  for (const [s, n] of r) {
    if (word) out.set('word', Math.max(out.get('word') ?? -Infinity, s === 'word' ? n : n + 1));
    if (other) {
      if (s === 'start') found.startsOther = true;
      out.set('gap', Math.max(out.get('gap') ?? -Infinity, n));
    }
  }
  return out;
}

const same = (a: Reach, b: Reach) => a.size === b.size && [...a].every(([s, n]) => b.get(s) === n);

/** The reach after `n` from `r`: lookarounds consume nothing, so they leave it as it is. */
function reach(n: Node, r: Reach, found: Found): Reach {
  switch (n.t) {
    case 'str':
      for (const ch of n.s) r = step(r, isWordCp(ch.codePointAt(0)!), !isWordCp(ch.codePointAt(0)!), found);
      return r;
    case 'set': {
      const k = kinds(n.test);
      return step(r, k.word, k.other, found);
    }
    case 'seq':
      for (const it of n.items) r = reach(it, r, found);
      return r;
    case 'alt':
      return n.alts.map((a) => reach(a, r, found)).reduce(merge, new Map());
    case 'rep': {
      for (let i = 0; i < n.min; i++) r = reach(n.node, r, found);
      let all = r;
      for (let i = n.min; i < n.max; i++) {
        r = reach(n.node, r, found);
        const next = merge(all, r);
        if (same(next, all)) break;
        all = next;
        // Still growing after this many rounds: a repetition that opens words without bound.
        if (i - n.min > 64) return new Map([...all].map(([s]) => [s, Infinity]));
      }
      return all;
    }
    default:
      return r;
  }
}

/** The most word starts one match of a source holds, and whether a match can begin with a non-word character. */
function derive(source: string): { span: number; startsOther: boolean } {
  const found: Found = { startsOther: false };
  const r = reach(new Parser(source, newRxCache()).parse(), new Map([['start', 0]]), found);
  return { span: Math.max(...r.values()), startsOther: found.startsOther };
}

/** Every setting a feature compiles under: each built-in pack's options, each language alone (with and without transliteration), all together. */
const settings: Array<[string, PatternOptions]> = [
  ...builtinPacks().map((p): [string, PatternOptions] => [p.jurisdiction, packPatternOptions(p)]),
  ...FEATURE_LANGUAGES.flatMap((l): Array<[string, PatternOptions]> => [
    [l, { languages: [l] }],
    [`${l}, transliterated`, { languages: [l], transliterate: 'ru' }],
  ]),
  ['all languages', {}],
];

describe('feature spans', () => {
  for (const name of FEATURES) {
    it(`#${name}: ${featureSpan(name) < Infinity ? `at most ${featureSpan(name)} word starts, from a word start` : 'unbounded'}`, () => {
      const derived = settings.map(([what, po]) => ({ what, ...derive(compilePattern(`#${name}`, po).source) }));
      if (featureSpan(name) === Infinity) {
        // Unbounded only because a match can begin elsewhere than at a word start (`€ 100`).
        expect(derived.some((d) => d.startsOther)).toBe(true);
        return;
      }
      for (const d of derived) {
        expect(d.startsOther, `${d.what}: a match begins with a non-word character`).toBe(false);
        expect(d.span, d.what).toBeLessThanOrEqual(featureSpan(name));
      }
      // Tight: a larger span would try word starts no match can come from.
      expect(Math.max(...derived.map((d) => d.span))).toBe(featureSpan(name));
    });
  }

  it('the derivation counts what it should (sources with known answers)', () => {
    expect(derive('(?<![\\p{L}\\p{N}])abc').span).toBe(1);
    expect(derive('ab[ ]cd(?:[ ]ef){0,3}').span).toBe(5);
    expect(derive('ab(?:[ ]cd)+').span).toBe(Infinity);
    expect(derive('[0-9]{1,3}(?:[ .][0-9]{3}){1,6}').span).toBe(7);
    expect(derive('(?:€|ab)').startsOther).toBe(true);
    expect(derive('ab[ ]€').startsOther).toBe(false);
  });
});

describe('anchored patterns', () => {
  const packs = builtinPacks();

  /** What `anchor` claims for a pattern, against what the parse of its first token says. */
  const checkAnchor = (p: string, po: PatternOptions) => {
    const a = anchor(p, po.classes);
    if (!a) return false;
    if (a[1] === Infinity) return true;
    const [first, gap] = p.trim().split(/\s+/u);
    const n = /^~(\d)$/.exec(gap ?? '')?.[1];
    const d = derive(compilePattern(first!, po).source);
    expect(d.startsOther, `${p}: a match of ${first} may begin with a non-word character`).toBe(false);
    expect(d.span + Number(n ?? 0), `${p}: word starts before the words after ${first}`).toBeLessThanOrEqual(a[1]);
    return true;
  };

  it('hold, for every pattern of the built-in packs: the first token spans at most the word starts tried, from a word start', () => {
    for (const p of packs) {
      const po = packPatternOptions(p);
      let n = 0;
      for (const r of p.rules) for (const x of r.match?.patterns ?? []) if (checkAnchor(x, po)) n++;
      expect(n, p.jurisdiction).toBeGreaterThan(5);
    }
  });

  it('hold for first tokens of every shape; tokens that may begin with a non-word character are not anchored', () => {
    const classes = { phrase: ['bez bólu', 'na zawsze'], hyphen: ['e-recepta'], compound: ['*schmerz', 'kopfweh'], odd: ['gratis', '\\@klinika'], dash: ['(a|-b)c'] };
    const po = { ...packPatternOptions({ languages: ['pl', 'de', 'ru'], classes }) };
    for (const p of ['*schmerz frei', 'e-recepta ~2 online', '*(b|ab)c jetzt', '@phrase ~3 gwarantujemy', '@hyphen online', '@compound ~2 weg', '#time-span ~1 efekt', '(na|do) zawsze sprawdź']) {
      expect(checkAnchor(p, po), p).toBe(true);
    }
    expect(anchor('#money ~2 sofort', po.classes)).toEqual(['sofort', Infinity]);
    for (const p of ['@odd sofort', '@dash sofort', '\\#money sofort', 're:\\d+ zł', 'najlepsz*', '-20% taniej']) {
      expect(anchor(p, po.classes), p).toBeUndefined();
    }
  });

  it('are the head-less patterns whose first token is bounded and whose next words have heads, in every built-in pack', () => {
    for (const p of packs) {
      const cp = compilePack(p, true);
      const anchored = cp.orphans.filter((o) => o.back);
      expect(anchored.length, p.jurisdiction).toBeGreaterThan(0);
      // Each is reached from a bucket entry of the words after its feature.
      const reached = new Set([...cp.candidates.values()].flat().flatMap((c) => (c.orphan === undefined ? [] : [c.orphan])));
      expect([...reached].sort((a, b) => a - b)).toEqual(cp.orphans.flatMap((o, i) => (o.back ? [i] : [])));
      // Every head-less pattern whose first token `anchor` can bound (a feature, #money without
      // a bound, a class, a `*` stem) and whose words after it have heads, and only those.
      const po = packPatternOptions(p);
      const led = p.rules.flatMap((r) =>
        (r.match?.patterns ?? []).filter((x) => {
          const a = patternHeads(x, po).length === 0 ? anchor(x, po.classes) : undefined;
          return a !== undefined && patternHeads(a[0], po).length > 0;
        }),
      );
      expect(anchored.length, p.jurisdiction).toBe(led.length);
    }
  });

  const posts = readdirSync(new URL('./corpus/', import.meta.url))
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(new URL(`./corpus/${f}`, import.meta.url), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
  /**
   * The same packs compiled again (copies: compiled packs are kept per pack object), trusted like
   * a built-in pack or not (a custom pack compiles whole), with or without anchoring: without,
   * every orphan is searched at every word start, as before anchoring.
   */
  const compiledAs = (trusted: boolean, anchored: boolean): RulePack[] =>
    packs.map((p) => {
      const copy = trusted ? builtinPack({ ...p }) : ({ ...p } as RulePack);
      const cp = getCompiledPack(copy);
      if (!anchored) {
        for (const o of cp.orphans) o.back = 0;
        for (const [t, list] of cp.candidates) cp.candidates.set(t, list.filter((c) => c.orphan === undefined));
      }
      return copy;
    });
  const findings = (packsOf: RulePack[]) => {
    const c = createChecker({ packs: packsOf });
    return posts.map((text) => {
      const r = c.check(text, { jurisdictions: ['PL', 'DE', 'RU'], asOf: '2025-06-01' });
      return r.findings.map((f) => `${f.ruleId} ${f.range?.start}-${f.range?.end}`).join(' ');
    });
  };

  for (const trusted of [true, false]) {
    it(`give the findings of the same packs without anchoring, on every post of test/corpus (${trusted ? 'built-in' : 'custom'} packs)`, () => {
      expect(posts.length).toBeGreaterThan(1000);
      const anchoredPacks = compiledAs(trusted, true);
      expect(anchoredPacks.every((p) => getCompiledPack(p).orphans.some((o) => o.back))).toBe(true);
      const anchored = findings(anchoredPacks);
      expect(anchored.filter((f) => f !== '').length).toBeGreaterThan(500);
      expect(anchored).toEqual(findings(compiledAs(trusted, false)));
    }, 240_000);
  }
});
