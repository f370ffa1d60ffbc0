/**
 * Reading evasive spellings as the words they spell, on top of the folded shadow (normalize.ts).
 *
 * normalize.ts folds what is unambiguous character by character (case, diacritics, invisible
 * characters, full-width and small-capital letters, letter spacing, look-alikes). What is left
 * here needs to look at a whole word, and sometimes at the packs' vocabulary, because the same
 * characters are also ordinary writing:
 *
 * - separators inside a word: "g.w.a.r.a.n.c.j.a", "naj-lepsza", "naj🔥lepsza", `**naj**lepsza`,
 *   "gwaran-⏎cja". A chain of three or more single letters is always joined, and so are Markdown
 *   emphasis marks and a hyphen that breaks a word across a line; between longer pieces a dot,
 *   hyphen, slash or emoji is dropped only when a word of the packs runs across it (so
 *   "najlepsza.Zapraszamy", "www.klinika.pl" and "Baden-Baden" stay as written).
 * - digits for letters inside words ("gw4rancja", "l3czy", "b3st3"), never in numbers or in
 *   tokens like "24h", "3D", "B12", "COVID19" (only words with a single digit between letters).
 * - repeated letters: runs of three or more are one letter ("gwaaarancja"), or two where a word of
 *   the packs is spelt with two; a double vowel is made single only where that spells a word of
 *   the packs and the double does not ("naajlepsza", but "Kaffee" stays). Double consonants are
 *   ordinary spelling in every language of the packs ("Wasser", "Anna", "professora" in Latin
 *   letters, whose Polish "profesora" must not win) and stay.
 * - hashtags: "#NajlepszaKlinika" splits at its capitals; "#najlepszaklinika" and letter-spaced
 *   runs with single spaces between words ("s c h m e r z f r e i") are split into the packs'
 *   words where the vocabulary covers most of them.
 *
 * Every step only drops shadow units, changes one unit for another, or inserts a space that covers
 * no original character, so the shadow's maps still give each finding its original UTF-16 range.
 * Everything is linear in the text: words longer than MAX_WORD are not looked up.
 */
import { covers, MAX_WORD, segment, type Lexicon } from './lexicon.js';
import { Builder, foldLookalikes, isWordUnit, type Shadow } from './normalize.js';

export { buildLexicon, type Lexicon } from './lexicon.js';

// ---- character classes on shadow units ----------------------------------------------------------

const isLetterUnit = (u: Uint16Array, i: number, n: number): boolean => isWordUnit(u, i, n) && !(u[i]! >= 48 && u[i]! <= 57);
const isDigitUnit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
const isNewline = (c: number): boolean => c === 0x0a || c === 0x0d;
/** Markdown/plain-text emphasis marks: never part of a word, always dropped inside one. */
const isMarkup = (c: number): boolean => c === 0x2a || c === 0x5f || c === 0x7e || c === 0x60;
/** Separators a word may be broken with: . - / · • ‧ and the dash look-alikes. */
const isSeparator = (c: number): boolean =>
  c === 0x2e || c === 0x2d || c === 0x2f || c === 0xb7 || c === 0x2022 || c === 0x2027 || c === 0x2010 || c === 0x2011;
// From a string, on the first character from U+2000 on: see MARKS in normalize.ts.
let emoji: RegExp | undefined;
/** Length in units of an emoji code point at `i` (0 when there is none). */
function emojiAt(u: Uint16Array, i: number, n: number): number {
  const c = u[i]!;
  if (c < 0x2000) return 0;
  const len = (c & 0xfc00) === 0xd800 && i + 1 < n ? 2 : 1;
  return (emoji ??= RegExp('[\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\u{1F1E6}-\\u{1F1FF}\\u20E3]', 'u')).test(len === 2 ? String.fromCharCode(c, u[i + 1]!) : String.fromCharCode(c)) ? len : 0;
}

/** End of the word (letters and digits) that starts at `i`. */
function wordEnd(u: Uint16Array, i: number, n: number): number {
  let j = i;
  while (j < n && isWordUnit(u, j, n)) j += (u[j]! & 0xfc00) === 0xd800 && j + 1 < n ? 2 : 1;
  return j;
}

