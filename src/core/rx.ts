/**
 * A small backtracking matcher for the regex subset that the pattern compiler emits (and most
 * `re:` bodies use), with ECMAScript semantics for the `u` flag: same leftmost match, same
 * alternative order, same greedy/lazy choices, so it finds exactly what `new RegExp(source, 'u')`
 * finds.
 *
 * Why not just RegExp: a pack compiles to ~3,000 regexes over ~500k characters of source. V8
 * parses each one on construction and compiles it to native code on first use, again at tier-up,
 * and drops and re-tiers code under pressure; that made `createChecker()` take over a second, the
 * first pass over unseen posts 5–10× slower than later passes and RSS grow by ~60 MB of regex
 * code. Here a source is parsed into a tree of closures on first use (microseconds), runs at
 * JIT speed from the start, and costs no native code. What this matcher cannot run (backreferences,
 * variable-length lookbehind, flags other than `u`) falls back to a real RegExp, so any source
 * keeps working.
 */
import { codePointBefore as cpBefore, isLetterCp, isLowSurrogateAfterHigh, isNumberCp, isWordCp } from './normalize.js';
import { partition } from './ranges.js';

/** The end of a match that starts at `pos`, or -1. */
type M = (pos: number) => number;

/**
 * What the compiled closures read: the subject string (set per call), and the last answer of
 * `wordEnd` (the alternatives of a class ask it at the same position one after another).
 */
interface Subject {
  s: string;
  /** `wordEnd` from `endFrom` is `endAt` in `s`; `endFrom` -1: nothing known (reset with `s`). */
  endFrom: number;
  endAt: number;
}
const subject = (): Subject => ({ s: '', endFrom: -1, endAt: -1 });

/** A compiled source: sticky match at a position, all matches, first match, any match. */
export interface Program {
  readonly source: string;
  /** End of the match that starts exactly at `pos` (a sticky `exec`), or -1. */
  at(text: string, pos: number): number;
  /**
   * The first match at or after `from` (a global `exec`). `wordStarts`, if given, lists every
   * index of `text` where a letter or digit follows a non-word character (or the start): a
   * program that can only start there then visits those indices only.
   */
  first(text: string, from?: number, wordStarts?: ArrayLike<number>): [number, number] | null;
  /** Every match, as `String#matchAll` with the `g` flag finds them. */
  all(text: string, wordStarts?: ArrayLike<number>): Array<[number, number]>;
  test(text: string): boolean;
  /**
   * What every match contains, as clauses of literals (each clause: one of its literals occurs),
   * read from the parsed source; [] when nothing is known (or the source runs on a RegExp).
   */
  clauses?(): ReadonlyArray<readonly string[]>;
  /**
   * The program that runs for this text, or null when it cannot match there (a guarded program,
   * compile.ts): a caller that runs it at many places of one text asks once.
   */
  forText?(text: string): Program | null;
}

class Unsupported extends Error {}

// ---- parsing ------------------------------------------------------------------------------------

type CharTest = (cp: number) => boolean;
export type Node =
  | { t: 'str'; s: string }
  | { t: 'set'; test: CharTest; first: FirstSet; word?: boolean; nonWord?: boolean }
  | { t: 'seq'; items: Node[]; f: First | null | undefined }
  | { t: 'alt'; alts: Node[]; f: First | null | undefined }
  | { t: 'rep'; node: Node; min: number; max: number; greedy: boolean; f: First | null | undefined }
  | { t: 'look'; node: Node; ahead: boolean; neg: boolean }
  | { t: 'bol' }
  | { t: 'eol' };

/** Which code units can start a match: a set of units plus flags for whole classes. */
interface FirstSet extends First {
  units: Set<number>;
  word: boolean;
  any: boolean;
  /** `firstOf`'s answer for what can also match empty: one per set. */
  orEmpty: First | undefined;
}
/**
 * What can start a match of a node (`set`), and whether it can match empty. A set is its own
 * answer for a node that cannot: one object per node was ~0.3 MB after 10,000 posts (`firstMemo`).
 */
interface First {
  set: FirstSet;
  empty: boolean;
}
/** A new first set: a class adds to its own while it is parsed, so none is shared. */
const firstSet = (units: Iterable<number> = [], word = false, any = false): FirstSet => {
  const f = { units: new Set(units), word, any, set: null, empty: false, orEmpty: undefined } as unknown as FirstSet;
  return (f.set = f);
};
/** The first set of what can start with any character. */
const anyStart = (): FirstSet => firstSet([], false, true);

/** Lookarounds and anchors: they assert at a position and match no character. */
const zeroWidth = (n: Node): boolean => n.t === 'look' || n.t === 'bol' || n.t === 'eol';

const isWord = isWordCp;
const isDigit = (cp: number) => cp >= 48 && cp <= 57;
/** `\s` as ECMAScript defines it (white space and line terminators). */
export const isSpace = (cp: number): boolean =>
  (cp >= 9 && cp <= 13) ||
  cp === 32 ||
  cp === 0xa0 ||
  cp === 0x1680 ||
  (cp >= 0x2000 && cp <= 0x200a) ||
  cp === 0x2028 ||
  cp === 0x2029 ||
  cp === 0x202f ||
  cp === 0x205f ||
  cp === 0x3000 ||
  cp === 0xfeff;
const isAsciiWord = (cp: number) => ((cp | 32) >= 97 && (cp | 32) <= 122) || isDigit(cp) || cp === 95;
const isLineTerminator = (cp: number) => cp === 10 || cp === 13 || cp === 0x2028 || cp === 0x2029;

function propertyTest(name: string, cache: Map<string, CharTest>): CharTest {
  if (name === 'L' || name === 'Letter') return isLetterCp;
  if (name === 'N' || name === 'Number') return isNumberCp;
  let t = cache.get(name);
  if (!t) {
    // A rarer property (Ll, Lu, M, Script=…): one tiny regex per property, its answers memoized.
    let re: RegExp;
    try {
      re = new RegExp(`^\\p{${name}}$`, 'u');
    } catch {
      throw new Unsupported();
    }
    const memo = new Map<number, boolean>();
    t = (cp) => {
      let v = memo.get(cp);
      if (v === undefined) {
        v = re.test(String.fromCodePoint(cp));
        if (memo.size < 4096) memo.set(cp, v);
      }
      return v;
    };
    cache.set(name, t);
  }
  return t;
}

/**
 * What the programs of one pack share while parsing: tests for rarer `\p{…}` properties, and the
 * parsed trees of long groups. The pattern compiler inlines a feature (`#time-span`, 5–10k
 * characters) or a class into every pattern that uses it, so the same group text recurs in many
 * sources; it is parsed once. Parsed trees are never changed after parsing, so sharing them is safe.
 */
export interface RxCache {
  props: Map<string, CharTest>;
  groups: Map<string, Node>;
  /**
   * Parsed character classes by their text. `[\p{L}\p{N}]` and the gap `[^\p{L}\p{N}.!?]`
   * stand several times in every compiled pattern: one node each (its first-unit set, its
   * tests, its ASCII table) instead of one per occurrence, which after 10,000 posts were ~30,000
   * first-unit sets, ~6 MB of a checker's ~40.
   */
  classes: Map<string, Node>;
}
export const newRxCache = (): RxCache => ({ props: new Map(), groups: new Map(), classes: new Map() });

/** Index of the `)` that closes the group opened at `open`, or -1 (escapes and classes skipped). */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src.charCodeAt(i);
    // An escape's unit skipped by an add that runs for every unit: an `i++` that only the first
    // backslash reached deoptimized this (and recompiled it) in every language's first check.
    i += c === 92 /* \\ */ ? 1 : 0;
    if (c === 91 /* [ */) {
      for (i++; i < src.length && src.charCodeAt(i) !== 93; i++) if (src.charCodeAt(i) === 92) i++;
    } else if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return i;
  }
  return -1;
}

