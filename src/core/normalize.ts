/**
 * The normalized "shadow" of a text, on which all patterns match.
 *
 * Copy-writers (and people who want to slip past a checker) write the same word in many
 * ways: upper case, without Polish diacritics, with a soft hyphen or zero-width space
 * inside, with a Latin "a" inside a Cyrillic word, with full-width letters, l e t t e r
 * s p a c e d. The shadow folds all of that away, and keeps for every shadow character
 * the UTF-16 range of the original text it came from, so findings point into the text the
 * caller gave.
 */

export interface Shadow {
  /** The folded text. */
  readonly text: string;
  /** For each shadow UTF-16 unit: start of the original code point(s) it came from. */
  readonly starts: Int32Array;
  /** For each shadow UTF-16 unit: end (exclusive) of the original code point(s) it came from. */
  readonly ends: Int32Array;
}

export interface FoldOptions {
  /** Remove diacritics (ą→a, ö→o, й→и, ё→е). Off for word-for-word checks of mandatory wordings. */
  diacritics: boolean;
}

// Invisible characters that change nothing a reader sees but break naive matching:
// soft hyphen, combining grapheme joiner, Arabic letter mark, zero-width space/joiners, LRM/RLM,
// bidi embeddings and isolates, word joiner and invisible operators, BOM.
const INVISIBLE = /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/u;
// The core's regexes with \p{…} are made from strings: V8 checks a regex literal when it parses the
// module, asking ICU for each property's set, and parses it again when it is made (issue 11, cold start).
// Each `\p{…}` costs an ICU lookup whenever the regex is made or compiled, so there are as few as the
// tests need: MARKS also answers "is this one code point a mark" (`search`, which starts at 0 and
// restores lastIndex), and one regex says letter (group 1) or digit. Those a check may never need
// (letter spacing, emoji, detectLite) are made on first use.
const MARKS = RegExp('\\p{M}+', 'gu');
const LETTER_OR_NUMBER = RegExp('(\\p{L})|\\p{N}', 'u');

// Letters that Unicode decomposition does not fold but readers treat as their base letter.
const SPECIAL_FOLDS: Record<string, string> = {
  'ł': 'l',
  'ß': 'ss',
  'đ': 'd',
  'ø': 'o',
  'ı': 'i',
  'æ': 'ae',
  'œ': 'oe',
  'ħ': 'h',
};

// Small capitals (phonetic letters that Unicode does not decompose) read as the letters they show:
// "ɴᴀᴊʟᴇᴘꜱᴢʏ" is "najlepszy". No language of the packs writes with them.
const SMALL_CAPS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ';
/** What each of SMALL_CAPS reads as (a string each, as the word lists are: fewer bytes than an object). */
const SMALL_CAP_LETTERS = 'abcdefghijklmnoprstuvwyz';

/** Fold one code point (as a string) the way both patterns and texts are folded. */
export function foldCodePoint(ch: string, opts: FoldOptions): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const small = ch.length === 1 ? SMALL_CAPS.indexOf(ch) : -1;
  if (small >= 0) return SMALL_CAP_LETTERS[small]!;
  let s = ch.normalize(opts.diacritics ? 'NFKD' : 'NFKC');
  if (opts.diacritics) s = s.replace(MARKS, '');
  s = s.toLowerCase();
  if (opts.diacritics) {
    let out = '';
    for (const c of s) out += SPECIAL_FOLDS[c] ?? c;
    s = out;
  } else {
    // Russian writes е for ё freely; the law's wordings do not depend on it.
    s = s.replace(/ё/gu, 'е');
  }
  return s;
}

/**
 * Fold a short string (a pattern literal) with the same rules as the text: `normalizeText(s).text`.
 * Compiling a pack folds thousands of literals, so the common case skips the offset maps: the
 * per-code-point pass alone, which is all `normalizeText` does to a string without spaces,
 * combining marks, Greek letters or both Latin and Cyrillic ones. Any of those takes the full path.
 */
