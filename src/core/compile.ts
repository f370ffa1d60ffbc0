/**
 * Compile a pack once into what a check runs: a prefilter trie of every pattern's literal head
 * that finds candidate word starts in a single pass, plus sticky per-pattern regexes that
 * confirm a candidate and say which rule it belongs to.
 */
import { builtin } from './define.js';
import { RuleDefinitionError } from './errors.js';
import { alternationOfSources, alternationSource, compilePattern, escapeRegex, HEAD_END, headTerminals, packPatternOptions, PatternError, patternHeads, patternLiterals, WORD_CHAR, wordsOf, type PatternOptions } from './pattern.js';
import { LazyProgram, newRxCache, type Program } from './rx.js';
import { buildLexicon, type Lexicon } from './evasion.js';
import { featureSpan } from './features.js';
import { literalIndex, type LiteralIndex } from './literals.js';
import { foldString, normalizeText, transliterateRu, wordAt } from './normalize.js';
import { step, TrieBuilder, type FlatTrie } from './trie.js';
import type { Pattern, Rule, RulePack } from './types.js';

export interface CompiledPresence {
  exact: boolean;
  parts: Array<{ id: string; sequences: string[][]; regex: Program | null; insert?: string }>;
  outdated: string[][];
  insert?: string;
  insertAt?: 'start' | 'end';
}

export interface CompiledRule {
  rule: Rule;
  allow: Program | null;
  unlessSentence: Program | null;
  when: Program | null;
  unless: Program | null;
  negationWindow: number;
  /** Words after the trigger that negate it (German "heilt nicht"). */
  negationAfter: number;
  inQuotes: 'skip-cited' | 'skip' | 'report';
  presence: CompiledPresence | null;
}

/**
 * A pattern in a prefilter bucket (`HeadEntry`), or, with `orphan`, the words after the first
 * token of the anchored orphan of that index (`anchor`).
 */
export interface Candidate {
  rule: number;
  re: Program;
  orphan?: number;
}

export interface CompiledPack {
  pack: RulePack;
  rules: CompiledRule[];
  /** The prefilter: the pruned heads as a trie of plain data, walked by `scanHeads`. */
  headTrie: HeadTrie | null;
  /** Prefilter head → programs of the patterns that start with it, run at the head (sticky). */
  candidates: Map<string, Candidate[]>;
  /**
   * Patterns without a literal head, scanned one by one; with `back`, anchored (`anchor`): tried
   * only at the `back` word starts before a match of the words after their first token.
   */
  orphans: Array<{ rule: number; re: Program; back?: number }>;
  negations: Array<{ word: string; stem: boolean }>;
  /** Where a negation's reach ends before / after a trigger (`negationBreaks`), or null. */
  negationBreaks: { before: RegExp; after: RegExp } | null;
  citations: Program | null;
  sponsorship: Program | null;
  /** What the pack's patterns compile with (folding, languages, classes): also for rule functions' `find`. */
  patternOptions: PatternOptions;
  /** The pack's vocabulary: what evasive spellings are read against (lexicon.ts, evasion.ts). */
  lexicon: Lexicon;
  /** Patterns compiled for rule functions, by pattern list identity. */
  adhoc: WeakMap<readonly Pattern[], Program | null>;
  /** The same, by content (pattern lists joined), for functions that build a new array per call. */
  adhocByKey: Map<string, Program | null>;
  /** Compile a pattern list the way this pack's lists are (the view may be transliterated). */
  alternation(patterns: readonly Pattern[] | undefined): Program | null;
}

const EXACT = { diacritics: false };
const FOLD = { diacritics: true };
// From a string: see MARKS in normalize.ts.
const TOKEN = RegExp(`${WORD_CHAR}+`, 'gu');

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

/**
 * Clause boundaries for the negation search, on the shadow: a break word as a whole word, a
 * semicolon, a dash with a space on either side (not the hyphen of "e-recepta"); after a trigger
 * also a comma, colon or bracket. Global (for `matchAll`); run on windows of at most 160
 * characters.
 */
function clauseBreaks(words: string[]): { before: RegExp; after: RegExp } {
  const w = words.map(escapeRegex).join('|');
  const shared = `(?<![\\p{L}\\p{N}])(?:${w})(?![\\p{L}\\p{N}])|;|\\s[-\\u2010-\\u2015]+\\s`;
  return { before: new RegExp(shared, 'gu'), after: new RegExp(`${shared}|[,:(]`, 'gu') };
}