/** Start of the first word (letters and digits) at or after `i`, or `n` when there is none. */
function nextWord(u: Uint16Array, i: number, n: number): number {
  while (i < n && !isWordUnit(u, i, n)) i++;
  return i;
}

const text = (b: Builder, from: number, to: number): string => b.text(from, to);

/**
 * A copy of `b` without the units marked in `drop`, with a space inserted before those in `space`;
 * `b` itself when neither is given. Called whether or not anything changed: a call reached only
 * by the first text that changes had no feedback and deoptimized its caller.
 */
function rebuild(b: Builder, drop: Uint8Array | null, space: Uint8Array | null): Builder {
  if (!drop && !space) return b;
  const out = new Builder(b.length + 8);
  for (let k = 0; k < b.length; k++) {
    if (space?.[k]) out.push(0x20, b.starts[k]!, b.starts[k]!);
    if (!drop?.[k]) out.push(b.units[k]!, b.starts[k]!, b.ends[k]!);
  }
  return out;
}

// ---- separators inside words --------------------------------------------------------------------

const enum Joiner {
  None,
  /** Emphasis marks: always joined. */
  Markup,
  /** A hyphen, optional spaces, one line break, optional spaces: joined before a lower-case letter. */
  LineBreak,
  /** One separator or one emoji: joined in single-letter chains, or where a word runs across it. */
  Separator,
}

/**
 * What stands between the word ending at `i` and the next one, and where the next one starts,
 * packed as `kind + 4 * next` (see joinKind/joinNext): it runs once per word of every check, and a
 * tuple per word was a large share of the garbage.
 */
function joinerAt(b: Builder, i: number): number {
  const u = b.units;
  const n = b.length;
  // Computed on every call: as a return value at the end of a text only, it had no feedback and
  // deoptimized this function.
  const none = Joiner.None + 4 * i;
  if (i >= n) return none;
  let j = i;
  if (isMarkup(u[j]!)) {
    while (j < n && isMarkup(u[j]!)) j++;
    return (j < n && isWordUnit(u, j, n) ? Joiner.Markup : Joiner.None) + 4 * j;
  }
  if (u[j] === 0x2d) {
    let k = j + 1;
    while (k < n && isSpace(u[k]!)) k++;
    if (k < n && isNewline(u[k]!)) {
      k += u[k] === 0x0d && u[k + 1] === 0x0a ? 2 : 1;
      while (k < n && isSpace(u[k]!)) k++;
      return (k < n && isWordUnit(u, k, n) ? Joiner.LineBreak : Joiner.None) + 4 * k;
    }
  }
  if (isSeparator(u[j]!)) j++;
  else {
    const e = emojiAt(u, j, n);
    if (e === 0) return none;
    j += e;
    // An emoji with skin tone or a flag: a short sequence of emoji code points.
    for (let more = emojiAt(u, j, n); more > 0 && j - i < 16; more = emojiAt(u, j, n)) j += more;
  }
  return (j < n && isWordUnit(u, j, n) ? Joiner.Separator : Joiner.None) + 4 * j;
}

const joinKind = (packed: number): Joiner => packed & 3;
const joinNext = (packed: number): number => packed >>> 2;

/** Whether the original character of shadow unit `k` is a lower-case letter. */
function lowerInOriginal(original: string, b: Builder, k: number): boolean {
  const ch = original[b.starts[k]!] ?? '';
  return ch !== ch.toUpperCase() || ch === ch.toLowerCase();
}

/**
 * Emphasis marks that open or close on a word ("**Najlepsza** klinika", "100 % **wir**ksam"):
 * plain-text Markdown that is not part of the words, and would stand between a pattern's words.
 */