export function foldString(s: string, opts: FoldOptions): string {
  const table = tables[opts.diacritics ? 1 : 0];
  // Most literals are folded already: a run of units that stay is copied by one slice (or is `s`
  // itself), not appended unit by unit (first RU check: this function's garbage 3.0 → 1.6 MB,
  // ~10 % fewer instructions). ASCII keeps its own branch: merged, PL took ~6 % more.
  let out = '';
  let from = 0;
  let latin = false;
  let cyrillic = false;
  for (let i = 0; i < s.length; ) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      const low = code >= 65 && code <= 90 ? code + 32 : code;
      if (low === 0x20) return normalizeText(s, opts).text;
      if (low >= 97 && low <= 122) latin = true;
      if (low !== code) (out += s.slice(from, i) + String.fromCharCode(low)), (from = i + 1);
      i++;
      continue;
    }
    // A pair decodes to its code point; a lone surrogate stays itself.
    const cp = s.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const v = foldEntry(table, cp);
    if (v === COMBINING || (v >= 0x370 && v <= 0x3ff)) return normalizeText(s, opts).text;
    // DROP: invisible characters leave nothing.
    const to = v >= 0 ? String.fromCharCode(v) : v === MULTI ? table.multi.get(cp)! : '';
    for (let k = 0; k < to.length; k++) {
      const u = to.charCodeAt(k);
      if (u === 0x20 || u === 0xa0) return normalizeText(s, opts).text;
      if (u >= 97 && u <= 122) latin = true;
      else if (u >= 0x400 && u <= 0x4ff) cyrillic = true;
    }
    if (v !== cp) (out += s.slice(from, i) + to), (from = i + len);
    i += len;
  }
  return latin && cyrillic ? normalizeText(s, opts).text : from === 0 ? s : out + s.slice(from);
}

// ---- per-code-point tables -------------------------------------------------------------------
// The hot loop must not call `normalize()` or test a regex per character. What a code point
// folds to is a pure function of the code point, so it is computed once (on first sight) and
// kept in blocks of 256: a memo of a pure function, invisible to callers, bounded by Unicode.
// Entry ≥ 0: the code point folds to this single UTF-16 unit. Negative: see below.
const UNSEEN = -1;
const DROP = -2; // invisible: removed
const COMBINING = -3; // a combining mark: joins the letter before it
const MULTI = -4; // folds to several units (ß → ss) or to nothing: see `multi`

interface FoldTable {
  opts: FoldOptions;
  blocks: Int32Array[];
  multi: Map<number, string>;
}
// Every block of Unicode starts as one shared, never written block of UNSEEN entries, replaced on
// its first miss: with holes, a text's first code point of a new block took a branch without
// feedback and deoptimized the hot loop the lookup is inlined into.
const NO_FOLDS = new Int32Array(256).fill(UNSEEN);
const foldTable = (diacritics: boolean): FoldTable => ({ opts: { diacritics }, blocks: Array(0x1100).fill(NO_FOLDS), multi: new Map() });
const tables = [foldTable(false), foldTable(true)] as const;

function classify(table: FoldTable, cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (INVISIBLE.test(ch)) return DROP;
  if (!ch.search(MARKS)) return COMBINING;
  const folded = foldCodePoint(ch, table.opts);
  if (folded.length === 1) return folded.charCodeAt(0);
  table.multi.set(cp, folded);
  return MULTI;
}

function foldEntry(table: FoldTable, cp: number): number {
  const hi = cp >>> 8;
  let block = table.blocks[hi]!;
  let v = block[cp & 0xff]!;
  if (v === UNSEEN) {
    if (block === NO_FOLDS) block = table.blocks[hi] = new Int32Array(256).fill(UNSEEN);
    v = block[cp & 0xff] = classify(table, cp);
  }
  return v;
}

// In bounds only (out of bounds, `charCodeAt` is NaN, which deoptimized the callers), and both units
// in one compare of their top six bits (high 0x36, low 0x37): a second compare, reached only after
// a low surrogate, had no feedback and deoptimized the callers on the first emoji.
/** Whether `s[i]` is the second half of a surrogate pair (a match or a word never starts there). */
export const isLowSurrogateAfterHigh = (s: string, i: number): boolean =>
  i > 0 && i < s.length && (((s.charCodeAt(i - 1) >> 10) << 6) | (s.charCodeAt(i) >> 10)) === ((0x36 << 6) | 0x37);

