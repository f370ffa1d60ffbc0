/**
 * `medad/core`: the engine without any built-in pack. Bring your own packs (or import
 * `medad/packs/pl` etc.) — nothing else is loaded.
 */
export * from './types.js';
export { defineRule, definePack } from './define.js';
export { createRegistry, type Registry, type RegisterOptions } from './registry.js';
export { createChecker, type BatchItem, type Checker, type CheckerOptions, type CheckManyOptions } from './engine.js';
export { detectLite } from './detect-lite.js';
export { compilePattern, PatternError } from './pattern.js';
export { normalizeText, type Shadow } from './normalize.js';
export { RuleDefinitionError } from './errors.js';
export { interpolate } from './messages.js';
export { applyFixes, insertion, type AppliedFixes } from './fix.js';
export {
  applyDirectives,
  parseDirectives,
  type Directive,
  type DirectiveKind,
  type DirectiveResult,
  type Disableable,
  type UnusedDirective,
} from './directives.js';