/** Index of the `]` that closes the class opened at `open`, or -1 (escapes skipped). */
function classEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 92 /* \\ */) i++;
    else if (c === 93) return i;
  }
  return -1;
}

/**
 * The end of the run of letters and digits at `j`. Its own function: the loop's bytecode counted
 * toward `Parser.#sequence`'s tier-up, which then compiled (TurboFan, its callees inlined) on
 * feedback that had not yet seen its rarer paths, deoptimized on one and compiled again: the
 * first DE check compiled it twice, RU once. Now DE once, RU not at all (first check -34 M
 * instructions in DE, -39 M in RU; +9 M in PL, which compiles this small loop instead).
 */
const wordRunEnd = (src: string, j: number): number => {
  while (isWord(src.charCodeAt(j))) j++;
  return j;
};

/**
 * A parse node as a copy, which V8 never allocates in its old generation (engine.ts, `young`):
 * the literals of `str`, `seq`, `alt` and `rep` nodes were tenured once new space reached its
 * maximum in the first pass, and each decision deoptimized `#sequence` and `#alternation`,
 * which had inlined them (four TurboFan compiles of `#sequence` in the bench's first pass
 * instead of two; first pass -120 to -290 M instructions of ~11,600). Its own function, not
 * engine.ts's: a copy's feedback is per function, and nodes and findings together would make
 * it megamorphic.
 */
const youngNode = <T>(o: T): T => ({ ...o });

export class Parser {
  i = 0;
  /** Depth of lookbehinds around the parse position. */
  #behind = 0;
  readonly #src: string;
  readonly #cache: RxCache;
  readonly #props: Map<string, CharTest>;
  constructor(src: string, cache: RxCache) {
    this.#src = src;
    this.#cache = cache;
    this.#props = cache.props;
  }

