/**
 * medad's pattern language, compiled to regular expressions that run on the shadow text.
 *
 * Rule authors write words, not regexes: `najlepsz*`, `gwarantuj(e|emy|ą)`, `lekarz poleca`,
 * `gwarant* ~2 efekt*`. Compiling them here means every pattern gets Unicode-correct word
 * boundaries (JavaScript's `\b` is ASCII-only), the same case and diacritic folding as the text,
 * and no construct that can backtrack super-linearly.
 */
import { featureSource, FEATURES, isFeature } from './features.js';
import { foldString, normalizeText, transliterateRu, wordAt } from './normalize.js';
import { assertSafeRegex, MAX_PATTERN_LENGTH, startsAtWordBoundary } from './regex-guard.js';
import type { Pattern } from './types.js';

export class PatternError extends Error {
  override name = 'PatternError';
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`Invalid pattern ${JSON.stringify(pattern)}: ${reason}`);
  }
}

export const WORD_CHAR = '[\\p{L}\\p{N}]';
export const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
export const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
/**
 * Marks, at the end of a prefilter head, that the word ends there (a lookahead in the trie). It is
 * zero-width, so a prefilter match `m` is looked up as `m` or `m + HEAD_END`.
 */
export const HEAD_END = '\u0002';
/** What may stand between two words of a phrase: anything but letters, digits and sentence ends. */
const GAP = '[^\\p{L}\\p{N}.!?]';
/** One skipped word in a `~N` gap. */
const SKIP_WORD = `(?:${GAP}+${WORD_CHAR}+${NOT_WORD_AFTER})`;
/** Letters a leading `*` may add before a stem (compounds: `*garantie`); bounded to stay linear. */
const MAX_PREFIX = 24;

export interface CompiledPattern {
  /** Source of the regex (flags `u`, plus `g` or `y` as needed). */
  source: string;
  /**
   * Literal beginnings every match starts with (folded), for the one-pass prefilter. Empty when
   * the pattern cannot promise one (raw regexes, leading wildcards): then it is scanned on its own.
   */
  heads: string[];
}

const FOLD = { diacritics: true };

export interface PatternOptions {
  /** The pack matches on a view where Latin words are transliterated to Cyrillic: fold literals the same way. */
  transliterate?: 'ru';
  /**
   * The patterns were validated before (the built-in packs, by the test suite): skip the checks of
   * `re:` bodies that need a RegExp compile (syntax, empty match) and the static ReDoS guard.
   */
  trusted?: boolean;
  /** The pack's languages: which language rules `#superlative`, `#imperative` … use. Default: all they have. */
  languages?: readonly string[];
  /** The pack's concept classes (`@name` in patterns): name → members, single words or plain phrases. */
  classes?: Readonly<Record<string, readonly string[]>>;
  /**
   * Syntax check only: an unknown `@class` compiles to a never-matching token instead of an error.
   * For validators that see one pattern without its pack (the schema adapter checks the classes
   * per pack afterwards).
   * @internal
   */
  lenientClasses?: boolean;
}

/** The options a pack's patterns compile with (its folding, languages and classes). */
export function packPatternOptions(pack: { transliterate?: 'ru'; languages?: readonly string[]; classes?: Readonly<Record<string, readonly string[]>> }): PatternOptions {
  return {
    ...(pack.transliterate ? { transliterate: pack.transliterate } : {}),
    ...(pack.languages ? { languages: pack.languages } : {}),
    ...(pack.classes ? { classes: pack.classes } : {}),
  };
}

