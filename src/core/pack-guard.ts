/**
 * Checks a pack handed to the registry (possibly parsed from JSON written by someone else)
 * before anything reads it: the shape the engine relies on, and no `__proto__`, `constructor`
 * or `prototype` keys anywhere, which in careless code turn into prototype pollution.
 */
import { describe, RuleDefinitionError } from './errors.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

function walk(value: unknown, path: string, depth: number): void {
  if (value === null || typeof value !== 'object') return;
  if (depth > MAX_DEPTH) throw new RuleDefinitionError(`Pack data nested deeper than ${MAX_DEPTH} levels at ${path}.`);
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) throw new RuleDefinitionError(`Forbidden key ${JSON.stringify(key)} at ${path} (prototype pollution guard).`);
    walk((value as Record<string, unknown>)[key], Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1);
  }
}

const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Throws `RuleDefinitionError` naming the first problem of `pack`. */
export function assertPackShape(pack: unknown): void {
  if (pack === null || typeof pack !== 'object' || Array.isArray(pack)) {
    throw new RuleDefinitionError(`A pack must be an object, got ${describe(pack)}.`);
  }
  const p = pack as Record<string, unknown>;
  const name = typeof p.jurisdiction === 'string' ? p.jurisdiction : '?';
  walk(p, `pack ${name}`, 0);
  if (typeof p.jurisdiction !== 'string' || !/^[A-Z]{2}$/.test(p.jurisdiction)) {
    throw new RuleDefinitionError(`Pack jurisdiction must be two upper-case letters, got ${describe(p.jurisdiction)}.`);
  }
  if (!isStringArray(p.languages)) throw new RuleDefinitionError(`Pack ${name}: languages must be an array of strings.`);
  if (!Array.isArray(p.rules)) throw new RuleDefinitionError(`Pack ${name}: rules must be an array.`);
  if (p.messages === null || typeof p.messages !== 'object') throw new RuleDefinitionError(`Pack ${name}: messages must be an object.`);
  for (const key of ['negations', 'citations', 'sponsorship'] as const) {
    if (p[key] !== undefined && !isStringArray(p[key])) throw new RuleDefinitionError(`Pack ${name}: ${key} must be an array of strings.`);
  }
  p.rules.forEach((r: unknown, i: number) => {
    if (r === null || typeof r !== 'object') throw new RuleDefinitionError(`Pack ${name}: rules[${i}] must be an object.`);
    const rule = r as Record<string, unknown>;
    const id = typeof rule.id === 'string' ? rule.id : `rules[${i}]`;
    if (typeof rule.id !== 'string') throw new RuleDefinitionError(`Pack ${name}: rules[${i}].id must be a string.`);
    if (rule.test !== undefined && typeof rule.test !== 'function') throw new RuleDefinitionError(`Rule ${id}: test must be a function.`);
    const m = rule.match as Record<string, unknown> | undefined;
    if (m !== undefined) {
      if (m === null || typeof m !== 'object' || !isStringArray(m.patterns)) throw new RuleDefinitionError(`Rule ${id}: match.patterns must be an array of strings.`);
      for (const key of ['allow', 'unlessSentence'] as const) {
        if (m[key] !== undefined && !isStringArray(m[key])) throw new RuleDefinitionError(`Rule ${id}: match.${key} must be an array of strings.`);
      }
    }
  });
}
