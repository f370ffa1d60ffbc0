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
const MARK = /\p{M}/u;
const MARKS = /\p{M}+/gu;

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

/** Fold one code point (as a string) the way both patterns and texts are folded. */
export function foldCodePoint(ch: string, opts: FoldOptions): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
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

/** Fold a short string (a pattern literal) with the same rules as the text. */
export function foldString(s: string, opts: FoldOptions): string {
  return normalizeText(s, opts).text;
}

// Look-alike letters. Only folded inside words that mix both scripts, so that a real Russian
// or Polish word is never touched.
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', в: 'b', с: 'c', е: 'e', н: 'h', к: 'k', м: 'm', о: 'o', р: 'p', т: 't', х: 'x', у: 'y',
  і: 'i', ј: 'j', ѕ: 's',
};
const WORD = /[\p{L}\p{N}]+/gu;
const HAS_LATIN = /[a-z]/;
const HAS_CYRILLIC = /[\u0400-\u04FF]/;
const CYRILLIC_LETTER = /[\u0400-\u04FF]/g;
const LATIN_LETTER = /[a-z]/g;

// Four or more single letters separated by single spaces: "n a j l e p s z y".
const LETTER_SPACED = /(?<![\p{L}\p{N}])(?:\p{L}[ \u00A0]){3,}\p{L}(?![\p{L}\p{N}])/gu;

/**
 * Build the shadow of `text`. Linear in the length of the text; a cache local to the call
 * keeps the cost of `String.prototype.normalize` to one call per distinct non-ASCII character.
 */
export function normalizeText(text: string, opts: FoldOptions): Shadow {
  const n = text.length;
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const cache = new Map<string, string>();
  let clusterFrom = 0;

  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    let len = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) len = 2;
    }
    if (code < 0x80) {
      clusterFrom = units.length;
      units.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!);
      starts.push(i);
      ends.push(i + 1);
      i += len;
      continue;
    }
    const ch = len === 2 ? text.slice(i, i + 2) : text[i]!;
    if (INVISIBLE.test(ch)) {
      i += len;
      continue;
    }
    if (MARK.test(ch)) {
      // A combining mark belongs to the letter before it: widen that letter's range, drop the mark
      // (with diacritic folding) or keep it composed (without).
      for (let k = clusterFrom; k < units.length; k++) ends[k] = i + len;
      if (!opts.diacritics && units.length > clusterFrom) {
        const composed = (units.slice(clusterFrom).join('') + ch).normalize('NFKC');
        const origStart = starts[clusterFrom]!;
        units.length = clusterFrom;
        starts.length = clusterFrom;
        ends.length = clusterFrom;
        for (const u of splitUnits(composed)) {
          units.push(u);
          starts.push(origStart);
          ends.push(i + len);
        }
      }
      i += len;
      continue;
    }
    let folded = cache.get(ch);
    if (folded === undefined) {
      folded = foldCodePoint(ch, opts);
      cache.set(ch, folded);
    }
    clusterFrom = units.length;
    for (const u of splitUnits(folded)) {
      units.push(u);
      starts.push(i);
      ends.push(i + len);
    }
    i += len;
  }

  let shadow = units.join('');
  // Look-alike folding: 1:1 replacements, so the maps stay as they are.
  if (HAS_LATIN.test(shadow) && HAS_CYRILLIC.test(shadow)) {
    shadow = shadow.replace(WORD, (word) => {
      if (!HAS_LATIN.test(word) || !HAS_CYRILLIC.test(word)) return word;
      const cyr = word.match(CYRILLIC_LETTER)?.length ?? 0;
      const lat = word.match(LATIN_LETTER)?.length ?? 0;
      const table = cyr >= lat ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
      let out = '';
      for (const c of word) out += table[c] ?? c;
      return out;
    });
  }

  let s = Int32Array.from(starts);
  let e = Int32Array.from(ends);
  // Letter spacing: drop the spaces between the letters, which changes the maps.
  LETTER_SPACED.lastIndex = 0;
  if (LETTER_SPACED.test(shadow)) {
    const keep: number[] = [];
    let last = 0;
    LETTER_SPACED.lastIndex = 0;
    for (const m of shadow.matchAll(LETTER_SPACED)) {
      for (let k = last; k < m.index; k++) keep.push(k);
      for (let k = m.index; k < m.index + m[0].length; k++) {
        const c = shadow[k]!;
        if (c !== ' ' && c !== '\u00A0') keep.push(k);
      }
      last = m.index + m[0].length;
    }
    for (let k = last; k < shadow.length; k++) keep.push(k);
    let t = '';
    const s2 = new Int32Array(keep.length);
    const e2 = new Int32Array(keep.length);
    keep.forEach((k, j) => {
      t += shadow[k];
      s2[j] = s[k]!;
      e2[j] = e[k]!;
    });
    shadow = t;
    s = s2;
    e = e2;
  }
  return { text: shadow, starts: s, ends: e };
}

function splitUnits(s: string): string[] {
  // UTF-16 units, so that shadow indices and the maps agree.
  const out: string[] = [];
  for (let k = 0; k < s.length; k++) out.push(s[k]!);
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
const TRANSLIT: Array<[string, string]> = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
  ['yu', 'ю'], ['ya', 'я'], ['yo', 'е'], ['ye', 'е'], ['iy', 'ий'], ['yy', 'ый'], ['ij', 'ий'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'],
  ['j', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'],
  ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'], ['c', 'к'], ['y', 'ы'], ['w', 'в'],
  ['x', 'кс'], ['q', 'к'], ["'", 'ь'],
];
const LATIN_WORD = /(?<![\p{L}\p{N}])[a-z']*[a-z](?![\p{L}\p{N}])/gu;

/** A view of a shadow in which Latin-letter words are transliterated to Cyrillic. */
export function transliterateRu(shadow: Shadow): Shadow {
  if (!/[a-z]/.test(shadow.text)) return shadow;
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let last = 0;
  const pushRange = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      units.push(shadow.text[k]!);
      starts.push(shadow.starts[k]!);
      ends.push(shadow.ends[k]!);
    }
  };
  for (const m of shadow.text.matchAll(LATIN_WORD)) {
    pushRange(last, m.index);
    const w = m[0];
    for (let k = 0; k < w.length; ) {
      const pair = TRANSLIT.find(([lat]) => w.startsWith(lat, k));
      const [lat, cyr] = pair ?? [w[k]!, w[k]!];
      const from = m.index + k;
      const to = from + lat.length;
      for (const u of cyr) {
        units.push(u);
        starts.push(shadow.starts[from]!);
        ends.push(shadow.ends[to - 1]!);
      }
      k += lat.length;
    }
    last = m.index + w.length;
  }
  pushRange(last, shadow.text.length);
  return { text: units.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
