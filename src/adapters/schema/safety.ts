/**
 * Load-time safety for packs that come from outside the code base (JSON files, an agency's own
 * banned terms): JSON text parsed without prototype keys, and regular expressions that cannot
 * backtrack catastrophically.
 */

/** Keys that could reach an object's prototype when a pack is merged or spread. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const LIMITS = {
  /** Characters of JSON text. */
  textLength: 2_000_000,
  rules: 2000,
  /** Patterns in one list (patterns, allow, when, …). */
  patternsPerList: 500,
  patternLength: 500,
  /** Any other string (messages, notes, examples). */
  stringLength: 10_000,
  examplesPerRule: 200,
  depth: 16,
} as const;

export interface RawIssue {
  path: Array<string | number>;
  message: string;
}

/**
 * Walk parsed JSON: report forbidden keys, objects with a foreign prototype and nesting deeper
 * than the pack format needs. JSON.parse makes `__proto__` an own key (no pollution yet), so the
 * walk sees it and the pack is rejected before anything copies it.
 */
export function unsafeKeys(value: unknown, path: Array<string | number> = [], depth = 0, out: RawIssue[] = []): RawIssue[] {
  if (value === null || typeof value !== 'object') return out;
  if (depth > LIMITS.depth) {
    out.push({ path, message: `nested deeper than ${LIMITS.depth} levels` });
    return out;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => unsafeKeys(v, [...path, i], depth + 1, out));
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    out.push({ path, message: 'must be a plain JSON object' });
    return out;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) out.push({ path: [...path, key], message: `forbidden key "${key}"` });
    else unsafeKeys((value as Record<string, unknown>)[key], [...path, key], depth + 1, out);
  }
  return out;
}

/**
 * Why a raw regular expression could take super-linear time, or null. A conservative syntactic
 * check (star height): an unbounded quantifier applied to a group that itself contains an
 * unbounded quantifier (`(a+)+`, `(?:\s*\w+)*`), and backreferences. Rules rarely need either:
 * the pattern language expresses words, endings and gaps without them.
 */
export function backtrackingRisk(source: string): string | null {
  if (/\\[1-9]|\\k</.test(source)) return 'backreferences are not allowed';
  // For each open group: whether its body holds an unbounded quantifier.
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      stack.push(false);
      continue;
    }
    if (c === ')') {
      const inner = stack.pop() ?? false;
      const q = unboundedQuantifierAt(source, i + 1);
      if (q && inner) return 'nested quantifiers (a repeated group that contains a repetition, like "(a+)+") can backtrack catastrophically';
      if (stack.length && (inner || q)) stack[stack.length - 1] = true;
      continue;
    }
    if (unboundedQuantifierAt(source, i) && stack.length) stack[stack.length - 1] = true;
  }
  return null;
}

/** Whether an unbounded quantifier (`*`, `+`, `{n,}`, or a large `{n,m}`) starts at `i`. */
function unboundedQuantifierAt(source: string, i: number): boolean {
  const c = source[i];
  if (c === '*' || c === '+') return true;
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!m || m[2] === undefined) return false;
    if (m[3] === '') return true;
    return Number(m[3]) > 10;
  }
  return false;
}
