/**
 * franc's trigram scores for the detector's candidates, computed the way franc computes them, with
 * less work per call. The detector runs franc on a post and again on every sentence and hashtag;
 * inside franc, most of a call was building a dictionary of trigram strings (`asTuples`), filtering
 * its models by `only` and testing ~30 script expressions. Here one pass over the text's code units
 * checks its scripts, cleans it as franc does and counts its trigrams as small integers, which are
 * looked up in one table of the candidates' models built on first use.
 *
 * The answer is franc's to the last bit: the same cleaning, trigram counts, distance sum (integers,
 * so their order does not matter) and normalization. A text with a character that franc's other
 * script expressions could count, or one outside the ranges below, goes to franc itself.
 * `test/detect-trigrams.test.ts` compares the two on every BMP code unit and on real posts.
 */
import { francAll } from 'franc';
import { data } from 'franc/data.js';
import { CYRILLIC, CYRILLIC_EXTRA, LATIN, LATIN_EXTRA } from './signals.js';

/** franc's own constants: the sample it reads, and the distance of a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptModels {
  langs: string[];
  /** Trigram (as a key) → its row in `ranks`. */
  rows: Map<number, number>;
  /** A row per trigram: its rank in each of `langs`' models, -1 where a model lacks it. */
  ranks: Int16Array;
}

interface Models {
  /** Code unit → its index in the models' alphabet + 1 (0: in no model). */
  letter: Uint8Array;
  /** Radix of a trigram key: the alphabet's size + 1. */
  radix: number;
  Latin: ScriptModels;
  Cyrillic: ScriptModels;
}

let models: Models | undefined;

/** The candidates' models: built once, on the first call, from the trigram lists franc ships. */
function load(): Models {
  if (models) return models;
  const wanted = new Set([...LATIN, ...LATIN_EXTRA.langs, ...CYRILLIC, ...CYRILLIC_EXTRA.langs]);
  const letter = new Map<number, number>([[0x20, 1]]);
  const lists: Record<'Latin' | 'Cyrillic', Array<[string, string[]]>> = { Latin: [], Cyrillic: [] };
  for (const script of ['Latin', 'Cyrillic'] as const) {
    for (const [lang, list] of Object.entries(data[script] ?? {})) {
      if (!wanted.has(lang)) continue;
      const trigrams = list.split('|');
      for (const t of trigrams) for (let i = 0; i < t.length; i++) if (!letter.has(t.charCodeAt(i))) letter.set(t.charCodeAt(i), letter.size + 1);
      lists[script].push([lang, trigrams]);
    }
  }
  const radix = letter.size + 1;
  const table = (entries: Array<[string, string[]]>): ScriptModels => {
    const rows = new Map<number, number>();
    const keys = entries.map(([, trigrams]) => trigrams.map((t) => (t.length === 3 ? (letter.get(t.charCodeAt(0))! * radix + letter.get(t.charCodeAt(1))!) * radix + letter.get(t.charCodeAt(2))! : -1)));
    for (const list of keys) for (const key of list) if (key >= 0 && !rows.has(key)) rows.set(key, rows.size);
    const ranks = new Int16Array(rows.size * entries.length).fill(-1);
    // franc keeps a repeated trigram's first rank.
    keys.forEach((list, l) => {
      for (let rank = list.length - 1; rank >= 0; rank--) if (list[rank]! >= 0) ranks[rows.get(list[rank]!)! * entries.length + l] = rank;
    });
    return { langs: entries.map(([lang]) => lang), rows, ranks };
  };
  const index = new Uint8Array(Math.max(...letter.keys()) + 1);
  for (const [u, i] of letter) index[u] = i;
  models = { letter: index, radix, Latin: table(lists.Latin), Cyrillic: table(lists.Cyrillic) };
  return models;
}

/** What franc's `clean` turns into a space: ASCII punctuation and digits (U+0021–U+0040) and `\s`. */
function blank(u: number): boolean {
  return (
    (u >= 0x21 && u <= 0x40) || u === 0x20 || (u >= 0x09 && u <= 0x0d) || u === 0xa0 || u === 0x1680 || (u >= 0x2000 && u <= 0x200a) ||
    u === 0x2028 || u === 0x2029 || u === 0x202f || u === 0x205f || u === 0x3000 || u === 0xfeff
  );
}

/**
 * Which of franc's script expressions count code unit `u`: 1 Latin, 2 Cyrillic, 0 none; -1 when
 * another script's expression may count it, or the unit is outside the ranges checked here.
 */
