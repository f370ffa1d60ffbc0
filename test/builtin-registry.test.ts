/**
 * `createChecker` with built-in pack objects (`plPack` & co., the four-locale packs of a built-in
 * checker that the CLI's and the integrations' configurations pass, `builtinPacks()`) compiles
 * them as `createBuiltinChecker()` does, on first use. It must give the same reports, and a
 * caller's own pack beside them, or merged into them, must still be compiled, and fail, at
 * `createChecker`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinPacks, createBuiltinChecker, createChecker, defineRule, definePack, dePack, plPack, RuleDefinitionError, ruPack } from '../src/index.js';
import { builtin } from '../src/core/define.js';
import { createRegistry } from '../src/core/registry.js';

const rows = (file: string) =>
  readFileSync(new URL(`./corpus/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; jurisdiction?: string });

const brokenPack = () =>
  definePack({
    jurisdiction: 'XB',
    languages: ['pl'],
    name: 'Broken',
    rules: [
      defineRule({
        id: 'xb/broken',
        category: 'superlative',
        severity: 'error',
        legalBasis: [{ kind: 'statute', citation: 'art. 1', url: 'https://example.org/' }],
        // An unclosed group: a caller's pattern, so it must fail when the checker is made.
        match: { patterns: ['re:(najlepsz'] },
        examples: { valid: [], invalid: [] },
      }),
    ],
    messages: { en: { 'xb/broken': { message: 'broken' } } },
  });

describe('built-in pack objects', () => {
  it('are known as built-in wherever medad hands them out; copies and caller packs are not', () => {
    const all = [plPack, dePack, ruPack, ...createBuiltinChecker().registry.packs(), ...builtinPacks()];
    expect(all.length).toBe(9);
    for (const p of all) expect(builtin.has(p), p.name).toBe(true);
    expect(builtin.has({ ...plPack })).toBe(false);
    expect(builtin.has({ ...plPack, rules: plPack.rules.slice(1) })).toBe(false);
    expect(builtin.has(brokenPack())).toBe(false);
  });

  it('give the same findings from medad/packs/* as from createBuiltinChecker()', () => {
    const builtinChecker = createBuiltinChecker();
    for (const [pack, file] of [[plPack, 'pl-9.jsonl'], [dePack, 'de-9.jsonl'], [ruPack, 'ru-9.jsonl']] as const) {
      const lean = createChecker({ packs: [pack] });
      for (const row of rows(file)) {
        const o = { jurisdictions: [pack.jurisdiction], asOf: '2026-11-30' };
        expect(lean.check(row.text, o).findings, row.id).toEqual(builtinChecker.check(row.text, o).findings);
      }
    }
  });

  it('do not spare a caller pack beside them its compile at createChecker', () => {
    expect(() => createChecker({ packs: [plPack, brokenPack()] })).toThrow(RuleDefinitionError);
  });
});

describe('createChecker with the packs of a built-in checker', () => {
  const builtin = createBuiltinChecker();
  const viaRegistry = createChecker({ packs: builtin.registry });
  const viaArray = createChecker({ packs: builtin.registry.packs() });

  for (const [file, j] of [['pl-9.jsonl', 'PL'], ['de-9.jsonl', 'DE'], ['ru-9.jsonl', 'RU']] as const) {
    it(`gives createBuiltinChecker's reports on ${file}`, () => {
      for (const row of rows(file)) {
        const o = { jurisdictions: [j], asOf: '2026-11-30' };
        const want = builtin.check(row.text, o);
        expect(viaRegistry.check(row.text, o), row.id).toEqual(want);
        expect(viaArray.check(row.text, o), row.id).toEqual(want);
      }
    });
  }

  it('still compiles a caller pack beside them at createChecker, so its bad pattern fails there', () => {
    const registry = createRegistry(builtin.registry.packs());
    registry.register(brokenPack());
    expect(() => createChecker({ packs: registry })).toThrow(RuleDefinitionError);
    expect(() => createChecker({ packs: [...builtin.registry.packs(), brokenPack()] })).toThrow(RuleDefinitionError);
  });

  it('still compiles a built-in jurisdiction merged with a caller pack at createChecker', () => {
    const registry = createRegistry(builtin.registry.packs());
    const house = { ...brokenPack(), jurisdiction: 'PL' };
    registry.register(house, { override: true });
    expect(() => createChecker({ packs: registry })).toThrow(RuleDefinitionError);
  });
});
