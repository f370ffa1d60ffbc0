/**
 * The packs' vocabulary, and reading words that were run together (lower-case hashtags,
 * phrases letter-spaced with single spaces between the words) against it.
 *
 * A pack's vocabulary is every word its rules can match: the literal words of all its pattern
 * lists, its classes' members, the words its features list (`#time-span`'s units, `#first-person`'s
 * pronouns) and, as shapes, the words `#superlative` recognises by form ("naj…szy", "…ейший",
 * "…ste"). Stems (`widoczn*`) take the inflectional endings of the pack's languages, so a stem
 * reads its forms without every form being listed; one-letter words (Polish "z", Russian "к")
 * come from the language, since patterns rarely spell them out.
 *
 * Splitting "najszerszywybór" is choosing among readings ("najszerszy wybór", "na jsz er szy
 * wybór"): the segmenter takes the one with the fewest pieces, where a word of the vocabulary is a
 * piece and a run of letters it does not know is a dearer piece (see the prices below). Each
 * pack's vocabulary reads the run on its own: a Polish hashtag is not split into German words.
 * Every reading is linear in the run (at most MAX_RUN letters; pieces at most MAX_WORD, forms at
 * most MAX_SHAPE).
 */
import { featureSource, FEATURES } from './features.js';
import { isLetterCp } from './normalize.js';
import { alternationSource, plainFold as fold, type PatternOptions } from './pattern.js';
import { LazyProgram, newRxCache, type Program } from './rx.js';
import { step, TrieBuilder, type FlatTrie } from './trie.js';
import type { Pattern, RulePack } from './types.js';

const EXACT = 1;
const STEM = 2;
/** Words as a flat trie (root 0) and, per node, EXACT (a word ends here) | STEM (a stem ends here: any ending may follow). */
export interface WordTrie {
  readonly trie: FlatTrie;
  readonly end: Uint8Array;
}

/** One pack's words, folded like the shadow, as a trie; plus what the segmenter needs of its languages. */
export interface Lexicon {
  readonly words: WordTrie;
  readonly size: number;
  /** Words of one letter in the pack's languages (folded code units). */
  readonly oneLetter: ReadonlySet<number>;
  /** Inflectional endings a stem may take, folded, as a trie (longest MAX_ENDING). */
  readonly endings: WordTrie;
  /** Programs that tell whether one whole word has a feature's form (`#superlative`, …). */
  readonly shapes: readonly Program[];
}

// ---- what the languages contribute --------------------------------------------------------------

/**
 * Words of one letter (prepositions and conjunctions): the only single letters a run may be split
 * into. German has none.
 */
const ONE_LETTER_WORDS: Record<string, string> = { pl: 'aiouwz', ru: 'авикосуя' };

/**
 * Inflectional endings a stem of the vocabulary may take in a run (folded: ą→a, ł→l, й→и). Nominal,
 * adjectival and verbal endings; a closed class per language, so a stem reads the forms no pattern
 * lists without reading any letters after it as an ending.
 */
const ENDINGS: Record<string, string> = {
  pl:
    'a e i o u y ą ę em om ach ami ów owi owie ego emu ej ym ych ymi im ich imi ie ia iu ię ią iem iej ' +
    'ć ł ła ło li ły esz emy ecie asz amy acie ają am ał ' +
    // The comparative's -sz- with its endings ("skuteczniejsze", "tańszy").
    'szy sza sze szą szej szego szym szych szymi',
  de: 'e en er es em n s st t te ten ter tes ung ungen lich liche lichen',
  ru:
    'а я о е ы и у ю ь ои еи ая яя ое ее ые ие ыи ии ом ем ам ям ах ях ов ев ами ями ого его ому ему ым им ых их ыми ими ' +
    'ую юю ть ет ит ут ют ат ят ешь ишь ете ите ло ла ли л ся сь ться ется ится ются ость ости ия ию ье ья ьи ' +
    // The imperative plural on its singular ("напиши-те"); verbs with -ну- after the stem ("исчезнут").
    'те ' +
    'ну нут нет нуть нул нула нули',
};
/** Endings longer than this are not tried (the lists above stop at five letters). */
const MAX_ENDING = 5;

/**
 * Features whose forms name words a run may be split into. Only `#superlative`: its forms are
 * anchored ("naj…szy", "…ейший", "…(e)ste"); the suffix-only forms of `#imperative` ("…uj",
 * "…ите") and `#first-person` ("…łem") split ordinary words of the corpora more often than they
 * brought back a rule's finding (none, on every rule example).
 */
const WORD_FEATURES = ['superlative'] as const;

// ---- building ----------------------------------------------------------------------------------

