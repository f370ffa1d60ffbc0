/**
 * Deep freezing for packs: a pack is shared by every checker in the process (built-ins are module
 * singletons, compiled packs are cached by identity), so one caller mutating a rule's message or
 * pattern list would change every later check. Frozen, such a write throws in strict mode and is
 * ignored otherwise; a caller who wants a variant copies it (`{ ...pack, rules: [...] }`).
 */
import { isObject } from './errors.js';

export function deepFreeze<T>(value: T): T {
  if (!isObject(value)) return value;
  // Only objects go on the stack: pushing, popping and testing each string was most of this walk.
  const stack: object[] = [value];
  const seen = new Set<object>(stack);
  while (stack.length) {
    const v = stack.pop()!;
    // `Object.values` covers arrays too, without a string per index ("0", "1", …). The strings
    // (most of a pack) and functions (a rule's `test`: code, not data) are dropped by `filter`, a builtin loop: iterating the ~11,000 values of
    // the built-in packs in this loop made V8 compile it with TurboFan (on-stack replacement) at
    // every import, most of what this walk cost (issue 11, cold start).
    for (const x of Object.values(v).filter(isObject)) {
      if (!seen.has(x)) {
        seen.add(x);
        stack.push(x);
      }
    }
    Object.freeze(v);
  }
  return value;
}