// Word-character class of a code point (bit 1: letter, bit 2: digit), memoized the same way.
const UNSEEN_CLASS = 0x80;
const NO_CLASSES = new Uint8Array(256).fill(UNSEEN_CLASS);
const classBlocks: Uint8Array[] = Array(0x1100).fill(NO_CLASSES);
function charClass(cp: number): number {
  if (cp < 0x80) return (cp | 32) >= 97 && (cp | 32) <= 122 ? 1 : cp >= 48 && cp <= 57 ? 2 : 0;
  const hi = cp >>> 8;
  let block = classBlocks[hi]!;
  let v = block[cp & 0xff]!;
  if (v === UNSEEN_CLASS) {
    if (block === NO_CLASSES) block = classBlocks[hi] = new Uint8Array(256).fill(UNSEEN_CLASS);
    // A lone surrogate is neither letter nor digit.
    const ch = cp >= 0xd800 && cp <= 0xdfff ? '' : String.fromCodePoint(cp);
    const m = LETTER_OR_NUMBER.exec(ch);
    v = block[cp & 0xff] = m ? (m[1] ? 1 : 2) : 0;
  }
  return v;
}

/** Code point of the character that ends just before `i` (0 at the start). */
export function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const lo = s.charCodeAt(i - 1);
  if ((lo & 0xfc00) === 0xdc00 && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if ((hi & 0xfc00) === 0xd800) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}
export const isWordCp = (cp: number): boolean => cp >= 0 && charClass(cp) !== 0;
/** `\p{L}` / `\p{N}` of a code point, from the same memoized table (for the matcher in rx.ts). */
export const isLetterCp = (cp: number): boolean => cp >= 0 && (charClass(cp) & 1) !== 0;
export const isNumberCp = (cp: number): boolean => cp >= 0 && (charClass(cp) & 2) !== 0;
/** Whether the character before / at UTF-16 index `i` of `s` is a letter or digit. */
export const wordBefore = (s: string, i: number): boolean => isWordCp(codePointBefore(s, i));
export const wordAt = (s: string, i: number): boolean => i < s.length && isWordCp(s.codePointAt(i)!);

// ---- the shadow builder ----------------------------------------------------------------------
// Standard in browsers, Node, Deno and workers; typed here because the core's lib has no DOM.
type Utf16Decoder = { decode(units: Uint16Array): string };
const Decoder = (globalThis as { TextDecoder?: new (label: string, o: { ignoreBOM: boolean }) => Utf16Decoder }).TextDecoder;
const UTF16: Utf16Decoder | undefined = Decoder ? new Decoder('utf-16le', { ignoreBOM: true }) : undefined;

/** Growable parallel arrays: shadow units and, for each, its original range. */
export class Builder {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.units = new Uint16Array(c);
    this.starts = new Int32Array(c);
    this.ends = new Int32Array(c);
  }
  /** Whether a surrogate unit was pushed (then a lone one may be among them). */
  surrogates = false;
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    // Stored on every push until the first surrogate: a store reached only by the first emoji had
    // no feedback and deoptimized every function this is inlined into.
    this.surrogates ||= (unit & 0xf800) === 0xd800;
    const k = this.length++;
    this.units[k] = unit;
    this.starts[k] = start;
    this.ends[k] = end;
  }
  private grow(): void {
    const c = this.units.length * 2;
    const u = new Uint16Array(c);
    u.set(this.units);
    const s = new Int32Array(c);
    s.set(this.starts);
    const e = new Int32Array(c);
    e.set(this.ends);
    this.units = u;
    this.starts = s;
    this.ends = e;
  }
  text(from = 0, to = this.length): string {
    // A UTF-16 decoder is the fastest way from units to a string, but it would replace lone
    // surrogates with U+FFFD, so it is used only when there are no surrogates at all.
    if (UTF16 && !this.surrogates && to - from > 64) return UTF16.decode(this.units.subarray(from, to));
    let out = '';
    // Chunks keep `fromCharCode.apply` under engines' argument limits.
    for (let k = from; k < to; k += 8192) {
      out += String.fromCharCode.apply(null, this.units.subarray(k, Math.min(to, k + 8192)) as unknown as number[]);
    }
    return out;
  }
  finish(text?: string): Shadow {
    return { text: text ?? this.text(), starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
  }
}