/**
 * A match pattern with heads, in the prefilter's bucket of each: its program (`lazySource`) is
 * made when the scan first reaches it (a pack has thousands, a post wakes a few dozen). The
 * buckets hold the entry itself: a wrapper per bucket and entry was ~14,000 objects for the
 * three packs (mem7).
 */
class HeadEntry {
  #p?: Program;
  // The pattern text (trusted pack) or source: one maker per pack builds the program from it,
  // not a closure per entry (thousands per pack). With `orphan`: `text` is what follows the
  // first token of that anchored orphan.
  constructor(
    readonly rule: number,
    readonly text: string,
    readonly make: (e: HeadEntry) => Program,
    readonly orphan?: number,
  ) {}
  get re(): Program {
    return (this.#p ??= this.make(this));
  }
}

export function compilePack(pack: RulePack, trusted = false): CompiledPack {
  const rules: CompiledRule[] = [];
  // Patterns with heads, and their heads (not kept: the buckets are what the scan needs).
  const entries: HeadEntry[] = [];
  const heads: Array<readonly string[]> = [];
  const firstWords = new Map<string, string[]>();
  const orphans: CompiledPack['orphans'] = [];
  // The pack's vocabulary is built when a text first asks it a question (evasion.ts), not when
  // a check reads the text against it: most posts ask no pack's. With the pack's options, so
  // `#superlative`'s form compiles once per pack, not twice.
  let lexicon: Lexicon | undefined;
  const lex = (): Lexicon => (lexicon ??= buildLexicon(pack, po));
  const window = pack.negationWindow ?? 3;
  // One options object per pack: the pattern compiler caches its classes per options object.
  const po: PatternOptions = { ...packPatternOptions(pack), ...(trusted ? { trusted } : {}) };
  // Classes compile (and fail) once, up front, even when no pattern uses them yet; a trusted
  // pack's classes compile when a pattern first needs them (pattern.ts).
  try {
    compilePattern('a', po);
  } catch (err) {
    if (err instanceof PatternError) throw new RuleDefinitionError(`Pack ${pack.jurisdiction}, classes: ${err.message}`);
    throw err;
  }
  // Programs are built from their sources on first use (rx.ts): most patterns of a pack never
  // meet a text that wakes them, and one that does costs microseconds, not a RegExp compile.
  const rxCache = newRxCache();
  const has = literalIndex();
  const programs = new Map<string, Program>();
  const prog = (source: string): Program => {
    let p = programs.get(source);
    if (!p) programs.set(source, (p = new LazyProgram(source, rxCache)));
    return p;
  };
  // Packs reuse their vocabularies across rules (one list of device words in ten `when`s):
  // each distinct list compiles once.
  const lists = new Map<string, Program | null>();
  const alternation = (patterns: readonly Pattern[] | undefined): Program | null => {
    if (!patterns || patterns.length === 0) return null;
    const key = patterns.join('\u0001');
    let p = lists.get(key);
    if (p === undefined) {
      // Made for a text that meets one of the patterns' literal clauses (`Guarded`). A built-in
      // pack's list is not even compiled before (its patterns are known to compile); any other
      // pack's compiles now, so a bad pattern fails at `createChecker`.
      const needs = () => patterns.map((x) => patternLiterals(x, po));
      const src = trusted ? undefined : alternationSource(patterns, po)!;
      // A text that can match only some of the patterns runs a list of those (`Guarded`); the
      // patterns compile once per list, not once per such list.
      // Each when first kept: a list of 40 whose text meets two compiles two (the part's only).
      const sources: string[] = [];
      const sourceAt = (i: number) => (sources[i] ??= compilePattern(patterns[i]!, po).source);
      const part = (keep: readonly number[]) => new LazyProgram(alternationOfSources(keep.map(sourceAt)), rxCache);
      // A rule function that invents lists per text must not grow this without end (the rules'
      // own lists keep their programs in their getters; a list's program is its own, not in `programs`).
      if (lists.size >= MAX_LISTS) lists.clear();
      lists.set(key, (p = new Guarded(() => new LazyProgram(src ?? alternationSource(patterns, po)!, rxCache), has, needs, src, part)));
    }
    return p;
  };
  // Allow-lists, sentence exceptions and `when` lists compile when a rule first needs them:
  // most rules have no trigger in most posts. `forceCompiled` compiles them all up front.
  const lazy = (rule: Rule, what: string, patterns: readonly Pattern[] | undefined) => {
    let value: Program | null | undefined;
    return (): Program | null => (value !== undefined ? value : (value = wrap(rule, what, () => alternation(patterns))));
  };

  const sourceOf = (rule: Rule, p: Pattern) => wrap(rule, 'match.patterns', () => compilePattern(p, po)).source;
  // Two closures over the entry, not `lazySource`'s three over two scopes: the one that makes
  // the program lives until a text meets the pattern's literals, which most woken ones never do.
  const headPattern = (e: HeadEntry) => new Guarded(() => prog(sourceOf(pack.rules[e.rule]!, e.text)), has, () => [patternLiterals(e.text, po)]);
  const headSource = (e: HeadEntry) => lazySource(() => e.text, prog, has);

  pack.rules.forEach((rule, index) => {
    const m = rule.match;
    // A pattern whose source repeats an earlier one of the same rule adds no hit: one program
    // per rule and source. Patterns without heads are scanned one by one, repeats included.
    const sources = new Set<string>();
    const texts = new Set<string>();
    for (const p of m?.patterns ?? []) {
      if (trusted) {
        // A built-in pack (its patterns are validated by the test suite): the heads come from
        // the first token, and the pattern compiles when a text first shows one of them. Kept
        // once per rule by its text: two spellings of one source only cost a second run (the
        // engine drops a rule's overlapping hits).
        const hs = patternHeads(p, po, firstWords);
        const source = () => sourceOf(rule, p);
        if (hs.length > 0) {
          if (texts.has(p)) continue;
          texts.add(p);
          heads.push(hs);
          entries.push(new HeadEntry(index, p, headPattern));
          continue;
        }
        // Head-less (a leading feature, class or `*`, `re:`): scanned on every text, so compiled
        // only for a text that has all its literals, and anchored when it can be (`anchor`). A
        // `re:` body says nothing until it is parsed: then its parse does (`clauses`), for the
        // texts after the first.
        const a = anchor(p, po.classes);
        const rh = a ? patternHeads(a[0], po, firstWords) : [];
        if (rh.length > 0) heads.push(rh), entries.push(new HeadEntry(index, a![0], headPattern, orphans.length));
        orphans.push({ rule: index, re: lazySource(source, prog, has, p.startsWith('re:') ? () => prog(source()).clauses?.() ?? [] : () => patternLiterals(p, po)), back: rh.length && a![1] });
        continue;
      }
      const c = wrap(rule, 'match.patterns', () => compilePattern(p, po));
      if (c.heads.length === 0) {
        const re = prog(c.source);
        const a = anchor(p, po.classes);
        const r = a && compilePattern(a[0], po);
        if (r?.heads.length) heads.push(r.heads), entries.push(new HeadEntry(index, r.source, headSource, orphans.length));
        orphans.push({ rule: index, re: new Guarded(() => re, has, () => [re.clauses?.() ?? []], c.source), back: r?.heads.length && a![1] });
        continue;
      }
      if (sources.has(c.source)) continue;
      sources.add(c.source);
      heads.push(c.heads);
      entries.push(new HeadEntry(index, c.source, headSource));
    }
    let presence: CompiledPresence | null = null;
    if (rule.presence) {
      const exact = rule.presence.exact ?? true;
      presence = {
        exact,
        parts: rule.presence.parts.map((part) => ({
          id: part.id,
          sequences: exact ? part.any.map(wordingTokens) : [],
          regex: exact ? null : wrap(rule, 'presence.parts', () => alternation(part.any)),
          insert: part.insert,
        })),
        outdated: (rule.presence.outdated ?? []).map(wordingTokens),
        insert: rule.presence.insert,
        insertAt: rule.presence.insertAt,
      };
    }
    const neg = m?.negation;
    const allow = lazy(rule, 'match.allow', m?.allow);
    const unlessSentence = lazy(rule, 'match.unlessSentence', m?.unlessSentence);
    const when = lazy(rule, 'applies.when', rule.applies?.when);
    const unless = lazy(rule, 'applies.unless', rule.applies?.unless);
    rules.push({
      rule,
      get allow() {
        return allow();
      },
      get unlessSentence() {
        return unlessSentence();
      },
      get when() {
        return when();
      },
      get unless() {
        return unless();
      },
      negationWindow: neg === true ? window : typeof neg === 'object' ? neg.window : 0,
      negationAfter: neg ? (typeof neg === 'object' && neg.after !== undefined ? neg.after : (pack.negationAfter ?? 0)) : 0,
      inQuotes: m?.inQuotes ?? 'skip-cited',
      presence,
    });
  });

  const terminalOf = headTerminals(heads.flat());
  const candidates = new Map<string, Candidate[]>();
  // Every head belongs to exactly one terminal: its shortest prefix that is one. Keyed by pattern,
  // not by head (~7,700 heads in RU, ~45 % of building the pack with a list per head): a pattern
  // goes into a bucket once though several of its heads may lead there, and patterns come in
  // order, so a repeat is the bucket's last entry. A loop, not a callback: a closure here kept
  // `terminalOf` (every head, ~0.4 MB for the three packs) in this function's scope, which lives
  // as long as the pack.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const hs = heads[i]!;
    for (let k = 0; k < hs.length; k++) {
      const t = terminalOf.get(hs[k]!)!;
      const bucket = candidates.get(t);
      if (!bucket) candidates.set(t, [entry]);
      else if (bucket[bucket.length - 1] !== entry) bucket.push(entry);
    }
  }
  // The closures made above share this function's scope and live as long as the pack.
  heads.length = entries.length = 0;
  firstWords.clear();
  // In code-unit order: a run of terminals shares its first letter (`buildHeadNodes`).
  const terminals = [...new Set(terminalOf.values())];
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
    negationBreaks: pack.negationBreaks?.length ? clauseBreaks(pack.negationBreaks.map((w) => foldString(w, FOLD))) : null,
    citations: alternation(pack.citations),
    sponsorship: alternation(pack.sponsorship),
    patternOptions: po,
    lexicon: {
      get words() {
        return lex().words;
      },
      get size() {
        return lex().size;
      },
      get oneLetter() {
        return lex().oneLetter;
      },
      get endings() {
        return lex().endings;
      },
      get shapes() {
        return lex().shapes;
      },
    },
    adhoc: new WeakMap(),
    adhocByKey: new Map(),
    alternation,
  };
}

