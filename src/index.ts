/**
 * `medad`: the engine with the built-in packs (PL, DE, RU).
 *
 * For a smaller bundle import `medad/core` and only the packs you need (`medad/packs/pl`).
 */
import { createChecker as createCoreChecker, type Checker, type CheckerOptions } from './core/engine.js';
import { createRegistry, type Registry } from './core/registry.js';
import type { CheckOptions, Report, Rule, RuleFilter, RulePack } from './core/types.js';
import { dePack } from './packs/de/index.js';
import { plPack } from './packs/pl/index.js';
import { ruPack } from './packs/ru/index.js';

export * from './core/index.js';
export { plPack, dePack, ruPack };

/** The built-in packs, in a fresh array (safe to modify). */
export function builtinPacks(): RulePack[] {
  return [plPack, dePack, ruPack];
}

/** A registry holding the built-in packs; register your own packs on it. */
export function createBuiltinRegistry(): Registry {
  return createRegistry(builtinPacks());
}

/** Like `medad/core`'s `createChecker`, with the built-in packs when `packs` is not given. */
export function createChecker(options: CheckerOptions = {}): Checker {
  return createCoreChecker({ ...options, packs: options.packs ?? builtinPacks() });
}

/**
 * Check one text against the built-in packs. For many texts, create a checker once with
 * `createChecker()` and reuse it.
 */
export function check(text: string, options?: CheckOptions): Report {
  return createChecker().check(text, options);
}

/** Metadata of the built-in rules (id, jurisdiction, category, severity, legal basis, examples). */
export function listRules(filter?: RuleFilter): Rule[] {
  return createBuiltinRegistry().listRules(filter);
}
