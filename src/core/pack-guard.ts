/**
 * Checks a pack handed to the registry (possibly parsed from JSON written by someone else)
 * before anything reads it: the shape the engine relies on, and no `__proto__`, `constructor`
 * or `prototype` keys anywhere, which in careless code turn into prototype pollution.
 */
import { describe, isObject, isRecord, RuleDefinitionError } from './errors.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

function walk(value: unknown, path: string, depth: number): void {
  if (!isObject(value)) return;
  if (depth > MAX_DEPTH) throw new RuleDefinitionError(`Pack data nested deeper than ${MAX_DEPTH} levels at ${path}.`);
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) throw new RuleDefinitionError(`Forbidden key ${JSON.stringify(key)} at ${path} (prototype pollution guard).`);
    walk((value as Record<string, unknown>)[key], Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1);
  }
}

/**
 * `walk` without the paths: whether `value` is free of forbidden keys and not nested too deep.
 * A path string per value was most of the cost of checking a pack (issue 11, cold start), and
 * is needed only for the message: a pack that fails is walked again by `walk`, which names it.
 */
function clean(value: object, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) return false;
    const x = (value as Record<string, unknown>)[key];
    if (isObject(x) && !clean(x, depth + 1)) return false;
  }
  return true;
}

/** A pack's optional lists of strings that hold for all its rules (merged as unions, registry.ts). */
export const PACK_LISTS = ['negations', 'negationBreaks', 'citations', 'sponsorship'] as const;

const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * What one pack may hold in total, so that compiling it and checking a text with it stay within
 * budget (docs/security.md). The built-in packs use about a quarter of each.
 */
export const PACK_LIMITS = {
  /** Patterns in all lists together: match, allow, unlessSentence, when, unless, presence, citations, sponsorship. */
  patterns: 20_000,
  /** `applies.when` entries in all rules together: they are tested on every text the rule could apply to. */
  when: 2_000,
  /** Characters of all patterns and class members together. */
  patternChars: 1_000_000,
  /** Members of all concept classes together. */
  classMembers: 20_000,
} as const;

/** Totals of a pack against `PACK_LIMITS`: the first one exceeded, or undefined. */
export function packLimitProblem(pack: { rules?: unknown; citations?: unknown; sponsorship?: unknown; classes?: unknown }): string | undefined {
  let patterns = 0;
  let when = 0;
  let chars = 0;
  let members = 0;
  const count = (list: unknown): number => {
    if (!Array.isArray(list)) return 0;
    for (const p of list) if (typeof p === 'string') chars += p.length;
    patterns += list.length;
    return list.length;
  };
  count(pack.citations);
  count(pack.sponsorship);
  if (pack.classes && typeof pack.classes === 'object') {
    for (const list of Object.values(pack.classes as Record<string, unknown>)) {
      if (!Array.isArray(list)) continue;
      members += list.length;
      for (const m of list) if (typeof m === 'string') chars += m.length;
    }
  }
  for (const r of Array.isArray(pack.rules) ? pack.rules : []) {
    if (!isObject(r)) continue;
    const rule = r as { match?: Record<string, unknown>; applies?: Record<string, unknown>; presence?: { parts?: unknown } };
    for (const key of ['patterns', 'allow', 'unlessSentence']) count(rule.match?.[key]);
    when += count(rule.applies?.when);
    count(rule.applies?.unless);
    if (Array.isArray(rule.presence?.parts)) for (const part of rule.presence.parts) count((part as { any?: unknown } | null)?.any);
  }
  if (patterns > PACK_LIMITS.patterns) return `${patterns} patterns in all (at most ${PACK_LIMITS.patterns})`;
  if (when > PACK_LIMITS.when) return `${when} "applies.when" patterns in all (at most ${PACK_LIMITS.when})`;
  if (chars > PACK_LIMITS.patternChars) return `${chars} characters of patterns in all (at most ${PACK_LIMITS.patternChars})`;
  if (members > PACK_LIMITS.classMembers) return `${members} class members in all (at most ${PACK_LIMITS.classMembers})`;
  return undefined;
}

/** Throws `RuleDefinitionError` naming the first problem of `pack`. */
export function assertPackShape(pack: unknown): void {
  if (!isRecord(pack)) {
    throw new RuleDefinitionError(`A pack must be an object, got ${describe(pack)}.`);
  }
  const p = pack as Record<string, unknown>;
  const name = typeof p.jurisdiction === 'string' ? p.jurisdiction : '?';
  if (!clean(p, 0)) walk(p, `pack ${name}`, 0);
  if (typeof p.jurisdiction !== 'string' || !/^[A-Z]{2}$/.test(p.jurisdiction)) {
    throw new RuleDefinitionError(`Pack jurisdiction must be two upper-case letters, got ${describe(p.jurisdiction)}.`);
  }
  if (!isStringArray(p.languages)) throw new RuleDefinitionError(`Pack ${name}: languages must be an array of strings.`);
  if (!Array.isArray(p.rules)) throw new RuleDefinitionError(`Pack ${name}: rules must be an array.`);
  if (!isObject(p.messages)) throw new RuleDefinitionError(`Pack ${name}: messages must be an object.`);
  for (const key of PACK_LISTS) {
    if (p[key] !== undefined && !isStringArray(p[key])) throw new RuleDefinitionError(`Pack ${name}: ${key} must be an array of strings.`);
  }
  const tooBig = packLimitProblem(p);
  if (tooBig) throw new RuleDefinitionError(`Pack ${name} is too large: ${tooBig}; split it into several packs or rules.`);
  p.rules.forEach((r: unknown, i: number) => {
    if (!isObject(r)) throw new RuleDefinitionError(`Pack ${name}: rules[${i}] must be an object.`);
    const rule = r as Record<string, unknown>;
    const id = typeof rule.id === 'string' ? rule.id : `rules[${i}]`;
    if (typeof rule.id !== 'string') throw new RuleDefinitionError(`Pack ${name}: rules[${i}].id must be a string.`);
    if (rule.test !== undefined && typeof rule.test !== 'function') throw new RuleDefinitionError(`Rule ${id}: test must be a function.`);
    const m = rule.match as Record<string, unknown> | undefined;
    if (m !== undefined) {
      if (!isObject(m) || !isStringArray(m.patterns)) throw new RuleDefinitionError(`Rule ${id}: match.patterns must be an array of strings.`);
      for (const key of ['allow', 'unlessSentence'] as const) {
        if (m[key] !== undefined && !isStringArray(m[key])) throw new RuleDefinitionError(`Rule ${id}: match.${key} must be an array of strings.`);
      }
    }
  });
}