  parse(): Node {
    const n = this.#alternation();
    if (this.i !== this.#src.length) throw new Unsupported();
    return n;
  }
  #peek(): string | undefined {
    return this.#src[this.i];
  }
  /**
   * Every alternative is parsed here, though the dispatch compiles only those a text's units
   * pick (`compileDispatch`). Not taken (issue 11, rxlazy): alternatives of alternations of 256+
   * characters that begin with two letters (after an optional "(?<!W)", in at most one group)
   * parsed when a dispatch list first needs them, their first unit, second unit and word-start
   * flag read from the text. On the bench's PL post 203 of 242 such alternatives (9.4 of 28.7 KB
   * parsed) were never parsed, and a cold parse of that post's 47 sources alone fell from 167 to
   * 91 M instructions, but the first check fell by only 6–8 M in PL and DE (within what a no-op
   * change moves a build) and rose by 2 M in RU, for +361 B of engine: the rest of a first parse
   * is text no literal heads (`#time-span`, numbers, lookarounds), and `requiredLiterals` must
   * call an unparsed alternative "no literal" (17 start filters and 296 clause lists changed) or
   * parse half of them for the `required` filter.
   */
  #alternation(): Node {
    const alts = [this.#sequence()];
    while (this.#peek() === '|') {
      this.i++;
      alts.push(this.#sequence());
    }
    // Copies, exactly as long: an array grown by `push` keeps 17 slots or more, and the parse
    // trees a checker keeps had ~5,900 such arrays (~0.6 MB after 10,000 posts).
    return alts.length === 1 ? alts[0]! : youngNode({ t: 'alt', alts: alts.slice(), f: undefined });
  }
  #sequence(): Node {
    const items: Node[] = [];
    const src = this.#src;
    for (;;) {
      const c = this.#peek();
      if (c === undefined || c === '|' || c === ')') break;
      // A run of letters and digits (never special in a source) is one literal, read at once:
      // compiled sources are mostly folded words, and a node and a concatenation per letter were
      // ~7 % of a first check. A surrogate unit ends the run (`isWord` of a half is false), so each
      // unit is a code point, and the last one stays for `atom` when a quantifier follows.
      let j = wordRunEnd(src, this.i);
      if ('*+?{'.includes(src[j]!)) j--;
      let atom: Node = j - this.i > 1 ? youngNode({ t: 'str', s: src.slice(this.i, (this.i = j)) }) : this.#atom();
      if (!zeroWidth(atom)) atom = this.#quantified(atom);
      else if (this.#peek() !== undefined && '*+?{'.includes(this.#peek()!)) throw new Unsupported(); // quantified assertion (annex B only)
      // Merge adjacent literals into one string test.
      const last = items[items.length - 1];
      if (atom.t === 'str' && last?.t === 'str') items[items.length - 1] = { t: 'str', s: last.s + atom.s };
      else items.push(atom);
    }
    return items.length === 1 ? items[0]! : youngNode({ t: 'seq', items: items.slice(), f: undefined });
  }
  #quantified(atom: Node): Node {
    const c = this.#peek();
    let min: number;
    let max: number;
    if (c === '*') (min = 0), (max = Infinity), this.i++;
    else if (c === '+') (min = 1), (max = Infinity), this.i++;
    else if (c === '?') (min = 0), (max = 1), this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.#src.slice(this.i, this.i + 24));
      if (!m) throw new Unsupported();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
    } else return atom;
    let greedy = true;
    if (this.#peek() === '?') (greedy = false), this.i++;
    if (this.#peek() !== undefined && '*+?{'.includes(this.#peek()!)) throw new Unsupported();
    // A multi-unit literal here is a group's body ("(?:ab)*"): it repeats as a whole.
    return youngNode({ t: 'rep', node: atom, min, max, greedy, f: undefined });
  }
  #atom(): Node {
    const src = this.#src;
    const c = src[this.i]!;
    if (c === '(') {
      // A group outside lookbehinds (whose parse depends on the context): the same text gives the
      // same tree. Short ones too (`(?![\p{L}\p{N}])`, a class member's word): a lookup hashes
      // the text once, where a cold parse cost ~1,000 instructions per character (issue 11).
      const end = this.#behind ? -1 : groupEnd(src, this.i);
      return end < 0 ? this.#group() : this.#shared(this.#cache.groups, end, () => this.#group());
    }
    return this.#nonGroup(c);
  }
  /**
   * The node for the text from here to `end`, parsed once per cache: a later occurrence of the
   * same text reuses the tree. Kept only when the parser read exactly that text.
   */
  #shared(cache: Map<string, Node>, end: number, parse: () => Node): Node {
    const key = this.#src.slice(this.i, end + 1);
    const hit = cache.get(key);
    if (hit !== undefined) {
      this.i = end + 1;
      return hit;
    }
    const node = parse();
    if (this.i === end + 1) cache.set(key, node);
    return node;
  }
  #group(): Node {
    const src = this.#src;
    {
      this.i++;
      let look: { ahead: boolean; neg: boolean } | null = null;
      if (src.startsWith('?:', this.i)) this.i += 2;
      else if (src.startsWith('?=', this.i)) (look = { ahead: true, neg: false }), (this.i += 2);
      else if (src.startsWith('?!', this.i)) (look = { ahead: true, neg: true }), (this.i += 2);
      else if (src.startsWith('?<=', this.i)) (look = { ahead: false, neg: false }), (this.i += 3);
      else if (src.startsWith('?<!', this.i)) (look = { ahead: false, neg: true }), (this.i += 3);
      else if (src.startsWith('?<', this.i)) {
        const close = src.indexOf('>', this.i);
        if (close < 0) throw new Unsupported();
        this.i = close + 1;
      } else if (src[this.i] === '?') throw new Unsupported();
      // A lookaround inside a lookbehind (the features' "not after kraj(?!…)") asserts at a
      // position, whatever the direction around it: a lookahead always reads forward, a lookbehind
      // backward (ECMAScript compiles their bodies with a fixed direction), so `compileBack` runs
      // them as it finds them.
      if (look && !look.ahead) this.#behind++;
      const body = this.#alternation();
      if (look && !look.ahead) {
        this.#behind--;
        assertBackCompilable(body);
      }
      if (src[this.i] !== ')') throw new Unsupported();
      this.i++;
      return look ? { t: 'look', node: body, ...look } : body;
    }
  }
  #nonGroup(c: string): Node {
    const src = this.#src;
    if (c === '[') {
      const end = classEnd(src, this.i);
      return end < 0 ? this.#charClass() : this.#shared(this.#cache.classes, end, () => this.#charClass());
    }
    if (c === '.') {
      this.i++;
      return set(negated(isLineTerminator), anyStart());
    }
    if (c === '^') return this.i++, { t: 'bol' };
    if (c === '$') return this.i++, { t: 'eol' };
    if (c === '\\') {
      const e = src[this.i + 1];
      // `\b` is ASCII-only (no pack needs it: "ł" and Cyrillic are not word characters to it): a
      // source with it runs on a RegExp, which means the same.
      if (e === 'b' || e === 'B') throw new Unsupported();
      const cls = this.#classEscape();
      if (cls) return cls;
      const cp = this.#charEscape();
      return { t: 'str', s: String.fromCodePoint(cp) };
    }
    if ('*+?{})]|'.includes(c)) throw new Unsupported();
    const cp = src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return { t: 'str', s: String.fromCodePoint(cp) };
  }
  /** `\d \D \s \S \w \W \p{…} \P{…}` at the cursor, or null. */
  #classEscape(): Node | null {
    const src = this.#src;
    const e = src[this.i + 1];
    if (e === 'p' || e === 'P') {
      const close = src.indexOf('}', this.i);
      if (src[this.i + 2] !== '{' || close < 0) throw new Unsupported();
      const name = src.slice(this.i + 3, close);
      this.i = close + 1;
      const t = propertyTest(name, this.#props);
      if (e === 'P') return set((cp) => !t(cp), anyStart());
      return set(t, name === 'L' || name === 'N' ? firstSet([], true) : anyStart());
    }
    // Lower case the class, upper case its complement.
    const k = e === undefined ? -1 : 'dDsSwW'.indexOf(e);
    if (k < 0) return null;
    this.i += 2;
    const test = [isDigit, isSpace, isAsciiWord][k >> 1]!;
    if (k & 1) return set(negated(test), anyStart());
    return set(test, k === 0 ? firstSet([48, 49, 50, 51, 52, 53, 54, 55, 56, 57]) : anyStart());
  }
  /** A single-character escape at the cursor (`\.`, `\n`, `\u00e9`, `\u{1F600}`, `\x41`). */
  #charEscape(): number {
    const src = this.#src;
    const e = src[this.i + 1];
    if (e === undefined) throw new Unsupported();
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };
    if (e in simple && !(e === '0' && /\d/.test(src[this.i + 2] ?? ''))) return (this.i += 2), simple[e]!;
    if (e === 'u') {
      if (src[this.i + 2] === '{') {
        const close = src.indexOf('}', this.i);
        const cp = parseInt(src.slice(this.i + 3, close), 16);
        if (close < 0 || Number.isNaN(cp)) throw new Unsupported();
        this.i = close + 1;
        return cp;
      }
      const hex = src.slice(this.i + 2, this.i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unsupported();
      this.i += 6;
      let cp = parseInt(hex, 16);
      // A surrogate pair written as two escapes is one code point under `u`.
      if ((cp & 0xfc00) === 0xd800 && src.startsWith('\\u', this.i)) {
        const lo = parseInt(src.slice(this.i + 2, this.i + 6), 16);
        if ((lo & 0xfc00) === 0xdc00) {
          this.i += 6;
          cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        }
      }
      return cp;
    }
    if (e === 'x') {
      const hex = src.slice(this.i + 2, this.i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Unsupported();
      this.i += 4;
      return parseInt(hex, 16);
    }
    if (e === 'c') {
      const l = src.charCodeAt(this.i + 2);
      if (!((l >= 65 && l <= 90) || (l >= 97 && l <= 122))) throw new Unsupported();
      this.i += 3;
      return l % 32;
    }
    // Under `u` only syntax characters, '/' and (in classes) '-' may be escaped: anything else
    // (backreferences \1, \k<name>) is not ours to run.
    if ('^$\\.*+?()[]{}|/-'.includes(e)) {
      this.i += 2;
      return e.charCodeAt(0);
    }
    throw new Unsupported();
  }
  #charClass(): Node {
    const src = this.#src;
    this.i++;
    let neg = false;
    if (src[this.i] === '^') (neg = true), this.i++;
    const tests: CharTest[] = [];
    const ranges: number[] = [];
    const first = firstSet();
    const single = (): number | CharTest => {
      if (src[this.i] === '\\') {
        const cls = this.#classEscape();
        if (cls) {
          const c = cls as { t: 'set'; test: CharTest; first: FirstSet };
          if (c.first.any) first.any = true;
          if (c.first.word) first.word = true;
          for (const u of c.first.units) first.units.add(u);
          return c.test;
        }
        if (src[this.i + 1] === 'b') return (this.i += 2), 8;
        return this.#charEscape();
      }
      const cp = src.codePointAt(this.i);
      if (cp === undefined) throw new Unsupported();
      this.i += cp > 0xffff ? 2 : 1;
      return cp;
    };
    while (src[this.i] !== ']') {
      if (this.i >= src.length) throw new Unsupported();
      const a = single();
      if (typeof a !== 'number') {
        tests.push(a);
        continue;
      }
      if (src[this.i] === '-' && src[this.i + 1] !== ']') {
        this.i++;
        const b = single();
        if (typeof b !== 'number' || b < a) throw new Unsupported();
        ranges.push(a, b);
        if (b - a < 64) for (let k = a; k <= b; k++) addFirst(first, k);
        else first.any = true;
      } else {
        ranges.push(a, a);
        addFirst(first, a);
      }
    }
    this.i++;
    // `[\p{L}\p{N}]`, the word character of every compiled pattern: one table lookup, and marked
    // so that `compile` can recognise "the rest of the word" (see `wordFinal`).
    const lettersAndDigits = tests.includes(isLetterCp) && tests.includes(isNumberCp);
    if (ranges.length === 0 && tests.length === 2 && lettersAndDigits) {
      if (neg) return { t: 'set', test: notWord, first: anyStart(), nonWord: true };
      return { t: 'set', test: isWord, first, word: true };
    }
    const inClass = classTest(ranges, tests);
    // `[^\p{L}\p{N}.!?]` (the gap between words) never matches a letter or digit.
    if (neg) return { t: 'set', test: negated(inClass), first: anyStart(), nonWord: lettersAndDigits };
    return set(inClass, first);
  }
}

// Made outside the parser's methods: a closure keeps its scope, and one made in `#charClass`
// kept the parser (its whole source) alive with every cached class (40 parsers after 10,000 posts).
const negated = (test: CharTest): CharTest => (cp) => !test(cp);
const notWord = negated(isWord);
/** The test of a class of `ranges` (pairs of first and last code point) and `tests`. */
function classTest(ranges: readonly number[], tests: readonly CharTest[]): CharTest {
  const slow = (cp: number): boolean => {
    for (let k = 0; k < ranges.length; k += 2) if (cp >= ranges[k]! && cp <= ranges[k + 1]!) return true;
    for (const t of tests) if (t(cp)) return true;
    return false;
  };
  // Most text is ASCII: its answers come from a table, made on the first ASCII character seen.
  let ascii: Uint8Array | undefined;
  return (cp) => {
    if (cp < 128 && cp >= 0) {
      if (ascii === undefined) {
        ascii = new Uint8Array(128);
        for (let c = 0; c < 128; c++) ascii[c] = slow(c) ? 1 : 0;
      }
      return ascii[cp] === 1;
    }
    return slow(cp);
  };
}