// Look-alike letters (lower-cased, as the shadow holds them). Cyrillic and Greek capitals that
// look Latin (В Н М Т К, Β Η Κ Μ Ν Τ Υ) lower-case to letters that do not, so the maps hold the
// lower-case forms of what the capitals look like.
// Each map is `look-alike → letter` pairs, two letters per space-separated item.
const LATIN_TO_CYRILLIC = 'aа bв cс eе hн kк mм oо pр tт xх yу';
const CYRILLIC_TO_LATIN = 'аa вb сc еe нh кk мm оo рp тt хx уy іi јj ѕs';
const GREEK_TO_LATIN = 'αa βb εe ζz ηh ιi κk μm νn οo ρp τt υy χx ϲc';
const GREEK_TO_CYRILLIC = 'αа βв εе ηн κк μм οо ρр τт υу χх ϲс';
const toCodes = (...ts: string[]): Map<number, number> =>
  new Map(ts.flatMap((t) => t.split(' ').map((p) => [p.charCodeAt(0), p.charCodeAt(1)] as const)));
/** Every letter a word may hold to be read as Cyrillic (a Cyrillic letter stays itself). */
const TO_CYR = toCodes(LATIN_TO_CYRILLIC, GREEK_TO_CYRILLIC);
const TO_LAT = toCodes(CYRILLIC_TO_LATIN, GREEK_TO_LATIN);
const isLatinUnit = (u: number): boolean => u >= 97 && u <= 122;
const isCyrillicUnit = (u: number): boolean => u >> 8 === 4; // U+0400–U+04FF in one test (see isWordUnit)
const isGreekUnit = (u: number): boolean => u >= 0x370 && u <= 0x3ff;

const enum Script {
  Other = 0,
  Latin = 1,
  Cyrillic = 2,
}
/** One word of the shadow, and which scripts it can be read in. */
interface LookWord {
  from: number;
  to: number;
  /** Its letters are all of one script (Latin or Cyrillic) already. */
  pure: Script;
  /** Every letter is Latin or has a Latin look-alike; the same for Cyrillic. */
  canLat: boolean;
  canCyr: boolean;
  mixed: boolean;
  lat: number;
  cyr: number;
}

/** How many words on each side, in the same sentence, decide the script of an ambiguous word. */
const CONTEXT_WORDS = 6;

/**
 * Fold look-alike letters so that each word reads in one script (1:1, so the maps stay valid).
 * A word that mixes scripts, or one written wholly in look-alikes of the other script, is read
 * in the script that can spell it: "ВЕSТЕ" (Cyrillic В, Е, Т) has a Latin S, which Cyrillic
 * cannot spell, so it reads as Latin "beste". When both scripts could spell the word, the words
 * around it decide (the same sentence, up to six words each side), then the word's own majority.
 * A real Russian or Polish word among words of its own script is never touched.
 */
