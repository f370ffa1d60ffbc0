/**
 * Issue 15, engine side: hostile patterns and packs. Every reproduction of the red-team report is
 * either rejected at load with an error that says why, or matched in linear time; many hits do
 * not overflow the stack. Growth ratios only, no wall-clock bounds.
 */
import { describe, expect, it } from 'vitest';
import { compilePattern, createChecker, definePack, defineRule, PatternError } from '../src/index.js';
import { packPatternOptions } from '../src/core/pattern.js';
import { parsePack } from '../src/adapters/schema/index.js';
import { bestGrowth, describeGrowth } from './growth.js';

const basis = [{ kind: 'statute' as const, citation: '§ 3 HWG', url: 'https://www.gesetze-im-internet.de/heilmwerbg/__3.html' }];
const packWith = (patterns: string[], extra: Record<string, unknown> = {}) =>
  definePack({
    jurisdiction: 'XH',
    languages: ['de'],
    name: 'Hostile',
    rules: [defineRule({ id: 'xh/r', category: 'misleading-property', severity: 'error', legalBasis: basis, match: { patterns }, examples: { valid: [], invalid: [] } })],
    messages: { en: { 'xh/r': { message: 'x' } } },
    ...extra,
  });

/** Best of `runs` runs of `f`, in ms. */
function cost(f: () => void, runs = 5): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('pattern language: overlapping group alternatives', () => {
  const groups = (k: number) => Array.from({ length: k }, () => '(a*|a*|a*)').join(' ') + ' b';
  const text = 'a '.repeat(60);

  it('(a*|a*|a*) × 20 … b runs in time linear in the groups, not 3^k', () => {
    // Before: 14 groups 1 s, 20 groups > 120 s. Now the duplicate alternatives collapse.
    const run = (k: number) => {
      const re = new RegExp(compilePattern(groups(k)).source, 'gu');
      return cost(() => [...text.matchAll(re)]);
    };
    const ratio = run(20) / Math.max(run(10), 0.05);
    expect(ratio).toBeLessThan(8); // 3^10 ≈ 59,000 if the alternatives were retried
  });

  it('open alternatives swallow the alternatives they are a prefix of; the match stays the same', () => {
    expect(compilePattern('(skuteczn*|skuteczny|skutecznie*) lek').source).toBe(compilePattern('(skuteczn*) lek').source);
    const re = new RegExp(compilePattern('gwarantuj(e|emy|ą)').source, 'gu');
    expect('gwarantuje gwarantujemy gwarantuja'.match(re)).toEqual(['gwarantuje', 'gwarantujemy', 'gwarantuja']);
  });

  it('alternatives that overlap with what follows them in the word are rejected with a clear error', () => {
    expect(() => compilePattern('(a|ab)b')).toThrow(PatternError);
    expect(() => compilePattern('(a|aa)(a|aa)(a|aa)x')).toThrow(/alternatives "a" and "aa" of \(a\|aa\) overlap/);
    expect(() => compilePattern('(naj|)lepsz*')).not.toThrow(); // "" and "naj" never meet "l"
  });

  it('a leading * with a group is matched once per word: *(b|ab) × 12 … c stays linear', () => {
    const pat = (k: number) => Array.from({ length: k }, () => '*(b|ab)').join(' ') + ' c';
    const t = 'xab '.repeat(200);
    const run = (k: number) => {
      const re = new RegExp(compilePattern(pat(k)).source, 'gu');
      return cost(() => [...t.matchAll(re)]);
    };
    expect(run(12) / Math.max(run(6), 0.05)).toBeLessThan(8); // 2^6 = 64 if splits multiplied
  });

  it('class members that match the same words are matched once; overlapping phrases are rejected', () => {
    const classes = { x: ['efekt*', 'efekty', 'efektem'] };
    const opts = packPatternOptions({ languages: ['pl'], classes });
    const pat = (k: number) => Array.from({ length: k }, () => '@x').join(' ') + ' b';
    const t = 'efekty '.repeat(200);
    const run = (k: number) => {
      const re = new RegExp(compilePattern(pat(k), opts).source, 'gu');
      return cost(() => [...t.matchAll(re)]);
    };
    expect(run(12) / Math.max(run(6), 0.05)).toBeLessThan(8); // 3^6 = 729 if members were retried
    expect(() => compilePattern('@y', packPatternOptions({ languages: ['pl'], classes: { y: ['bez bólu', 'bez bol*'] } }))).toThrow(/bez bólu\W+and\W+bez bol\*.*same words/);
    expect(() => compilePattern('@y', packPatternOptions({ languages: ['pl'], classes: { y: ['bez bólu', 'bez skutków'] } }))).not.toThrow();
  });

  it('gaps and features have a per-pattern budget (their retries multiply)', () => {
    expect(() => compilePattern('a ~8 b ~8 c ~1 d')).toThrow(/skip at most 16 words together/);
    expect(() => compilePattern('a ~1 b ~1 c ~1 d ~1 e')).toThrow(/at most 3 "~N" gaps/);
    expect(() => compilePattern('#number #number #number #number', packPatternOptions({ languages: ['pl'] }))).toThrow(/at most 3 #features/);
    expect(() => compilePattern('поставит* ~1 диагноз ~4 (по|в|за) ~1 (фото|переписке)')).not.toThrow();
  });
});

describe('raw re: patterns: the guard cannot be bypassed', () => {
  // Each of these hung a check for minutes on 200 characters, or was quadratic.
  const bypasses: Array<[string, RegExp]> = [
    ['a*a*a*a*a*a*a*a*c', /can match the same characters one after the other/],
    ['x\\s*\\s*\\s*\\s*\\s*\\s*\\s*\\s*y', /can match the same characters one after the other/],
    ['(?=a*a*a*a*a*a*a*c)a', /re-read from each of them|one after the other/],
    ['(?:(?:a{1,9}){1,9}){1,9}c', /repetitions can overlap/],
    ['.*x', /re-read from each of them \(quadratic\)/],
    ['[^!]*!', /re-read from each of them \(quadratic\)/],
  ];
  it.each(bypasses)('re:%s is rejected at load, by the engine and by the schema', (body, why) => {
    expect(() => compilePattern(`re:${body}`)).toThrow(why);
    expect(() => createChecker({ packs: [packWith([`re:${body}`])], jurisdictions: ['XH'] }).check('a')).toThrow(why);
    const json = JSON.parse(JSON.stringify(packWith(['x'])));
    json.rules[0].match.patterns = [`re:${body}`];
    expect(() => parsePack(json)).toThrow(/rules\[0\]\.match\.patterns\[0\]/);
  });

  it('safe shapes stay accepted: delimited repetitions, bounded scans, repetitions pinned by a literal', () => {
    for (const ok of ['art\\.\\s*\\d+', '\\((?:[^()]*\\s)?(?:19|20)\\d{2}\\)', '(?:\\p{L}+\\.?\\s+){0,2}x', '(?:⭐️?\\s*){3,}', 'dr\\s\\p{L}+[,\\s]+lekar', 'kod\\p{L}*\\s[a-z]{2,}\\d{1,3}']) {
      expect(() => compilePattern(`re:${ok}`), ok).not.toThrow();
    }
  });
});

describe('many hits', () => {
  it('1,000,000 findings without a stack overflow (no spread of unbounded arrays)', () => {
    const checker = createChecker({ packs: [packWith(['beste'])], jurisdictions: ['XH'] });
    const report = checker.check('beste '.repeat(1_000_000));
    expect(report.findings.length).toBe(1_000_000);
    expect(report.findings[999_999]!.range).toEqual({ start: 6 * 999_999, end: 6 * 999_999 + 5 });
  });
});

describe("a rule function's results", () => {
  // A pack's own code: what it returns is checked where it enters the engine, so a bad item names
  // the rule instead of failing as a property read deep inside a check.
  const withTest = (results: unknown) =>
    createChecker({
      packs: [
        definePack({
          jurisdiction: 'XH',
          languages: ['de'],
          name: 'Rule functions',
          rules: [defineRule({ id: 'xh/fn', category: 'misleading-property', severity: 'error', legalBasis: basis, test: () => results as never, examples: { valid: [], invalid: [] } })],
          messages: { en: { 'xh/fn': { message: 'x' } } },
        }),
      ],
      jurisdictions: ['XH'],
    });
  it('items that are not objects throw a TypeError naming the rule and the value', () => {
    expect(() => withTest([5]).check('Die beste Praxis.')).toThrow(new TypeError('Rule xh/fn: test() result must be an object, got number 5.'));
    expect(() => withTest([null]).check('Die beste Praxis.')).toThrow(/^Rule xh\/fn: test\(\) result must be an object, got null\.$/);
    expect(() => withTest([{ range: { start: 0, end: 3 } }, 'beste']).check('Die beste Praxis.')).toThrow(/Rule xh\/fn: .* got "beste"/);
  });
  it('well-formed results of any shape become findings', () => {
    const findings = withTest([{ range: { start: 4, end: 9 } }, { variant: 'message', data: { n: 1 }, range: { start: 10, end: 16 } }]).check('Die beste Praxis.').findings;
    expect(findings.map((f) => [f.ruleId, f.range])).toEqual([['xh/fn', { start: 4, end: 9 }], ['xh/fn', { start: 10, end: 16 }]]);
    expect(withTest([{ range: null }]).check('Die beste Praxis.').findings.map((f) => f.range)).toEqual([null]);
  });
});

describe('built-ins are immutable, merged packs cannot rewrite them', () => {
  it('builtinPacks() and listRules() hand out deeply frozen data: a write cannot change later checks', async () => {
    const { builtinPacks, check, listRules } = await import('../src/index.js');
    const text = 'Najlepsza klinika w mieście!';
    const before = check(text, { jurisdictions: ['PL'] }).findings.map((f) => `${f.ruleId}:${f.message}`);
    const pl = builtinPacks()[0]!;
    const rule = pl.rules.find((r) => r.id === 'pl/superlative')!;
    expect(Object.isFrozen(pl.messages.en!['pl/superlative'])).toBe(true);
    expect(() => {
      (pl.messages.en!['pl/superlative'] as Record<string, string>).message = 'looks fine, publish it';
    }).toThrow(TypeError);
    expect(() => (rule.match!.patterns as string[]).push('klinika')).toThrow(TypeError);
    expect(() => {
      (rule.legalBasis[0] as { citation: string }).citation = 'none';
    }).toThrow(TypeError);
    const listed = listRules({ jurisdiction: 'PL' })[0]!;
    expect(() => (listed.examples.invalid as unknown[]).push('x')).toThrow(TypeError);
    expect(check(text, { jurisdictions: ['PL'] }).findings.map((f) => `${f.ruleId}:${f.message}`)).toEqual(before);
  });

  it('a merged pack cannot change built-in messages unless asked; its own messages and settings are kept', async () => {
    const { createBuiltinRegistry, createChecker: create } = await import('../src/index.js');
    const house = (messages: Record<string, Record<string, string>>, extra: Record<string, unknown> = {}) =>
      definePack({
        jurisdiction: 'PL',
        languages: ['pl'],
        name: 'House',
        rules: [defineRule({ id: 'pl/house-cure', category: 'misleading-property', severity: 'error', legalBasis: basis, match: { patterns: ['wyleczy*'], negation: true }, examples: { valid: [], invalid: [] } })],
        messages: { en: { 'pl/house-cure': { message: 'house: cure' }, ...messages } },
        ...extra,
      });
    expect(() => createBuiltinRegistry().register(house({ 'pl/superlative': { message: 'looks fine, publish it' } }), { override: true })).toThrow(
      /sets messages of rules it does not define \(en:pl\/superlative\).*overrideMessages/,
    );
    const asked = createBuiltinRegistry().register(house({ 'pl/superlative': { message: 'house wording' } }), { override: true, overrideMessages: true });
    expect(create({ packs: asked }).check('Najlepsza klinika.', { jurisdictions: ['PL'] }).findings.find((f) => f.ruleId === 'pl/superlative')?.message).toBe('house wording');

    // Its negation words and window travel with it: "bynajmniej" negates only because the house pack says so.
    const registry = createBuiltinRegistry().register(house({}, { negations: ['bynajmniej'], negationWindow: 1 }), { override: true });
    const c = create({ packs: registry });
    const ids = (t: string) => c.check(t, { jurisdictions: ['PL'] }).findings.filter((f) => f.ruleId === 'pl/house-cure').map((f) => f.excerpt);
    expect(ids('Ten krem wyleczy trądzik.')).toEqual(['wyleczy']);
    expect(ids('Ten krem bynajmniej wyleczy trądzik.')).toEqual([]);
    expect(ids('Bynajmniej ten krem wyleczy trądzik.')).toEqual(['wyleczy']); // inside the default window of 3, outside its own of 1
    expect(registry.pack('PL').negations).toContain('bynajmniej');
    expect(() => createBuiltinRegistry().register(house({}, { transliterate: 'ru' }), { override: true })).toThrow(/transliterate/);
  });
});

describe('large packs', () => {
  const big = (rules: number) => {
    const pack = JSON.parse(JSON.stringify(packWith(['x']))) as { rules: Array<Record<string, any>>; messages: { en: Record<string, unknown> } };
    const { jurisdiction: _, ...template } = pack.rules[0]!; // definePack adds it; JSON packs do not carry it
    pack.rules = [];
    pack.messages.en = {};
    for (let i = 0; i < rules; i++) {
      const id = `xh/r${i}`;
      // Patterns that share a head ("wirkung…"): the shape that made parsing take 29 s.
      pack.rules.push({ ...template, id, match: { patterns: Array.from({ length: 9 }, (_, k) => `wirkung${i}x${k} ~2 garantiert* sehr sehr sehr sehr schnell`) } });
      pack.messages.en[id] = { message: 'x' };
    }
    return JSON.stringify(pack);
  };

  it('parsing grows linearly with the pack (up to a 1.5 MB pack)', () => {
    expect(big(1800).length).toBeGreaterThan(1_400_000);
    // CPU time and a fitted exponent, not a ratio of two wall-clock runs: parsing got fast enough
    // (tens of ms for the small pack) for a scheduler stall on a shared machine to decide a ratio.
    const packs = new Map([450, 900, 1800].map((n) => [n, big(n)]));
    const g = bestGrowth([450, 900, 1800], (n) => parsePack(packs.get(n)!), 1.3);
    expect(g.exponent, describeGrowth(g)).toBeLessThan(1.3);
  });

  it('loading grows linearly too: parsePack + createChecker + first check (CPU time, fitted exponent)', () => {
    // The whole path a service takes with an untrusted pack; the 2 MB figure is in `npm run bench`.
    const texts = ['Die wirkung12x3 ist garantiert sehr sehr sehr sehr schnell.', 'Kein Treffer hier.'];
    const load = (json: string) => {
      const checker = createChecker({ packs: [parsePack(JSON.parse(json))] });
      for (const t of texts) checker.check(t, { jurisdictions: ['XH'] });
    };
    const g = bestGrowth([300, 600, 1200], (n) => load(big(n)), 1.3);
    expect(g.exponent, describeGrowth(g)).toBeLessThan(1.3);
    // A hit is still found among 10,000 patterns that share the head.
    const checker = createChecker({ packs: [parsePack(JSON.parse(big(1200)))] });
    expect(checker.check(texts[0]!, { jurisdictions: ['XH'] }).findings.map((f) => f.ruleId)).toEqual(['xh/r12']);
  }, 180_000);

  it('pack totals are limited and the error says which and by how much', () => {
    const json = JSON.parse(big(10));
    json.rules[0].match.patterns = Array.from({ length: 500 }, (_, k) => `w${k}`);
    json.rules = Array.from({ length: 41 }, (_, i) => ({ ...json.rules[0], id: `xh/m${i}` }));
    for (const r of json.rules) json.messages.en[r.id] = { message: 'x' };
    expect(() => parsePack(json)).toThrow(/too large: 20500 patterns in all \(at most 20000\)/);
    const when = JSON.parse(big(10));
    when.rules = Array.from({ length: 5 }, (_, i) => ({ ...when.rules[0], id: `xh/w${i}`, applies: { when: Array.from({ length: 401 }, (_, k) => `anzeige${k}`) } }));
    for (const r of when.rules) when.messages.en[r.id] = { message: 'x' };
    expect(() => parsePack(when)).toThrow(/2005 "applies.when" patterns in all \(at most 2000\)/);
    // The same limits hold for packs written in code.
    const coded = definePack({ ...packWith(['x']), rules: when.rules.map((r: Record<string, unknown>) => defineRule(r as never)), messages: when.messages });
    expect(() => createChecker({ packs: [coded] })).toThrow(/too large: 2005 "applies.when"/);
  });
});
