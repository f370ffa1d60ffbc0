/**
 * The check: text → shadow → matches → applicability → findings with original offsets.
 */
import { forceCompiled, getCompiledPack, scanHeads, wordingTokens, type CompiledPack, type CompiledRule } from './compile.js';
import { detectLite } from './detect-lite.js';
import { badType, badValue, checkKeys, describe, isObject, isRecord } from './errors.js';
import { insertion } from './fix.js';
import { interpolate, lookupEntry } from './messages.js';
import { readShared, type Lexicon, type Scratch } from './evasion.js';
import { isLowSurrogateAfterHigh, normalizeText, toOriginal, transliterateRu, wordAt, type Shadow } from './normalize.js';
import { compileAlternation } from './pattern.js';
import { lastAtMost, lineStarts, overlapsAny, partition } from './ranges.js';
import type { Program } from './rx.js';
import { createRegistry, type Registry } from './registry.js';
import { routeAuto, type PackRoute } from './routing.js';
import {
  AUDIENCES,
  MESSAGE_LOCALES,
  type Audience,
  PRODUCTS,
  SEVERITIES,
  type CheckContext,
  type CheckOptions,
  type DetectedLanguage,
  type Finding,
  type LanguageDetector,
  type LegalBasis,
  type LocaleCatalog,
  type MessageCatalog,
  type Pattern,
  type Product,
  type Report,
  type RulePack,
  type Severity,
  type SkipReason,
  type Suggestion,
} from './types.js';

export interface CheckerOptions extends CheckOptions {
  /** The packs to check against (`createBuiltinChecker` in `medad` uses the built-in ones). */
  packs?: RulePack[] | Registry;
  /**
   * Extra message catalogs by locale (`{ de: { 'pl/superlative': { message, suggestion } } }`),
   * searched after each pack's own messages: e.g. the `locales/<lng>/medad.json` catalogs when a
   * lean pack from `medad/packs/*` carries only English and its own language.
   */
  messages?: Record<string, MessageCatalog | LocaleCatalog>;
}

export interface Checker {
  /** Check one text. Per-call options override the checker's defaults (packs stay fixed). */
  check(text: string, options?: CheckOptions): Report;
  /**
   * Check many texts with the same options, one report per text, in order. Items are texts or
   * `{ text, options }` (options on top of the batch's: e.g. each file's front matter).
   * The batch options are validated once.
   */
  checkMany(items: Iterable<string | BatchItem>, options?: CheckManyOptions): Report[];
  readonly registry: Registry;
}

/** A text of a batch with options of its own. */
export interface BatchItem {
  text: string;
  options?: CheckOptions;
}

/** Options of `checkMany`: the options of every check in the batch, plus a progress callback. */
export interface CheckManyOptions extends CheckOptions {
  /** Called after each text: how many are done, and of how many when the input has a length. */
  onProgress?: (done: number, total: number | undefined) => void;
}

const OPTION_KEYS = ['jurisdictions', 'context', 'locale', 'rules', 'asOf', 'detect'] as const;
const CHECKER_KEYS = [...OPTION_KEYS, 'packs', 'messages'] as const;
const CONTEXT_KEYS = ['product', 'audience', 'channel', 'assets', 'sponsored'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const BANS = new Set(['prohibited-subject', 'prescription-drug-to-public', 'professional-only-device-to-public']);
const MISSING = new Set(['missing-required-disclosure', 'missing-manufacturer-info']);
const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

// Sentence ends: . ! ? … followed by space and not by a lower-case letter or digit ("art. 5",
// "z o.o. i"), or a line break (social posts put one sentence a line).
// The lookbehind makes each run of end marks start one attempt only: without it, a run of
// thousands of dots is tried from every dot, which is quadratic.
// From a string: see MARKS in normalize.ts.
const SENTENCE_END = RegExp(`(?<![.!?…])[.!?…]+["'”»)]*\\s+(?=[^\\p{Ll}\\p{N}])|\\n`, 'gu');
const QUOTED = /„[^„“”\n]{0,600}[“”]|«[^«»\n]{0,600}»|»[^«»\n]{0,600}«|“[^“”\n]{0,600}”|"[^"\n]{0,600}"/gu;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function validateOptions(options: unknown, keys: readonly string[], registry: Registry, locales: readonly string[]): CheckOptions {
  if (options === undefined) return {};
  if (!isRecord(options)) {
    throw badType('options', options, 'an object');
  }
  checkKeys('check', options, keys);
  const o = options as CheckOptions;
  if (o.jurisdictions !== undefined && o.jurisdictions !== 'auto') {
    if (!Array.isArray(o.jurisdictions)) throw badType('options.jurisdictions', o.jurisdictions, "'auto' or an array of jurisdiction codes");
    for (const j of o.jurisdictions) registry.pack(j);
  }
  if (o.locale !== undefined && !locales.includes(o.locale)) throw badValue('locale', o.locale, locales);
  if (o.asOf !== undefined && (typeof o.asOf !== 'string' || !ISO_DATE.test(o.asOf) || Number.isNaN(Date.parse(o.asOf)))) {
    throw new RangeError(`options.asOf must be a date as YYYY-MM-DD, got ${describe(o.asOf)}.`);
  }
  if (o.detect !== undefined && typeof o.detect !== 'function') throw badType('options.detect', o.detect, 'a function');
  if (o.rules !== undefined) {
    if (!isRecord(o.rules)) throw badType('options.rules', o.rules, 'an object');
    for (const [id, sev] of Object.entries(o.rules)) {
      if (!registry.getRule(id)) {
        const ids = registry.listRules().map((r) => r.id);
        const near = ids.filter((x) => x.split('/')[0] === id.split('/')[0]);
        throw badValue('rule id', id, near.length ? near : ids);
      }
      if (sev !== 'off' && !SEVERITIES.includes(sev as Severity)) throw badValue(`severity for ${id}`, sev, [...SEVERITIES, 'off']);
    }
  }
  if (o.context !== undefined) validateContext(o.context);
  return o;
}