export function foldLookalikes(b: Builder): void {
  const u = b.units;
  const n = b.length;
  const words: LookWord[] = [];
  const sentenceOf: number[] = [];
  let sentence = 0;
  for (let i = 0; i < n; ) {
    if (!isWordUnit(u, i, n)) {
      // The context is the sentence: a line break, or . ! ? … before a space, ends it (a Russian
      // sentence next to one written in Latin letters must not flip «тонометр» to "tohometp").
      const c = u[i]!;
      if (c === 10 || ((c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) && i + 1 < n && isSpaceUnit(u[i + 1]!))) sentence++;
      i++;
      continue;
    }
    const w: LookWord = { from: i, to: i, pure: Script.Other, canLat: true, canCyr: true, mixed: false, lat: 0, cyr: 0 };
    let grk = 0;
    let other = 0;
    let j = i;
    while (j < n && isWordUnit(u, j, n)) {
      const c = u[j]!;
      if (isLatinUnit(c)) {
        w.lat++;
        if (!TO_CYR.has(c)) w.canCyr = false;
      } else if (isCyrillicUnit(c)) {
        w.cyr++;
        if (!TO_LAT.has(c)) w.canLat = false;
      } else if (isGreekUnit(c)) {
        grk++;
        if (!TO_LAT.has(c)) w.canLat = false;
        if (!TO_CYR.has(c)) w.canCyr = false;
      } else if (c > 0x7f) other++;
      j += (c & 0xfc00) === 0xd800 && j + 1 < n ? 2 : 1;
    }
    w.to = j;
    w.mixed = (w.lat > 0 ? 1 : 0) + (w.cyr > 0 ? 1 : 0) + (grk > 0 ? 1 : 0) > 1;
    if (!w.mixed && grk === 0 && other === 0) w.pure = w.lat > 0 ? Script.Latin : w.cyr > 0 ? Script.Cyrillic : Script.Other;
    words.push(w);
    sentenceOf.push(sentence);
    i = j;
  }
  // Evidence for the context: pure words the other script could not spell ("klinika", "лучшая").
  const evidence = (w: LookWord): Script =>
    w.pure === Script.Latin && !w.canCyr ? Script.Latin : w.pure === Script.Cyrillic && !w.canLat ? Script.Cyrillic : Script.Other;
  const context = (k: number): Script => {
    let lat = 0;
    let cyr = 0;
    for (let d = 1; d <= CONTEXT_WORDS; d++) {
      for (const q of [k - d, k + d]) {
        if (q < 0 || q >= words.length || sentenceOf[q] !== sentenceOf[k]) continue;
        const e = evidence(words[q]!);
        if (e === Script.Latin) lat++;
        else if (e === Script.Cyrillic) cyr++;
      }
    }
    return lat > cyr ? Script.Latin : cyr > lat ? Script.Cyrillic : Script.Other;
  };
  words.forEach((w, k) => {
    let to: Script = Script.Other;
    if (w.mixed) {
      if (w.canLat && !w.canCyr) to = Script.Latin;
      else if (w.canCyr && !w.canLat) to = Script.Cyrillic;
      else to = context(k) || (w.cyr >= w.lat ? Script.Cyrillic : Script.Latin);
    } else if (w.to - w.from >= 3 && w.pure === Script.Cyrillic && w.canLat) {
      // A whole word in Cyrillic look-alikes ("ВЕЅТЕ" in a German post): only the context can
      // tell, and only a clear one flips it. Not the other way: a Latin word among Russian ones
      // is more often Russian in Latin letters ("tebe"), which the RU pack transliterates.
      const c = context(k);
      if (c !== Script.Other && c !== w.pure) to = c;
    } else if (!w.mixed && w.pure === Script.Other && (w.canLat || w.canCyr) && w.lat + w.cyr === 0 && w.to > w.from) {
      // A word of Greek letters only: Greek is no pack's language, read it as its look-alikes.
      to = context(k) || (w.canLat ? Script.Latin : Script.Cyrillic);
      if ((to === Script.Latin && !w.canLat) || (to === Script.Cyrillic && !w.canCyr)) to = w.canLat ? Script.Latin : Script.Cyrillic;
    }
    if (to === Script.Other) return;
    const table = to === Script.Latin ? TO_LAT : TO_CYR;
    for (let q = w.from; q < w.to; q++) u[q] = table.get(u[q]!) ?? u[q]!;
  });
}
/**
 * Whether the code point starting at unit `i` is a letter or digit.
 * Ranges here and in the hot loops of the core are tested with one operation where they can be
 * (`(c & 0xfc00) === 0xd800`, `(c | 32) >= 97`): the second compare of `c >= 65 && c <= 90` or
 * `c >= 0xd800 && c <= 0xdbff` runs only for rare characters, so V8 optimized it without feedback,
 * and the first "_" or emoji after that deoptimized the function and those it was inlined into
 * (five in evasion.ts), each recompiled during a first pass over unseen posts.
 */