function addFirst(first: FirstSet, cp: number): void {
  if (cp > 0xffff) first.units.add(0xd800 + ((cp - 0x10000) >> 10));
  else first.units.add(cp);
}

function set(test: CharTest, first: FirstSet): Node {
  return { t: 'set', test, first };
}

// ---- compiling to closures ----------------------------------------------------------------------

const cpAt = (s: string, i: number): number => s.codePointAt(i)!;

/**
 * Compile `n` to a closure that matches it at a position and then runs `next`. `follow` is what
 * the first code unit after `n` must be (null: anything, or nothing): a repetition that gives
 * back characters only stops where the rest can start, and an alternation only tries the
 * alternatives that can start with the character at hand.
 *
 * Every matcher is made by a small function of exactly what it reads (`unitMatcher`, …): a
 * closure keeps its whole scope alive, and one made here kept this call's `n`, `follow` and
 * `breaks` and its case's block scopes too (three contexts per literal; after 10,000 posts the
 * compiled programs held ~59,000 contexts, 3.7 MB, for ~57,000 closures).
 */
function compile(n: Node, next: M, sub: Subject, follow: FirstSet | null = null, breaks = false): M {
  switch (n.t) {
    case 'str':
      return n.s.length === 1 ? unitMatcher(n.s.charCodeAt(0), next, sub) : literalMatcher(n.s, next, sub);
    case 'set':
      return setMatcher(n.test, next, sub);
    case 'seq': {
      let m = next;
      let f = follow;
      // conts[k]: the closure that matches items[k..] and then `next`.
      const conts: M[] = [];
      conts[n.items.length] = next;
      for (let k = n.items.length - 1; k >= 0; k--) {
        const it = n.items[k]!;
        const restBreaks = mustBreak(n.items, k + 1, breaks);
        const wf = it.t === 'rep' && isWordSet(it.node) ? (wordFinal(n.items, k + 1) ?? (restBreaks ? { lits: [''], next: k + 1 } : null)) : null;
        m = wf ? compileWordFinal(it as { min: number; max: number }, wf.lits, conts[wf.next]!, sub) : compile(it, m, sub, f, restBreaks);
        conts[k] = m;
        if (zeroWidth(it)) continue;
        const fi = firstOf(it);
        f = fi === null || fi.set.any ? null : fi.empty ? (f === null ? null : union(f, fi.set)) : fi.set;
      }
      return m;
    }
    case 'alt':
      return compileDispatch(n.alts, next, sub, follow, breaks);
    case 'bol':
      return bolMatcher(next);
    case 'eol':
      return eolMatcher(next, sub);
    case 'look':
      return compileLook(n, next, sub);
    case 'rep':
      return compileRep(n, next, sub, follow, breaks);
  }
}

/** The continuation of a whole match and of a lookahead's body: the end reached. One for all programs. */
const accept: M = (p) => p;
/** The continuation of a lookbehind's body, matched backwards: it holds. */
const holds: B = () => true;

const unitMatcher = (u: number, next: M, sub: Subject): M =>
  (p) => (sub.s.charCodeAt(p) === u ? next(p + 1) : -1);
const literalMatcher = (lit: string, next: M, sub: Subject): M =>
  (p) => (sub.s.startsWith(lit, p) ? next(p + lit.length) : -1);
const setMatcher = (test: CharTest, next: M, sub: Subject): M =>
  (p) => {
    const s = sub.s;
    if (p >= s.length) return -1;
    const cp = cpAt(s, p);
    return test(cp) ? next(p + (cp > 0xffff ? 2 : 1)) : -1;
  };
const bolMatcher = (next: M): M =>
  (p) => (p === 0 ? next(p) : -1);
const eolMatcher = (next: M, sub: Subject): M =>
  (p) => (p === sub.s.length ? next(p) : -1);
const isWordSet = (n: Node | undefined): boolean => n !== undefined && n.t === 'set' && n.word === true;
/** `(?![\p{L}\p{N}])`: the word ends here. */
const wordEndsHere = (n: Node | undefined): boolean => n !== undefined && n.t === 'look' && n.ahead && n.neg && isWordSet(n.node);
function allWord(lit: string): boolean {
  for (const ch of lit) if (!isWord(ch.codePointAt(0)!)) return false;
  return true;
}
/** More literals than this and a suffix test per literal stops paying. */
const MAX_ENDINGS = 64;
/** The lists `of` gives for each alternative, joined; null when one is null or all are too many. */
function unionOf(alts: Node[], of: (n: Node) => string[] | null): string[] | null {
  const out: string[] = [];
  for (const x of alts) {
    const l = of(x);
    if (l === null || out.length + l.length > MAX_ENDINGS) return null;
    out.push(...l);
  }
  return out;
}
/** The strings of word characters `n` matches, when it is made of literals and alternatives only. */
function literalChoices(n: Node): string[] | null {
  if (n.t === 'str') return allWord(n.s) ? [n.s] : null;
  if (n.t === 'alt') return unionOf(n.alts, literalChoices);
  if (n.t === 'seq') {
    let acc = [''];
    for (const it of n.items) {
      const l = literalChoices(it);
      if (l === null || acc.length * l.length > MAX_ENDINGS) return null;
      acc = acc.flatMap((a) => l.map((b) => a + b));
    }
    return acc;
  }
  return null;
}
/** `lit(?!W)` (literals and alternatives of word characters), or alternatives of that form. */
function endingLiterals(n: Node): string[] | null {
  if (n.t === 'seq') {
    const wf = wordFinal(n.items, 0);
    return wf !== null && wf.next === n.items.length ? wf.lits : null;
  }
  return n.t === 'alt' ? unionOf(n.alts, endingLiterals) : null;
}
/**
 * After a repetition of word characters, `items[k..]` starts with "one of these literals, then
 * the word ends" (`(?!W)`, `lit(?!W)`, `(?:st|est)(?:e|en)(?!W)`, `(?:a(?!W)|b(?!W))`): the
 * literals and the index after.
 */
function wordFinal(items: Node[], k: number): { lits: string[]; next: number } | null {
  let lits = [''];
  let j = k;
  for (; j < items.length && !wordEndsHere(items[j]); j++) {
    const l = literalChoices(items[j]!);
    if (l === null || lits.length * l.length > MAX_ENDINGS) break;
    lits = lits.flatMap((a) => l.map((b) => a + b));
  }
  if (wordEndsHere(items[j])) return { lits, next: j + 1 };
  // A group that ends the word itself: `(?:a(?!W)|b(?!W))`.
  const it = items[j];
  const ends = j === k && it !== undefined && (it.t === 'alt' || it.t === 'seq') ? endingLiterals(it) : null;
  return ends === null ? null : { lits: ends, next: j + 1 };
}

/** Whether `n` must begin with a character that is not a letter or digit. */
function startsNonWord(n: Node): boolean {
  switch (n.t) {
    case 'set':
      return n.nonWord === true;
    case 'str':
      return !isWord(n.s.codePointAt(0)!);
    case 'rep':
      return n.min >= 1 && startsNonWord(n.node);
    case 'seq':
      return n.items.length > 0 && startsNonWord(n.items[0]!);
    case 'alt':
      return n.alts.every(startsNonWord);
    default:
      return false;
  }
}
/** Whether `n` cannot match from a position just after a letter or digit where one follows. */
const breaksWord = (n: Node): boolean => startsNonWord(n) || startsAtWordStart(n);
/**
 * Whether `items[k..]`, then a continuation (`tail`: whether that one breaks words), cannot
 * match from a position just after a letter or digit where one follows: it begins with a
 * non-word character (`[^\p{L}\p{N}.!?]+`, a space) or with "(?<!W)". A repetition of word
 * characters before such a rest can only stop at the word's end, the question `wordEnd` answers
 * (`compileWordFinal` with an empty literal), instead of giving back one letter at a time.
 */
