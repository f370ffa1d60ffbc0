/**
 * Hostile configuration: unknown options, `__proto__` / `constructor` keys (as JSON.parse makes
 * them: own properties), malformed custom packs, huge and catastrophic patterns. Each is rejected
 * with an error that says what is wrong, and nothing reaches Object.prototype.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createBuiltinChecker, createChecker, plPack, RuleDefinitionError } from '../src/index.js';
import { createChecker as createCoreChecker } from '../src/core/index.js';

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const before = protoKeys();

/** A minimal custom pack as a JSON user would write it; `patch` edits the parsed object. */
function jsonPack(patch: (p: any) => void = () => {}): any {
  const p = JSON.parse(
    JSON.stringify({
      jurisdiction: 'XX',
      languages: ['pl'],
      name: 'Custom',
      rules: [
        {
          id: 'xx/cure',
          category: 'misleading-property',
          severity: 'error',
          legalBasis: [{ kind: 'statute', citation: 'art. 1', url: 'https://example.org' }],
          match: { patterns: ['leczy'] },
          examples: { valid: [], invalid: [] },
        },
      ],
      messages: { en: { 'xx/cure': { message: 'Cure claim.' } } },
    }),
  );
  patch(p);
  return p;
}
const build = (pack: unknown) => () => createCoreChecker({ packs: [pack as never] });