export function isWordUnit(u: Uint16Array, i: number, n: number): boolean {
  const c = u[i]!;
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if ((c & 0xfc00) === 0xd800 && i + 1 < n) {
    const lo = u[i + 1]!;
    if ((lo & 0xfc00) === 0xdc00) return isWordCp(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
  }
  return isWordCp(c);
}

// Four or more single letters separated by single spaces: "n a j l e p s z y". Made when a text
// first passes `mayBeLetterSpaced`: its six `\p{…}` were paid at every import for texts that rarely come.
let letterSpaced: RegExp | undefined;
const isSpaceUnit = (c: number): boolean => c === 0x20 || c === 0xa0;

/** Cheap necessary condition for letter spacing: "␠x␠y␠" somewhere (x, y letters). */
function mayBeLetterSpaced(b: Builder): boolean {
  const u = b.units;
  for (let k = 0; k + 4 < b.length; k++) {
    if (isSpaceUnit(u[k]!) && isSpaceUnit(u[k + 2]!) && isSpaceUnit(u[k + 4]!) && charClass(u[k + 1]!) & 1 && charClass(u[k + 3]!) & 1) {
      return true;
    }
  }
  return false;
}

/** Cluster size (UTF-16 units) beyond which further combining marks start their own cluster. */
const MAX_CLUSTER = 32;

/**
 * Build the shadow of `text`. Linear in the length of the text: one pass with table lookups
 * (ASCII and already-seen code points never touch `normalize()` or a regex), then two cheap
 * passes for look-alikes and letter spacing that run only when the text can need them.
 */
export function normalizeText(text: string, opts: FoldOptions): Shadow {
  const b = new Builder(text.length + 8);
  const mixed = foldInto(b, text, opts);
  // Letter spacing first, so that look-alikes spread over spaced letters ("Г a р a н т …") are
  // folded as the one word they become.
  const joined = mayBeLetterSpaced(b) ? collapseLetterSpacing(b) : b;
  if (mixed) foldLookalikes(joined);
  return joined.finish();
}

/**
 * The per-code-point pass of `normalizeText`; whether the text mixes scripts. A function of its
 * own: V8 runs its loop as on-stack-replaced code, and the calls after the loop, when they were
 * in it, had no feedback there, so every mixed-script text deoptimized it (~49 a pass, steady
 * state included).
 */
function foldInto(b: Builder, text: string, opts: FoldOptions): boolean {
  const n = text.length;
  const table = tables[opts.diacritics ? 1 : 0];
  let clusterFrom = 0;
  let latin = false;
  let cyrillic = false;
  let greek = false;

  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      clusterFrom = b.length;
      const low = code >= 65 && code <= 90 ? code + 32 : code;
      if (low >= 97 && low <= 122) latin = true;
      b.push(low, i, i + 1);
      i++;
      continue;
    }
    // A pair decodes to its code point; a lone surrogate stays itself.
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const v = foldEntry(table, cp);
    if (v >= 0) {
      clusterFrom = b.length;
      if (v >= 97 && v <= 122) latin = true;
      else if (v >= 0x400 && v <= 0x4ff) cyrillic = true;
      else if (v >= 0x370 && v <= 0x3ff) greek = true;
      b.push(v, i, i + len);
    } else if (v === COMBINING) {
      // A combining mark belongs to the letter before it: widen that letter's range, drop the mark
      // (with diacritic folding) or keep it composed (without).
      if (b.length - clusterFrom > MAX_CLUSTER) clusterFrom = b.length; // hundreds of stacked marks: stay linear
      for (let k = clusterFrom; k < b.length; k++) b.ends[k] = i + len;
      // Stress marks on Cyrillic vowels (учебник-style "приме́нение") are not spelling: dropped even
      // when diacritics are kept, so mandatory wordings still compare equal.
      const stress = (cp === 0x301 || cp === 0x300) && b.length > clusterFrom && isCyrillicUnit(b.units[b.length - 1]!);
      if (!opts.diacritics && b.length > clusterFrom && !stress) {
        const composed = (b.text(clusterFrom) + text.slice(i, i + len)).normalize('NFKC');
        const origStart = b.starts[clusterFrom]!;
        b.length = clusterFrom;
        for (let k = 0; k < composed.length; k++) b.push(composed.charCodeAt(k), origStart, i + len);
      }
    } else if (v === MULTI) {
      clusterFrom = b.length;
      const folded = table.multi.get(cp)!;
      for (let k = 0; k < folded.length; k++) {
        const u = folded.charCodeAt(k);
        if (u >= 97 && u <= 122) latin = true;
        else if (u >= 0x400 && u <= 0x4ff) cyrillic = true;
        b.push(u, i, i + len);
      }
    }
    // DROP: invisible characters leave nothing, and the cluster stays open for a following mark.
    i += len;
  }
  return (latin && cyrillic) || greek;
}