function mustBreak(items: Node[], k: number, tail: boolean): boolean {
  const it = items[k];
  if (it === undefined) return tail;
  if (breaksWord(it)) return true;
  return it.t === 'rep' && it.min === 0 && breaksWord(it.node) && mustBreak(items, k + 1, tail);
}

/** The end of the run of letters and digits that starts at `p` (`p` itself when there is none). */
function wordEnd(sub: Subject, p: number): number {
  const s = sub.s;
  // Inside the run last measured the end is the same, unless `p` splits a surrogate pair.
  if (sub.endFrom >= 0 && p >= sub.endFrom && p <= sub.endAt) {
    const c = s.charCodeAt(p);
    if (p === sub.endFrom || (c & 0xfc00) !== 0xdc00) return sub.endAt;
  }
  const n = s.length;
  let q = p;
  while (q < n) {
    const c = s.charCodeAt(q);
    if (c < 128) {
      if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) break;
      q++;
      continue;
    }
    const cp = cpAt(s, q);
    if (!isWord(cp)) break;
    q += cp > 0xffff ? 2 : 1;
  }
  sub.endFrom = p;
  sub.endAt = q;
  return q;
}

/**
 * `W{min,max}` followed by "one of `lits`, then the word ends" (W = `[\p{L}\p{N}]`, the shape
 * of `*garantie`, `stem*` and of every suffix in a class): the literals are word characters, so
 * a match can only end where the word ends. Instead of giving back one character at a time and
 * trying every literal at each (what backtracking does, up to 24 × the literals per word start),
 * find the word's end once and test whether it ends with a literal. There is at most one way to
 * match, so the answer is the regex's.
 */
function compileWordFinal(rep: { min: number; max: number }, lits: string[], next: M, sub: Subject): M {
  const { min, max } = rep;
  return (p) => {
    const s = sub.s;
    const e = wordEnd(sub, p);
    for (const lit of lits) {
      const q = e - lit.length;
      if (q < p || !s.startsWith(lit, q)) continue;
      let count = q - p;
      if (count > max || count < 2 * min) {
        // Code points, not units: an astral letter is one repetition.
        for (let i = p + 1; i < q; i++) {
          const c = s.charCodeAt(i);
          if ((c & 0xfc00) === 0xdc00) count--;
        }
      }
      if (count >= min && count <= max) return next(e);
    }
    return -1;
  };
}

/**
 * An alternation that only tries the alternatives whose first set admits the unit at hand.
 * Each alternative compiles (once) when a list first needs it: the lists per unit are made when
 * a text first shows the unit, and only then are their alternatives compiled. A class or a list
 * of dozens of members meets a few of their first units in a post, so a first check compiles
 * those few (compiling every alternative up front was a third of the cost of making a program).
 */
function compileDispatch(alts: Node[], next: M, sub: Subject, follow: FirstSet | null, breaks: boolean): M {
  const firsts = alts.map((a) => {
    const f = firstOf(a);
    return f === null || f.empty || f.set.any ? null : f.set;
  });
  const ms: Array<M | undefined> = [];
  /** The alternatives `idx`, tried in order. */
  const list = (idx: readonly number[]): M => anyOf(idx.map((i) => (ms[i] ??= compile(alts[i]!, next, sub, follow, breaks))));
  // Every index, `[...alts.keys()]`, is made when asked, not kept per dispatch (~0.2 MB after 10,000 posts).
  if (alts.length < 4 || firsts.every((f) => f === null)) return list([...alts.keys()]);
  const pick = (admits: (f: FirstSet) => boolean): M => list([...alts.keys()].filter((i) => firsts[i] === null || admits(firsts[i]!)));
  // The literal each alternative begins with, read when a unit needs it: many members of a class
  // share a first letter ("po", "przez", "pierwsz…"), and the second unit tells most of them apart.
  let prefixes: string[] | undefined;
  const bySecond = (c: number): M => {
    const idx = [...alts.keys()].filter((i) => firsts[i] === null || firsts[i]!.units.has(c) || (firsts[i]!.word && isWord(c)));
    const pre = (prefixes ??= alts.map(leadingLiteral));
    if (idx.filter((i) => pre[i]!.length >= 2).length < 4) return list(idx);
    const second = new Map<number, M>();
    return (p) => {
      const c1 = sub.s.charCodeAt(p + 1);
      const key = c1 === c1 ? c1 : -1; // NaN: the text ends after the first unit
      let m = second.get(key);
      if (m === undefined) {
        const keep = idx.filter((i) => pre[i]!.length < 2 || pre[i]!.charCodeAt(1) === key);
        second.set(key, (m = list(keep)));
      }
      return m(p);
    };
  };
  // The list for a unit is made when a text first shows it: a class of hundreds of members has
  // hundreds of first units, and most programs of a pack run on a few texts only. (So is the
  // question whether an alternative names the unit: a set of every first unit, made per
  // dispatch, was most of what compiling one allocated.)
  const byUnit = new Map<number, M>();
  let onWord: M | undefined;
  let onOther: M | undefined;
  let all: M | undefined;
  // One lookup per call: a unit outside every first set keeps its answer (word or not) in the map too.
  const forUnit = (c: number): M => {
    if (firsts.some((f) => f?.units.has(c))) return bySecond(c);
    if (isWord(c)) return (onWord ??= pick((f) => f.word));
    return (onOther ??= pick(() => false));
  };
  return (p) => {
    const s = sub.s;
    const c = s.charCodeAt(p);
    if ((c & 0xf800) === 0xd800) return (all ??= list([...alts.keys()]))(p); // astral: keyed by code point, not unit; rare
    if (c !== c) return (onOther ??= pick(() => false))(p); // NaN: at the end of the text
    let m = byUnit.get(c);
    if (m === undefined) byUnit.set(c, (m = forUnit(c)));
    return m(p);
  };
}

/** The first of `list` that matches (in order), as one matcher. */
const anyOf = (list: M[]): M =>
  list.length === 1
    ? list[0]!
    : (p) => {
        for (const m of list) {
          const r = m(p);
          if (r >= 0) return r;
        }
        return -1;
      };

/** The literal that a match of `n` begins with (after zero-width assertions), or ''. */
function leadingLiteral(n: Node): string {
  if (n.t === 'str') return n.s;
  if (n.t !== 'seq') return '';
  for (const it of n.items) {
    if (zeroWidth(it)) continue;
    return leadingLiteral(it);
  }
  return '';
}

function compileLook(n: { node: Node; ahead: boolean; neg: boolean }, next: M, sub: Subject): M {
  const neg = n.neg;
  const node = n.node;
  // A lookaround of one class (`(?![\p{L}\p{N}])`, `(?<![\p{L}\p{N}])`: the word's ends in every
  // compiled pattern, ~5,000 of the programs' closures after 10,000 posts) tests the character
  // itself, without a closure for its body.
  if (node.t === 'set') return n.ahead ? setAheadMatcher(node.test, neg, next, sub) : setBehindMatcher(node.test, neg, next, sub);
  if (n.ahead) {
    const body = compile(node, accept, sub);
    return (p) => ((body(p) >= 0) !== neg ? next(p) : -1);
  }
  // Lookbehind: whether the body can match ending here, matched backwards (existence is all a
  // lookaround asks, so alternative order does not matter). Literals, classes, sequences and
  // alternations and one-character repetitions; anything else falls back to RegExp.
  const body = compileBack(node, holds, sub);
  return (p) => (body(p) !== neg ? next(p) : -1);
}
const setAheadMatcher = (test: CharTest, neg: boolean, next: M, sub: Subject): M =>
  (p) => {
    const s = sub.s;
    return (p < s.length && test(cpAt(s, p))) !== neg ? next(p) : -1;
  };