function validateContext(ctx: unknown): asserts ctx is CheckContext {
  if (!isRecord(ctx)) throw badType('options.context', ctx, 'an object');
  checkKeys('context', ctx, CONTEXT_KEYS);
  const c = ctx as CheckContext;
  if (c.product !== undefined && !PRODUCTS.includes(c.product)) throw badValue('product', c.product, PRODUCTS);
  if (c.audience !== undefined && !AUDIENCES.includes(c.audience)) throw badValue('audience', c.audience, AUDIENCES);
  if (c.channel !== undefined && typeof c.channel !== 'string') throw badType('context.channel', c.channel, 'a string');
  if (c.sponsored !== undefined && typeof c.sponsored !== 'boolean') throw badType('context.sponsored', c.sponsored, 'a boolean');
  if (c.assets !== undefined) {
    if (!Array.isArray(c.assets)) throw badType('context.assets', c.assets, 'an array');
    c.assets.forEach((a, i) => {
      if (!isObject(a)) throw badType(`context.assets[${i}]`, a, 'an object');
      if (a.tags !== undefined && (!Array.isArray(a.tags) || a.tags.some((t) => typeof t !== 'string'))) {
        throw badType(`context.assets[${i}].tags`, a.tags, 'an array of strings');
      }
    });
  }
}

/** Per-text state shared by all packs: the folded text and sentence bounds are computed at most once. */
class TextState {
  #folded: Shadow | undefined;
  /** Each pack's view (`view`). */
  #views = new Map<CompiledPack, Shadow>();
  #reads: Array<[unknown[], Shadow]> = [];
  #exactCache: { shadow: Shadow; tokens: number[] } | undefined;
  #sentenceEnds: number[] | undefined;
  #quotes: Array<[number, number]> | undefined;
  #lineStarts: number[] | undefined;

  constructor(
    readonly text: string,
    readonly scratch: Scratch,
  ) {}