function scriptOf(u: number): number {
  if (u < 0x250) return (u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a) || u === 0xaa || u === 0xba || (u >= 0xc0 && u !== 0xd7 && u !== 0xf7) ? 1 : 0;
  if (u >= 0x400 && u < 0x530) return u === 0x485 || u === 0x486 ? 0 : 2;
  // General punctuation, currency, letterlike symbols (less five letters of the Latin and Greek
  // expressions), arrows, mathematical and technical symbols, dingbats, variation selectors.
  if ((u >= 0x2000 && u < 0x2070) || (u >= 0x20a0 && u < 0x20d0) || (u >= 0x2190 && u < 0x2c00) || (u >= 0xfe00 && u < 0xfe10)) return 0;
  if (u >= 0x2100 && u < 0x2150) return u === 0x2126 || u === 0x212a || u === 0x212b || u === 0x2132 || u === 0x214e ? -1 : 0;
  return -1;
}

/**
 * franc's scores for `value` among `only` (ISO 639-3), as `new Map(francAll(value, { only, minLength: 1 }))`
 * gives them. `value` must be lowercase already (franc lowercases it again; the detector's sample is).
 */
export function trigramScores(value: string, only: readonly string[]): Map<string, number> {
  const m = load();
  const n = Math.min(value.length, MAX_LENGTH);
  const { letter, radix } = m;
  const counts = new Map<number, number>();
  // Trigrams with a character of no model: only how many distinct ones there are counts.
  let foreign: Set<number> | undefined;
  let latin = 0;
  let cyrillic = 0;
  // The last two units of franc's cleaned, space-padded text and their alphabet indices.
  let u1 = -1;
  let u2 = 0x20;
  let i1 = 0;
  let i2 = 1;
  let emitted = false;
  let space = false;
  const push = (u: number) => {
    const i = u < letter.length ? letter[u]! : 0;
    if (u1 >= 0) {
      if (i1 && i2 && i) {
        const key = (i1 * radix + i2) * radix + i;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      } else (foreign ??= new Set()).add((u1 * 0x10000 + u2) * 0x10000 + u);
    }
    u1 = u2;
    i1 = i2;
    u2 = u;
    i2 = i;
  };
  for (let k = 0; k < n; k++) {
    let u = value.charCodeAt(k);
    const s = scriptOf(u);
    if (s === 1) latin++;
    else if (s === 2) cyrillic++;
    else if (s < 0) {
      // Emoji (U+1F000–U+1FBFF) are in no script expression; franc's Japanese one has U+1F200.
      const next = k + 1 < n ? value.charCodeAt(k + 1) : -1;
      if (u < 0xd83c || u > 0xd83e || (next >= 0 && (next < 0xdc00 || next > 0xdfff)) || (u === 0xd83c && next === 0xde00)) return new Map(francAll(value, { only: [...only], minLength: 1 }));
      if (next >= 0) {
        if (space && emitted) push(0x20);
        space = false;
        emitted = true;
        push(u);
        u = next;
        k++;
      }
    }
    if (blank(u)) {
      space = true;
      continue;
    }
    if (space && emitted) push(0x20);
    space = false;
    emitted = true;
    push(u);
  }
  // Neither script: franc's first expression (Chinese) wins with no match, and franc answers `und`.
  if (latin === 0 && cyrillic === 0) return new Map([['und', 1]]);
  push(0x20);
  const script = cyrillic > latin ? m.Cyrillic : m.Latin;
  const cols: number[] = [];
  for (let l = 0; l < script.langs.length; l++) if (only.includes(script.langs[l]!)) cols.push(l);
  if (cols.length === 0) return new Map([['und', 1]]);
  const distinct = counts.size + (foreign?.size ?? 0);
  const dist = cols.map(() => distinct * MAX_DIFFERENCE);
  for (const [key, count] of counts) {
    const row = script.rows.get(key);
    if (row === undefined) continue;
    const at = row * script.langs.length;
    for (let c = 0; c < cols.length; c++) {
      const rank = script.ranks[at + cols[c]!]!;
      if (rank >= 0) dist[c]! -= MAX_DIFFERENCE - Math.abs(count - rank - 1);
    }
  }
  let min = Infinity;
  for (const d of dist) if (d < min) min = d;
  const max = n * MAX_DIFFERENCE - min;
  const out = new Map<string, number>();
  for (let c = 0; c < cols.length; c++) out.set(script.langs[cols[c]!]!, 1 - (dist[c]! - min) / max || 0);
  return out;
}