/**
 * A head-less pattern led by a feature, a class with `*…` members or a `*…` stem
 * (`#time-span ~3 @result-noun`, `@disease ~2 (ist|sind) …`, `*behandlung online`): the words after
 * that token and the most word starts a match holds before them, or undefined. Head-less, such a
 * pattern was a search from every word start of every text; anchored, what follows runs at its
 * heads (which rarely match) and the pattern's own search tries only the few word starts before
 * those matches (engine.ts `scan`, ARCHITECTURE.md). Sound if every match of the first token
 * starts at a word start and holds at most that many (test/anchors.test.ts derives both from the
 * parsed sources), or if the span is unbounded (`#money`, which may start on `€`): a program with
 * matches off word starts ignores the word-start list and searches the whole text, so anchoring
 * only spares it the texts where the words after it match at no head.
 */
export function anchor(p: string, classes: Readonly<Record<string, readonly string[]>> = {}): [string, number] | undefined {
  const m = /^(\S+)\s+(?:~(\d)\s+)?(\S.*)/su.exec(p.trim());
  const t = m?.[1] ?? '';
  const ws = t[0] === '#' ? [featureSpan(t.slice(1))] : (t[0] === '@' ? (classes[t.slice(1)] ?? []) : [t]).map(wordsOf);
  return ws.length && Math.min(...ws) > 0 ? [m![3]!, Math.max(...ws) + Number(m![2] ?? 0)] : undefined;
}
/** Clauses of literals (`patternLiterals`): each is met by a text that contains one of its literals. */
type Clauses = ReadonlyArray<readonly string[]>;