const GROUP = /\(([^()]*)\)/;
/** Words of two or more folded letters of one script: `plainFold` returns them as they are (FOLDED in pattern.ts) and the letter test keeps them. */
const FOLDED_WORD = /^(?:[a-z]{2,}|[\u0430-\u0438\u043a-\u044f]{2,})$/;
const MAX_EXPANSIONS = 32;

/** `gwarantuj(e|emy|ą)` → gwarantuje, gwarantujemy, gwarantują (bounded). */
function expandGroups(token: string): string[] {
  let out = [token];
  // A group at a time, leftmost first, and the first expansions kept: the order and the bound of
  // a recursion over the groups. Every expansion has the same groups left (alternatives hold no
  // parentheses). Builtins with small callbacks: ~4,000 calls of a recursion with its loops made
  // V8 optimize it (twice for German) in a first check, a compile that cost more than the calls.
  while (GROUP.test(out[0]!)) {
    out = out
      .flatMap((t) => {
        const m = GROUP.exec(t)!;
        const pre = t.slice(0, m.index);
        const post = t.slice(m.index + m[0].length);
        return m[1]!.split('|').map((alt) => pre + alt + post);
      })
      .slice(0, MAX_EXPANSIONS);
  }
  return out;
}

/** Folded words with their kinds as a trie. */
function wordTrie(found: Map<string, number>): WordTrie {
  const b = new TrieBuilder();
  b.node();
  // Holes read as 0; the last node made ends a word, so this is as long as the trie.
  const end: number[] = [];
  // An index loop over arrays: little bytecode per word, so V8 does not compile this (OSR) for a
  // loop that runs once per pack; a `for…of` over the map's entries made it, and the compile
  // cost more than the loop.
  const words = [...found.keys()];
  const kinds = [...found.values()];
  for (let i = 0; i < words.length; i++) end[b.add(0, words[i]!)] = kinds[i]!;
  return { trie: b.freeze(), end: Uint8Array.from(end) };
}

/** Every pattern list of a pack: what its rules match, allow, require and exempt, and its classes. */
function packPatterns(pack: RulePack): Pattern[] {
  const out: Pattern[] = [];
  for (const r of pack.rules) {
    out.push(...(r.match?.patterns ?? []), ...(r.match?.allow ?? []), ...(r.match?.unlessSentence ?? []));
    out.push(...(r.applies?.when ?? []), ...(r.applies?.unless ?? []));
    // Exact wordings are compared word for word on the unfolded text, never through a run.
    if (r.presence && r.presence.exact === false) for (const part of r.presence.parts) out.push(...part.any);
  }
  for (const members of Object.values(pack.classes ?? {})) out.push(...members);
  out.push(...(pack.negations ?? []));
  return out;
}

/**
 * A pack's vocabulary (see the file comment). Literal words of every pattern in the pattern
 * language (raw `re:` sources give their runs of letters as stems), with `*` marking a stem; class
 * references and features are not words themselves: the classes' members and the features' words
 * are read in their place. `po`: the options the pack's patterns compile with (`compilePack`'s,
 * whose compiled features and classes it shares).
 */