// Nearly every literal is folded already (lower-case ASCII, or Cyrillic without й and ё, with
// no Latin letter beside it: mixed words fold their look-alikes), and most others (Polish, umlauts, й)
// become such a word by dropping their marks (NFD) and spelling ł out: both in built-ins.
// Through the fold's loop over units, the ~2,000 literals of a pack's heads made it hot enough
// for V8 to optimize (twice, with a deopt) in a first check (issue 11). The fold drops marks
// written as such too, and a word of both scripts fails the second test.
const FOLDED = /^(?:[!-@[-~]*|[\u0430-\u0438\u043a-\u044f-]*)$/;
const MARKS = /[\u0300-\u036f]/g;
/** Exported for test/fold.test.ts, which holds it to `foldString`. */
export const plainFold = (s: string): string => {
  if (FOLDED.test(s)) return s;
  const t = s.normalize('NFD').replace(MARKS, '').replaceAll('ł', 'l');
  return FOLDED.test(t) ? t : foldString(s, FOLD);
};
const HAS_LATIN = /[a-z]/;
function literalFolder(opts: PatternOptions): (s: string) => string {
  // Transliteration changes only Latin letters: a literal without any (nearly every literal of a
  // Cyrillic pack) skips the shadow and its offset maps, which compiling thousands of literals
  // paid for in time and garbage.
  if (opts.transliterate === 'ru') {
    return (s) => {
      const folded = plainFold(s);
      return HAS_LATIN.test(folded) ? transliterateRu(normalizeText(s, FOLD)).text : folded;
    };
  }
  return plainFold;
}

/** Class names: lower-case kebab, as in `@result-noun`. */
const CLASS_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Limits that keep one class from blowing up every pattern that uses it. */
export const MAX_CLASS_MEMBERS = 1000;
/** Per pattern: `~N` gaps, words they skip together, and `#features` (see compileWords). */
export const MAX_GAPS = 3;
export const MAX_GAP_WORDS = 16;
export const MAX_FEATURES = 3;
export const MAX_CLASSES = 500;

/** What every pattern of one pack compiles against: the folder, compiled classes, built features. */
interface PatternContext {
  fold: (s: string) => string;
  languages: readonly string[];
  lenient: boolean;
  /** The compiled classes; a trusted pack's compile on first use (see `classOf`). */
  classes: Map<string, TokenParts>;
  /** Every class name of the pack, compiled or not. */
  classNames: readonly string[];
  features: Map<string, TokenParts>;
  /** Compiled plain words by their text: a pack repeats its words across patterns (bounded). */
  words: Map<string, TokenParts>;
  /** Prefilter heads of a class not compiled yet (`firstTokenHeads`): many patterns start with one. */
  classHeads: Map<string, string[]>;
  /** A class's literal clause (`classClause`; null: none): many patterns and lists name one class. */
  classClauses: Map<string, readonly string[] | null>;
}
const MAX_WORD_MEMO = 50_000;

// Classes compile once per options object (a pack compiles all its patterns with one object).
// A WeakMap keeps nothing alive and is invisible to callers: the same options give the same result.
const contexts = new WeakMap<PatternOptions, PatternContext>();
const EMPTY_OPTIONS: PatternOptions = {};

function contextOf(opts: PatternOptions): PatternContext {
  let ctx = contexts.get(opts);
  if (ctx) return ctx;
  ctx = {
    fold: literalFolder(opts),
    languages: opts.languages ?? ['pl', 'de', 'ru'],
    lenient: opts.lenientClasses === true,
    classes: new Map(),
    classNames: Object.keys(opts.classes ?? {}),
    features: new Map(),
    words: new Map(),
    classHeads: new Map(),
    classClauses: new Map(),
  };
  const names = ctx.classNames;
  if (names.length > MAX_CLASSES) throw new PatternError(`@${names[MAX_CLASSES]}`, `more than ${MAX_CLASSES} classes in one pack`);
  // A trusted pack (built-in, validated when its tables were built) compiles a class when a
  // pattern first uses it; any other pack compiles (and fails on) every class here.
  if (!opts.trusted) for (const name of names) compileClass(ctx, opts, name);
  contexts.set(opts, ctx);
  return ctx;
}

/** The compiled class `name` of the context (compiled now if it was not), or undefined. */
function classOf(ctx: PatternContext, opts: PatternOptions, name: string): TokenParts | undefined {
  return ctx.classes.get(name) ?? (ctx.classNames.includes(name) ? compileClass(ctx, opts, name) : undefined);
}

function compileClass(ctx: PatternContext, opts: PatternOptions, name: string): TokenParts {
  const classes = opts.classes ?? {};
  const where = `@${name}`;
  if (!CLASS_NAME.test(name)) throw new PatternError(where, 'class names are lower-case words joined by "-", like @result-noun');
  const members = classes[name];
  if (!Array.isArray(members) || members.length === 0) throw new PatternError(where, 'a class lists at least one member');
  if (members.length > MAX_CLASS_MEMBERS) throw new PatternError(where, `more than ${MAX_CLASS_MEMBERS} members`);
  const compiled = members.map((m) => {
    if (typeof m !== 'string') throw new PatternError(where, 'class members are strings');
    try {
      return { member: m, tokens: m.trim().split(/\s+/u), ...compileWords(m, ctx.fold, false) };
    } catch (err) {
      if (err instanceof PatternError) throw new PatternError(`${where} member ${JSON.stringify(m)}`, err.message.replace(/^Invalid pattern .*?: /, ''));
      throw err;
    }
  });
  const part = classPart(where, compiled, ctx.fold);
  ctx.classes.set(name, part);
  return part;
}

// The packs' letters and digits (Latin, Cyrillic). A test of `\p{L}\p{N}` reads a text of these
// and ASCII with them, and takes the `\p{…}` regex only for a text with another character:
// compiling the property classes (each regex twice, bytecode then native code) on a first check
// cost more than the tests (issue 11). From strings: see MARKS in normalize.ts.
const LETTERS = 'a-zA-Z0-9À-ÖØ-öø-ɏЀ-ҁҊ-ӿ';
const RARE = RegExp(`[^\\0-\\x7f${LETTERS}]`);
/** A `\p{L}\p{N}` source on the packs' letters only (no `u` flag, no property tables). */
const packLetters = (source: string): RegExp => RegExp(source.replaceAll('\\p{L}\\p{N}', LETTERS));
const wordTest = (source: string): ((s: string) => boolean) => {
  const fast = packLetters(source);
  let exact: RegExp | undefined;
  return (s) => fast.test(s) || (RARE.test(s) && (exact ??= RegExp(source, 'u')).test(s));
};
// A leading letter or digit and, after it, no `\`, `:` or `|` before another character.
const [wordsStart, wordsGap] = ['^[*(|]*[\\p{L}\\p{N}](?![^]*([\\\\:]|\\|[^\\p{L}\\p{N}*()|]))', '[^\\p{L}\\p{N}*()|]+'].map(packLetters);
/**
 * The word starts one match of a word or phrase of the pattern language can hold (its runs of
 * letters, digits and `*()|`: an upper bound), or 0 when a match may begin elsewhere than at a word
 * start (a leading non-word character, an alternative that starts with one, an escape, `re:`).
 * Of the packs' letters: another letter counts as a break (a larger bound, or 0), so no `\p{…}`
 * regex is compiled for it on a first check.
 */
export const wordsOf = (s: string): number => (wordsStart!.test(s) ? s.split(wordsGap!).length : 0);
/** A token of the pattern language that always spans exactly one whole word of the text. */
const plainWord = wordTest('^\\*?[\\p{L}\\p{N}()|]+\\*?$');
const isLiteral = wordTest('^[\\p{L}\\p{N}]+$');

/**
 * One token standing for any member of a class. The members carry their own boundaries, so the
 * token asks for none around it.
 *
 * Two members that match the same words would make a backtracking matcher retry the rest of the
 * pattern once per member, and per class token in a row that multiplies (`@x @x @x … b`). So the
 * single-word members are tested in a lookahead (never backtracked into) and the word is then
 * consumed once; phrase members must not be able to match the same words as each other (they
 * differ in a plain word at the same place, or in their number of words).
 */
function classPart(where: string, members: ReadonlyArray<{ member: string; tokens: string[]; source: string; heads: string[] }>, fold: (s: string) => string): TokenParts {
  const single = members.filter((m) => m.tokens.length === 1 && plainWord(m.tokens[0]!));
  const phrases = members.filter((m) => !single.includes(m));
  for (let i = 0; i < phrases.length; i++) {
    for (let k = i + 1; k < phrases.length; k++) {
      const a = phrases[i]!.tokens;
      const b = phrases[k]!.tokens;
      const plain = a.every(plainWord) && b.every(plainWord);
      if (plain && a.length !== b.length) continue;
      let differ = false;
      for (let j = 0; j < Math.min(a.length, b.length) && !differ; j++) {
        differ = isLiteral(a[j]!) && isLiteral(b[j]!) && fold(a[j]!) !== fold(b[j]!);
      }
      if (!differ) {
        throw new PatternError(
          `${where} members ${JSON.stringify(phrases[i]!.member)} and ${JSON.stringify(phrases[k]!.member)}`,
          'they can match the same words; merge them into one member or make them differ in a plain word at the same place',
        );
      }
    }
  }
  const alts: string[] = [];
  const singles = [...new Set(single.map((m) => m.source))];
  if (singles.length === 1) alts.push(singles[0]!);
  // Inside the lookahead only whether a member matches counts, so the order of members is free:
  // the suffix members (`*schmerz`, `*tee`) share one prefix scan, measured once per word start
  // (one closure each was tried at every word start of a text: a tenth of a steady check).
  else if (singles.length > 1) alts.push(`(?=${alternationOfSources(singles)})${WORD_CHAR}+`);
  for (const src of new Set(phrases.map((m) => m.source))) alts.push(src);
  return {
    source: alts.length === 1 ? `(?:${alts[0]})` : `(?:${alts.map((s) => `(?:${s})`).join('|')})`,
    heads: members.some((m) => m.heads.length === 0) ? [] : [...new Set(members.flatMap((m) => m.heads))],
    wordStart: false,
    wordEnd: false,
    complete: false,
  };
}

function featurePart(name: string, pattern: string, ctx: PatternContext): TokenParts {
  let part = ctx.features.get(name);
  if (part) return part;
  const folds = ctx.fold === plainFold ? [plainFold] : [ctx.fold, plainFold];
  const kit = {
    words(members: readonly string[], opts: { glued?: boolean; atWordEnd?: boolean } = {}): string {
      const sources = new Set<string>();
      for (const fold of folds) {
        for (const m of members) {
          let src = compileWords(m, fold, false).source;
          if (opts.glued && src.startsWith(NOT_WORD_BEFORE)) src = src.slice(NOT_WORD_BEFORE.length);
          if (opts.atWordEnd && src.endsWith(NOT_WORD_AFTER)) src = src.slice(0, -NOT_WORD_AFTER.length);
          sources.add(src);
        }
      }
      return `(?:${[...sources].join('|')})`;
    },
  };
  const built = featureSource(name as (typeof FEATURES)[number], ctx.languages, kit);
  if ('error' in built) throw new PatternError(pattern, built.error);
  part = { source: `(?:${built.source})`, heads: [], wordStart: false, wordEnd: false, complete: false };
  ctx.features.set(name, part);
  return part;
}
// No '-': literals are never placed inside a character class, and `\-` is a syntax error with the `u` flag.
const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|\/]/g;
export const escapeRegex = (s: string): string => s.replace(REGEX_SPECIAL, '\\$&');
const isWordChar = (c: string | undefined): boolean => c !== undefined && wordAt(c, 0);

