/**
 * The rule registry: packs by jurisdiction, filtering, and duplicate-id protection.
 */
import { badValue } from './errors.js';
import { assertPackShape } from './pack-guard.js';
import type { Rule, RuleFilter, RulePack } from './types.js';

export interface RegisterOptions {
  /** Replace rules of the same id (and a pack of the same jurisdiction) instead of failing. */
  override?: boolean;
}

export interface Registry {
  /** Add a pack. Rejects a rule id already registered unless `override` is set. */
  register(pack: RulePack, options?: RegisterOptions): Registry;
  /** The registered packs, in registration order (an overriding pack merged into the original). */
  packs(): RulePack[];
  /** The pack of a jurisdiction; throws `RangeError` for an unknown one. */
  pack(jurisdiction: string): RulePack;
  jurisdictions(): string[];
  listRules(filter?: RuleFilter): Rule[];
  getRule(id: string): Rule | undefined;
}

const asList = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

export function ruleMatchesFilter(rule: Rule, filter: RuleFilter = {}, packLanguages: string[] = []): boolean {
  const j = asList(filter.jurisdiction);
  if (j && !j.includes(rule.jurisdiction)) return false;
  const c = asList(filter.category);
  if (c && !c.includes(rule.category)) return false;
  if (filter.severity && rule.severity !== filter.severity) return false;
  if (filter.language && !(rule.applies?.languages ?? packLanguages).includes(filter.language)) return false;
  if (filter.product && rule.applies?.products && !rule.applies.products.includes(filter.product)) return false;
  return true;
}

/**
 * A registry of packs: look rules up, filter them, and reject duplicate ids.
 *
 * @example
 * ```ts
 * import { createRegistry } from 'medad/core';
 * import { dePack } from 'medad/packs/de';
 *
 * const registry = createRegistry([dePack]);
 * registry.listRules({ category: 'testimonial' }).map((r) => r.id);
 * registry.register(dePack); // throws: duplicate rule ids (pass { override: true } to replace)
 * ```
 */
export function createRegistry(initial: RulePack[] = []): Registry {
  const byJurisdiction = new Map<string, RulePack>();
  const ruleIndex = new Map<string, Rule>();

  const registry: Registry = {
    register(pack, options = {}) {
      assertPackShape(pack);
      const existing = byJurisdiction.get(pack.jurisdiction);
      for (const rule of pack.rules) {
        if (ruleIndex.has(rule.id) && !options.override) {
          throw new Error(`Duplicate rule id ${rule.id}: already registered. Pass { override: true } to replace it.`);
        }
      }
      let merged = pack;
      if (existing) {
        if (!options.override) {
          throw new Error(`A pack for jurisdiction ${pack.jurisdiction} is already registered. Pass { override: true } to merge.`);
        }
        const replaced = new Set(pack.rules.map((r) => r.id));
        const messages = { ...existing.messages };
        for (const [lng, cat] of Object.entries(pack.messages)) messages[lng] = { ...messages[lng], ...cat };
        merged = Object.freeze({
          ...existing,
          messages,
          rules: [...existing.rules.filter((r) => !replaced.has(r.id)), ...pack.rules],
        });
        for (const r of existing.rules) ruleIndex.delete(r.id);
      }
      byJurisdiction.set(pack.jurisdiction, merged);
      for (const r of merged.rules) ruleIndex.set(r.id, r);
      return registry;
    },
    packs: () => [...byJurisdiction.values()],
    pack(jurisdiction) {
      const p = byJurisdiction.get(jurisdiction);
      if (!p) throw badValue('jurisdiction', jurisdiction, [...byJurisdiction.keys(), 'auto']);
      return p;
    },
    jurisdictions: () => [...byJurisdiction.keys()],
    listRules(filter) {
      const out: Rule[] = [];
      for (const p of byJurisdiction.values()) {
        for (const r of p.rules) if (ruleMatchesFilter(r, filter, p.languages)) out.push(r);
      }
      return out;
    },
    getRule: (id) => ruleIndex.get(id),
  };
  for (const p of initial) registry.register(p);
  return registry;
}
