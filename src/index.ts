/**
 * `medad`: the engine with the built-in packs (PL, DE, RU).
 *
 * Named imports shake: `import { createChecker, plPack } from 'medad'` bundles the engine and the
 * Polish pack only, about what `medad/core` + `medad/packs/pl` give. `check()`,
 * `createBuiltinChecker()`, `builtinPacks()` and `listRules()` bring every built-in pack, with
 * messages in all four locales (and, for the last two, every rule's examples).
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
import { createChecker as createCoreChecker, makeChecker, type Checker, type CheckerOptions } from './core/engine.js';
import { builtinPack } from './core/define.js';
import { createCheckedRegistry, createRegistry, type Registry } from './core/registry.js';
import { deepFreeze } from './core/freeze.js';
import type { CheckOptions, DocumentedRule, MessageCatalog, Report, RuleDocs, RuleFilter, RulePack } from './core/types.js';
import { deDocs } from './packs/de/docs.js';
import { dePack } from './packs/de/index.js';
import dePl from './packs/de/locales/pl.json';
import { plDocs } from './packs/pl/docs.js';
import { plPack } from './packs/pl/index.js';
import plDe from './packs/pl/locales/de.json';
import { ruPack } from './packs/ru/index.js';
import ruDe from './packs/ru/locales/de.json';
// The RU docs ship as ASCII (tsup.config.ts, `cyrillicRunsShifted`): before the UTF-8 texts.
import { ruDocs } from './packs/ru/docs.js';
// Last, the texts the build leaves as UTF-8 (tsup.config.ts, `fewNonAsciiEscaped`): the bundle
// keeps this order, and Node decodes a module's bytes up to its first non-ASCII one several times
// faster than the rest (issue 11, cold start: 717.9 → 715.9 M instructions for import + create).
import deRu from './packs/de/locales/ru.json';
import plRu from './packs/pl/locales/ru.json';
import ruPl from './packs/ru/locales/pl.json';

export * from './core/index.js';

/**
 * The Polish, German and Russian packs: the same objects as `medad/packs/pl`, `medad/packs/de`
 * and `medad/packs/ru`, with messages in English and the pack's own language. For messages in
 * another locale, pass its catalog (`locales/<lng>/medad.json` ships with the package) or use
 * `createBuiltinChecker()`, whose packs speak en, pl, de and ru.
 *
 * @example
 * ```ts
 * import { createChecker, plPack } from 'medad';
 * import de from 'medad/locales/de/medad.json' with { type: 'json' };
 *
 * // Polish law, German messages, and only the Polish pack in the bundle.
 * const checker = createChecker({ packs: [plPack], messages: { de }, locale: 'de' });
 * ```
 */
export { dePack, plPack, ruPack };

// The packs with messages in all four locales. Built at load time but marked pure: a bundle that
// never reaches them (one that imports only `createChecker` and `plPack`) drops them, and with
// them the other packs and the extra catalogs. They are module constants so that every built-in
// checker shares one compiled copy of each (compiled packs are memoized per pack object).
// `definePack` froze each pack deeply: only the new objects and the added catalogs need freezing
// (walking the whole pack again cost a few ms at every import; issue 11, cold start).
const withMessages = (pack: RulePack, extra: Record<string, MessageCatalog>): RulePack =>
  builtinPack(Object.freeze({ ...pack, messages: Object.freeze({ ...pack.messages, ...deepFreeze(extra) }) }));
const BUILTIN: readonly RulePack[] = /* @__PURE__ */ (() => [
  withMessages(plPack, { de: plDe, ru: plRu }),
  withMessages(dePack, { pl: dePl, ru: deRu }),
  withMessages(ruPack, { pl: ruPl, de: ruDe }),
])();
const DOCS: Record<string, () => Record<string, RuleDocs>> = { PL: plDocs, DE: deDocs, RU: ruDocs };

// Examples and notes live apart from the runtime rules (see src/packs/*/docs.ts), so a bundle
// that only calls check() leaves them out; listRules() and builtinPacks() merge them back.
function withDocs(pack: RulePack, docs: Record<string, RuleDocs>): RulePack & { rules: DocumentedRule[] } {
  return builtinPack(
    deepFreeze({
      ...pack,
      rules: pack.rules.map((r) => ({ ...r, ...docs[r.id] }) as DocumentedRule),
    }),
  );
}

/**
 * The built-in packs, in a fresh array, with messages in en, pl, de and ru and every rule's
 * examples. The packs are deeply frozen (every checker in the process shares them): to change
 * one, copy it (`{ ...pack, rules: pack.rules.filter(…) }`).
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
  return BUILTIN.map((p) => withDocs(p, DOCS[p.jurisdiction]!()));
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

/** Options of `medad`'s `createChecker`: `packs` is required (see `createBuiltinChecker`). */
export type CheckerWithPacksOptions = CheckerOptions & { packs: NonNullable<CheckerOptions['packs']> };

/**
 * A checker for the packs you pass: compiles them once, so create one and reuse it for many
 * texts. For every built-in pack, use `createBuiltinChecker()`.
 *
 * @throws TypeError when `packs` is missing.
 *
 * @example
 * ```ts
 * import { createChecker, plPack } from 'medad';
 *
 * const checker = createChecker({ packs: [plPack], locale: 'pl', context: { audience: 'public' } });
 * for (const post of posts) {
 *   const report = checker.check(post.text, { jurisdictions: ['PL'], context: { product: 'medical-device' } });
 *   console.log(post.id, report.findings.length);
 * }
 * ```
 */
export function createChecker(options: CheckerWithPacksOptions): Checker {
  // Defaulting to every built-in pack would put all three in every bundle that imports this.
  if (options?.packs === undefined) {
    throw new TypeError(
      'createChecker needs options.packs, e.g. createChecker({ packs: [plPack] }); for every built-in pack (PL, DE, RU) use createBuiltinChecker().',
    );
  }
  return createCoreChecker(options);
}

/**
 * A checker with every built-in pack (PL, DE, RU), messages in en, pl, de and ru. The packs compile
 * on first use, per jurisdiction, so a process that checks only Polish posts never compiles the
 * others. Create one and reuse it for many texts.
 *
 * @param options - Defaults for every check (jurisdictions, context, locale, rules, asOf, detect)
 *   and extra message catalogs; `packs` is not accepted here (use `createChecker`).
 *
 * @example
 * ```ts
 * import { createBuiltinChecker } from 'medad';
 *
 * const checker = createBuiltinChecker({ locale: 'de', context: { audience: 'public' } });
 * for (const post of posts) {
 *   const report = checker.check(post.text, { jurisdictions: ['DE'], context: { product: 'medical-device' } });
 *   console.log(post.id, report.findings.length);
 * }
 * ```
 */
export function createBuiltinChecker(options: Omit<CheckerOptions, 'packs'> = {}): Checker {
  if ((options as CheckerOptions | null)?.packs !== undefined) {
    throw new TypeError('createBuiltinChecker uses the built-in packs; to choose packs, use createChecker({ packs }).');
  }
  // The built-in packs' patterns are compiled and tested by the test suite: compile lazily.
  // Their shape too: listRules() and createBuiltinRegistry() check it through createRegistry
  // (test/docs.test.ts, test/hostile-pack.test.ts), so this checker skips the walk.
  return makeChecker({ ...options, packs: createCheckedRegistry([...BUILTIN]) }, true);
}

/**
 * Check one text against the built-in packs. For many texts, create a checker once with
 * `createBuiltinChecker()` and reuse it.
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
  return createBuiltinChecker().check(text, options);
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
