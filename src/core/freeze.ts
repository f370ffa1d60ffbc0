/**
 * Deep freezing for packs: a pack is shared by every checker in the process (built-ins are module
 * singletons, compiled packs are cached by identity), so one caller mutating a rule's message or
 * pattern list would change every later check. Frozen, such a write throws in strict mode and is
 * ignored otherwise; a caller who wants a variant copies it (`{ ...pack, rules: [...] }`).
 */
import { isObject } from './errors.js';

export function deepFreeze<T>(value: T): T {
  if (!isObject(value)) return value;
  // A Set visits what is added while it is iterated, so it is both the queue and the record of
  // objects seen (shared or cyclic ones are added once). Only objects go in: `filter`, a builtin
  // loop, drops the strings (most of a pack) and functions (a rule's `test`: code, not data);
  // iterating the ~11,000 values of the built-in packs in a loop of ours made V8 compile it with
  // TurboFan (on-stack replacement) at every import. Adding with `forEach` keeps the per-child
  // work in builtins too: against a stack with a `has`/`add`/`push` loop over each object's
  // children, import + createBuiltinChecker() −6.4 M instructions of 16.3 M (issue 11, cold start).
  const seen = new Set<object>([value]);
  for (const v of seen) {
    Object.values(v).filter(isObject).forEach(seen.add, seen);
    Object.freeze(v);
  }
  return value;
}