/** Distinct lists kept per pack for sharing (a built-in pack's own have under a hundred). */
const MAX_LISTS = 1024;
/** Lists of a part of a list's patterns kept per list: past this, a text runs the whole list. */
const MAX_PARTS = 32;
/** Patterns all of a list's parts may hold together, as a multiple of the list's own. */
const PART_BUDGET = 2;
/** Combinations met once remembered per list (then forgotten at once): see `Guarded`. */
const MAX_MET_ONCE = 256;

/**
 * A program made on first use (`make`), which answers "no match" for a text that cannot have
 * one: `needs` gives, per alternative of the program (one for a pattern, one per pattern for a
 * list), the clauses every match of it meets (`patternLiterals`); a text that meets no
 * alternative's is not worth making the program for, nor, once made, running it (a head-less
 * pattern or a list is a search of the whole text, and most need words the post lacks). With
 * `part`, a text that meets only some alternatives' runs a program of those alone (`part` of
 * their indices, in order): the others cannot match anywhere in it, so the leftmost matches are
 * the same, and a list of 40 patterns of which a post can meet two tries two at each word start.
 * A combination met for the first time runs the smallest program already made whose patterns
 * include it (the others cannot match in that text either), and gets its own when a second text
 * meets it: in a first pass over unseen posts, making one per combination was half of all parsing,
 * and a third of the combinations never came back.
 * The answer for the last text is kept (every program of a check sees the same few texts).
 */
