/**
 * `medad/detect`: which language a post is in, and so which law applies.
 *
 * Built on franc, restricted by script to a few candidates and corrected by what the text shows
 * (letters only some languages use, function words). franc is an optional peer dependency: only
 * this entry imports it, so `import 'medad'` never loads it.
 *
 *   import { check } from 'medad';
 *   import { detect } from 'medad/detect';
 *   check(post, { detect });
 */
import type { DetectedLanguage, LanguageDetector } from '../../core/types.js';
import { CYRILLIC, CYRILLIC_EXTRA, EXPECTED, FUNCTION_WORDS, ISO1, ISO3, LATIN, LATIN_EXTRA, LETTERS } from './signals.js';
import { trigramScores } from './trigrams.js';

export interface DetectOptions {
  /**
   * Restrict the answer to these languages (ISO 639-1, e.g. `['pl', 'de', 'ru']`). Languages of
   * the other script are dropped automatically. Default: the built-in candidate sets.
   */
  only?: string[];
  /** Below this many letters the answer is `'und'` (default 3). */
  minLetters?: number;
}

export type Script = 'Latn' | 'Cyrl' | 'other';

export interface LanguageGuess {
  /** ISO 639-1 code, or `'und'` when undetermined. */
  code: string;
  /** ISO 639-3 code as franc reports it, or `'und'`. */
  iso639_3: string;
  /** Score margin over the runner-up, in [0, 1]. */
  confidence: number;
  /** Enough text and margin to route on without a human check. */
  reliable: boolean;
  /** The dominant script of the letters. */
  script: Script;
}

export interface LanguageSegment {
  start: number;
  end: number;
  code: string;
}

const UND: LanguageGuess = { code: 'und', iso639_3: 'und', confidence: 0, reliable: false, script: 'other' };
// URLs, e-mail addresses, @mentions and #hashtags say nothing about the sentence's language.
const NOISE = /https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+|[@#][\p{L}\p{N}_]+/gu;
// NOISE for a text without "@": its address branch, which measures every word from every start
// to find one, cannot match there.
const NOISE_NO_AT = /https?:\/\/\S+|www\.\S+|#[\p{L}\p{N}_]+/gu;
const WORD = /\p{L}+/gu;
const CYR = /\p{Script=Cyrillic}/u;
const LAT = /\p{Script=Latin}/u;
/** Weight of one letter hit and of one function word, relative to franc's 0–1 scores. */
const FRANC_SPREAD = 0.4;
/**
 * A small head start for the languages medad routes to a law: posts it checks are mostly Polish,
 * German or Russian, so a tie between Russian and Bulgarian trigrams is more likely Russian. It is
 * smaller than any exclusive letter, so a Ukrainian і or a Bulgarian -ът still decides.
 */
const PRIOR: Record<string, number> = { rus: 0.04, pol: 0.02, deu: 0.02 };
const LETTER_WEIGHT = 0.08;
const LETTER_CAP = 0.3;
const WORD_WEIGHT = 0.08;
const WORD_CAP = 0.3;
/** Function word → the languages that list it. */
const FUNCTION_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of new Set(words)) FUNCTION_LANGS.set(w, [...(FUNCTION_LANGS.get(w) ?? []), lang]);

function candidatesFor(script: Script, sample: string, only: string[] | undefined): string[] {
  const extra = script === 'Cyrl' ? CYRILLIC_EXTRA : LATIN_EXTRA;
  const base = [...(script === 'Cyrl' ? CYRILLIC : LATIN), ...(extra.re.test(sample) ? extra.langs : [])];
  if (!only) return base;
  const wanted = new Set(only.map((c) => ISO3[c] ?? c));
  return base.filter((c) => wanted.has(c));
}

/** Scores per candidate: franc's trigram score plus the text's own signals, minus exclusions. */
function score(sample: string, words: string[], letters: number, candidates: string[]): Array<[string, number]> {
  const franc = trigramScores(sample, candidates);
  const scores = new Map<string, number>();
  // franc's spread is wide on short texts (its model is trained on one long text per language):
  // damp it so that what the text shows can outweigh a trigram hunch.
  for (const c of candidates) scores.set(c, 1 - FRANC_SPREAD * (1 - (franc.get(c) ?? 0)));

  const support = new Map<string, number>();
  const bonus = new Map<string, number>();
  const against = new Map<string, number>();
  for (const sig of LETTERS) {
    const n = sample.match(sig.re)?.length ?? 0;
    if (n === 0) continue;
    for (const l of sig.lang) {
      bonus.set(l, (bonus.get(l) ?? 0) + n);
      if (!sig.weak) support.set(l, (support.get(l) ?? 0) + n);
    }
    for (const l of sig.excludes) against.set(l, Math.max(against.get(l) ?? 0, n));
  }
  const hits = new Map<string, number>();
  for (const w of words) for (const l of FUNCTION_LANGS.get(w) ?? []) hits.set(l, (hits.get(l) ?? 0) + 1);
  for (const c of candidates) {
    const s = support.get(c) ?? 0;
    let add = Math.min(LETTER_CAP, (bonus.get(c) ?? 0) * LETTER_WEIGHT);
    if (FUNCTION_WORDS[c]) add += Math.min(WORD_CAP, (hits.get(c) ?? 0) * WORD_WEIGHT);
    let value = scores.get(c)! + add + (PRIOR[c] ?? 0);
    // A letter the language's spelling never uses rules it out, unless the language's own letters
    // outnumber it (a Polish post naming "Dvořák" stays Polish).
    const a = against.get(c) ?? 0;
    // In a long text a few foreign letters are a quoted name or phrase, not the text's language.
    if (a > s && a * 100 >= letters) value = -1;
    for (const e of EXPECTED) if (e.lang === c && letters >= e.minLetters && !e.re.test(sample)) value -= e.penalty;
    scores.set(c, value);
  }
  return [...scores].sort((a, b) => b[1] - a[1]);
}

