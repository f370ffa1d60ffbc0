/**
 * The rule registry: packs by jurisdiction, filtering, and duplicate-id protection.
 */
import { badValue } from './errors.js';
import { deepFreeze } from './freeze.js';
import { assertPackShape, PACK_LISTS } from './pack-guard.js';
import type { Rule, RuleFilter, RulePack } from './types.js';

export interface RegisterOptions {
  /** Replace rules of the same id (and a pack of the same jurisdiction) instead of failing. */
  override?: boolean;
  /**
   * Let a merged pack's catalogs change the messages of rules it does not itself define (e.g.
   * reword a built-in rule). Without it such messages are an error: a house pack cannot quietly
   * make `pl/superlative` say "looks fine".
   */
  overrideMessages?: boolean;
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
 * A pack merged into the registered pack of its jurisdiction. Its rules replace rules of the same
 * id; its messages apply to its own rules only (unless `overrideMessages`); its pack-level
 * settings are kept: the negation window and the languages become part of each of its rules
 * (they would otherwise be the other pack's), negation words, citation and sponsorship cues and
 * concept classes are added to the jurisdiction's (they are pack-wide by nature). Packs that
 * match on different views of the text (`transliterate`) cannot be merged.
 */
function mergePacks(existing: RulePack, pack: RulePack, options: RegisterOptions): RulePack {
  const where = `Pack ${JSON.stringify(pack.name)} merged into ${pack.jurisdiction}`;
  if ((existing.transliterate ?? null) !== (pack.transliterate ?? null)) {
    throw new Error(`${where}: its "transliterate" (${pack.transliterate ?? 'none'}) differs from the registered pack's (${existing.transliterate ?? 'none'}); register it under its own jurisdiction`);
  }
  const own = new Set(pack.rules.flatMap((r) => [r.id, r.messageId ?? r.id]));
  const messages: Record<string, Record<string, Record<string, string>>> = {};
  for (const [lng, cat] of Object.entries(existing.messages)) messages[lng] = { ...cat };
  const foreign: string[] = [];
  for (const [lng, cat] of Object.entries(pack.messages)) {
    for (const [id, entry] of Object.entries(cat)) {
      if (!own.has(id) && !options.overrideMessages) {
        if (existing.messages[lng]?.[id] !== undefined || existing.rules.some((r) => (r.messageId ?? r.id) === id)) foreign.push(`${lng}:${id}`);
        continue;
      }
      (messages[lng] ??= {})[id] = entry;
    }
  }
  if (foreign.length) {
    throw new Error(`${where} sets messages of rules it does not define (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''}); pass { override: true, overrideMessages: true } to change them`);
  }
  const classes = { ...existing.classes };
  for (const [name, members] of Object.entries(pack.classes ?? {})) {
    const had = classes[name];
    if (had && (had.length !== members.length || had.some((m, k) => m !== members[k]))) {
      throw new Error(`${where}: class @${name} is already defined with other members; give it another name`);
    }
    classes[name] = members;
  }
  const window = pack.negationWindow ?? 3;
  const after = pack.negationAfter ?? 0;
  const rules = pack.rules.map((r): Rule => {
    const neg = r.match?.negation;
    const negation = neg === true ? { window, after } : typeof neg === 'object' ? { window: neg.window, after: neg.after ?? after } : neg;
    return {
      ...r,
      ...(r.match ? { match: { ...r.match, ...(negation !== undefined ? { negation } : {}) } } : {}),
      applies: { ...r.applies, languages: r.applies?.languages ?? pack.languages },
    };
  });
  const union = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined => (a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined);
  const replaced = new Set(pack.rules.map((r) => r.id));
  const lists: Partial<Pick<RulePack, (typeof PACK_LISTS)[number]>> = {};
  for (const key of PACK_LISTS) {
    const u = union(existing[key], pack[key]);
    if (u) lists[key] = u;
  }
  return deepFreeze({
    ...existing,
    languages: union(existing.languages, pack.languages)!,
    messages,
    rules: [...existing.rules.filter((r) => !replaced.has(r.id)), ...rules],
    ...lists,
    ...(Object.keys(classes).length ? { classes } : {}),
  });
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
  return newRegistry(initial, false);
}

/**
 * A registry whose initial packs skip `assertPackShape`: the built-in packs, deeply frozen
 * since `definePack` and checked through `createRegistry` by the test suite (every
 * `listRules()` and `createBuiltinRegistry()`). Walking their ~6,000 objects for forbidden keys
 * was most of `createBuiltinChecker()` (issue 11, cold start). Packs registered later are
 * checked as always. Internal: `medad/core` does not export it.
 */
export function createCheckedRegistry(initial: RulePack[]): Registry {
  return newRegistry(initial, true);
}

function newRegistry(initial: RulePack[], initialChecked: boolean): Registry {
  const byJurisdiction = new Map<string, RulePack>();
  const ruleIndex = new Map<string, Rule>();

  const add = (pack: RulePack, options: RegisterOptions, checked: boolean): void => {
    if (!checked) assertPackShape(pack);
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
      merged = mergePacks(existing, pack, options);
      for (const r of existing.rules) ruleIndex.delete(r.id);
    }
    byJurisdiction.set(pack.jurisdiction, merged);
    for (const r of merged.rules) ruleIndex.set(r.id, r);
  };

  const registry: Registry = {
    register(pack, options = {}) {
      add(pack, options, false);
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
  for (const p of initial) add(p, {}, initialChecked);
  return registry;
}