interface TokenParts {
  source: string;
  heads: string[];
  /** Whether the token starts / ends with a letter or digit (decides boundaries and gaps). */
  wordStart: boolean;
  wordEnd: boolean;
  /** The heads are the whole word (no open ending): the prefilter can require its end too. */
  complete: boolean;
}

/**
 * A group's alternatives without repeats and, where the group ends the word (`rest` is "" or
 * "*", after which every alternative is open and then marked closed), without those an open
 * one swallows (`(a*|ab|abc*)` is `(a*)`).
 */
function distinctAlternatives(alts: ReadonlyArray<{ lit: string; open: boolean }>, rest: string): Array<{ lit: string; open: boolean }> {
  const allOpen = rest === '*';
  const seen = new Set<string>();
  // Loops, not a callback per alternative and pair: building a pack's heads (`groupWordHeads`)
  // runs this for every group of ~400 first words, and V8 optimized those callbacks during a
  // first check (issue 11).
  let out: Array<{ lit: string; open: boolean }> = [];
  for (const a of alts) {
    const open = a.open || allOpen;
    const key = `${open ? '*' : ''}${a.lit}`;
    if (!seen.has(key)) seen.add(key), out.push({ lit: a.lit, open });
  }
  if (rest !== '' && !allOpen) return out;
  // Only an open alternative swallows (the test is quadratic in the group's size).
  const open = out.filter((a) => a.open);
  if (open.length > 0) {
    out = out.filter((b) => {
      for (const a of open) if (a !== b && b.lit.startsWith(a.lit) && (b.lit !== a.lit || !b.open)) return false;
      return true;
    });
  }
  return allOpen ? out.map((a) => ({ lit: a.lit, open: false })) : out;
}

