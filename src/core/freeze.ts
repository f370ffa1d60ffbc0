/**
 * Deep freezing for packs: a pack is shared by every checker in the process (built-ins are module
 * singletons, compiled packs are cached by identity), so one caller mutating a rule's message or
 * pattern list would change every later check. Frozen, such a write throws in strict mode and is
 * ignored otherwise; a caller who wants a variant copies it (`{ ...pack, rules: [...] }`).
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  // Only objects go on the stack: a pack is mostly strings, and pushing, popping and testing each
  // one was most of this walk, which runs for every built-in pack at import (issue 11, cold start).
  const stack: object[] = [value];
  const seen = new Set<object>(stack);
  const visit = (x: unknown): void => {
    // Functions (a rule's `test`) are code, not data: left as they are.
    if (x !== null && typeof x === 'object' && !seen.has(x)) {
      seen.add(x);
      stack.push(x);
    }
  };
  while (stack.length) {
    const v = stack.pop()!;
    // An array by index: `Object.keys` of a pattern list or a class made a string per element
    // ("0", "1", …), half of freezing the built-in packs at import.
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) visit(v[i]);
    else for (const key of Object.keys(v)) visit((v as Record<string, unknown>)[key]);
    Object.freeze(v);
  }
  return value;
}