const setBehindMatcher = (test: CharTest, neg: boolean, next: M, sub: Subject): M =>
  (p) => {
    const cp = cpBefore(sub.s, p);
    return (cp >= 0 && test(cp)) !== neg ? next(p) : -1;
  };

type B = (pos: number) => boolean;
function compileBack(n: Node, next: B, sub: Subject): B {
  switch (n.t) {
    case 'str': {
      const lit = n.s;
      const len = lit.length;
      return (p) => p >= len && sub.s.startsWith(lit, p - len) && next(p - len);
    }
    case 'set': {
      const test = n.test;
      return (p) => {
        const cp = cpBefore(sub.s, p);
        return cp >= 0 && test(cp) && next(p - (cp > 0xffff ? 2 : 1));
      };
    }
    case 'seq': {
      // The last item is matched first, ending at the position.
      let m = next;
      for (const it of n.items) m = compileBack(it, m, sub);
      return m;
    }
    case 'alt': {
      const ms = n.alts.map((a) => compileBack(a, next, sub));
      // A loop, not `some`: its callback was a closure per call (8 MB in a first pass).
      return (p) => {
        for (const m of ms) if (m(p)) return true;
        return false;
      };
    }
    case 'bol':
      return (p) => p === 0 && next(p);
    case 'look': {
      // Zero-width: only whether the assertion holds where the backward match has got to.
      const neg = n.neg;
      if (n.ahead) {
        const body = compile(n.node, accept, sub);
        return (p) => (body(p) >= 0) !== neg && next(p);
      }
      const body = compileBack(n.node, holds, sub);
      return (p) => body(p) !== neg && next(p);
    }
    case 'rep': {
      // One character per iteration (`\s{0,3}`): any count from min to max that the text allows.
      const test = oneCharTest(n.node);
      if (test === null) throw new Unsupported();
      const { min, max } = n;
      return (p) => {
        let q = p;
        for (let count = 0; ; count++) {
          if (count >= min && next(q)) return true;
          if (count >= max) return false;
          const cp = cpBefore(sub.s, q);
          if (cp < 0 || !test(cp)) return false;
          q -= cp > 0xffff ? 2 : 1;
        }
      };
    }
    default:
      throw new Unsupported();
  }
}
/** The test of a node that matches exactly one code point (a class, a one-character literal), else null. */
const oneCharTest = (n: Node): CharTest | null =>
  n.t === 'set' ? n.test : n.t === 'str' && [...n.s].length === 1 ? unitTest(n.s.codePointAt(0)!) : null;
/** The test for one code point `u`. */
const unitTest = (u: number): CharTest =>
  (cp) => cp === u;

/**
 * Throws `Unsupported` where `compileBack` would: a lookbehind body it cannot match backwards.
 * Checked as the parser closes each lookbehind, so a source outside the subset runs on a RegExp
 * from the start although the closures are made only on the first match attempt. (A walk of each
 * program's whole tree for its lookbehinds, with a `WeakSet` of the nodes seen, was the parser's
 * largest part of a first check: ~4.5 of ~27 ms in a profile of PL's.) A cached group's
 * lookbehinds passed when it was parsed: a group that throws is not cached.
 */
function assertBackCompilable(n: Node): void {
  switch (n.t) {
    case 'str':
    case 'set':
    case 'bol':
      return;
    case 'seq':
      for (const it of n.items) assertBackCompilable(it);
      return;
    case 'alt':
      for (const a of n.alts) assertBackCompilable(a);
      return;
    case 'rep':
      if (oneCharTest(n.node)) return;
      throw new Unsupported();
    case 'look':
      // A lookaround inside: its own lookbehinds were checked when they were parsed.
      return;
    default:
      throw new Unsupported();
  }
}

function compileRep(n: { node: Node; min: number; max: number; greedy: boolean }, next: M, sub: Subject, follow: FirstSet | null, breaks: boolean): M {
  const { node, min, max } = n;
  if (breaks && isWordSet(node)) return compileWordFinal(n, [''], next, sub);
  // One character per iteration: count the run, then give back from the end (greedy) or take
  // more one by one (lazy). Most repetitions in compiled patterns are of this kind.
  const test = oneCharTest(node);
  if (test) return charsMatcher(test, min, max, n.greedy, follow, next, sub);
  return groupRep(n, next, sub, breaks);
}

/** Whether what follows can start at unit index `q` of `s` (only positions where it can are worth a try). */
const canFollow = (follow: FirstSet | null, s: string, q: number): boolean =>
  follow === null || (q < s.length && (follow.units.has(s.charCodeAt(q)) || (follow.word && isWord(cpAt(s, q)))));

const charsMatcher = (test: CharTest, min: number, max: number, greedy: boolean, follow: FirstSet | null, next: M, sub: Subject): M =>
  (p) => {
    const s = sub.s;
    const len = s.length;
    let q = p;
    let count = 0;
    let astral = false;
    if (greedy) {
      while (count < max && q < len) {
        const cp = cpAt(s, q);
        if (!test(cp)) break;
        if (cp > 0xffff) astral = true;
        q += cp > 0xffff ? 2 : 1;
        count++;
      }
      if (count < min) return -1;
      if (!astral) {
        for (let k = count; k >= min; k--) {
          if (!canFollow(follow, s, p + k)) continue;
          const r = next(p + k);
          if (r >= 0) return r;
        }
        return -1;
      }
      // Give back one code point at a time.
      for (let k = count; k >= min; k--) {
        const r = canFollow(follow, s, q) ? next(q) : -1;
        if (r >= 0) return r;
        if (k > min) q -= cpBefore(s, q) > 0xffff ? 2 : 1;
      }
      return -1;
    }
    for (;;) {
      if (count >= min) {
        const r = next(q);
        if (r >= 0) return r;
      }
      if (count >= max || q >= len) return -1;
      const cp = cpAt(s, q);
      if (!test(cp)) return -1;
      q += cp > 0xffff ? 2 : 1;
      count++;
    }
  };

function groupRep(n: { node: Node; min: number; max: number; greedy: boolean }, next: M, sub: Subject, breaks: boolean): M {
  const { min, max, greedy } = n;
  // General body: recursion through the body's continuation, with ECMAScript's rule that an
  // iteration beyond the minimum may not match the empty string.
  let count = 0;
  let start = -1;
  const afterBody: M = (p) => {
    if (p === start && count >= min) return -1;
    const c0 = count;
    const s0 = start;
    count = c0 + 1;
    const r = loop(p);
    count = c0;
    start = s0;
    return r;
  };
  // After the body comes another iteration or what follows the repetition.
  const body = compile(n.node, afterBody, sub, null, breaks && breaksWord(n.node));
  const iterate = (p: number): number => {
    const s0 = start;
    start = p;
    const r = body(p);
    start = s0;
    return r;
  };
  const loop: M = (p) => {
    if (count < min) return iterate(p);
    if (greedy) {
      if (count < max) {
        const r = iterate(p);
        if (r >= 0) return r;
      }
      return next(p);
    }
    const r = next(p);
    if (r >= 0 || count >= max) return r;
    return iterate(p);
  };
  return (p) => {
    const c0 = count;
    const s0 = start;
    count = 0;
    start = -1;
    const r = loop(p);
    count = c0;
    start = s0;
    return r;
  };
}

// ---- where a match can start --------------------------------------------------------------------