/** How many of `sample`'s letters are Cyrillic and how many Latin (Unicode scripts). */
function scripts(sample: string): [number, number] {
  let cyr = 0;
  let lat = 0;
  for (let i = 0; i < sample.length; i++) {
    const u = sample.charCodeAt(i);
    if (u < 0x250) {
      if ((u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a) || u === 0xaa || u === 0xba || (u >= 0xc0 && u !== 0xd7 && u !== 0xf7)) lat++;
    } else if (u >= 0x400 && u < 0x530) {
      // U+0485–U+0486 are combining marks of the Inherited script.
      if (u !== 0x485 && u !== 0x486) cyr++;
    } else if (u < 0x2000 || u >= 0x2070) {
      const c = String.fromCodePoint(sample.codePointAt(i)!);
      if (CYR.test(c)) cyr++;
      else if (LAT.test(c)) lat++;
      i += c.length - 1;
    }
  }
  return [cyr, lat];
}

/**
 * Guess the language of `text`. Returns ISO 639-1 `code` (or `'und'`), franc's ISO 639-3 code,
 * a confidence in [0, 1], whether it is reliable, and the script.
 */
export function detectLanguage(text: string, options: DetectOptions = {}): LanguageGuess {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${text === null ? 'null' : typeof text}.`);
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  const noisy = head.includes('@') ? NOISE : head.includes('#') || head.includes('www.') || head.includes('http') ? NOISE_NO_AT : undefined;
  const sample = (noisy ? head.replace(noisy, ' ') : head).toLowerCase();
  const words = sample.match(WORD) ?? [];
  const [cyr, lat] = scripts(sample);
  if (cyr + lat < (options.minLetters ?? 3)) return { ...UND, script: cyr + lat > 0 ? (cyr > lat ? 'Cyrl' : 'Latn') : 'other' };
  const script: Script = cyr > lat ? 'Cyrl' : 'Latn';
  const candidates = candidatesFor(script, sample, options.only);
  if (candidates.length === 0) return { ...UND, script };
  const ranked = score(sample, words, cyr + lat, candidates);
  const [best, second] = ranked;
  if (!best || best[1] <= 0) return { ...UND, script };
  const margin = Math.max(0, Math.min(1, best[1] - Math.max(0, second?.[1] ?? 0)));
  const letters = cyr + lat;
  // Short texts need a larger margin: three words give franc little to go on.
  const reliable = letters >= 40 ? margin >= 0.05 : letters >= 15 ? margin >= 0.12 : margin >= 0.25;
  return { code: ISO1[best[0]] ?? best[0], iso639_3: best[0], confidence: Number(margin.toFixed(3)), reliable, script };
}

// Pieces of a post that may be in another language: quotations, lines, sentences, hashtags.
const QUOTE = /„[^„“”\n]{1,600}[“”]|«[^«»\n]{1,600}»|“[^“”\n]{1,600}”|"[^"\n]{1,600}"/gu;
const SENTENCE = /[^.!?…\n]+[.!?…]*/gu;
const HASHTAG = /#[\p{L}\p{N}_]+/gu;

interface Piece {
  start: number;
  end: number;
  kind: 'text' | 'quote' | 'hashtag';
}

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  const quotes = [...text.matchAll(QUOTE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const pushText = (from: number, to: number) => {
    const chunk = text.slice(from, to);
    for (const m of chunk.matchAll(SENTENCE)) {
      const s = from + m.index;
      const e = s + m[0].length;
      // Hashtags inside a sentence are pieces of their own.
      let cur = s;
      for (const h of m[0].matchAll(HASHTAG)) {
        const hs = s + h.index;
        if (hs > cur) out.push({ start: cur, end: hs, kind: 'text' });
        out.push({ start: hs, end: hs + h[0].length, kind: 'hashtag' });
        cur = hs + h[0].length;
      }
      if (cur < e) out.push({ start: cur, end: e, kind: 'text' });
    }
  };
  let pos = 0;
  for (const q of quotes) {
    if (q.start > pos) pushText(pos, q.start);
    out.push({ start: q.start, end: q.end, kind: 'quote' });
    pos = q.end;
  }
  if (pos < text.length) pushText(pos, text.length);
  return out;
}

/** Split camel-case and underscores of a hashtag into words: `#BestDealEver` → "best deal ever". */
function hashtagWords(tag: string): string {
  return tag
    .slice(1)
    .replace(/_/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

/**
 * The language of the post's own words: quotations (a manufacturer's slogan, a quoted law) are
 * left out when enough text remains, so they cannot outvote the author's language.
 */
function mainLanguage(text: string, options: DetectOptions): LanguageGuess {
  const own = text.replace(QUOTE, ' ');
  if (own !== text && (own.match(WORD) ?? []).join('').length >= 15) return detectLanguage(own, options);
  return detectLanguage(text, options);
}

/**
 * Split a post into runs by language: a Polish post quoting a German slogan, English hashtags.
 * Short or ambiguous pieces keep the language of the whole text; adjacent runs of the same
 * language are merged. Runs cover the text without gaps.
 */
export function detectSegments(text: string, options: DetectOptions = {}): LanguageSegment[] {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${text === null ? 'null' : typeof text}.`);
  if (text.length === 0) return [];
  return segmentsAround(text, mainLanguage(text, options).code, options);
}

/**
 * A detector's answers for pieces it has seen, by main language, kind and text. Posts of one
 * author or clinic repeat their hashtags, sign-offs and mandatory warnings word for word, and a
 * piece's answer depends on nothing else. Bounded: the oldest answer goes first, and long pieces
 * are not kept.
 */
type PieceMemo = Map<string, string>;
const MEMO_ENTRIES = 512;
const MEMO_PIECE = 512;

/** `detectSegments` once the main language is known (the detector has it already). */
function segmentsAround(text: string, main: string, options: DetectOptions, memo?: PieceMemo): LanguageSegment[] {
  const runs: LanguageSegment[] = [];
  for (const p of pieces(text)) {
    const raw = text.slice(p.start, p.end);
    const key = memo && raw.length <= MEMO_PIECE ? `${main} ${p.kind} ${raw}` : undefined;
    let code = key === undefined ? undefined : memo!.get(key);
    if (code === undefined) {
      code = pieceLanguage(raw, p.kind, main, options);
      if (key !== undefined) {
        if (memo!.size >= MEMO_ENTRIES) memo!.delete(memo!.keys().next().value!);
        memo!.set(key, code);
      }
    }
    const last = runs[runs.length - 1];
    if (last && last.code === code && last.end >= p.start - 2) last.end = p.end;
    else if (last && !/\p{L}/u.test(raw)) last.end = p.end;
    else runs.push({ start: p.start, end: p.end, code });
  }
  // Close gaps (spaces between pieces) so the runs cover the whole text.
  if (runs.length) {
    runs[0]!.start = 0;
    for (let i = 1; i < runs.length; i++) runs[i - 1]!.end = runs[i]!.start;
    runs[runs.length - 1]!.end = text.length;
  }
  return runs;
}

/** The language of one piece of a post whose main language is `main`. */
function pieceLanguage(raw: string, kind: Piece['kind'], main: string, options: DetectOptions): string {
  if (kind === 'hashtag') {
    // One word gives franc little: only a confident guess between the main language and English moves it.
    const only = main === 'und' ? undefined : [main, 'en'];
    const g = detectLanguage(hashtagWords(raw), { ...options, ...(only ? { only } : {}) });
    return g.code !== 'und' && g.code !== main && g.confidence >= 0.1 ? g.code : main;
  }
  // A piece of one word keeps the main language whatever it is guessed to be.
  if ((raw.match(WORD)?.length ?? 0) < 2) return main;
  const g = detectLanguage(raw, options);
  return g.code !== 'und' && g.code !== main && g.reliable ? g.code : main;
}

/**
 * A `LanguageDetector` for `check(text, { detect })` and `createChecker({ detect })`, optionally
 * restricted to some languages (ISO 639-1): the main language plus runs, so each pack only sees
 * its own language's part of a mixed post.
 */
export function createDetector(given: DetectOptions = {}): LanguageDetector {
  // Read once: the memo's answers hold for these options.
  const options: DetectOptions = { ...given, ...(given.only ? { only: [...given.only] } : {}) };
  const memo: PieceMemo = new Map();
  return (text: string): DetectedLanguage => {
    const g = mainLanguage(text, options);
    // The whole-text guess is most of a detection's cost (franc over up to 4,000 characters):
    // made once, not again inside detectSegments (the CLI spent a third of a directory's time here).
    const segments = text.length === 0 ? [] : segmentsAround(text, g.code, options, memo);
    return { code: g.code, confidence: g.confidence, reliable: g.reliable, ...(segments.some((s) => s.code !== g.code) ? { segments } : {}) };
  };
}

/** The default detector (all built-in candidates). */
export const detect: LanguageDetector = createDetector();