/**
 * The alternatives of a group, made unambiguous: no two of them may match the same text in a
 * way that leaves the rest of the pattern the same choices, because a backtracking matcher
 * would retry the rest once per alternative, and per group in a row that multiplies
 * (`(a*|a*|a*) (a*|a*|a*) … b` was exponential). So: duplicates go; at the end of a word an
 * open alternative swallows every alternative it is a prefix of (`(a*|ab|abc*)` is `(a*)`); in
 * the middle of a word, an alternative that is a prefix of another where the other continues
 * with what follows the group (`(a|ab)b`, `(a|aa)(a|aa)`) is an error.
 */
function unambiguousAlternatives(
  alts: ReadonlyArray<{ lit: string; open: boolean }>,
  token: string,
  close: number,
  pattern: string,
  fold: (s: string) => string,
): Array<{ lit: string; open: boolean }> {
  const rest = token.slice(close + 1);
  const out = distinctAlternatives(alts, rest);
  if (rest === '' || rest === '*') return out;
  // What follows in the word: a literal (its first folded character) or another group (anything).
  const next = rest.startsWith('(') ? undefined : fold(rest.slice(0, /[*()|]/.exec(rest)?.index ?? rest.length))[0];
  for (const a of out) {
    for (const b of out) {
      if (a === b || !b.lit.startsWith(a.lit) || b.lit === a.lit) continue;
      if (next === undefined || b.lit[a.lit.length] === next) {
        throw new PatternError(
          pattern,
          `the alternatives "${a.lit}" and "${b.lit}" of ${token.slice(token.lastIndexOf('(', close), close + 1)} overlap with what follows them (a matcher would try both); write them as separate patterns`,
        );
      }
    }
  }
  return out;
}

function compileToken(token: string, pattern: string, fold: (s: string) => string): TokenParts {
  let src = '';
  let heads: string[] = [''];
  let headOpen = true;
  let i = 0;
  let leadingWildcard = false;
  let wordStart: boolean | undefined;
  let wordEnd = false;
  /** A leading `*` and a group: one word can split between them in several ways (`*(b|ab)` on "xab"). */
  let ambiguousSplit = false;
  if (token.startsWith('*')) {
    leadingWildcard = true;
    src += `${WORD_CHAR}{0,${MAX_PREFIX}}`;
    headOpen = false;
    wordStart = true;
    i = 1;
  }
  while (i < token.length) {
    const c = token[i]!;
    if (c === '*') {
      if (i !== token.length - 1) throw new PatternError(pattern, '"*" may only stand at the start or end of a word');
      src += `${WORD_CHAR}*`;
      headOpen = false;
      wordEnd = true;
      i++;
      continue;
    }
    if (c === '(') {
      const close = token.indexOf(')', i);
      if (close < 0) throw new PatternError(pattern, 'unclosed "("');
      const body = token.slice(i + 1, close);
      if (/[()~]/.test(body)) throw new PatternError(pattern, 'groups hold plain alternatives like (a|b*|c)');
      const raw = body.split('|');
      if (raw.some((a) => a.indexOf('*') >= 0 && a.indexOf('*') !== a.length - 1)) {
        throw new PatternError(pattern, '"*" in a group may only end an alternative');
      }
      const folded = raw.map((a) => ({ lit: fold(a.replace(/\*$/, '')), open: a.endsWith('*') }));
      if (folded.some((a) => a.open && a.lit === '')) throw new PatternError(pattern, 'a lone "*" in a group');
      const alts = unambiguousAlternatives(folded, token, close, pattern, fold);
      if (leadingWildcard && alts.length > 1) ambiguousSplit = true;
      const before: boolean = wordEnd;
      const endsWord = (a: { lit: string; open: boolean }) => a.open || (a.lit === '' ? before : isWordChar(a.lit[a.lit.length - 1]));
      // A group that ends the word with some alternatives ending in a letter and some in a dot
      // (`(prof.|dr)`): the pattern's closing word-end check would have to be dropped for the
      // dotted ones, so each letter-final alternative carries its own ("dr" must not match "drużyna").
      const mixedEnd = close === token.length - 1 && alts.some(endsWord) && !alts.every(endsWord);
      src += `(?:${alts.map((a) => escapeRegex(a.lit) + (a.open ? `${WORD_CHAR}*` : '') + (mixedEnd && endsWord(a) ? NOT_WORD_AFTER : '')).join('|')})`;
      if (wordStart === undefined) wordStart = alts.every((a) => a.lit === '' || isWordChar(a.lit[0]));
      if (headOpen) {
        const next: string[] = [];
        for (const h of heads) for (const a of alts) next.push(h + a.lit);
        heads = next;
        if (alts.some((a) => a.open)) headOpen = false;
      }
      wordEnd = alts.every(endsWord);
      if (alts.some((a) => a.open) && i + 1 + body.length + 1 < token.length) {
        throw new PatternError(pattern, 'a group with "*" must end the word');
      }
      i = close + 1;
      continue;
    }
    if (c === ')' || c === '|') throw new PatternError(pattern, `unexpected "${c}"`);
    // A run of literal characters up to the next syntax character.
    let j = i;
    while (j < token.length && !'*()|'.includes(token[j]!)) j++;
    const lit = fold(token.slice(i, j));
    src += escapeRegex(lit);
    if (headOpen) heads = heads.map((h) => h + lit);
    if (wordStart === undefined) wordStart = isWordChar(lit[0]);
    wordEnd = isWordChar(lit[lit.length - 1]);
    i = j;
  }
  if (src === '' || (leadingWildcard && src === `${WORD_CHAR}{0,${MAX_PREFIX}}`)) {
    throw new PatternError(pattern, 'empty word');
  }
  if (ambiguousSplit) {
    // The word is matched once inside a lookahead, which JavaScript never backtracks into, and
    // then consumed whole: a failure later in the pattern cannot retry the other splits, so the
    // splits of several such words never multiply. Same matches: the token spans one whole word.
    // From a string (see MARKS in normalize.ts): this branch is rare, the module is parsed at every import.
    if (!RegExp('^[\\p{L}\\p{N}*()|]+$', 'u').test(token) || !wordEnd) {
      throw new PatternError(pattern, `"${token}": a leading "*" with a group of alternatives works on plain words only`);
    }
    src = `(?=${src}${NOT_WORD_AFTER})${WORD_CHAR}+`;
  }
  return {
    source: src,
    heads: leadingWildcard || heads.some((h) => h === '') ? [] : heads,
    wordStart: wordStart ?? false,
    wordEnd,
    complete: headOpen && !leadingWildcard,
  };
}

