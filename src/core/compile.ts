/**
 * Compile a pack once into what a check runs: a prefilter trie of every pattern's literal head
 * that finds candidate word starts in a single pass, plus sticky per-pattern regexes that
 * confirm a candidate and say which rule it belongs to.
 */
import { RuleDefinitionError } from './errors.js';
import { compileAlternation, compilePattern, HEAD_END, headTerminals, packPatternOptions, PatternError, type PatternOptions } from './pattern.js';
import { foldString, normalizeText, transliterateRu, wordAt } from './normalize.js';
import type { Pattern, Rule, RulePack } from './types.js';

export interface CompiledPresence {
  exact: boolean;
  parts: Array<{ id: string; sequences: string[][]; regex: RegExp | null; insert?: string }>;
  outdated: string[][];
  insert?: string;
  insertAt?: 'start' | 'end';
}

export interface CompiledRule {
  rule: Rule;
  allow: RegExp | null;
  unlessSentence: RegExp | null;
  when: RegExp | null;
  unless: RegExp | null;
  negationWindow: number;
  /** Words after the trigger that negate it (German "heilt nicht"). */
  negationAfter: number;
  inQuotes: 'skip-cited' | 'skip' | 'report';
  presence: CompiledPresence | null;
}

export interface CompiledPack {
  pack: RulePack;
  rules: CompiledRule[];
  /** The prefilter: the pruned heads as a trie of plain data, walked by `scanHeads`. */
  headTrie: { word: HeadNode; other: HeadNode } | null;
  /** Prefilter head → sticky regexes of the patterns that start with it. */
  candidates: Map<string, Array<{ rule: number; re: RegExp }>>;
  /** Patterns without a literal head, scanned one by one. */
  orphans: Array<{ rule: number; re: RegExp }>;
  negations: Array<{ word: string; stem: boolean }>;
  citations: RegExp | null;
  sponsorship: RegExp | null;
  /** What the pack's patterns compile with (folding, languages, classes): also for rule functions' `find`. */
  patternOptions: PatternOptions;
  /** Patterns compiled for rule functions, by pattern list identity. */
  adhoc: WeakMap<readonly Pattern[], RegExp | null>;
  /** The same, by content (pattern lists joined), for functions that build a new array per call. */
  adhocByKey: Map<string, RegExp | null>;
}

const EXACT = { diacritics: false };
const FOLD = { diacritics: true };
export const TOKEN = /[\p{L}\p{N}]+/gu;

/** Split a wording into folded word tokens (case, spacing and punctuation drop out; diacritics stay). */
export function wordingTokens(s: string): string[] {
  return foldString(s, EXACT).match(TOKEN) ?? [];
}

function wrap<T>(rule: Rule, what: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof PatternError) throw new RuleDefinitionError(`Rule ${rule.id}, ${what}: ${err.message}`);
    throw err;
  }
}

export function compilePack(pack: RulePack): CompiledPack {
  const rules: CompiledRule[] = [];
  const heads = new Map<string, Array<{ rule: number; source: string }>>();
  const orphans: Array<{ rule: number; re: RegExp }> = [];
  const window = pack.negationWindow ?? 3;
  const po = packPatternOptions(pack);
  // Classes compile (and fail) once, up front, even when no pattern uses them yet.
  try {
    compilePattern('a', po);
  } catch (err) {
    if (err instanceof PatternError) throw new RuleDefinitionError(`Pack ${pack.jurisdiction}, classes: ${err.message}`);
    throw err;
  }

  pack.rules.forEach((rule, index) => {
    const m = rule.match;
    for (const p of m?.patterns ?? []) {
      const c = wrap(rule, 'match.patterns', () => compilePattern(p, po));
      if (c.heads.length === 0) orphans.push({ rule: index, re: new RegExp(c.source, 'gu') });
      for (const h of c.heads) {
        const list = heads.get(h) ?? [];
        list.push({ rule: index, source: c.source });
        heads.set(h, list);
      }
    }
    let presence: CompiledPresence | null = null;
    if (rule.presence) {
      const exact = rule.presence.exact ?? true;
      presence = {
        exact,
        parts: rule.presence.parts.map((part) => ({
          id: part.id,
          sequences: exact ? part.any.map(wordingTokens) : [],
          regex: exact ? null : wrap(rule, 'presence.parts', () => compileAlternation(part.any, po)),
          ...(part.insert !== undefined ? { insert: part.insert } : {}),
        })),
        outdated: (rule.presence.outdated ?? []).map(wordingTokens),
        ...(rule.presence.insert !== undefined ? { insert: rule.presence.insert } : {}),
        ...(rule.presence.insertAt !== undefined ? { insertAt: rule.presence.insertAt } : {}),
      };
    }
    const neg = m?.negation;
    rules.push({
      rule,
      allow: wrap(rule, 'match.allow', () => compileAlternation(m?.allow, po)),
      unlessSentence: wrap(rule, 'match.unlessSentence', () => compileAlternation(m?.unlessSentence, po)),
      when: wrap(rule, 'applies.when', () => compileAlternation(rule.applies?.when, po)),
      unless: wrap(rule, 'applies.unless', () => compileAlternation(rule.applies?.unless, po)),
      negationWindow: neg === true ? window : typeof neg === 'object' ? neg.window : 0,
      negationAfter: neg ? (typeof neg === 'object' && neg.after !== undefined ? neg.after : (pack.negationAfter ?? 0)) : 0,
      inQuotes: m?.inQuotes ?? 'skip-cited',
      presence,
    });
  });

  const terminals = headTerminals(heads.keys());
  const terminalSet = new Set(terminals);
  const candidates = new Map<string, Array<{ rule: number; re: RegExp }>>();
  // Every head belongs to exactly one terminal: its shortest prefix that is one.
  for (const [head, list] of heads) {
    let k = 1;
    while (!terminalSet.has(head.slice(0, k))) k++;
    const t = head.slice(0, k);
    const bucket = candidates.get(t) ?? [];
    for (const { rule, source } of list) {
      if (!bucket.some((b) => b.re.source === source && b.rule === rule)) bucket.push({ rule, re: new RegExp(source, 'uy') });
    }
    candidates.set(t, bucket);
  }
  return {
    pack,
    rules,
    headTrie: terminals.length ? buildHeadNodes(terminals) : null,
    candidates,
    orphans,
    negations: (pack.negations ?? []).map((w) => {
      const stem = w.endsWith('*');
      const folded = foldString(stem ? w.slice(0, -1) : w, FOLD);
      return { word: pack.transliterate === 'ru' ? transliterateRu(normalizeText(folded, FOLD)).text : folded, stem };
    }),
    citations: compileAlternation(pack.citations, po),
    sponsorship: compileAlternation(pack.sponsorship, po),
    patternOptions: po,
    adhoc: new WeakMap(),
    adhocByKey: new Map(),
  };
}