/**
 * A cheap test for start positions: the first unit must be in `first`, and when every
 * alternative begins with "no letter or digit before" the position must be a word start.
 */
interface StartFilter {
  first: FirstSet | null;
  wordStart: boolean;
  /** Every match starts with a letter or digit after a non-word character: a word start. */
  onlyWordStarts: boolean;
  /** One of these occurs in every match (null: no such list): absent from the text, no match. */
  required: string[] | null;
  /**
   * `first`'s units below 0x800 as bits (its Set holds the rest): a search asks at every word
   * start or character, and a `Set.has` there was ~50 instructions a question (callgrind).
   */
  low: Int32Array;
}
/** Whether a match may start at unit `i` of `text` (`first` is not null). */
const mayStart = ({ low, first }: StartFilter, text: string, i: number, c = text.charCodeAt(i)): unknown =>
  (c < 0x800 ? (low[c >> 5]! >> c) & 1 : first!.units.has(c)) || (first!.word && isWord(cpAt(text, i)));

// First sets are never changed once made, so a union that adds nothing is one of its sides and a
// literal's is one per unit: the programs of a checker held ~30,000 of them, most copies.
const NONE = firstSet();
const within = (a: FirstSet, b: FirstSet): boolean => {
  if ((a.word && !b.word) || (a.any && !b.any) || a.units.size > b.units.size) return false;
  for (const u of a.units) if (!b.units.has(u)) return false;
  return true;
};
function union(a: FirstSet, b: FirstSet): FirstSet {
  if (within(b, a)) return a;
  if (within(a, b)) return b;
  return firstSet([...a.units, ...b.units], a.word || b.word, a.any || b.any);
}
const unitSets = new Map<number, FirstSet>();
function unitSet(u: number): FirstSet {
  let f = unitSets.get(u);
  if (f === undefined) unitSets.set(u, (f = firstSet([u])));
  return f;
}
/** First units of `items[k..]`, or null when the rest can match the empty string. */
function firstOfSeq(items: Node[], k: number): FirstSet | null {
  let acc = NONE;
  for (; k < items.length; k++) {
    const it = items[k]!;
    if (zeroWidth(it)) continue;
    const f = firstOf(it);
    if (f === null) return null;
    acc = union(acc, f.set);
    if (!f.empty) return acc;
  }
  return null;
}
// Trees are shared and never change after parsing: what can start them is computed once per node,
// kept in the node (`f`; a WeakMap of them was ~0.26 MB after 10,000 posts, the field 0.08).
// (Compiling asks it of every item of every sequence, which re-walked nested subtrees per level.)
// One function, not a small memo around the walk: V8 optimizes a small function early, and with
// the walk inlined that compile was ~6 % of a first check (PL) that calls it a few thousand times.
function firstOf(n: Node): First | null {
  if (n.t === 'str') return unitSet(n.s.charCodeAt(0));
  if (n.t === 'set') return n.first;
  if (n.t !== 'seq' && n.t !== 'alt' && n.t !== 'rep') return null;
  let r = n.f;
  if (r !== undefined) return r;
  r = null;
  if (n.t === 'seq') r = firstOfSeq(n.items, 0);
  else if (n.t === 'alt') {
    let acc: FirstSet | null = NONE;
    for (const a of n.alts) {
      const f = firstOf(a);
      if (!f || f.empty) {
        acc = null;
        break;
      }
      acc = union(acc, f.set);
    }
    r = acc;
  } else {
    const f = firstOf(n.node);
    if (f) r = n.min === 0 ? (f.set.orEmpty ??= { set: f.set, empty: true }) : f;
  }
  return (n.f = r);
}
/** `(?<![\p{L}\p{N}])`, or `(?<![\p{L}\p{N}]|…)` (the numbers' "not after a digit and a space"). */
const isNotWordBefore = (n: Node | undefined): boolean =>
  n !== undefined && n.t === 'look' && !n.ahead && n.neg && (isWordSet(n.node) || (n.node.t === 'alt' && n.node.alts.some(isWordSet)));
/**
 * Whether no letter or digit may precede a match: a leading "(?<!W)", also inside a leading
 * group or a leading positive lookahead (a class compiles to `(?=member|member…)W+`, each member
 * starting with "(?<!W)").
 */
function startsAtWordStart(n: Node): boolean {
  if (n.t === 'alt') return n.alts.every(startsAtWordStart);
  if (n.t === 'look') return isNotWordBefore(n) || (n.ahead && !n.neg && startsAtWordStart(n.node));
  if (n.t !== 'seq') return false;
  for (const it of n.items) {
    if (startsAtWordStart(it)) return true;
    // Other zero-width items before the first character leave the question to what follows.
    if (!zeroWidth(it)) return false;
  }
  return false;
}

/**
 * Literals of which every match contains one (any-of), or null when there is no such list.
 * In a sequence the item with the longest shortest literal is taken (rarer in text).
 */
function requiredLiterals(n: Node): string[] | null {
  switch (n.t) {
    case 'str':
      return [n.s];
    case 'seq': {
      let best: string[] | null = null;
      let score = 0;
      for (const it of n.items) {
        const r = requiredLiterals(it);
        if (!r) continue;
        const sc = Math.min(...r.map((x) => x.length));
        if (sc > score || (sc === score && best !== null && r.length < best.length)) (best = r), (score = sc);
      }
      return best;
    }
    case 'alt': {
      const out: string[] = [];
      for (const a of n.alts) {
        const r = requiredLiterals(a);
        if (!r) return null;
        out.push(...r);
      }
      return out.length <= 64 ? [...new Set(out)] : null;
    }
    case 'rep':
      return n.min >= 1 ? requiredLiterals(n.node) : null;
    default:
      return null;
  }
}

/**
 * Clauses of literals that every match of `n` contains: each literal run of a sequence, a group
 * whose alternatives all require one (`requiredLiterals`), what a positive lookaround asserts
 * (it reads the same text). Only clauses of literals of 3 units or more, which a trigram test
 * can reject without reading the text (compile.ts); the rarest-looking first.
 */
function literalClauses(n: Node): string[][] {
  const out: string[][] = [];
  const walk = (n: Node): void => {
    if (n.t === 'str') out.push([n.s]);
    else if (n.t === 'seq') n.items.forEach(walk);
    else if (n.t === 'rep') {
      if (n.min >= 1) walk(n.node);
    } else if (n.t === 'look') {
      if (!n.neg) walk(n.node);
    } else if (n.t === 'alt') {
      const r = requiredLiterals(n);
      if (r) out.push(r);
    }
  };
  walk(n);
  const shortest = (c: string[]) => Math.min(...c.map((l) => l.length));
  return out.filter((c) => shortest(c) >= 3).sort((a, b) => shortest(b) - shortest(a));
}


/** A required-literal check pays off for a few long literals (each is a scan of the text). */
function worthChecking(lits: string[] | null): string[] | null {
  return lits !== null && lits.length <= 8 && lits.every((l) => l.length >= 3) ? lits : null;
}

/** Index of the first element of ascending `xs` that is ≥ `x`. */
const lowerBound = (xs: ArrayLike<number>, x: number): number => partition(xs.length, (i) => xs[i]! < x);


// ---- programs -----------------------------------------------------------------------------------