/** Compile one pattern of the pattern language. Throws `PatternError` on malformed input. */
export function compilePattern(pattern: Pattern, options: PatternOptions = EMPTY_OPTIONS): CompiledPattern {
  if (typeof pattern !== 'string') throw new PatternError(String(pattern), 'a pattern must be a string');
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new PatternError(pattern.slice(0, 80), `longer than ${MAX_PATTERN_LENGTH} characters (${pattern.length}); split it into several patterns`);
  }
  if (pattern.startsWith('re:')) {
    const body = pattern.slice(3);
    if (body.trim() === '') throw new PatternError(pattern, 'empty regular expression');
    if (!options.trusted) {
      try {
        new RegExp(body, 'u');
        assertSafeRegex(body);
      } catch (err) {
        throw new PatternError(pattern, (err as Error).message);
      }
      if (new RegExp(`(?:${body})`, 'u').test('')) throw new PatternError(pattern, 'matches the empty string');
    }
    // A body that starts with a word character, a (non-lookaround) group, a class, `\d` or a letter/number
    // property gets the boundary before it. Besides meaning "whole word", the boundary keeps a
    // leading `\d+` from being retried at every digit of a long run (quadratic otherwise).
    const startsWord = startsAtWordBoundary(body);
    return { source: `${startsWord ? NOT_WORD_BEFORE : ''}(?:${body})${NOT_WORD_AFTER}`, heads: [] };
  }
  const ctx = contextOf(options);
  return compileWords(pattern, ctx.fold, true, ctx, options);
}

/**
 * A sequence of words, gaps, classes and features. With `refs` false (class members, feature word
 * lists) only plain words are allowed: no `~N`, no `@class`, no `#feature`.
 */
