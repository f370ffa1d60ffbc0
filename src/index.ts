/**
 * `medad`: the engine with the built-in packs (PL, DE, RU).
 *
 * For a smaller bundle import `medad/core` and only the packs you need (`medad/packs/pl`).
 *
 * @example
 * ```ts
 * import { check } from 'medad';
 *
 * const report = check('Najlepsza klinika stomatologiczna w mieście!', {
 *   jurisdictions: ['PL'],
 *   context: { product: 'medical-service' },
 *   locale: 'en',
 * });
 * report.findings[0]?.ruleId; // 'pl/superlative'
 * ```
 *
 * @module medad
 */
import { createChecker as createCoreChecker, type Checker, type CheckerOptions } from './core/engine.js';
import { createRegistry, type Registry } from './core/registry.js';
import { deepFreeze } from './core/freeze.js';
import type { CheckOptions, DocumentedRule, MessageCatalog, Report, RuleDocs, RuleFilter, RulePack } from './core/types.js';
import { deDocs } from './packs/de/docs.js';
import { dePack as deLean } from './packs/de/index.js';
import dePl from './packs/de/locales/pl.json';
import deRu from './packs/de/locales/ru.json';
import { plDocs } from './packs/pl/docs.js';
import { plPack as plLean } from './packs/pl/index.js';
import plDe from './packs/pl/locales/de.json';
import plRu from './packs/pl/locales/ru.json';
import { ruDocs } from './packs/ru/docs.js';
import { ruPack as ruLean } from './packs/ru/index.js';
import ruDe from './packs/ru/locales/de.json';
import ruPl from './packs/ru/locales/pl.json';

export * from './core/index.js';

// `medad/packs/*` carry English and their own language only; here every pack speaks all four.
const withMessages = (pack: RulePack, extra: Record<string, MessageCatalog>): RulePack =>
  deepFreeze({ ...pack, messages: { ...pack.messages, ...extra } });

/** The Polish pack with messages in en, pl, de and ru. */
export const plPack: RulePack = withMessages(plLean, { de: plDe, ru: plRu });
/** The German pack with messages in en, pl, de and ru. */
export const dePack: RulePack = withMessages(deLean, { pl: dePl, ru: deRu });
/** The Russian pack with messages in en, pl, de and ru. */
export const ruPack: RulePack = withMessages(ruLean, { pl: ruPl, de: ruDe });

// Examples and notes live apart from the runtime rules (see src/packs/*/docs.ts), so a bundle
// that only calls check() leaves them out; listRules() and builtinPacks() merge them back.
function withDocs(pack: RulePack, docs: Record<string, RuleDocs>): RulePack & { rules: DocumentedRule[] } {
  return deepFreeze({
    ...pack,
    rules: pack.rules.map((r) => ({ ...r, ...docs[r.id] }) as DocumentedRule),
  });
}

/**
 * The built-in packs, in a fresh array. The packs are deeply frozen (every checker in the process
 * shares them): to change one, copy it (`{ ...pack, rules: pack.rules.filter(…) }`).
 *
 * @example
 * ```ts
 * import { builtinPacks, createChecker } from 'medad';
 * import { myPack } from './my-pack.js';
 *
 * // The built-in packs plus your own jurisdiction's pack.
 * const checker = createChecker({ packs: [...builtinPacks(), myPack] });
 * ```
 */
export function builtinPacks(): Array<RulePack & { rules: DocumentedRule[] }> {
  return [withDocs(plPack, plDocs), withDocs(dePack, deDocs), withDocs(ruPack, ruDocs)];
}

/**
 * A registry holding the built-in packs; register your own packs on it.
 *
 * @example
 * ```ts
 * import { createBuiltinRegistry, createChecker, definePack } from 'medad';
 *
 * // Add house rules to the Polish pack (same jurisdiction: merge with `override`).
 * const registry = createBuiltinRegistry().register(
 *   definePack({ jurisdiction: 'PL', languages: ['pl'], name: 'House rules', rules: [myRule], messages: { en: {}, pl: {} } }),
 *   { override: true },
 * );
 * const checker = createChecker({ packs: registry });
 * ```
 */
export function createBuiltinRegistry(): Registry {
  return createRegistry(builtinPacks());
}

/**
 * Like `medad/core`'s `createChecker`, with the built-in packs when `packs` is not given.
 * Compiles the packs once: create one checker and reuse it for many texts.
 *
 * @example
 * ```ts
 * import { createChecker } from 'medad';
 *
 * const checker = createChecker({ locale: 'de', context: { audience: 'public' } });
 * for (const post of posts) {
 *   const report = checker.check(post.text, { jurisdictions: ['DE'], context: { product: 'medical-device' } });
 *   console.log(post.id, report.findings.length);
 * }
 * ```
 */
export function createChecker(options: CheckerOptions = {}): Checker {
  return createCoreChecker({ ...options, packs: options.packs ?? [plPack, dePack, ruPack] });
}

/**
 * Check one text against the built-in packs. For many texts, create a checker once with
 * `createChecker()` and reuse it.
 *
 * @param text - The post, as the author wrote it. Ranges in the report are UTF-16 offsets into it.
 * @param options - Jurisdictions (default `'auto'`, from the text's language), context (product,
 *   audience, channel, assets), message locale, per-rule overrides and the date of the law.
 * @throws TypeError or RangeError naming a bad option value and the valid ones.
 *
 * @example
 * ```ts
 * import { check } from 'medad';
 *
 * const text = 'Лучшая клиника города!';
 * const report = check(text, { jurisdictions: ['RU'], locale: 'en' });
 * for (const f of report.findings) {
 *   console.log(f.ruleId, f.severity, text.slice(f.range!.start, f.range!.end)); // ru/superlative error Лучшая
 *   console.log(f.message, f.legalBasis[0]?.citation, f.suggestions[0]?.message);
 * }
 *
 * // Turn a rule off, or re-grade it, per call:
 * check(text, { jurisdictions: ['RU'], rules: { 'ru/superlative': 'off' } });
 * ```
 */
export function check(text: string, options?: CheckOptions): Report {
  return createChecker().check(text, options);
}

/**
 * Metadata of the built-in rules (id, jurisdiction, category, severity, legal basis, examples).
 *
 * @example
 * ```ts
 * import { listRules } from 'medad';
 *
 * for (const rule of listRules({ jurisdiction: 'DE', category: 'guarantee' })) {
 *   console.log(rule.id, rule.severity, rule.legalBasis.map((b) => b.citation).join('; '));
 * }
 * ```
 */
export function listRules(filter?: RuleFilter): DocumentedRule[] {
  return createBuiltinRegistry().listRules(filter) as DocumentedRule[];
}