class VmProgram implements Program {
  readonly #sub: Subject = subject();
  #compiled: M | undefined;
  /**
   * The closures, made on the first match attempt: a program whose required literal is not in
   * the text (most head-less patterns on most texts) never needs them.
   */
  get #m(): M {
    return (this.#compiled ??= compile(this.node, accept, this.#sub));
  }
  #f: StartFilter | undefined;
  /**
   * Made on the first search: a head's program runs only at its candidates (`at`), and half the
   * programs of a first pass are those; walking their trees for literals was wasted.
   */
  get #filter(): StartFilter {
    if (this.#f) return this.#f;
    const node = this.node;
    const f = firstOf(node);
    const first = f && !f.empty && !f.set.any ? f.set : null;
    const wordStart = startsAtWordStart(node);
    // Units from 0x800 on land past the end, where a typed array ignores writes; a program with
    // no first set never asks.
    const low = new Int32Array(first ? 64 : 0);
    for (const u of first?.units ?? []) low[u >> 5]! |= 1 << u;
    return (this.#f = {
      low,
      first,
      wordStart,
      onlyWordStarts: first !== null && wordStart && [...first.units].every(isWord),
      required: worthChecking(requiredLiterals(node)),
    });
  }
  clauses(): string[][] {
    return literalClauses(this.node);
  }
  constructor(
    readonly source: string,
    private readonly node: Node,
  ) {}
  #atVm(text: string, pos: number): number {
    // Like a sticky RegExp under `u`, a start inside a surrogate pair moves back to the pair.
    if (isLowSurrogateAfterHigh(text, pos)) pos--;
    const saved = this.#enter(text);
    try {
      return this.#m(pos);
    } finally {
      this.#enter(saved);
    }
  }
  /** Points the closures at `text` (nothing known of its words yet); returns the text they had, for the caller to put back. */
  #enter(text: string): string {
    const sub = this.#sub;
    const saved = sub.s;
    sub.s = text;
    sub.endFrom = -1;
    return saved;
  }
  /** The first match from `from`; the caller asked `#possible` (once per text, not per match). */
  #firstVm(text: string, from: number, wordStarts?: ArrayLike<number>): [number, number] | null {
    const saved = this.#enter(text);
    try {
      return this.#search(text, from, wordStarts);
    } finally {
      this.#enter(saved);
    }
  }
  #possible(text: string): boolean {
    const req = this.#filter.required;
    return !req || req.some((lit) => text.includes(lit));
  }
  #search(text: string, from: number, wordStarts: ArrayLike<number> | undefined): [number, number] | null {
    const f = this.#filter;
    const { first, wordStart } = f;
    const n = text.length;
    const m = this.#m;
    if (wordStarts !== undefined && f.onlyWordStarts) {
      for (let k = lowerBound(wordStarts, from); k < wordStarts.length; k++) {
        const i = wordStarts[k]!;
        if (!mayStart(f, text, i)) continue;
        const e = m(i);
        if (e >= 0) return [i, e];
      }
      return null;
    }
    if (first !== null && !first.word && first.units.size <= 3) {
      // A few possible first units ("-", "%", "★"): jump between their occurrences.
      const units = [...first.units].map((u) => String.fromCharCode(u));
      const next = units.map((u) => text.indexOf(u, from));
      for (;;) {
        let i = -1;
        for (const x of next) if (x >= 0 && (i < 0 || x < i)) i = x;
        if (i < 0) return null;
        for (let k = 0; k < next.length; k++) if (next[k] === i) next[k] = text.indexOf(units[k]!, i + 1);
        if (isLowSurrogateAfterHigh(text, i)) continue;
        if (wordStart && i > 0 && isWord(cpBefore(text, i))) continue;
        const e = m(i);
        if (e >= 0) return [i, e];
      }
    }
    for (let i = from; i <= n; i++) {
      if (i < n || first === null) {
        // A match never starts inside a surrogate pair under `u`.
        if (isLowSurrogateAfterHigh(text, i)) continue;
        if (first !== null) {
          if (!mayStart(f, text, i)) continue;
          if (wordStart && i > 0 && isWord(cpBefore(text, i))) continue;
        }
        const e = m(i);
        if (e >= 0) return [i, e];
      }
    }
    return null;
  }
  #allVm(text: string, wordStarts?: ArrayLike<number>): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    if (!this.#possible(text)) return out;
    for (let from = 0, r; from <= text.length && (r = this.#firstVm(text, from, wordStarts)); ) {
      out.push(r);
      from = r[1] > r[0] ? r[1] : r[1] + (cpAt(text, r[1]) > 0xffff ? 2 : 1);
    }
    return out;
  }
  /**
   * The closures recurse once per repetition of a group, so a very long run of one repeated
   * construct (10,000 digits under `(?:\d[ ]?)+`) can exhaust the call stack. Then the same source
   * runs on a real RegExp, whose backtracking stack is not the JS stack: same answer, no crash.
   */
  #native: NativeProgram | undefined;
  #fallback(err: unknown): NativeProgram {
    if (!(err instanceof RangeError)) throw err;
    return (this.#native ??= new NativeProgram(this.source));
  }
  at(text: string, pos: number): number {
    try {
      return this.#atVm(text, pos);
    } catch (err) {
      return this.#fallback(err).at(text, pos);
    }
  }
  first(text: string, from = 0, wordStarts?: ArrayLike<number>): [number, number] | null {
    try {
      return this.#possible(text) ? this.#firstVm(text, from, wordStarts) : null;
    } catch (err) {
      return this.#fallback(err).first(text, from);
    }
  }
  all(text: string, wordStarts?: ArrayLike<number>): Array<[number, number]> {
    try {
      return this.#allVm(text, wordStarts);
    } catch (err) {
      return this.#fallback(err).all(text);
    }
  }
  test(text: string): boolean {
    return this.first(text) !== null;
  }
}

/** The fallback: a real RegExp for what the matcher does not run. */
class NativeProgram implements Program {
  #sticky: RegExp | undefined;
  #global: RegExp | undefined;
  constructor(readonly source: string) {}
  #g(): RegExp {
    return (this.#global ??= new RegExp(this.source, 'gu'));
  }
  at(text: string, pos: number): number {
    const re = (this.#sticky ??= new RegExp(this.source, 'uy'));
    re.lastIndex = pos;
    const m = re.exec(text);
    return m ? pos + m[0].length : -1;
  }
  first(text: string, from = 0): [number, number] | null {
    const re = this.#g();
    re.lastIndex = from;
    const m = re.exec(text);
    re.lastIndex = 0;
    return m ? [m.index, m.index + m[0].length] : null;
  }
  all(text: string): Array<[number, number]> {
    const re = this.#g();
    re.lastIndex = 0;
    const out: Array<[number, number]> = [];
    for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
    return out;
  }
  test(text: string): boolean {
    return this.first(text) !== null;
  }
}

/**
 * Compile a regex source (flags `u`, no others) to a program. Sources outside the subset run on
 * a real RegExp. Programs that share a `cache` (one per pack) parse a recurring long group once.
 */
export function program(source: string, cache: RxCache = newRxCache()): Program {
  try {
    return new VmProgram(source, new Parser(source, cache).parse());
  } catch (err) {
    if (err instanceof Unsupported) return new NativeProgram(source);
    throw err;
  }
}

/** Whether `source` runs on the matcher (for tests: the compiled packs should, nearly all). */
export function runsOnMatcher(p: Program): boolean {
  return p instanceof VmProgram;
}

/** A program compiled on first use: most of a pack's patterns never meet a matching text. */
export class LazyProgram implements Program {
  #p?: Program;
  // Fields, not closures: a pack holds thousands of these, most never compiled.
  constructor(
    readonly source: string,
    readonly cache: RxCache,
  ) {}
  get #q(): Program {
    return (this.#p ??= program(this.source, this.cache));
  }
  at(text: string, pos: number) {
    return this.#q.at(text, pos);
  }
  first(text: string, from?: number, starts?: ArrayLike<number>) {
    return this.#q.first(text, from, starts);
  }
  all(text: string, starts?: ArrayLike<number>) {
    return this.#q.all(text, starts);
  }
  test(text: string) {
    return this.#q.test(text);
  }
  clauses() {
    return this.#q.clauses?.() ?? [];
  }
}