function compileWords(pattern: string, fold: (s: string) => string, refs: boolean, ctx?: PatternContext, opts: PatternOptions = EMPTY_OPTIONS): CompiledPattern {
  const tokens = pattern.trim().split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) throw new PatternError(pattern, 'empty pattern');
  if (tokens[0]!.startsWith('~') || tokens[tokens.length - 1]!.startsWith('~')) {
    throw new PatternError(pattern, 'a "~N" gap must stand between two words');
  }
  let source = '';
  let heads: string[] = [];
  let prevEnd = false;
  let pendingSkip = 0;
  let first = true;
  let lastWordEnd = false;
  // Each gap lets a failing match be retried with 0…N skipped words, and the retries of several
  // gaps (and of features, which may match one span in more than one way) multiply: a pattern
  // gets a small budget of them, which keeps the work per start position a bounded constant.
  let gaps = 0;
  let gapWords = 0;
  let features = 0;
  for (const tok of tokens) {
    const gap = /^~(\d+)$/.exec(tok);
    if (gap) {
      if (!refs) throw new PatternError(pattern, 'a class member is a word or a phrase, without "~N" gaps');
      const n = Number(gap[1]);
      if (n < 1 || n > 8) throw new PatternError(pattern, 'a "~N" gap takes N from 1 to 8');
      gaps++;
      gapWords += n;
      if (gaps > MAX_GAPS) throw new PatternError(pattern, `at most ${MAX_GAPS} "~N" gaps in one pattern`);
      if (gapWords > MAX_GAP_WORDS) throw new PatternError(pattern, `the "~N" gaps of one pattern may skip at most ${MAX_GAP_WORDS} words together`);
      pendingSkip = n;
      continue;
    }
    if (tok.startsWith('#') && isFeature(tok.slice(1)) && ++features > MAX_FEATURES) {
      throw new PatternError(pattern, `at most ${MAX_FEATURES} #features in one pattern`);
    }
    if (tok.startsWith('~')) throw new PatternError(pattern, `bad gap "${tok}" (write ~1 … ~8)`);
    const part = tokenPart(tok, pattern, fold, refs, ctx, opts);
    if (first) {
      source += part.wordStart ? NOT_WORD_BEFORE : '';
      // "w rankingu": the head is the whole word "w", not every word starting with w.
      heads = part.complete && part.wordEnd ? part.heads.map((h) => h + HEAD_END) : part.heads;
    } else {
      // Words are separated by at least one gap character when both sides are word characters.
      const sep = prevEnd && part.wordStart ? `${GAP}+` : `${GAP}*`;
      if (pendingSkip > 0) source += `${SKIP_WORD}{0,${pendingSkip}}`;
      source += sep;
    }
    pendingSkip = 0;
    source += part.source;
    prevEnd = part.wordEnd;
    lastWordEnd = part.wordEnd;
    first = false;
  }
  if (lastWordEnd) source += NOT_WORD_AFTER;
  return { source, heads };
}