/**
 * Every regex a compiled pack runs, with where it comes from: for the ReDoS suite and for
 * anyone auditing a pack. Internal (not exported from the public entries).
 */
export function compiledRegexes(cp: CompiledPack): Array<{ where: string; re: RegExp }> {
  const out: Array<{ where: string; re: RegExp }> = [];
  const add = (where: string, re: RegExp | null | undefined) => {
    if (re && !out.some((o) => o.re.source === re.source && o.re.flags === re.flags)) out.push({ where, re });
  };
  const id = (i: number) => cp.rules[i]!.rule.id;
  for (const list of cp.candidates.values()) for (const c of list) add(`${id(c.rule)} match.patterns`, c.re);
  for (const o of cp.orphans) add(`${id(o.rule)} match.patterns (no prefilter)`, o.re);
  for (const cr of cp.rules) {
    add(`${cr.rule.id} match.allow`, cr.allow);
    add(`${cr.rule.id} match.unlessSentence`, cr.unlessSentence);
    add(`${cr.rule.id} applies.when`, cr.when);
    add(`${cr.rule.id} applies.unless`, cr.unless);
    for (const part of cr.presence?.parts ?? []) add(`${cr.rule.id} presence.parts.${part.id}`, part.regex);
  }
  add(`${cp.pack.jurisdiction} citations`, cp.citations);
  add(`${cp.pack.jurisdiction} sponsorship`, cp.sponsorship);
  return out;
}

/** A node of the head trie, keyed by UTF-16 unit. */
export interface HeadNode {
  next: Map<number, HeadNode>;
  /** A head ends here (the pruned trie has no children below it). */
  terminal?: string;
  /** A head ends here if the word ends here (`HEAD_END`). */
  endTerminal?: string;
}

function buildHeadNodes(terminals: readonly string[]): { word: HeadNode; other: HeadNode } {
  const word: HeadNode = { next: new Map() };
  const other: HeadNode = { next: new Map() };
  for (const t of terminals) {
    const end = t.endsWith(HEAD_END);
    const body = end ? t.slice(0, -1) : t;
    let node = wordChar(body.codePointAt(0)!) ? word : other;
    for (let k = 0; k < body.length; k++) {
      const c = body.charCodeAt(k);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    if (end) node.endTerminal = t;
    else node.terminal = t;
  }
  return { word, other };
}
const wordChar = (cp: number): boolean => /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));

/**
 * Every place where a head of the trie starts, as (position, terminal): heads that start with a
 * letter or digit only at word starts, others anywhere. One pass; at each candidate start the
 * walk follows the text as far as the trie does. Prefers the longest head at a position and
 * falls back to a whole-word head (`HEAD_END`) passed on the way.
 */
export function scanHeads(trie: { word: HeadNode; other: HeadNode }, text: string, hit: (at: number, terminal: string) => void): void {
  const n = text.length;
  let prevWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const isWord = c < 0x80 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : wordAt(text, i);
    if (isWord && !prevWord) walk(trie.word, text, i, hit);
    if (trie.other.next.has(c)) walk(trie.other, text, i, hit);
    // A low surrogate continues the code point before it.
    if (!(c >= 0xdc00 && c <= 0xdfff)) prevWord = isWord;
  }
}
function walk(root: HeadNode, text: string, at: number, hit: (at: number, terminal: string) => void): void {
  let node = root;
  let fallback: string | undefined;
  for (let k = at; ; k++) {
    if (node.terminal !== undefined) return hit(at, node.terminal);
    if (node.endTerminal !== undefined && !wordAt(text, k)) fallback = node.endTerminal;
    const next = node.next.get(text.charCodeAt(k));
    if (next === undefined) break;
    node = next;
  }
  if (fallback !== undefined) hit(at, fallback);
}

// Compiling is pure, so compiled packs are memoized per pack object. A WeakMap holds no pack
// alive and is invisible to callers: the same pack always compiles to the same thing.
const compiled = new WeakMap<RulePack, CompiledPack>();

export function getCompiledPack(pack: RulePack): CompiledPack {
  let c = compiled.get(pack);
  if (!c) {
    c = compilePack(pack);
    compiled.set(pack, c);
  }
  return c;
}