describe('options', () => {
  it("medad's createChecker needs packs, and says where the built-in ones are", () => {
    for (const call of [() => (createChecker as (o?: unknown) => unknown)(), () => createChecker({ locale: 'de' } as never)]) {
      expect(call).toThrow(TypeError);
      expect(call).toThrow(/createChecker needs options\.packs, e\.g\. createChecker\(\{ packs: \[plPack\] \}\).*createBuiltinChecker\(\)/);
    }
    expect(() => createBuiltinChecker({ packs: [plPack] } as never)).toThrow(/createBuiltinChecker uses the built-in packs.*createChecker\(\{ packs \}\)/);
    expect(createChecker({ packs: [plPack] }).registry.jurisdictions()).toEqual(['PL']);
  });
  it('rejects unknown checker and check options, naming them', () => {
    expect(() => createBuiltinChecker({ jurisdiction: ['PL'] } as never)).toThrow(/Unknown check option "jurisdiction"/);
    expect(() => createBuiltinChecker().check('x', { lang: 'pl' } as never)).toThrow(/Unknown check option "lang"/);
    expect(() => createBuiltinChecker().check('x', { context: { price: 1 } } as never)).toThrow(/Unknown context option "price"/);
  });
  it('rejects __proto__ and constructor keys parsed from JSON, without polluting', () => {
    const checker = createBuiltinChecker();
    for (const json of ['{"__proto__": {"polluted": true}}', '{"constructor": {"prototype": {"polluted": true}}}']) {
      expect(() => checker.check('x', JSON.parse(json))).toThrow(TypeError);
      expect(() => checker.check('x', { context: JSON.parse(json) })).toThrow(TypeError);
      expect(() => checker.check('x', { rules: JSON.parse(json) })).toThrow(/Unknown rule id/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('rejects wrong types with the value in the message', () => {
    expect(() => createBuiltinChecker().check('x', { rules: 'off' } as never)).toThrow(/options.rules must be an object/);
    expect(() => createBuiltinChecker().check('x', { context: { assets: [{ tags: 'x' }] } } as never)).toThrow(/tags must be an array of strings/);
    expect(() => createBuiltinChecker().check('x', { detect: 'franc' } as never)).toThrow(/options.detect must be a function/);
  });
});

describe('custom packs', () => {
  it('accepts a well-formed JSON pack', () => {
    expect(build(jsonPack())().check('To leczy wszystko.').findings.map((f) => f.ruleId)).toEqual(['xx/cure']);
  });
  it('rejects __proto__ / constructor / prototype keys anywhere in a pack', () => {
    const cases: Array<[string, (p: any) => void]> = [
      ['pack', (p) => Object.defineProperty(p, '__proto__', { value: { polluted: 1 }, enumerable: true })],
      ['rule', (p) => (p.rules[0] = JSON.parse(JSON.stringify(p.rules[0]).replace('{', '{"__proto__":{"polluted":1},')))],
      ['match', (p) => (p.rules[0].match = JSON.parse('{"patterns":["leczy"],"constructor":{"prototype":{"polluted":1}}}'))],
      ['messages', (p) => (p.messages = JSON.parse('{"en":{"__proto__":{"message":"x"}}}'))],
      ['applies', (p) => (p.rules[0].applies = JSON.parse('{"prototype":{}}'))],
    ];
    for (const [where, patch] of cases) {
      expect(build(jsonPack(patch)), where).toThrow(RuleDefinitionError);
      expect(build(jsonPack(patch)), where).toThrow(/Forbidden key "(__proto__|constructor|prototype)"/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('rejects malformed packs with clear errors', () => {
    expect(build(null)).toThrow(/A pack must be an object, got null/);
    expect(build(jsonPack((p) => (p.jurisdiction = 'pl')))).toThrow(/two upper-case letters/);
    expect(build(jsonPack((p) => delete p.rules))).toThrow(/rules must be an array/);
    expect(build(jsonPack((p) => (p.rules[0].match.patterns = 'leczy')))).toThrow(/match.patterns must be an array of strings/);
    expect(build(jsonPack((p) => (p.rules[0].match.patterns = [42])))).toThrow(/match.patterns must be an array of strings/);
    expect(build(jsonPack((p) => (p.rules[0].test = 'return 1')))).toThrow(/test must be a function/);
    expect(build(jsonPack((p) => (p.citations = 'art')))).toThrow(/citations must be an array of strings/);
  });
  it('rejects huge patterns', () => {
    const huge = jsonPack((p) => (p.rules[0].match.patterns = ['lek'.repeat(400)]));
    expect(build(huge)).toThrow(/xx\/cure, match.patterns: .*longer than 1000 characters/);
  });
  it('rejects catastrophic raw regexes before they run', () => {
    const cases: Array<[string, RegExp]> = [
      ['re:(a+)+$', /catastrophic/],
      ['re:(?:\\s*\\p{L}*)+!', /catastrophic/],
      ['re:(lek|leki)+arz', /catastrophic/],
      ['re:(\\p{L}+)\\1', /backreferences/],
      ['re:(?:\\w+\\s?)*$', /catastrophic/],
    ];
    for (const [pattern, msg] of cases) {
      const pack = jsonPack((p) => (p.rules[0].match.patterns = [pattern]));
      expect(build(pack), pattern).toThrow(RuleDefinitionError);
      expect(build(pack), pattern).toThrow(msg);
    }
    // The same guard sits on every list of patterns, not only match.patterns.
    expect(build(jsonPack((p) => (p.rules[0].match.allow = ['re:(x+x+)+y'])))).toThrow(/match.allow: .*catastrophic/);
    expect(build(jsonPack((p) => (p.citations = ['re:(\\d+)*z'])))).toThrow(/catastrophic/);
  });
  it('accepts delimited repetitions that cannot backtrack catastrophically', () => {
    for (const pattern of ['re:(?:⭐\\s*){3,}', 're:(?:\\p{L}+\\s+){0,3}poleca', 're:\\d+(?:,\\s*\\d+)+ zł']) {
      expect(build(jsonPack((p) => (p.rules[0].match.patterns = [pattern]))), pattern).not.toThrow();
    }
  });
  it('survives a large custom pack (thousands of patterns compile into one prefilter)', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `slowo${i.toString(36)}*`);
    const checker = build(jsonPack((p) => (p.rules[0].match.patterns = many)))();
    expect(checker.check('A tu slowo2s i slowo2bx.').findings.map((f) => f.excerpt)).toEqual(['slowo2s', 'slowo2bx']);
  });
});

afterAll(() => {
  expect(protoKeys()).toBe(before);
});