function markEmphasis(b: Builder): Uint8Array | null {
  const u = b.units;
  const n = b.length;
  let drop: Uint8Array | null = null;
  for (let i = 0; i < n; ) {
    if (!isMarkup(u[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isMarkup(u[j]!)) j++;
    if ((i > 0 && isWordUnit(u, i - 1, n)) || (j < n && isWordUnit(u, j, n))) (drop ??= new Uint8Array(n)).fill(1, i, j);
    i = j;
  }
  return drop;
}

/** Drop the separators, emoji and emphasis marks that break a word (see the file comment). */
function joinBrokenWords(b: Builder, original: string, ask: Ask): Builder {
  const u = b.units;
  const n = b.length;
  let drop: Uint8Array | null = markEmphasis(b);
  const mark = (from: number, to: number) => (drop ??= new Uint8Array(n)).fill(1, from, to);
  // This loop visits every unit of every text: it declares nothing a closure captures, because V8
  // gives such a block a fresh context on every entry (the chain's closures in here made 40 % of a
  // steady check's garbage). Chains are rare and have their own function.
  for (let i = 0; i < n; ) {
    if (!isWordUnit(u, i, n) || (i > 0 && isWordUnit(u, i - 1, n))) {
      i++;
      continue;
    }
    // Most words stand alone: settle those before allocating anything for a chain.
    const firstEnd = wordEnd(u, i, n);
    const firstJoin = joinerAt(b, firstEnd);
    i = joinKind(firstJoin) === Joiner.None ? Math.max(firstEnd, i + 1) : joinChain(b, original, ask, i, mark);
  }
  return rebuild(b, drop, null);
}

/** Marks the joiners to drop in the chain of words that starts at `i`; returns where the chain ends. */
function joinChain(b: Builder, original: string, ask: Ask, i: number, mark: (from: number, to: number) => void): number {
  const u = b.units;
  const n = b.length;
  // A chain of words joined by joiners: runs[k] = [start, end), joins[k] between runs k and k+1.
  const runs: Array<[number, number]> = [];
  const joins: Joiner[] = [];
  for (let at = i; ; ) {
    const end = wordEnd(u, at, n);
    runs.push([at, end]);
    const packed = joinerAt(b, end);
    const kind = joinKind(packed);
    if (kind === Joiner.None || runs.length > 64) {
      i = Math.max(end, at + 1);
      break;
    }
    joins.push(kind);
    at = joinNext(packed);
  }
  // Loops into array literals, not `map` and `forEach`: optimized, `map` makes holey arrays, and
  // the reads of its results, whose feedback had only packed ones, deoptimized this function.
  const single: boolean[] = [];
  for (const [s, e] of runs) single.push(e - s === 1 && isLetterUnit(u, s, n));
  const decide = (kind: Joiner, k: number): boolean => {
    if (kind === Joiner.Markup) return true;
    if (kind === Joiner.LineBreak) {
      // "gwaran-⏎cja", "БЕСПЛ-⏎АТНО"; not "Baden-⏎Württemberg" (a capital after a small letter).
      const next = runs[k + 1]![0];
      if (!isLetterUnit(u, next, n)) return false;
      return lowerInOriginal(original, b, next) || !lowerInOriginal(original, b, runs[k]![1] - 1);
    }
    // Three or more single letters in a row: "g.w.a.r.a.n.c.j.a", "n-a-j".
    if (single[k] && single[k + 1]) {
      let from = k;
      while (from > 0 && single[from - 1] && joins[from - 1] === Joiner.Separator) from--;
      let to = k + 1;
      while (to + 1 < runs.length && single[to + 1] && joins[to] === Joiner.Separator) to++;
      if (to - from >= 2) return true;
    }
    return false;
  };
  const join: boolean[] = [];
  for (let k = 0; k < joins.length; k++) join.push(decide(joins[k]!, k));
  // Between longer pieces: only where a word of the packs runs across the separator.
  let word = '';
  const cuts: number[] = [];
  for (const [s, e] of runs) {
    word += text(b, s, e);
    cuts.push(word.length);
  }
  const ends = new Set(cuts);
  for (let k = 0; k < joins.length; k++) {
    if (!join[k] && joins[k] === Joiner.Separator) join[k] = ask(word, cuts[k]! - 1, cuts[k]! + 1, ends) as boolean;
  }
  for (let k = 0; k < join.length; k++) if (join[k]) mark(runs[k]![1], runs[k + 1]![0]);
  return i;
}

// ---- digits for letters -------------------------------------------------------------------------

// Candidates per digit, most common first; the packs' vocabulary picks among them.
const LEET_LATIN: Record<string, string> = { '0': 'o', '1': 'il', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };
const LEET_CYRILLIC: Record<string, string> = { '0': 'о', '3': 'ез', '4': 'ач', '6': 'б' };

/**
 * Read digits as letters in words like "gw4rancja", "l3czy", "b3st3", "b3z": a word with a single
 * digit between two letters. Then every single digit of it is read, at the
 * word's edges too ("b3st3"). Numbers, "24h", "3D", "B12", "Q10", "COVID19" and "omega3" have no
 * digit between letters, so they stay.
 */
function foldDigits(b: Builder, ask: Ask): boolean {
  const u = b.units;
  const n = b.length;
  let changed = false;
  for (let from = nextWord(u, 0, n), end = 0; from < n; from = nextWord(u, end, n)) {
    end = wordEnd(u, from, n);
    if (end - from > MAX_WORD) continue;
    let letters = 0;
    let cyr = 0;
    let inner = false;
    let long = false;
    for (let k = from; k < end; k++) {
      const c = u[k]!;
      if (!isDigitUnit(c)) {
        letters++;
        // U+0400–U+04FF in one test (see isWordUnit in normalize.ts), counted without a branch: an
        // increment that only Cyrillic letters reached deoptimized this on the first Russian post.
        cyr += c >> 8 === 4 ? 1 : 0;
        continue;
      }
      if (k + 1 < end && isDigitUnit(u[k + 1]!)) long = true;
      if (k > from && k + 1 < end && !isDigitUnit(u[k - 1]!) && !isDigitUnit(u[k + 1]!)) inner = true;
    }
    if (!inner || long || letters < 2) continue;
    const table = cyr * 2 > letters ? LEET_CYRILLIC : LEET_LATIN;
    const word = [...text(b, from, end)];
    const digits = word.flatMap((c, k) => (table[c] ? [k] : []));
    if (digits.length !== word.filter((c) => isDigitUnit(c.charCodeAt(0))).length) continue;
    // The first reading, unless another one spells a word of the packs.
    const first = word.map((c) => table[c]?.[0] ?? c).join('');
    let best = first;
    if (digits.length <= 3 && !ask(first, digits[0]!, digits[digits.length - 1]! + 1)) {
      const options = digits.map((k) => [...table[word[k]!]!]);
      const combos = options.reduce<string[][]>((acc, o) => acc.flatMap((a) => o.map((x) => [...a, x])), [[]]);
      for (const combo of combos) {
        const w = [...word];
        digits.forEach((k, d) => (w[k] = combo[d]!));
        const s = w.join('');
        if (ask(s, digits[0]!, digits[digits.length - 1]! + 1)) {
          best = s;
          break;
        }
      }
    }
    for (let k = 0; k < best.length; k++) u[from + k] = best.charCodeAt(k);
    changed = true;
  }
  return changed;
}

// ---- repeated letters ---------------------------------------------------------------------------

/** Vowels of the shadow (folded: ą→a, ó→o, ё→е). */
const VOWELS = new Set([...'aeiouyаеиоуыэюя'].map((c) => c.charCodeAt(0)));
const isVowel = (c: number): boolean => VOWELS.has(c);

/** Collapse stretched letters (see the file comment); the kept letter's range grows over the dropped ones. */
function foldRepeats(b: Builder, ask: Ask): Builder {
  const u = b.units;
  const n = b.length;
  let drop: Uint8Array | null = null;
  const dropRun = (from: number, to: number) => {
    drop ??= new Uint8Array(n);
    drop.fill(1, from, to);
    b.ends[from - 1] = b.ends[to - 1]!;
  };
  // Whether the packs know `w` around its run at `at` of `l` letters. At function level, like
  // everything the closures here capture: the loop below runs per word (see joinBrokenWords).
  const known = (w: string, at: number, l: number) => ask(w, Math.max(0, at - 1), Math.min(w.length, at + l + 1)) as boolean;
  for (let from = nextWord(u, 0, n), end = 0; from < n; from = nextWord(u, end, n)) {
    end = wordEnd(u, from, n);
    // Runs in this word, as [start, length]; nothing to do without one.
    let runs: Array<[number, number]> | null = null;
    for (let k = from; k < end; ) {
      let r = k + 1;
      while (r < end && u[r] === u[k] && !isDigitUnit(u[k]!)) r++;
      if (r - k >= 2) (runs ??= []).push([k, r - k]);
      k = r;
    }
    if (runs === null) continue;
    // A word that is one repeated letter is an abbreviation (Russian «ООО», a company form), not a
    // stretched word: keep it as written.
    if (runs.length === 1 && runs[0]![0] === from && runs[0]![1] === end - from) continue;
    if (end - from > MAX_WORD) {
      // Not a natural word: stretched runs become one letter, without looking anything up.
      for (const [k, len] of runs) if (len >= 3) dropRun(k + 1, k + len);
      continue;
    }
    let word = text(b, from, end);
    // Work from the last run so earlier offsets in `word` stay valid.
    for (let r = runs.length - 1; r >= 0; r--) {
      const [k, len] = runs[r]!;
      const at = k - from;
      const one = word.slice(0, at + 1) + word.slice(at + len);
      const two = word.slice(0, at + 2) + word.slice(at + len);
      if (len >= 3) {
        const keepTwo = known(two, at, 2) && !known(one, at, 1);
        dropRun(k + (keepTwo ? 2 : 1), k + len);
        word = keepTwo ? two : one;
      } else if (isVowel(u[k]!) && known(one, at, 1) && !known(word, at, 2)) {
        dropRun(k + 1, k + 2);
        word = one;
      }
    }
  }
  return rebuild(b, drop, null);
}

// ---- hashtags and letter-spaced runs ------------------------------------------------------------

/**
 * Hashtags read as words: "#NajlepszaKlinika" splits where a capital follows a small letter;
 * "#najlepszaklinika" and runs that were letter-spaced with single spaces between the words
 * ("g w a r a n c j a e f e k t u" → "gwarancjaefektu") are split into the packs' words.
 */
function splitRuns(b: Builder, original: string, ask: Ask): Builder {
  const u = b.units;
  const n = b.length;
  let space: Uint8Array | null = null;
  const cut = (k: number) => {
    space ??= new Uint8Array(n);
    space[k] = 1;
  };
  for (let from = nextWord(u, 0, n), end = 0; from < n; from = nextWord(u, end, n)) {
    end = wordEnd(u, from, n);
    const hashtag = from > 0 && u[from - 1] === 0x23;
    let camel = false;
    if (hashtag) {
      for (let k = from + 1; k < end; k++) {
        // A capital after a small letter ("NajlepszaKlinika"), or the last of several capitals
        // before a small letter ("WPrzeciwieństwie", "COVIDFrei").
        const upper = !lowerInOriginal(original, b, k);
        const afterLower = lowerInOriginal(original, b, k - 1) && isLetterUnit(u, k - 1, n);
        const startsWord = !afterLower && k + 1 < end && isLetterUnit(u, k + 1, n) && lowerInOriginal(original, b, k + 1);
        if (upper && (afterLower || startsWord)) {
          cut(k);
          camel = true;
        }
      }
    }
    if (camel) continue;
    // Letter-spaced: most neighbouring letters were apart in the original.
    // Counted without a branch: an increment that only letter-spaced words reached deoptimized this.
    let gaps = 0;
    for (let k = from + 1; k < end; k++) gaps += b.starts[k]! > b.ends[k - 1]! ? 1 : 0;
    const spaced = end - from >= 6 && gaps * 2 >= end - from;
    if (!hashtag && !spaced) continue;
    for (const c of ask(text(b, from, end), -1) as number[]) cut(from + c);
  }
  return rebuild(b, null, space);
}

// ---- the whole pass -----------------------------------------------------------------------------

/**
 * The steps' one way to the packs' vocabulary: whether a word of it runs over [lo, hi) of `w`
 * (`covers`), or with `lo` -1 where `w` splits into its words (`segment`). Nothing else the steps
 * read depends on the vocabulary, so a vocabulary that answers the same questions alike reads
 * the text alike; with `log`, every question and its answer are kept to check that (`readShared`).
 */
type Ask = (w: string, lo: number, hi?: number, ends?: ReadonlySet<number>) => boolean | number[];
const asker =
  (lex: readonly Lexicon[], log?: unknown[]): Ask =>
  (w, lo, hi = 0, ends) => {
    const r = lo < 0 ? segment(lex, w) : covers(lex, w, lo, hi, ends);
    log?.push(w, lo, hi, ends, String(r));
    return r;
  };

/**
 * A checker's copy of a shadow that no view was made of (at most one), refilled by its next
 * reading: three new typed arrays per pack reading were most of a steady check's allocations
 * outside the JS heap (~60 KB a post), which malloc holds until a scavenge frees them. Per
 * checker, never per module: no state outlives a checker or is shared between two. A `surrogates`
 * flag left set only picks the slower of two exact ways to make a string.
 */
export type Scratch = Builder[];

/**
 * The shadow with evasive spellings read as words. `original` is the text the shadow was built
 * from (for letter case); `lexicons` are the vocabularies of the packs that may run.
 */
export function readAsWords(shadow: Shadow, original: string, lexicons: readonly Lexicon[], log?: unknown[], scratch?: Scratch): Shadow {
  const ask = asker(lexicons, log);
  // The checker's spare copy, for texts under 8 K units only: a long text neither grows a short
  // spare nor stays held for the checker's life. Taken out while in use (a reading that throws
  // half-way leaves none behind); `push` grows it for a longer text.
  const spare = shadow.text.length < 8192 ? scratch : undefined;
  const copy = spare?.pop() || new Builder(shadow.text.length + 8);
  copy.length = 0;
  for (let k = 0; k < shadow.text.length; k++) copy.push(shadow.text.charCodeAt(k), shadow.starts[k]!, shadow.ends[k]!);
  const joined = joinBrokenWords(copy, original, ask);
  const digits = foldDigits(joined, ask);
  // Joined pieces and read digits can make new mixed-script words ("g.w.а.r…", "л3чим").
  if (joined !== copy || digits) foldLookalikes(joined);
  // Runs are split before stretched letters are read: a double letter inside a run of several
  // words ("konntegezeigt") is looked up in the word it belongs to, not in the whole run.
  const b = foldRepeats(splitRuns(joined, original, ask), ask);
  // Given back unless the view is made of it.
  if (b !== copy || !digits) spare?.push(copy);
  // Most posts read as they are: the shadow itself, not a new string of the same text.
  return b === copy && !digits ? shadow : b.finish();
}

/**
 * `readAsWords` with one pack's vocabulary, for the packs that read one text in turn: `reads`
 * (kept per text) holds the views made so far with their questions (five entries each: the
 * arguments and the answer), and a view is reused when this vocabulary answers all of its
 * questions alike. Why (issue 11, steady state): every pack read every post through all the
 * steps, ~24 % of a check with three packs, though most words ask nothing and the packs answer
 * alike for about half of the posts.
 */
export function readShared(reads: Array<[unknown[], Shadow]>, shadow: Shadow, original: string, lex: Lexicon, scratch?: Scratch): Shadow {
  const ask = asker([lex]);
  next: for (const [log, view] of reads) {
    for (let i = 0; i < log.length; i += 5) {
      if (String(ask(log[i] as string, log[i + 1] as number, log[i + 2] as number, log[i + 3] as ReadonlySet<number>)) !== log[i + 4]) continue next;
    }
    return view;
  }
  const log: unknown[] = [];
  const view = readAsWords(shadow, original, [lex], log, scratch);
  reads.push([log, view]);
  return view;
}