  /**
   * What a pack matches on: the shadow with evasive spellings read against that pack's own
   * vocabulary (evasion.ts), transliterated for a pack that reads Latin-letter Russian. Not
   * every registered pack's: a Polish word (`skór(ze|y|ę|a)`, "skore" once folded) made the RU
   * pack read "kak mozhno skoree" as "skore", so a pack's findings changed with the packs
   * registered beside it.
   */
  view(pack: CompiledPack): Shadow {
    let v = this.#views.get(pack);
    if (v === undefined) {
      this.#folded ??= normalizeText(this.text, { diacritics: true });
      v = readShared(this.#reads, this.#folded, this.text, pack.lexicon, this.scratch);
      if (pack.pack.transliterate === 'ru') v = transliterateRu(v);
      this.#views.set(pack, v);
    }
    return v;
  }
  get exact() {
    if (!this.#exactCache) {
      const shadow = normalizeText(this.text, { diacritics: false });
      this.#exactCache = { shadow, tokens: wordRuns(shadow.text) };
    }
    return this.#exactCache;
  }
  /** Sentence containing original offset `pos`, as an original range. */
  sentence(pos: number): [number, number] {
    if (!this.#sentenceEnds) {
      this.#sentenceEnds = [];
      for (const m of this.text.matchAll(SENTENCE_END)) this.#sentenceEnds.push(m.index + m[0].length);
    }
    const ends = this.#sentenceEnds;
    const lo = partition(ends.length, (i) => ends[i]! <= pos);
    return [lo === 0 ? 0 : ends[lo - 1]!, lo < ends.length ? ends[lo]! : this.text.length];
  }
  quoteAt(start: number, end: number): [number, number] | undefined {
    // Pushed into a literal: its site learns the elements kind, so every text's list has one map
    // (a `map` made a differently kinded array when empty, and filterHits deoptimized twice).
    let q = this.#quotes;
    if (!q) {
      q = this.#quotes = [];
      for (const m of this.text.matchAll(QUOTED)) q.push([m.index, m.index + m[0].length]);
    }
    // Quotations do not overlap and come in order: only the last one starting at or before
    // `start` can hold the range (binary search, so many quotes and many hits stay cheap).
    const cand = q[partition(q.length, (i) => q![i]![0] <= start) - 1];
    return cand && end <= cand[1] ? cand : undefined;
  }
  /** Per view and program, whether it matches in a range (testRange's memo). */
  #rangeCache = new Map<Shadow, Map<Program, Map<string, boolean>>>();
  /**
   * Kept for the whole text, not per rule: rules share `unlessSentence` lists and a pack's
   * citations, and tested the same sentence once each (a fifth of the slices scanned).
   */
  rangeMemo(view: Shadow, re: Program): Map<string, boolean> {
    return memo(this.#rangeCache, view, re, () => new Map());
  }
  #startsCache = new Map<Shadow, Int32Array>();
  /** Indices of the view where a word starts (a letter or digit after anything else). */
  wordStarts(view: Shadow): Int32Array {
    let r = this.#startsCache.get(view);
    if (!r) this.#startsCache.set(view, (r = wordStartsOf(view.text)));
    return r;
  }
  /** Matches of a program per view. */
  #matchCache = new Map<Shadow, Map<Program, Array<[number, number]>>>();
  /**
   * All matches of a global regex in a view, memoized per view and program: many rules share
   * `when` lists and rule functions search the same word lists (a pack makes one program per
   * distinct list), so each runs once a text.
   */
  matches(view: Shadow, re: Program): Array<[number, number]> {
    // By program, not by source: a built-in pack's list has no source until a text can match it.
    return memo(this.#matchCache, view, re, () => re.all(view.text, this.wordStarts(view)));
  }
  /** Which sources match somewhere in a view, when nothing needed their matches yet. */
  #someCache = new Map<Shadow, Map<string, boolean>>();
  /**
   * Whether a program matches anywhere in the view: `when` / `unless` lists ask only that, and
   * the first match ends the search (memoized like `matches`, whose answer it uses when there).
   * Memoized by the source of the program that runs for this text: lists that a text meets in
   * the same patterns run equal programs (RU: two `when` lists share their price patterns, searched
   * twice per post before, ~12 % of the RU pack's time on Polish and German posts).
   */
  some(view: Shadow, re: Program): boolean {
    const all = this.#matchCache.get(view)?.get(re);
    if (all) return all.length > 0;
    const live = runsFor(re, view.text);
    return !!live && memo(this.#someCache, view, live.source, () => !!live.first(view.text, 0, this.wordStarts(view)));
  }
  lineColumn(pos: number): { line: number; column: number } {
    const ls = (this.#lineStarts ??= lineStarts(this.text));
    const lo = lastAtMost(ls, pos);
    return { line: lo + 1, column: pos - ls[lo]! + 1 };
  }
}

/** The program that runs for `text`: a guarded one's part for it (null: cannot match there), else itself. */
const runsFor = (re: Program, text: string): Program | null => (re.forText ? re.forText(text) : re);

/** `make()` for (view, program), made once per text state. */
function memo<V, K, T>(caches: Map<V, Map<K, T>>, view: V, re: K, make: () => T): T {
  let cache = caches.get(view);
  if (!cache) caches.set(view, (cache = new Map()));
  let r = cache.get(re);
  if (r === undefined) cache.set(re, (r = make()));
  return r;
}

/**
 * Two passes, counting and then filling an array of that size: a growing list copied into a typed
 * array was ~5 % of a steady check's garbage (issue 11), and the second pass is cheaper than that.
 */
function wordStartsOf(text: string): Int32Array {
  let out: Int32Array | undefined;
  for (let n = 0; ; out = new Int32Array(n), n = 0) {
    let prevWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // The second half of a pair continues what the first decided (a lone one is no letter, as
      // in RegExp), tested past the ASCII branch so that most characters do not pay for it.
      const isWord: boolean = c < 0x80 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : isLowSurrogateAfterHigh(text, i) ? prevWord : wordAt(text, i);
      if (isWord && !prevWord) {
        if (out) out[n] = i;
        n++;
      }
      prevWord = isWord;
    }
    if (out) return out;
  }
}

/** Shadow index of the first shadow unit whose original start is ≥ `orig`. */
const toShadowIndex = (shadow: Shadow, orig: number): number => partition(shadow.starts.length, (i) => shadow.starts[i]! < orig);

/**
 * Whether `re` matches in the view's slice of an original range, memoized per range: a text
 * that is one long sentence with thousands of hits must not re-scan that sentence per hit.
 */
function testRange(memo: Map<string, boolean>, re: Program, state: TextState, view: Shadow, range: [number, number]): boolean {
  const key = `${range[0]}:${range[1]}`;
  let r = memo.get(key);
  if (r === undefined) {
    const text = view.text;
    const a = toShadowIndex(view, range[0]);
    const b = toShadowIndex(view, range[1]);
    const slice = text.slice(a, b);
    // The slice's own word starts: a list anchored at word starts is tried there only, not at
    // every letter of the sentence. Taken from the text's: the same sentence is tested for many
    // rules, and scanning it each time cost more than the posts' own scan. The slice differs
    // only at its edges: a word cut at `a` starts there, and an edge inside a surrogate pair
    // leaves a lone half, which is no letter (scanned then, as it is rare).
    let starts: Int32Array;
    if (isLowSurrogateAfterHigh(text, a) || isLowSurrogateAfterHigh(text, b)) starts = wordStartsOf(slice);
    else {
      const all = state.wordStarts(view);
      // From the text's first start past `a`, after a start at 0 when a word is there.
      const head = +wordAt(slice, 0);
      const i = lastAtMost(all, a - 1 + head) + 1 - head;
      starts = new Int32Array(lastAtMost(all, b - 1) + 1 - i);
      for (let k = head; k < starts.length; k++) starts[k] = all[i + k]! - a;
    }
    memo.set(key, (r = re.first(slice, 0, starts) !== null));
  }
  return r;
}

/** All pattern hits of a pack in a view, as shadow ranges per rule index (start/end pairs, one flat list). */
function scan(pack: CompiledPack, view: Shadow, starts: Int32Array): Array<number[] | undefined> {
  const hits: Array<number[] | undefined> = [];
  const add = (rule: number, s: number, e: number) => (hits[rule] ??= []).push(s, e);
  const text = view.text;
  // Per anchored orphan, the word starts its search tries (ascending).
  const windows: number[][] = [];
  const done: number[] = [];
  if (pack.headTrie) {
    // A head's bucket holds every pattern that starts with it (dozens for "w", "po", "в"), and
    // most cannot match in this text (their guard literals are absent): the programs that can
    // are listed once per head and text, so a head that recurs runs only those.
    // Rule/program pairs, one flat list (an anchored orphan's words after its first token: ~index).
    const live = new Map<string, Array<number | Program>>();
    scanHeads(pack.headTrie, text, starts, (at, terminal) => {
      let list = live.get(terminal);
      if (list === undefined) {
        list = [];
        for (const c of pack.candidates.get(terminal)!) {
          const re = runsFor(c.re, text);
          if (re !== null) list.push(c.orphan === undefined ? c.rule : ~c.orphan, re);
        }
        live.set(terminal, list);
      }
      for (let k = 0; k < list.length; k += 2) {
        const end = (list[k + 1] as Program).at(text, at);
        if (end < 0) continue;
        const rule = list[k] as number;
        if (rule >= 0) {
          add(rule, at, end);
          continue;
        }
        // The words after an anchored pattern's first token (compile.ts, `anchor`): its own
        // search will try the word starts a match of it can begin at (`back` of them before).
        // Hits come in text order: the word starts before `done` are in the window already (an
        // unbounded `back` would otherwise reread every one of them at every hit).
        const w = (windows[~rule] ??= []);
        const j = lastAtMost(starts, at - 1) + 1;
        for (let i = Math.max(0, j - pack.orphans[~rule]!.back!, done[~rule] ?? 0); i < j; i++) w.push(starts[i]!);
        done[~rule] = j;
      }
    });
  }
  pack.orphans.forEach((o, i) => {
    // An anchored pattern has matches only where the words after its first token matched: its
    // search visits those word starts alone, and finds the leftmost matches a whole search would.
    const at = o.back ? windows[i] : starts;
    if (at) for (const [s, e] of o.re.all(text, at)) if (e > s) add(o.rule, s, e);
  });
  return hits;
}

/**
 * End of the run of letters and digits at `i` of `text[.., hi)` (`i` when there is none). A lone
 * surrogate, or a pair cut by `hi`, ends it.
 */
function runEnd(text: string, i: number, hi: number): number {
  while (i < hi) {
    const c = text.charCodeAt(i);
    const width = (c & 0xfc00) === 0xd800 && i + 1 < hi && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : (c & 0xf800) === 0xd800 ? 0 : 1;
    if (width === 0 || !wordAt(text, i)) break;
    i += width;
  }
  return i;
}

/**
 * The words (runs of letters and digits) of `text`, as `text.match(/[\p{L}\p{N}]+/gu)` would cut
 * them, as start/end pairs: compared in place, not sliced into strings. Index scanning instead of
 * a global regex: V8 kept dropping and re-tiering the native code of a small global regex called
 * this often (see ARCHITECTURE.md).
 */
function wordRuns(text: string): number[] {
  const r: number[] = [];
  for (let i = 0, e = 0; i < text.length; i = Math.max(e, i + 1)) if ((e = runEnd(text, i, text.length)) > i) r.push(i, e);
  return r;
}

/**
 * The clause edge inside `text[lo, hi)`: the end of the last break (searching before a trigger)
 * or the start of the first one (after it); `lo` or `hi` when there is none.
 */
function clauseEdge(re: RegExp, text: string, lo: number, hi: number, first: boolean): number {
  let edge = first ? hi : lo;
  // matchAll copies the regex: the pack's compiled one keeps no lastIndex between calls.
  for (const m of text.slice(lo, hi).matchAll(re)) {
    if (first) return lo + m.index;
    edge = lo + m.index + m[0].length;
  }
  return edge;
}

/**
 * Whether one of the first (`forward`) or last `n` words of `text[lo, hi)` is a negation (a stem:
 * a word that starts with it). Counted as it goes, not cut into a list: this runs per hit.
 */
function negated(pack: CompiledPack, text: string, lo: number, hi: number, n: number, forward: boolean): boolean {
  let count = 0;
  let last = -1;
  for (let i = lo, e = 0; i < hi && !(forward && count >= n); i = Math.max(e, i + 1)) {
    if ((e = runEnd(text, i, hi)) === i) continue;
    for (const x of pack.negations) if ((x.stem ? x.word.length <= e - i : x.word.length === e - i) && text.startsWith(x.word, i)) last = count;
    count++;
  }
  return last >= 0 && last >= count - n;
}

interface Raw {
  range: { start: number; end: number } | null;
  variant: string;
  data: Record<string, string | number> | undefined;
  replacement: { text: string; range: { start: number; end: number } } | undefined;
}
/**
 * Every raw finding is made here, so all have one shape: made by literals with and without `data`
 * or `replacement`, they reached dedupe (inlined into checkPack) in several, and the first post
 * with a new one deoptimized checkPack.
 */
const makeRaw = (range: Raw['range'], variant: string, data?: Raw['data'], replacement?: Raw['replacement']): Raw => ({ range, variant, data, replacement });

function filterHits(
  cr: CompiledRule,
  pack: CompiledPack,
  state: TextState,
  view: Shadow,
  hits: number[],
  out: Raw[],
): void {
  let allowRanges: Array<[number, number]> | undefined;
  // Looked up when first asked: most rules have neither an `unlessSentence` list nor a quoted hit.
  let unlessMemo: Map<string, boolean> | undefined;
  let citedMemo: Map<string, boolean> | undefined;
  for (let k = 0; k < hits.length; k += 2) {
    const s = hits[k]!;
    const e = hits[k + 1]!;
    if (cr.allow) {
      allowRanges ??= state.matches(view, cr.allow);
      if (overlapsAny(allowRanges, s, e)) continue;
    }
    const orig = toOriginal(view, s, e);
    const sentence = state.sentence(orig.start);
    if (cr.unlessSentence && testRange((unlessMemo ??= state.rangeMemo(view, cr.unlessSentence)), cr.unlessSentence, state, view, sentence)) continue;
    if (cr.negationWindow > 0 && pack.negations.length > 0) {
      let lo = Math.max(toShadowIndex(view, sentence[0]), s - 160);
      if (pack.negationBreaks) lo = clauseEdge(pack.negationBreaks.before, view.text, lo, s, false);
      if (negated(pack, view.text, lo, s, cr.negationWindow, false)) continue;
    }
    if (cr.negationAfter > 0 && pack.negations.length > 0) {
      let hi = Math.min(toShadowIndex(view, sentence[1]), e + 80);
      if (pack.negationBreaks) hi = clauseEdge(pack.negationBreaks.after, view.text, e, hi, true);
      if (negated(pack, view.text, e, hi, cr.negationAfter, true)) continue;
    }
    if (cr.inQuotes !== 'report') {
      const q = state.quoteAt(orig.start, orig.end);
      if (q) {
        if (cr.inQuotes === 'skip') continue;
        const around: [number, number] = [Math.min(q[0], sentence[0]), Math.max(q[1], sentence[1])];
        if (pack.citations && testRange((citedMemo ??= state.rangeMemo(view, pack.citations)), pack.citations, state, view, around)) continue;
      }
    }
    out.push(makeRaw(orig, 'message'));
  }
}

function presenceFindings(cr: CompiledRule, state: TextState, view: Shadow, out: Raw[]): void {
  const p = cr.presence!;
  const found: Array<{ start: number; end: number } | null> = [];
  const findSeq = (seq: string[]): { start: number; end: number } | null => {
    const { shadow: ex, tokens: t } = state.exact;
    const n = 2 * seq.length;
    if (n === 0) return null;
    outer: for (let i = 0; i + n <= t.length; i += 2) {
      for (let k = 0; k < n; k += 2) {
        const w = seq[k >> 1]!;
        if (t[i + k + 1]! - t[i + k]! !== w.length || !ex.text.startsWith(w, t[i + k])) continue outer;
      }
      return toOriginal(ex, t[i]!, t[i + n - 1]!);
    }
    return null;
  };
  for (const part of p.parts) {
    let hit: { start: number; end: number } | null = null;
    if (p.exact) {
      for (const seq of part.sequences) if ((hit = findSeq(seq))) break;
    } else if (part.regex) {
      const m = part.regex.first(view.text, 0, state.wordStarts(view));
      if (m) hit = toOriginal(view, m[0], m[1]);
    }
    found.push(hit);
  }
  if (found.every(Boolean)) return;
  const insert = p.insert;
  const outdated = p.outdated.map(findSeq).filter((r): r is { start: number; end: number } => r !== null);
  for (const r of outdated) out.push(makeRaw(r, 'outdated', undefined, insert !== undefined ? { text: insert, range: r } : undefined));
  if (outdated.length) return;
  // What to add: the whole wording, or else the parts that can be added safely on their own
  // (a label); nothing when a missing part needs the author's data.
  const missingParts = p.parts.filter((_, i) => !found[i]);
  const partInserts = missingParts.every((x) => x.insert !== undefined) ? missingParts.map((x) => x.insert!).join(' ') : undefined;
  const add = insert ?? partInserts;
  const fix = add === undefined ? undefined : insertion(state.text, add, p.insertAt ?? 'end');
  const partial = found.find(Boolean);
  out.push(partial ? makeRaw(partial, 'incomplete', { missing: missingParts.map((x) => x.id).join(', ') }, fix) : makeRaw(null, 'missing', undefined, fix));
}

function runRuleFunction(cr: CompiledRule, pack: CompiledPack, state: TextState, context: CheckContext, out: Raw[]): void {
  const find = (patterns: readonly Pattern[]) => {
    let re = pack.adhoc.get(patterns);
    if (re === undefined) {
      // Rule functions often pass a fresh array literal on every call: cache by content too.
      const key = patterns.join('\u0001');
      re = pack.adhocByKey.get(key);
      if (re === undefined) {
        // The view may be transliterated: fold the literals the way the pack's patterns are.
        re = pack.alternation(patterns);
        if (pack.adhocByKey.size >= 512) pack.adhocByKey.clear(); // a function inventing lists: stay bounded
        pack.adhocByKey.set(key, re);
      }
      pack.adhoc.set(patterns, re);
    }
    if (!re) return [];
    const view = state.view(pack);
    return state.matches(view, re).map(([s, e]) => toOriginal(view, s, e));
  };
  const results = cr.rule.test!({
    text: state.text,
    context,
    find,
    hasAssetTag: (...tags) => hasAssetTag(context, tags),
  });
  // Into the caller's list, not a `map` copied by checkPack: rule functions return arrays of every
  // elements kind (and an optimized `map` makes holey ones), and each new kind that reached
  // checkPack's copy loop deoptimized checkPack, ~60 ms of TurboFan per recompile, six times in a
  // first pass over unseen posts.
  // Their objects come in as many shapes as there are rule functions: read with `field`.
  // A pack's own code returned them: name the rule, not a failed read inside the engine.
  for (const r of results) {
    if (!isObject(r)) throw badType(`Rule ${cr.rule.id}: test() result`, r, 'an object');
    out.push(makeRaw(field(r, 'range'), field(r, 'variant') ?? 'message', field(r, 'data') || undefined, field(r, 'replacement') || undefined));
  }
}

/**
 * A property of an object of many shapes (a rule function's result, a legal basis). A plain read
 * in checkPack, where these reads are inlined, is optimized for the shapes seen so far, and each
 * new one deoptimized checkPack: three ~140 ms TurboFan recompiles in a first pass over unseen
 * posts. Reflect.get is compiled as a generic read that takes any shape.
 */
const field = <T extends object, K extends keyof T>(o: T, key: K): T[K] => Reflect.get(o, key) as T[K];

function hasAssetTag(context: CheckContext, tags: readonly string[]): boolean {
  return (context.assets ?? []).some((a) => (a.tags ?? []).some((t) => tags.includes(t)));
}

/**
 * Both compares run on every call, an absent date standing for the open end (`asOf` is an ISO
 * date): a compare reached only by the few rules and legal bases with an end date had no feedback
 * in checkPack's optimized code (this is inlined there), and the first such basis deoptimized it.
 */
function inForce(from: string | undefined, until: string | undefined, asOf: string): boolean {
  return asOf >= (from || '') && asOf <= (until || '\uffff');
}

/**
 * Create a checker that compiles its packs once and checks many texts. This is `medad/core`'s
 * version: it knows only the packs you pass (`medad`'s `createBuiltinChecker` uses the built-in ones).
 *
 * @example
 * ```ts
 * import { createChecker } from 'medad/core';
 * import { plPack } from 'medad/packs/pl';
 *
 * const checker = createChecker({ packs: [plPack], locale: 'pl' });
 * const report = checker.check('Jesteśmy nr 1 w implantologii.', {
 *   jurisdictions: ['PL'],
 *   context: { product: 'medical-service' },
 * });
 * ```
 */
export function createChecker(options: CheckerOptions = {}): Checker {
  return makeChecker(options, false);
}

/**
 * `createChecker`, optionally compiling packs on first use instead of here. Internal: `medad`
 * uses it for its built-in packs, whose patterns the test suite compiles, so a process that
 * checks Polish posts never compiles the German and Russian packs. Packs passed in by a caller
 * compile here, so a bad pattern fails at `createChecker`, not in the middle of a batch.
 */
export function makeChecker(options: CheckerOptions, lazy: boolean): Checker {
  const packsOpt = (options as CheckerOptions).packs;
  const registry: Registry = packsOpt === undefined || Array.isArray(packsOpt) ? createRegistry(packsOpt) : packsOpt;
  const { packs: _ignored, ...rest } = options;
  if (rest.messages !== undefined && !isRecord(rest.messages)) {
    throw badType('options.messages', rest.messages, 'an object of catalogs by locale');
  }
  // Locales with messages: the built-in four and any a pack or the checker's `messages` has.
  const locales = [...new Set([...MESSAGE_LOCALES, ...registry.packs().flatMap((p) => Object.keys(p.messages)), ...Object.keys(rest.messages ?? {})])];
  const defaults = validateOptions(rest, CHECKER_KEYS, registry, locales);
  if (!lazy) for (const p of registry.packs()) forceCompiled(p);
  // What each pack's rules do under a set of options (`planOf`), per checker.
  const plans = new Map<string, Map<CompiledPack, Step[]>>();
  const scratch: Scratch = [];

  // Validated on every call, with the same typed errors: only what follows from them is memoized.
  const merged = (callOptions: unknown, base = defaults): CheckOptions => ({ ...base, ...validateOptions(callOptions, OPTION_KEYS, registry, locales) });
  const checkText = (text: unknown, o: CheckOptions): Report => {
    if (typeof text !== 'string') throw badType('text', text, 'a string');
    return runCheck(text, o, registry, lazy, plans, scratch);
  };
  return {
    registry,
    check(text: string, callOptions?: CheckOptions): Report {
      return checkText(text, merged(callOptions));
    },
    checkMany(items: Iterable<string | BatchItem>, batchOptions?: CheckManyOptions): Report[] {
      if (!isObject(items) || typeof (items as Iterable<unknown>)[Symbol.iterator] !== 'function') {
        throw badType('items', items, 'an iterable of texts or { text, options } objects');
      }
      const { onProgress, ...callOptions } = batchOptions ?? {};
      if (onProgress !== undefined && typeof onProgress !== 'function') throw badType('options.onProgress', onProgress, 'a function');
      const batch = merged(callOptions);
      const total = Array.isArray(items) ? items.length : undefined;
      const out: Report[] = [];
      for (const item of items) {
        if (typeof item === 'string') out.push(checkText(item, batch));
        else if (isObject(item) && 'text' in item) {
          out.push(checkText(item.text, merged(item.options, batch)));
        } else throw badType(`items[${out.length}]`, item, 'a string or { text, options }');
        onProgress?.(out.length, total);
      }
      return out;
    },
  };
}

/**
 * Rule ids in code-unit order. Not `localeCompare`: its first call in a process loads the
 * collation data (about 70 ms, most of a first check), and its order depends on the host's locale.
 */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A detector is caller code: a junk answer is a typed error naming it, not a crash further on. */
function detectChecked(detector: LanguageDetector, text: string, report: Report): DetectedLanguage {
  const d = detector(text) as unknown;
  const ok =
    isObject(d) &&
    typeof (d as DetectedLanguage).code === 'string' &&
    typeof (d as DetectedLanguage).confidence === 'number' && Number.isFinite((d as DetectedLanguage).confidence) &&
    ((d as DetectedLanguage).segments === undefined || Array.isArray((d as DetectedLanguage).segments));
  if (!ok) throw new TypeError(`options.detect must return { code: string, confidence: number, segments?: [...] }, got ${JSON.stringify(d)?.slice(0, 120) ?? String(d)}.`);
  report.language = { code: (d as DetectedLanguage).code, confidence: (d as DetectedLanguage).confidence };
  return d as DetectedLanguage;
}

/**
 * A rule under one set of options: whether it is skipped and why, else its severity, and what a
 * text must show to run it. Read for every rule on every check, so from objects of one shape: the
 * rules and their `applies` have a shape each (packs write them as literals), and those reads,
 * megamorphic, with the applicability tests were about half of `check('a')` with the three packs
 * (callgrind: 348 k → 182 k instructions per check once planned).
 */
interface Step {
  cr: CompiledRule;
  index: number;
  skip: SkipReason | undefined;
  severity: Severity;
  sponsoredOnly: boolean | undefined;
  tags: readonly string[] | undefined;
  /** Runs without a hit: a presence check or a rule function. */
  always: unknown;
}

/**
 * A pack's steps for the options that decide them, read back from `runCheck`'s key (`null` for
 * what is not given), so a plan says what the key says: the overrides are the own entries that
 * were validated, not also what a prototype lent, which would make the answer depend on which
 * check made the plan.
 */
const planOf = (cp: CompiledPack, key: string): Step[] => {
  const [asOf, product, audience, rules] = JSON.parse(key) as [string, Product | null, Audience | null, CheckOptions['rules'] | null];
  return cp.rules.map((cr, index): Step => {
    const rule = cr.rule;
    const override = rules?.[rule.id];
    const a = rule.applies ?? {};
    return {
      cr,
      index,
      skip:
        override === 'off' ? 'off'
        : !inForce(a.from, a.until, asOf) ? 'not-in-force'
        : product && a.products?.includes(product) === false ? 'product'
        : a.audiences?.includes(audience ?? 'public') === false ? 'audience'
        : undefined,
      // Unknown product: report, but one step lower, rather than stay silent or cry wolf.
      // (An 'off' rule's severity is never read.)
      severity: (override || (!product && a.products ? LOWER[rule.severity] : rule.severity)) as Severity,
      sponsoredOnly: a.sponsoredOnly,
      tags: rule.assetTags,
      always: cr.presence || rule.test,
    };
  });
};

function runCheck(text: string, o: CheckOptions, registry: Registry, trusted: boolean, plans: Map<string, Map<CompiledPack, Step[]>>, scratch: Scratch): Report {
  const context: CheckContext = o.context ?? {};
  const locale = o.locale ?? 'en';
  const asOf = o.asOf ?? today();
  const explicit = Array.isArray(o.jurisdictions);
  const report: Report = { language: null, jurisdictions: [], routing: { mode: explicit ? 'explicit' : 'none' }, findings: [], skipped: [] };
  if (text.length === 0) {
    if (explicit) report.jurisdictions = [...(o.jurisdictions as string[])];
    else report.routing = { mode: 'none', reason: 'the text is empty' };
    return report;
  }

  let routes: PackRoute[];
  if (explicit) {
    // A jurisdiction named twice is checked once (findings would double otherwise).
    // Pushed into a literal, not made by `map`: optimized, `map` makes holey arrays, and the reads
    // of the routes below met that second array map and deoptimized runCheck.
    routes = [];
    for (const j of new Set(o.jurisdictions as string[])) routes.push({ pack: registry.pack(j) });
    if (o.detect) detectChecked(o.detect, text, report);
  } else {
    const d = detectChecked(o.detect ?? detectLite, text, report);
    const r = routeAuto(text, registry.packs(), d);
    routes = r.routes;
    report.routing = r.routing;
  }
  report.jurisdictions = routes.map((r) => r.pack.jurisdiction);

  const state = new TextState(text, scratch);
  // Keyed by value, not by the options object: a caller may change an object between calls.
  const key = JSON.stringify([asOf, context.product, context.audience, o.rules]);
  if (plans.size > 63) plans.clear();
  for (const { pack, segments } of routes) {
    const cp = getCompiledPack(pack, trusted);
    const findings = checkPack(cp, state, context, o, locale, asOf, report.skipped, memo(plans, key, cp, () => planOf(cp, key)));
    for (const f of findings) {
      // A pack that reads only its runs of a mixed post keeps only findings inside them
      // (document-level findings, such as a missing warning, belong to the main language).
      if (segments && !(f.range && segments.some((s) => s.start <= f.range!.start && f.range!.end <= s.end))) continue;
      report.findings.push(f);
    }
  }
  // Document-level findings (no range) last; two of them differ by Infinity - Infinity = NaN,
  // which is falsy like 0, so the rule id decides.
  report.findings.sort((a, b) => (a.range?.start ?? Infinity) - (b.range?.start ?? Infinity) || byCodeUnits(a.ruleId, b.ruleId));
  return report;
}

function checkPack(
  cp: CompiledPack,
  state: TextState,
  context: CheckContext,
  o: CheckOptions,
  locale: string,
  asOf: string,
  skipped: Report['skipped'],
  plan: Step[],
): Finding[] {
  const view = state.view(cp);
  let hits: Array<number[] | undefined> | undefined;
  let sponsored: boolean | undefined;
  const out: Finding[] = [];
  // A caller's catalog may hold more than messages (`ui`); lookup reads string entries only.
  const catalogs = [cp.pack.messages, (o as CheckerOptions).messages as Record<string, MessageCatalog> | undefined];

  for (const st of plan) {
    const reason = st.skip || (st.sponsoredOnly && !(sponsored ??= context.sponsored || !!cp.sponsorship?.first(view.text, 0, state.wordStarts(view))) && 'not-sponsored');
    if (reason) {
      skipped.push({ ruleId: st.cr.rule.id, reason });
      continue;
    }
    // Scanned for the first rule that runs, with or without patterns: every pack has them.
    const h = (hits ??= scan(cp, view, state.wordStarts(view)))[st.index];
    const assetHit = st.tags && hasAssetTag(context, st.tags);
    // Most rules have no trigger in most posts: settle that before the (dearer) `when` list.
    if (!h && !assetHit && !st.always) continue;
    const cr = st.cr;
    const rule = cr.rule;
    if (cr.when && !state.some(view, cr.when)) continue;
    if (cr.unless && state.some(view, cr.unless)) continue;

    const raws: Raw[] = [];
    if (h) filterHits(cr, cp, state, view, h, raws);
    if (assetHit) raws.push(makeRaw(null, 'asset'));
    if (cr.presence) presenceFindings(cr, state, view, raws);
    if (rule.test) runRuleFunction(cr, cp, state, context, raws);
    // Most rules whose words occur keep no hit (allowed, negated, quoted).
    if (raws.length === 0) continue;
    const basis = basisFor(rule.legalBasis, context.product, asOf);
    for (const raw of dedupe(raws)) out.push(toFinding(rule, raw, st.severity, catalogs, state, locale, context, basis));
  }

  // When the ad may not be made at all, the fix is not to publish, not to add a warning.
  if (out.some((f) => BANS.has(f.category))) return out.filter((f) => !MISSING.has(f.category));
  return out;
}

/**
 * The bases that govern this finding: those for the declared product (all, when none is declared)
 * and in force on `asOf`. Falls back to the full list rather than cite nothing.
 */
function basisFor(all: LegalBasis[], product: Product | undefined, asOf: string): LegalBasis[] {
  // One loop for every rule, with every read in it done for every basis: this is inlined into
  // checkPack, and a path that only conditional bases took (a `some`, then a `filter`, then a read
  // of the declared product) had no feedback there, so the first such basis deoptimized checkPack.
  const kept: LegalBasis[] = [];
  for (const b of all) {
    const products = field(b, 'products');
    if (inForce(field(b, 'from'), field(b, 'until'), asOf) && (!products || product === undefined || products.includes(product))) kept.push(b);
  }
  return kept.length > 0 && kept.length < all.length ? kept : all;
}

function dedupe(raws: Raw[]): Raw[] {
  const ranged = raws.filter((r) => r.range).sort((a, b) => a.range!.start - b.range!.start || b.range!.end - a.range!.end);
  const kept: Raw[] = [];
  for (const r of ranged) {
    const prev = kept[kept.length - 1];
    if (prev && prev.range!.end > r.range!.start) continue; // overlaps a longer or earlier hit of the same rule
    kept.push(r);
  }
  const doc = raws.find((r) => !r.range);
  return doc && kept.length === 0 ? [doc] : kept;
}

function toFinding(
  rule: CompiledRule['rule'],
  raw: Raw,
  severity: Severity,
  catalogs: ReadonlyArray<Record<string, MessageCatalog> | undefined>,
  state: TextState,
  locale: string,
  context: CheckContext,
  legalBasis: LegalBasis[],
): Finding {
  const messageId = rule.messageId ?? rule.id;
  const excerpt = raw.range ? state.text.slice(raw.range.start, raw.range.end) : '';
  const channel = context.channel;
  const data = young({ match: excerpt, channel: channel ?? '', ...raw.data });
  // Most specific first: the variant for this channel (i18next's context suffix), the variant, the
  // message ("message" twice when it is the variant: the second lookup finds what the first did).
  const entry = lookupEntry(catalogs, locale, messageId, channel ? [`${raw.variant}_${channel}`, raw.variant, 'message'] : [raw.variant, 'message']);
  const suggestionText = lookupEntry(catalogs, locale, messageId, ['suggestion'])?.text;
  const suggestions: Suggestion[] = Array.of();
  if (suggestionText !== undefined || raw.replacement) {
    suggestions.push(young({
      message: interpolate(suggestionText ?? '', data),
      ...(raw.replacement ? { replacement: raw.replacement.text, range: raw.replacement.range } : {}),
    }));
  }
  // A document-level finding is at 1:1, where offset 0 is.
  const pos = state.lineColumn(raw.range?.start ?? 0);
  return young({
    ruleId: rule.id,
    category: rule.category,
    jurisdiction: rule.jurisdiction,
    severity,
    range: raw.range,
    line: pos.line,
    column: pos.column,
    excerpt,
    message: entry !== undefined ? interpolate(entry.text, data) : messageId,
    messageId,
    messageVariant: entry?.variant ?? raw.variant,
    messageData: data,
    legalBasis,
    suggestions,
  });
}

/**
 * A copy of a finding's object that V8 cannot allocate in its old generation.
 * Why (V8's allocation-site pretenuring): an object or array literal is an allocation site, and
 * V8 decides once per site, at the first scavenge that sees ≥100 of its objects made since the
 * last one, ≥85 % of them alive and new space at its maximum size, to allocate all of its later
 * objects in old space. A pack's first checks compile patterns lazily, so one check spans several
 * scavenges while its findings are all alive: in about half the fresh processes those sites were
 * tenured. Each later finding was then born old, kept its young strings and sub-objects alive
 * through scavenges (old-to-new references are roots until a mark-compact), and those were
 * promoted: 155 MB promoted over the bench's 10,000 posts instead of 25, RSS ~185 MB instead of
 * ~132. A copy (`{ ...o }`, `Array.of()`, `new`) has no site, and the literal it copies dies at
 * once, so its site is never tenured. Not a literal, and not `{ ...null, … }` (minifiers drop it).
 */
const young = <T>(o: T): T => ({ ...o });

export { wordingTokens };

