/**
 * Typed helpers for writing rules and packs. They check at definition time what types cannot
 * (id shape, severity by authority, examples present), so a broken rule fails loudly in tests,
 * not silently in production.
 */
import { RuleDefinitionError } from './errors.js';
import { deepFreeze } from './freeze.js';
import { CATEGORIES, LEGAL_BASIS_KINDS, SEVERITIES } from './types.js';
import type { PackDefinition, Rule, RuleDefinition, RulePack } from './types.js';

/**
 * The built-in pack objects (`medad/packs/*` and `medad`'s four-locale copies), added once as
 * their modules load. Their patterns are compiled by the test suite, so wherever they are used
 * (`createChecker({ packs: [plPack] })`, the CLI's configuration) they compile on first use, as in
 * `createBuiltinChecker()` (compile.ts): compiling a pack whole at `createChecker` took ~250 ms
 * (PL), and the CLI ~1.9 s of CPU for one short file (issue 11). Here because every pack module
 * imports this file already. Internal: not exported from `medad/core`.
 */
export const builtin = new WeakSet<RulePack>();
export const builtinPack = <P extends RulePack>(pack: P): P => (builtin.add(pack), pack);

const ID = /^[a-z]{2,3}\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Identity with checks: use it in each rule file so the rule gets full type inference.
 * Throws a `RuleDefinitionError` for a malformed id, an unknown category or severity, or a rule
 * without a legal basis.
 *
 * @example
 * ```ts
 * import { defineRule } from 'medad';
 *
 * export const cureClaim = defineRule({
 *   id: 'pl/house-cure-claim',
 *   category: 'misleading-property',
 *   severity: 'error',
 *   legalBasis: [{ kind: 'regulation', citation: 'art. 7 rozporządzenia (UE) 2017/745', url: 'https://eur-lex.europa.eu/eli/reg/2017/745/oj' }],
 *   match: { patterns: ['wyleczy*', 'leczy na zawsze'], negation: true },
 *   examples: {
 *     invalid: ['Ten aparat wyleczy Twój kręgosłup.', 'Wyleczymy ból w tydzień!', 'Opaska leczy na zawsze.'],
 *     valid: ['Nie wyleczy choroby, ale łagodzi objawy.', 'Lekarz prowadzi leczenie.', 'Leczenie trwa dwa tygodnie.'],
 *   },
 * });
 * ```
 */
export function defineRule<const R extends RuleDefinition>(rule: R): R {
  if (!ID.test(rule.id)) {
    throw new RuleDefinitionError(`Rule id ${JSON.stringify(rule.id)} must look like "pl/kebab-name".`);
  }
  if (!CATEGORIES.includes(rule.category)) {
    throw new RuleDefinitionError(`Rule ${rule.id}: unknown category ${JSON.stringify(rule.category)}.`);
  }
  if (!SEVERITIES.includes(rule.severity)) {
    throw new RuleDefinitionError(`Rule ${rule.id}: unknown severity ${JSON.stringify(rule.severity)}.`);
  }
  if (!Array.isArray(rule.legalBasis) || rule.legalBasis.length === 0) {
    throw new RuleDefinitionError(`Rule ${rule.id}: every rule cites at least one legal basis.`);
  }
  for (const b of rule.legalBasis) {
    if (!LEGAL_BASIS_KINDS.includes(b.kind)) {
      throw new RuleDefinitionError(`Rule ${rule.id}: unknown legal basis kind ${JSON.stringify(b.kind)}.`);
    }
  }
  if (!rule.match && !rule.presence && !rule.test && !rule.assetTags) {
    throw new RuleDefinitionError(`Rule ${rule.id}: needs match, presence, assetTags or test.`);
  }
  return rule;
}

/**
 * Attach the jurisdiction to every rule and check ids against it. Messages live in the pack,
 * keyed by rule id; English is required, the pack's own language is expected.
 *
 * @example
 * ```ts
 * import { definePack } from 'medad';
 * import { cureClaim } from './rules/cure-claim.js';
 *
 * export const housePack = definePack({
 *   jurisdiction: 'PL',
 *   languages: ['pl'],
 *   name: 'House rules',
 *   rules: [cureClaim],
 *   messages: {
 *     en: { 'pl/house-cure-claim': { message: '“{{match}}” promises a cure.', suggestion: 'Describe the intended purpose instead.' } },
 *     pl: { 'pl/house-cure-claim': { message: '„{{match}}” obiecuje wyleczenie.', suggestion: 'Opisz przewidziane zastosowanie.' } },
 *   },
 *   negations: ['nie', 'bez'],
 * });
 * ```
 */
export function definePack(def: PackDefinition): RulePack {
  if (!/^[A-Z]{2}$/.test(def.jurisdiction)) {
    throw new RuleDefinitionError(`Pack jurisdiction ${JSON.stringify(def.jurisdiction)} must be two upper-case letters.`);
  }
  if (!def.messages.en) throw new RuleDefinitionError(`Pack ${def.jurisdiction}: English messages are required.`);
  const prefix = `${def.jurisdiction.toLowerCase()}/`;
  const seen = new Set<string>();
  const rules: Rule[] = def.rules.map((r) => {
    defineRule(r);
    if (!r.id.startsWith(prefix)) {
      throw new RuleDefinitionError(`Rule ${r.id} is in pack ${def.jurisdiction}: its id must start with "${prefix}".`);
    }
    if (seen.has(r.id)) throw new RuleDefinitionError(`Duplicate rule id ${r.id} in pack ${def.jurisdiction}.`);
    seen.add(r.id);
    return { ...r, jurisdiction: def.jurisdiction };
  });
  // Deeply frozen: packs are shared by every checker in the process (see freeze.ts).
  return deepFreeze({ ...def, rules });
}