class Guarded implements Program {
  /**
   * The program, or until it is made what makes it; and the alternatives' clauses as literal ids
   * (their count, then per alternative where it ends and per clause a count and that many ids), or
   * until they are read what gives them (`needs`; none: no guard). What makes either runs once, and
   * its closures (a pattern's compile, its literals) were ~0.5 MB of the heap after 10,000 posts;
   * the ids are kept by the literal index (where they start here), not in arrays of their own.
   */
  #p: Program | (() => Program);
  #alts: number | (() => readonly Clauses[]) | undefined;
  #seen: string | undefined;
  #current: Program | null = null;
  #parts: Map<string, { keep: readonly number[]; re: Program }> | undefined;
  #metOnce: Set<string> | undefined;
  /** Patterns held by all of `parts` together. */
  #held = 0;
  // A class, not closures over a scope: ~1,500 of these live after 10,000 posts, and ten
  // closures each were ~1 MB of the heap (mem7).
  readonly #index: LiteralIndex;
  readonly #src: string | undefined;
  readonly #part: ((keep: readonly number[]) => Program) | undefined;
  constructor(make: () => Program, index: LiteralIndex, needs?: () => readonly Clauses[], src?: string, part?: (keep: readonly number[]) => Program) {
    this.#p = make;
    this.#index = index;
    this.#alts = needs;
    this.#src = src;
    this.#part = part;
  }
  get source(): string {
    return this.#src ?? this.#get().source;
  }
  #get(): Program {
    const p = this.#p;
    return typeof p == 'function' ? (this.#p = p()) : p;
  }
  /** How many alternatives the list has (read once its clauses are kept: `#cover` and `#partFor` run after). */
  get #count(): number {
    return this.#index.kept[this.#alts as number]!;
  }
  /** The program made so far with the fewest patterns that include all of `keep`, or null. */
  #cover(keep: readonly number[]): Program | null {
    const n = this.#count;
    let best = typeof this.#p == 'object' ? this.#p : null;
    let size = best ? n : Infinity;
    const wanted = new Uint8Array(n);
    for (const i of keep) wanted[i] = 1;
    for (const e of this.#parts!.values()) {
      if (e.keep.length >= size) continue;
      let n = 0;
      for (const i of e.keep) n += wanted[i]!;
      if (n === keep.length) (best = e.re), (size = e.keep.length);
    }
    return best;
  }
  #partFor(keep: readonly number[]): Program {
    const key = keep.join(',');
    const parts = (this.#parts ??= new Map());
    const made = parts.get(key);
    if (made) return made.re;
    const metOnce = (this.#metOnce ??= new Set());
    // Sub-lists together hold at most twice the list's patterns (mem6: held 13.7 MB of 49 MB live
    // heap after 10,000 posts, unbounded); once full, a list stays full and every combination
    // runs the smallest program made that covers it (same leftmost matches), else the whole list.
    const full = parts.size >= MAX_PARTS || this.#held + keep.length > PART_BUDGET * this.#count;
    if (full || !metOnce.has(key)) {
      const c = this.#cover(keep);
      if (c !== null && !full) {
        if (metOnce.size >= MAX_MET_ONCE) metOnce.clear();
        metOnce.add(key);
      }
      if (c !== null) return c;
      if (full) return this.#get();
    }
    metOnce.delete(key);
    const re = this.#part!(keep);
    parts.set(key, { keep, re });
    this.#held += keep.length;
    return re;
  }
  forText(text: string): Program | null {
    // Any length: the test is one walk of the text per pack (literals.ts), linear like the
    // search it saves. (It used to stop at 64 K units, when it searched the text per literal: a
    // check's cost then jumped there, and growth tests that straddled it read as quadratic.)
    let alts = this.#alts;
    if (alts === undefined) return this.#get();
    if (text !== this.#seen) {
      this.#seen = text;
      const index = this.#index;
      if (typeof alts == 'function') {
        // Filled in place: the first check of a pack makes ~1,400 of these (RU), and the arrays of
        // a flatMap of spreads were ~2 MB of its garbage.
        const all = alts();
        const ids = [all.length];
        for (const clauses of all) {
          const at = ids.push(0);
          for (const lits of clauses) {
            ids.push(lits.length);
            for (const l of lits) ids.push(index.lit(l));
          }
          ids[at - 1] = ids.length;
        }
        this.#alts = alts = index.keep(ids);
      }
      const { found, walk } = index.answers(text);
      // Where each alternative's clauses end is counted from `alts`, where this guard's ids start.
      const c = index.kept;
      const n = c[alts]!;
      // One pattern (a head's candidate, a head-less pattern): no list of parts to build (the
      // general path's array per text was ~10 % more scavenges over 10,000 posts).
      if (n === 1) return (this.#current = meets(found, walk, c, alts + 2, alts + c[alts + 1]!) ? this.#get() : null);
      const keep: number[] = [];
      for (let i = alts + 1, k = 0; k < n; k++, i = alts + c[i]!) if (meets(found, walk, c, i + 1, alts + c[i]!)) keep.push(k);
      if (keep.length === 0) this.#current = null;
      else if (this.#part === undefined || keep.length === n) this.#current = this.#get();
      else this.#current = this.#partFor(keep);
    }
    return this.#current;
  }
  at(text: string, pos: number): number {
    return this.forText(text)?.at(text, pos) ?? -1;
  }
  first(text: string, from?: number, starts?: ArrayLike<number>): [number, number] | null {
    return this.forText(text)?.first(text, from, starts) ?? null;
  }
  all(text: string, starts?: ArrayLike<number>): Array<[number, number]> {
    return this.forText(text)?.all(text, starts) ?? [];
  }
  test(text: string): boolean {
    return this.forText(text)?.test(text) ?? false;
  }
}

/** Whether a text (`found` marked with `walk`) meets every clause in `c[i..end)` (`Guarded.#alts`). */
function meets(found: Int32Array, walk: number, c: Int32Array, i: number, end: number): boolean {
  while (i < end) {
    const stop = i + 1 + c[i]!;
    let any = false;
    for (let k = i + 1; k < stop; k++) {
      if (found[c[k]!] === walk) {
        any = true;
        break;
      }
    }
    if (!any) return false;
    i = stop;
  }
  return true;
}

/**
 * A program whose source is compiled from its pattern on first use (a head hit, or a tool asking
 * for `source`): most patterns of a built-in pack are never compiled in a process. With
 * `literalsOf`, not run for a text that cannot match (`Guarded`).
 */
function lazySource(pattern: () => string, prog: (source: string) => Program, index: LiteralIndex, literalsOf?: () => Clauses): Program {
  return new Guarded(() => prog(pattern()), index, literalsOf && (() => [literalsOf()]));
}

/**
 * Every regex a compiled pack runs, with where it comes from: for the ReDoS suite and for
 * anyone auditing a pack. Internal (not exported from the public entries).
 */
export function compiledRegexes(cp: CompiledPack): Array<{ where: string; re: RegExp }> {
  const out: Array<{ where: string; re: RegExp }> = [];
  const seen = new Set<string>();
  // The engine runs these sources on rx.ts programs; as RegExps (sticky for prefilter candidates,
  // global otherwise) they are what a regex engine would run, which is what ReDoS tools analyse.
  const add = (where: string, p: Program | null | undefined, flags = 'gu') => {
    if (p && !seen.has(flags + p.source)) {
      seen.add(flags + p.source);
      out.push({ where, re: new RegExp(p.source, flags) });
    }
  };
  const id = (i: number) => cp.rules[i]!.rule.id;
  for (const list of cp.candidates.values()) for (const c of list) add(`${id(c.rule)} match.patterns`, c.re, 'uy');
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

/**
 * The head trie (a flat trie, trie.ts): node 0 is the root of heads that start with a letter or a
 * digit (tried at word starts only), node 1 the root of the others (tried anywhere). Per node, the
 * number + 1 in `names` of the head that ends there (0: none): `terminal` (the pruned trie has no
 * children below it) and `endTerminal` (a head that ends here if the word ends here, `HEAD_END`).
 */
export interface HeadTrie {
  readonly trie: FlatTrie;
  readonly terminal: Int32Array;
  readonly endTerminal: Int32Array;
  readonly names: readonly string[];
}
const WORD_ROOT = 0;
const OTHER_ROOT = 1;

function buildHeadNodes(terminals: readonly string[]): HeadTrie {
  const b = new TrieBuilder();
  b.node();
  b.node();
  // Filled as the nodes come, without a tuple per terminal (this runs on every pack's first check).
  const terminal: number[] = [];
  const endTerminal: number[] = [];
  // The root of the last first letter, in code-unit order: asked per terminal, `wordAt` got hot
  // enough for V8 to optimize it on what heads begin with, and deoptimize it on the first text.
  let cp: number | undefined;
  let root = 0;
  terminals.forEach((t, k) => {
    const end = t.endsWith(HEAD_END);
    const body = end ? t.slice(0, -1) : t;
    if (body.codePointAt(0) !== cp) root = wordAt(body, 0) ? WORD_ROOT : OTHER_ROOT;
    cp = body.codePointAt(0);
    (end ? endTerminal : terminal)[b.add(root, body)] = k + 1;
  });
  // Both as long as the trie; holes read as 0 (no head ends there).
  terminal[b.size - 1] ??= 0;
  endTerminal[b.size - 1] ??= 0;
  return { trie: b.freeze(), terminal: Int32Array.from(terminal), endTerminal: Int32Array.from(endTerminal), names: terminals };
}

/**
 * Every place where a head of the trie starts, as (position, terminal), in position order: heads
 * that start with a letter or digit only at the view's word starts (`starts`, which the engine
 * computes once per view for every program), others anywhere. At each candidate start the walk
 * follows the text as far as the trie does. Prefers the longest head at a position and falls back
 * to a whole-word head (`HEAD_END`) passed on the way.
 */
export function scanHeads(heads: HeadTrie, text: string, starts: Int32Array, hit: (at: number, terminal: string) => void): void {
  const { trie } = heads;
  if (trie.first[OTHER_ROOT] === trie.first[OTHER_ROOT + 1]) {
    // No head starts with a mark or a symbol: word starts only.
    for (let k = 0; k < starts.length; k++) walk(heads, WORD_ROOT, text, starts[k]!, hit);
    return;
  }
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    if (k < starts.length && starts[k] === i) {
      walk(heads, WORD_ROOT, text, i, hit);
      k++;
    }
    if (step(trie, OTHER_ROOT, text.charCodeAt(i)) >= 0) walk(heads, OTHER_ROOT, text, i, hit);
  }
}
function walk(heads: HeadTrie, root: number, text: string, at: number, hit: (at: number, terminal: string) => void): void {
  const { trie, terminal, endTerminal, names } = heads;
  let node = root;
  let fallback = 0;
  for (let k = at; ; k++) {
    if (terminal[node] !== 0) return hit(at, names[terminal[node]! - 1]!);
    if (endTerminal[node] !== 0 && !wordAt(text, k)) fallback = endTerminal[node]!;
    // Past the text's end charCodeAt is NaN, which no edge has.
    const next = step(trie, node, text.charCodeAt(k));
    if (next < 0) break;
    node = next;
  }
  if (fallback !== 0) hit(at, names[fallback - 1]!);
}

// Compiling is pure, so compiled packs are memoized per pack object. A WeakMap holds no pack
// alive and is invisible to callers: the same pack always compiles to the same thing.
const compiled = new WeakMap<RulePack, CompiledPack>();

/**
 * The compiled pack, compiled on first request. `trusted` (the built-in packs, whose patterns the
 * test suite validates) skips the RegExp-based validation of `re:` bodies.
 */
export function getCompiledPack(pack: RulePack, trusted = false): CompiledPack {
  let c = compiled.get(pack);
  if (!c) {
    c = compilePack(pack, trusted || builtin.has(pack));
    compiled.set(pack, c);
  }
  return c;
}

/** Compile every lazily compiled list of a caller's pack now, so a bad pattern throws here. */
export function forceCompiled(pack: RulePack): void {
  if (!builtin.has(pack)) for (const r of getCompiledPack(pack).rules) void [r.allow, r.unlessSentence, r.when, r.unless];
}
