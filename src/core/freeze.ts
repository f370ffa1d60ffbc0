/**
 * Deep freezing for packs: a pack is shared by every checker in the process (built-ins are module
 * singletons, compiled packs are cached by identity), so one caller mutating a rule's message or
 * pattern list would change every later check. Frozen, such a write throws in strict mode and is
 * ignored otherwise; a caller who wants a variant copies it (`{ ...pack, rules: [...] }`).
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length) {
    const v = stack.pop();
    // Functions (a rule's `test`) are code, not data: left as they are.
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
    Object.freeze(v);
  }
  return value;
}