export function buildLexicon(pack: RulePack, po: PatternOptions): Lexicon {
  const patterns = packPatterns(pack);
  const languages = pack.languages ?? [];
  // The features' own word lists, as the pattern compiler would read them: a kit that records.
  const kit = {
    words(members: readonly string[]): string {
      patterns.push(...members);
      return '';
    },
  };
  for (const f of FEATURES) featureSource(f, languages, kit);
  const shapes: Program[] = [];
  for (const f of WORD_FEATURES) {
    if ('error' in featureSource(f, languages, kit)) continue;
    const source = alternationSource([`#${f}`], po);
    if (source) shapes.push(new LazyProgram(source, newRxCache()));
  }
  // Folded word → EXACT | STEM. Patterns and their tokens repeat across rules (PL: 3,077 patterns,
  // 1,757 distinct; 6,657 tokens, 2,239 distinct): each is read once, the tokens of all patterns
  // split in one call (a first use runs this code once, in the interpreter: per-token work is
  // what it costs).
  const found = new Map<string, number>();
  const set = (word: string, kind: number) => found.set(word, (found.get(word) ?? 0) | kind);
  // Only words of two or more letters (`^\p{L}+$`, most words answered by a class of the packs'
  // folded letters before the letter table), tested as they come rather than in a pass over the map.
  const add = (word: string, kind: number) => {
    if (word.length > 1 && (/^[a-z\u0430-\u044f]+$/.test(word) || [...word].every((c) => isLetterCp(c.codePointAt(0)!)))) set(word, kind);
  };
  const plain: string[] = [];
  for (const p of new Set(patterns)) {
    if (!p.startsWith('re:')) plain.push(p);
    // A raw regex still names its words: its runs of four or more letters, taken as stems
    // (what follows them in the regex is unknown). Escapes (\p{L}, \s) leave short runs only.
    // From a string (see MARKS in normalize.ts); V8 keeps one compiled copy per source and flags.
    else for (const run of p.slice(3).replace(/\\[a-zA-Z](\{[^}]*\})?/g, ' ').match(RegExp('\\p{L}{4,}', 'gu')) ?? []) add(fold(run), STEM);
  }
  for (const token of new Set(plain.join(' ').split(/\s+/))) {
    // Gaps, class references (their members are added as patterns), features, escapes.
    if (!/^[^~@#\\]/.test(token)) continue;
    for (const e of expandGroups(token.replace(/^\*+/, ''))) {
      const star = e.indexOf('*');
      const w = star < 0 ? e : e.slice(0, star);
      // Most words (nearly every German one, Polish ones without diacritics, Russian ones without
      // й or ё) are folded letters already: neither folded nor tested, a cost per word of a first
      // use that runs in the interpreter.
      if (FOLDED_WORD.test(w)) set(w, star < 0 ? EXACT : STEM);
      else add(fold(w), star < 0 ? EXACT : STEM);
    }
  }
  const oneLetter = new Set<number>();
  const endings = new Map<string, number>();
  for (const l of languages) {
    for (const c of ONE_LETTER_WORDS[l] ?? '') oneLetter.add(c.charCodeAt(0));
    for (const e of (ENDINGS[l] ?? '').split(' ')) if (e) endings.set(fold(e), EXACT);
  }
  return { words: wordTrie(found), size: found.size, oneLetter, endings: wordTrie(endings), shapes };
}

// ---- looking words up ---------------------------------------------------------------------------

/** Words longer than this (in UTF-16 units) are not looked up: no natural word is, and it keeps every step linear. */
export const MAX_WORD = 48;

/**
 * Whether a word of the vocabulary runs over the span [lo, hi) of `w`: an occurrence [p, q) with
 * p ≤ lo and q ≥ hi, where an exact word must end at one of `ends` (the end of `w` by default)
 * and a stem may end anywhere. Short words count only when they are all of `w`, and words that
 * start inside `w` (compounds) only from five letters on: otherwise "na", "za", "ist" would glue
 * anything to anything.
 */
export function covers(lex: readonly Lexicon[], w: string, lo: number, hi: number, ends?: ReadonlySet<number>): boolean {
  if (w.length > MAX_WORD) return false;
  for (let p = Math.max(0, lo - MAX_WORD); p <= lo; p++) {
    for (const l of lex) {
      const { trie, end } = l.words;
      let node = 0;
      for (let q = p; q < w.length && node >= 0; ) {
        node = step(trie, node, w.charCodeAt(q));
        q++;
        if (node < 0 || q < hi || end[node] === 0) continue;
        const len = q - p;
        const longEnough = p === 0 ? len >= 4 || (q === w.length && len >= 2) : len >= 5;
        if (!longEnough) continue;
        if (end[node]! & STEM) return true;
        if (end[node]! & EXACT && (ends ? ends.has(q) : q === w.length)) return true;
      }
    }
  }
  return false;
}

// ---- splitting a run into words -----------------------------------------------------------------

/** Runs longer than this are not split (a hashtag or spaced phrase of a few words is far shorter). */
export const MAX_RUN = MAX_WORD * 2;
/** The longest piece a feature's form is tried on. */
const MAX_SHAPE = 24;

// What a reading costs: the one with the fewest pieces wins. A word of the vocabulary is one piece
// (a bare stem that is not also a word, or a stem with a longer ending, a little more: they break
// ties such as "widoczna z" / "widoczn aż"). Letters the vocabulary does not know form one dearer
// piece, dearer the more letters it has, and dearer still when it is too short to be a word of its
// own (a stray letter left between two readings). A word known only by a feature's form
// ("naj…szy", "…ите") is a word whose price grows with its length: the form says how the word
// ends, not where it starts, so a long one must not swallow the letters of its neighbours.
// The prices were set on the rule examples (retention) against single corpus words that must stay
// whole and corpus word pairs that must come apart again (see the commit that set them).
const WORD = 1;
const BARE_STEM = 0.1;
const LONG_ENDING = 0.05;
const UNKNOWN = 1.5;
const UNKNOWN_LETTER = 0.35;
const SHORT_UNKNOWN = 1;
const SHAPE_LETTER = 0.1;

/** One vocabulary's best reading of `w`: its cost, where spaces go, and how many letters it knows. */
function read(l: Lexicon, w: string): { cost: number; cuts: number[]; known: number } {
  const n = w.length;
  const { words, endings } = l;
  // best[i]: the cheapest reading of w[i..] with a piece starting at i. run[k][i]: the cheapest
  // reading of w[i..] inside an unknown piece that has k + 1 letters so far (k = 2: three or more),
  // which may end at i or take letter i too.
  const best = new Float64Array(n + 1);
  const run: Float64Array[] = [new Float64Array(n + 1), new Float64Array(n + 1), new Float64Array(n + 1)];
  const to = new Int32Array(n + 1); // end of the known piece at i, or -1: an unknown piece starts at i
  const goesOn: Uint8Array[] = [new Uint8Array(n + 1), new Uint8Array(n + 1), new Uint8Array(n + 1)];
  run[0]![n] = run[1]![n] = SHORT_UNKNOWN;
  for (let i = n - 1; i >= 0; i--) {
    let cost = UNKNOWN + UNKNOWN_LETTER + run[0]![i + 1]!;
    let end = -1;
    let c: number;
    // Every known piece that starts at i, each written out (no closure per letter on a hot path):
    // keep it when the reading through it is cheaper.
    if (l.oneLetter.has(w.charCodeAt(i)) && (c = WORD + best[i + 1]!) < cost) [cost, end] = [c, i + 1];
    for (let q = i, node = 0; q < n && node >= 0; ) {
      node = step(words.trie, node, w.charCodeAt(q));
      q++;
      const kind = node < 0 ? 0 : words.end[node]!;
      if (kind === 0 || q - i < 2) continue;
      if (kind & EXACT && (c = WORD + best[q]!) < cost) [cost, end] = [c, q];
      // Stems from three letters, bare or with an ending of the language.
      if (kind & STEM && q - i >= 3) {
        if (!(kind & EXACT) && (c = WORD + BARE_STEM + best[q]!) < cost) [cost, end] = [c, q];
        for (let x = q, e = 0; x < n && x - q < MAX_ENDING && e >= 0; ) {
          e = step(endings.trie, e, w.charCodeAt(x));
          x++;
          if (e >= 0 && endings.end[e] && (c = WORD + (x - q > 1 ? LONG_ENDING : 0) + best[x]!) < cost) [cost, end] = [c, x];
        }
      }
    }
    // A feature's form is tried only on pieces followed by the end or by a word of the vocabulary:
    // one followed by unknown letters is rarely the cheapest reading, and trying every piece
    // would cost a regex run per pair of letters. The cheap tests come first.
    for (let q = i + 4; q <= n && q - i <= MAX_SHAPE && l.shapes.length > 0; q++) {
      c = WORD + SHAPE_LETTER * (q - i) + best[q]!;
      if ((q < n && to[q]! < 0) || c >= cost) continue;
      const piece = w.slice(i, q);
      if (l.shapes.some((s) => s.at(piece, 0) === piece.length)) [cost, end] = [c, q];
    }
    best[i] = cost;
    to[i] = end;
    for (let k = 2; k >= 0; k--) {
      const stop = (k < 2 ? SHORT_UNKNOWN : 0) + cost;
      const more = UNKNOWN_LETTER + run[Math.min(k + 1, 2)]![i + 1]!;
      goesOn[k]![i] = more < stop ? 1 : 0;
      run[k]![i] = Math.min(more, stop);
    }
  }
  const cuts: number[] = [];
  let known = 0;
  for (let i = 0; i < n; ) {
    let next: number;
    if (to[i]! >= 0) {
      next = to[i]!;
      known += next - i;
    } else {
      next = i + 1;
      for (let k = 0; next < n && goesOn[k]![next]; k = Math.min(k + 1, 2)) next++;
    }
    if (next < n) cuts.push(next);
    i = next;
  }
  return { cost: best[0]!, cuts, known };
}

/**
 * Where spaces go in `w` (a run of letters that may be several words), or [] to leave it whole:
 * the cheapest reading by one pack's vocabulary (see the file comment), taken only when that
 * vocabulary knows at least a third of the letters and the reading has more than one piece.
 */
export function segment(lex: readonly Lexicon[], w: string): number[] {
  const n = w.length;
  if (n < 6 || n > MAX_RUN) return [];
  let bestCost = Infinity;
  let cuts: number[] = [];
  for (const l of lex) {
    const r = read(l, w);
    if (r.known * 3 < n || r.cost >= bestCost) continue;
    bestCost = r.cost;
    cuts = r.cuts;
  }
  return cuts;
}