/** Drop the spaces between letter-spaced letters ("n a j l e p s z y"); this changes the maps. */
function collapseLetterSpacing(b: Builder): Builder {
  const shadow = b.text();
  const out = new Builder(b.length);
  let last = 0;
  // matchAll runs a copy: the regex keeps no lastIndex between texts.
  for (const m of shadow.matchAll((letterSpaced ??= RegExp('(?<![\\p{L}\\p{N}])(?:\\p{L}[ \\u00A0]){3,}\\p{L}(?![\\p{L}\\p{N}])', 'gu')))) {
    for (let k = last; k < m.index; k++) out.push(b.units[k]!, b.starts[k]!, b.ends[k]!);
    for (let k = m.index; k < m.index + m[0].length; k++) {
      if (!isSpaceUnit(b.units[k]!)) out.push(b.units[k]!, b.starts[k]!, b.ends[k]!);
    }
    last = m.index + m[0].length;
  }
  if (last === 0) return b;
  for (let k = last; k < b.length; k++) out.push(b.units[k]!, b.starts[k]!, b.ends[k]!);
  return out;
}

/** Map a shadow range back to the original text. */
export function toOriginal(shadow: Shadow, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < shadow.starts.length ? shadow.starts[start]! : (shadow.ends[shadow.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: shadow.starts[start]!, end: shadow.ends[end - 1]! };
}

// Simple transliteration of Russian written in Latin letters ("luchshaya klinika"), longest
// sequences first. Used only by packs that ask for it.
// Written as `latin=cyrillic` pairs in one string (a smaller engine than an array of pairs). The
// shadow folds й to и, so the transliteration emits the folded letter too (iya=ия).
const TRANSLIT = (
  'shch=щ sch=щ zh=ж kh=х ts=ц ch=ч sh=ш iya=ия iye=ие iyu=ию iyo=ие yu=ю ya=я yo=е ye=е ' +
  'iy=ии yy=ыи ij=ии a=а b=б v=в g=г d=д e=е z=з i=и j=и k=к l=л m=м n=н o=о p=п r=р s=с ' +
  "t=т u=у f=ф h=х c=к y=ы w=в x=кс q=к '=ь"
).split(' ').map((p) => p.split('=') as [string, string]);
// Candidates by the char code of their first letter, in table order (longest first).
const TRANSLIT_BY_FIRST: Array<Array<[string, string]> | undefined> = [];
for (const pair of TRANSLIT) (TRANSLIT_BY_FIRST[pair[0].charCodeAt(0)] ??= []).push(pair);
const VOWELS = 'aeiouy';
/** Prefixes in -с before which "sch" is с + ч (ис-, рас-, бес-, вос-, нис-, черес-), without their с. */
const SCH_PREFIXES = new Set('i ra be vo ni chere'.split(' '));
const isLatinOrApostrophe = (c: number): boolean => (c >= 97 && c <= 122) || c === 39;
/** Whether the "y" at `k` of the word `t[p, end)` is й: after a vowel and before a consonant. */
function yIsI(t: string, p: number, k: number, end: number): boolean {
  const afterVowel = k > p && 'aeou'.includes(t[k - 1]!);
  const beforeVowel = k + 1 < end && VOWELS.includes(t[k + 1]!);
  return afterVowel && !beforeVowel;
}
const Y_AS_I: [string, string] = ['y', 'и'];
/**
 * Whether the word from `p` has an "sch" at `k` that is с + ч, not щ ("pomosch'", "esche"): where a
 * prefix in -с meets a root in ч- ("ischeznut", "raschet", "beschislennye") or -с meets the suffix
 * -чик ("podpischik"). Every test runs on every call (see transliterateRu).
 */
function schIsSC(t: string, p: number, k: number): boolean {
  const sch = t.startsWith('sch', k);
  const prefix = SCH_PREFIXES.has(t.slice(p, k));
  const suffix = t.startsWith('ik', k + 3);
  return sch && (prefix || suffix);
}

/**
 * A view of a shadow in which Latin-letter words are transliterated to Cyrillic. A word is a run
 * of a–z and apostrophes ending in a letter, between non-letters (as the regex
 * `(?<![\p{L}\p{N}])[a-z']*[a-z](?![\p{L}\p{N}])` would find it, but in one linear pass).
 */
export function transliterateRu(shadow: Shadow): Shadow {
  const t = shadow.text;
  const n = t.length;
  if (!/[a-z]/.test(t)) return shadow;
  const b = new Builder(n + (n >> 3) + 8);
  let last = 0;
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) b.push(t.charCodeAt(k), shadow.starts[k]!, shadow.ends[k]!);
  };
  for (let p = 0; p < n; ) {
    if (!isLatinOrApostrophe(t.charCodeAt(p)) || wordBefore(t, p)) {
      p++;
      continue;
    }
    let runEnd = p;
    while (runEnd < n && isLatinOrApostrophe(t.charCodeAt(runEnd))) runEnd++;
    // The longest word in the run: it ends on a letter followed by a non-word character
    // (an apostrophe inside the run, or whatever follows the run).
    let end = -1;
    for (let e = runEnd; e > p; e--) {
      if (t.charCodeAt(e - 1) === 39) continue;
      if (e < runEnd ? t.charCodeAt(e) === 39 : !wordAt(t, e)) {
        end = e;
        break;
      }
    }
    if (end < 0) {
      // No word starts anywhere in this run (every later start would end the same way).
      p = runEnd;
      continue;
    }
    // A closing apostrophe after a consonant is a soft sign ("ubrat'" = убрать), not a quote,
    // unless the word also opened with one ('klinika').
    const opened = t.charCodeAt(p) === 39;
    if (end + 1 === runEnd && t.charCodeAt(end) === 39 && !opened && !VOWELS.includes(t[end - 1]!) && !wordAt(t, runEnd)) {
      end = runEnd;
    }
    // Opening apostrophes are quotes: they stay as they are.
    while (t.charCodeAt(p) === 39) p++;
    copy(last, p);
    for (let k = p; k < end; ) {
      // Every a–z and the apostrophe have a one-letter entry (the last), so the search always ends.
      const candidates = TRANSLIT_BY_FIRST[t.charCodeAt(k)]!;
      const single = candidates.length - 1;
      // An "sch" read as с + ч takes the one-letter entry ("s" = с), a "y" read as й takes Y_AS_I.
      // Both are asked at every "s" or "y", and go through the same code as every letter: branches
      // taken only after an "sch" or a "y" as й had no feedback when V8 optimized this function,
      // and the first of each in a process deoptimized it (a TurboFan recompile of this function
      // and all it inlines).
      let c = t.charCodeAt(k) === 115 && schIsSC(t, p, k) ? single : 0;
      while (c < single) {
        const lat = candidates[c]![0];
        if (k + lat.length <= end && t.charCodeAt(k + 1) === lat.charCodeAt(1) && (lat.length === 2 || t.startsWith(lat, k))) break;
        c++;
      }
      // "y" after a vowel and before a consonant is й, which the shadow folds to и ("vrachey").
      const [lat, cyr] = t.charCodeAt(k) === 121 && yIsI(t, p, k, end) ? Y_AS_I : candidates[c]!;
      const s = shadow.starts[k]!;
      const e = shadow.ends[k + lat.length - 1]!;
      for (let q = 0; q < cyr.length; q++) b.push(cyr.charCodeAt(q), s, e);
      k += lat.length;
    }
    last = end;
    p = end;
  }
  copy(last, n);
  return b.finish();
}