/** A class (`@name`), a feature (`#money`) or a word; `\@x` and `\#x` are the literal words `@x`, `#x`. */
function tokenPart(tok: string, pattern: string, fold: (s: string) => string, refs: boolean, ctx: PatternContext | undefined, opts: PatternOptions): TokenParts {
  if (tok.startsWith('\\') && (tok[1] === '@' || tok[1] === '#')) return wordPart(tok.slice(1), pattern, fold, ctx);
  const feature = tok.startsWith('#') && isFeature(tok.slice(1));
  if (!tok.startsWith('@') && !feature) {
    // Inside a group a class or feature would be read as the literal word "@x" and never match:
    // a silent no-op that pack authors hit, so it is an error that says what to write instead.
    const ref = /[(|]([@#])([a-z][a-z0-9-]*)/u.exec(tok);
    if (ref && (ref[1] === '@' || isFeature(ref[2]!))) {
      throw new PatternError(pattern, `"${ref[1]}${ref[2]}" cannot stand inside a group "${tok}": write one pattern per alternative, or add the words to the class`);
    }
    return wordPart(tok, pattern, fold, ctx);
  }
  if (!refs || !ctx) throw new PatternError(pattern, `"${tok}" cannot stand in a class member (members are plain words and phrases)`);
  if (feature) return featurePart(tok.slice(1), pattern, ctx);
  const name = tok.slice(1);
  if (!CLASS_NAME.test(name)) throw new PatternError(pattern, `bad class reference "${tok}" (class names look like @result-noun; write \\${tok} for the literal word)`);
  const cls = classOf(ctx, opts, name);
  if (cls) return cls;
  if (ctx.lenient) return { source: '(?!)', heads: [], wordStart: false, wordEnd: false, complete: false };
  const known = ctx.classNames;
  throw new PatternError(pattern, `unknown class "@${name}" (${known.length ? `the pack declares ${known.map((k) => `@${k}`).join(', ')}` : 'the pack declares no classes'})`);
}

/**
 * A plain word, compiled once per pack: a 2 MB pack of 16,000 patterns has ~110,000 words, most
 * of them repeats. The result does not depend on the pattern (only errors name it, and errors
 * are not kept).
 */
function wordPart(tok: string, pattern: string, fold: (s: string) => string, ctx: PatternContext | undefined): TokenParts {
  // Lenient contexts belong to validators' shared options (one per process): no memo to outlive a pack.
  if (!ctx || fold !== ctx.fold || ctx.lenient) return compileToken(tok, pattern, fold);
  let part = ctx.words.get(tok);
  if (part === undefined) {
    part = compileToken(tok, pattern, fold);
    Object.freeze(part.heads);
    if (ctx.words.size >= MAX_WORD_MEMO) ctx.words.clear();
    ctx.words.set(tok, part);
  }
  return part;
}

/**
 * The heads the prefilter needs: every head that no shorter head is a prefix of (a longer head
 * through a shorter one would find nothing the shorter one does not), as a map from each head to
 * the one it is found through (itself, or its only prefix among them). The engine walks these as a
 * trie (`buildHeadNodes` in compile.ts), one pass over the text whatever the number of patterns.
 */
export function headTerminals(heads: Iterable<string>): Map<string, string> {
  // In code-unit order a head comes after every head that is its prefix, and everything between
  // the two starts with that prefix too: so the last head kept is the only candidate prefix.
  // One comparison per head instead of a lookup per prefix length (a pack has thousands).
  const sorted = [...new Set(heads)].filter((h) => h.length > 0).sort();
  const terminalOf = new Map<string, string>();
  let last = '';
  for (const h of sorted) {
    if (last === '' || !h.startsWith(last)) last = h;
    terminalOf.set(h, last);
  }
  return terminalOf;
}

/**
 * Compile a list of patterns into the source of one alternation (for allow-lists, `when` and
 * sentence checks), or null for an empty list. Run it with `program()` (rx.ts) or as a `gu` RegExp.
 */
export function alternationSource(patterns: readonly Pattern[] | undefined, options: PatternOptions = EMPTY_OPTIONS): string | null {
  if (!patterns || patterns.length === 0) return null;
  return alternationOfSources(patterns.map((p) => compilePattern(p, options).source));
}

/** `alternationSource` of patterns already compiled (`compilePattern(p).source` each, in order). */
export function alternationOfSources(sources: readonly string[]): string {
  // Same matches, fewer attempts: alternatives that start with the word-start lookbehind test it
  // once, and leading-wildcard compounds (`*tabletten`, `*saft`) share one prefix scan instead of
  // each re-reading up to 24 letters at every word start.
  const prefix = `${WORD_CHAR}{0,${MAX_PREFIX}}`;
  const compounds: string[] = [];
  const bounded: string[] = [];
  const rest: string[] = [];
  for (const src of sources) {
    if (!src.startsWith(NOT_WORD_BEFORE)) rest.push(src);
    else if (src.startsWith(NOT_WORD_BEFORE + prefix)) compounds.push(src.slice(NOT_WORD_BEFORE.length + prefix.length));
    else bounded.push(src.slice(NOT_WORD_BEFORE.length));
  }
  const wordAlts = [...(compounds.length ? [`${prefix}(?:${compounds.map((c) => `(?:${c})`).join('|')})`] : []), ...bounded.map((b) => `(?:${b})`)];
  const alts = [...(wordAlts.length ? [`${NOT_WORD_BEFORE}(?:${wordAlts.join('|')})`] : []), ...rest.map((r) => `(?:${r})`)];
  return alts.join('|');
}

/** `alternationSource` as a global RegExp (for tools and tests; the engine runs programs). */
export function compileAlternation(patterns: readonly Pattern[] | undefined, options: PatternOptions = {}): RegExp | null {
  const src = alternationSource(patterns, options);
  return src === null ? null : new RegExp(src, 'gu');
}

/**
 * What every match of `pattern` contains, as clauses: each clause lists literals (folded as the
 * pattern's own are) of which a match contains at least one. The runs of its plain words outside
 * groups are clauses of one (`gwarant* ~2 efekt(u|ów)` → [gwarant], [efekt]); a group whose
 * alternatives all have letters is a clause of them (`(wg|według) rankingu` → [wg, według],
 * [rankingu]). Classes, features, gaps and `re:` bodies promise nothing. A text that fails a
 * clause cannot match, so a built-in pack's pattern or list is compiled only for a text that can
 * (compile.ts). Cut and folded where `compileToken` cuts and folds, so every literal is a piece
 * of the compiled source (a group's source may keep fewer of its alternatives, never others).
 */
export function patternLiterals(pattern: Pattern, options: PatternOptions = EMPTY_OPTIONS, classes = true): string[][] {
  if (pattern.startsWith('re:')) return [];
  const ctx = contextOf(options);
  const fold = ctx.fold;
  const out: string[][] = [];
  // A plain word (most class members and list entries) is its own clause, without the token loop:
  // read through it, the RU classes' ~900 members made this function hot enough for V8 to optimize
  // it during a first check, and that compile cost more than the reading.
  if (/^[^\s*()|~@#\\]+$/.test(pattern)) {
    const lit = fold(pattern);
    return lit ? [[lit]] : out;
  }
  for (const tok of pattern.trim().split(/\s+/u)) {
    // Not inside a class member (members are plain words: a reference there is an error, and a
    // cycle of them would not end here).
    const members = classes && tok.startsWith('@') ? options.classes?.[tok.slice(1)] : undefined;
    if (members) {
      // Once per class and pack: a class of a few hundred members reads each member's literals.
      let clause = ctx.classClauses.get(tok);
      if (clause === undefined) ctx.classClauses.set(tok, (clause = classClause(members, options) ?? null));
      if (clause) out.push(clause as string[]);
      continue;
    }
    // Gaps, features (and literal `#words`: skipped, not needed), escapes.
    if (tok === '' || /^[~@#\\]/.test(tok)) continue;
    // Groups and the literal runs between `*`, `(`, `)`, `|`, cut by one split: a loop per
    // character made this function hot enough for V8 to optimize it during a first check, and
    // that compile cost more than the whole loop (~9 % of the first PL check's instructions).
    for (const piece of tok.split(/(\([^)]*\))|[*()|]/)) {
      if (!piece) continue;
      if (piece[0] === '(') {
        const alts = piece.slice(1, -1).split('|').map((a) => fold(a.replace(/\*$/, '')));
        if (alts.every((a) => a !== '')) out.push([...new Set(alts)]);
        continue;
      }
      const lit = fold(piece);
      if (lit !== '') out.push([lit]);
    }
  }
  return out;
}

/**
 * A class as one any-of clause: every match of a member contains one of the literals of any of
 * its clauses, so one clause per member (its longest shortest literal: the rarest to meet) makes
 * a clause of the class. None when a member has no clause. Head-less patterns that begin with a
 * feature and join classes (`#superlative @quality-noun`, `@grave-disease ~4 @cause-verb`) are
 * searched only in texts that have a member's word.
 */
function classClause(members: readonly string[], options: PatternOptions): readonly string[] | undefined {
  const out = new Set<string>();
  for (const m of members) {
    let best: readonly string[] | undefined;
    let bestLen = 0;
    for (const clause of patternLiterals(m, options, false)) {
      const len = Math.min(...clause.map((l) => l.length));
      if (len > bestLen) [best, bestLen] = [clause, len];
    }
    if (!best) return undefined;
    for (const l of best) out.add(l);
  }
  return Object.freeze([...out]);
}

/**
 * The prefilter heads of a pattern, as `compilePattern(pattern, options).heads` gives them, from
 * its first token only (a class's from its members' first tokens; none for a feature or `re:`).
 * Building the prefilter of a built-in pack this way compiles no whole pattern: a pattern
 * compiles when a text first shows one of its heads (compile.ts). No validation: for patterns
 * that compile (`test/heads.test.ts` checks the equality on every pattern of the built-in packs).
 */
export function patternHeads(pattern: Pattern, options: PatternOptions = EMPTY_OPTIONS, memo?: Map<string, string[]>): string[] {
  if (pattern.startsWith('re:')) return [];
  // By first token, for a caller that asks for many (a third of the packs' first words repeat).
  const tok = pattern.trim().split(/\s+/u, 1)[0]!;
  let heads = memo?.get(tok);
  if (!heads) {
    heads = firstTokenHeads(pattern, contextOf(options), options, false, tok);
    memo?.set(tok, heads);
  }
  return heads;
}

// Of the packs' letters (LETTERS) only: any other token's heads come from compiling it
// (`tokenPart`), which gives the same.
const PLAIN_HEAD = packLetters(`^(${WORD_CHAR}+)(\\*?)$`);
const GROUP_WORD = packLetters('^[\\p{L}\\p{N}(][\\p{L}\\p{N}()|*]*$');

function firstTokenHeads(pattern: string, ctx: PatternContext, opts: PatternOptions, member = false, tok = pattern.trim().split(/\s+/u, 1)[0]!): string[] {
  if (tok.startsWith('#') && isFeature(tok.slice(1))) return [];
  if (tok.startsWith('@') && !member) {
    const name = tok.slice(1);
    const compiled = ctx.classes.get(name);
    if (compiled) return compiled.heads;
    let heads = ctx.classHeads.get(name);
    if (heads === undefined) {
      // classPart: no heads if a member has none, else every member's, once.
      const per = ((opts.classes ?? {})[name] ?? []).map((m) => firstTokenHeads(m, ctx, opts, true));
      heads = per.some((h) => h.length === 0) ? [] : [...new Set(per.flat())];
      ctx.classHeads.set(name, heads);
    }
    return heads;
  }
  // A plain word or stem (most first words): its heads without compiling it, as compileToken
  // would give them (the folded word; marked as whole when it has no `*` and ends in a letter).
  const plain = PLAIN_HEAD.exec(tok);
  if (plain) {
    const lit = ctx.fold(plain[1]!);
    if (lit === '') return [];
    return plain[2] === '' && isWordChar(lit[lit.length - 1]) ? [lit + HEAD_END] : [lit];
  }
  // A word with groups (four in ten first words): its heads alone, without its source.
  if (GROUP_WORD.test(tok)) return groupWordHeads(tok, ctx.fold);
  // Class members and words compile with the pack's folding, like compileWords' first token.
  const part = member ? tokenPart(tok, pattern, ctx.fold, false, undefined, opts) : tokenPart(tok, pattern, ctx.fold, true, ctx, opts);
  return part.complete && part.wordEnd ? part.heads.map((h) => h + HEAD_END) : part.heads;
}

/**
 * The heads `compileToken` gives a word of literals and groups (`gwarantuj(e|emy)`,
 * `(naj|)lepsz*`), as `firstTokenHeads` marks them, without building and escaping its source:
 * building a pack's prefilter compiled ~400 such first words, most of a pack's heads time. For
 * a valid word only (a built-in pack's); `test/heads.test.ts` compares with a full compile.
 */
function groupWordHeads(token: string, fold: (s: string) => string): string[] {
  let heads: string[] = [''];
  let headOpen = true;
  let wordEnd = false;
  for (let i = 0; i < token.length; ) {
    const c = token[i]!;
    // Past an open end no head grows, and the word's end counts no more: done.
    if (c === '*') {
      headOpen = false;
      break;
    }
    if (c === '(') {
      const close = token.indexOf(')', i);
      const folded: Array<{ lit: string; open: boolean }> = [];
      for (const a of token.slice(i + 1, close).split('|')) folded.push({ lit: fold(a.endsWith('*') ? a.slice(0, -1) : a), open: a.endsWith('*') });
      const alts = distinctAlternatives(folded, token.slice(close + 1));
      const before: boolean = wordEnd;
      const next: string[] = [];
      for (const h of heads) for (const a of alts) next.push(h + a.lit);
      heads = next;
      if (alts.some((a) => a.open)) {
        headOpen = false;
        break;
      }
      wordEnd = alts.every((a) => a.open || (a.lit === '' ? before : isWordChar(a.lit[a.lit.length - 1])));
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < token.length && !'*()|'.includes(token[j]!)) j++;
    const lit = fold(token.slice(i, j));
    heads = heads.map((h) => h + lit);
    wordEnd = isWordChar(lit[lit.length - 1]);
    i = j;
  }
  if (heads.includes('')) return [];
  return headOpen && wordEnd ? heads.map((h) => h + HEAD_END) : heads;
}
