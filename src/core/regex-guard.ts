import { wordAt } from './normalize.js';

/**
 * A static guard for raw regexes in packs (`re:` patterns). Packs are data and may come from
 * anyone, and a JavaScript regex cannot be interrupted, so shapes that can backtrack
 * exponentially are rejected before they run:
 * - backreferences;
 * - a repeated group (`(…)+`, `(…)*`, `(…){2,}`) that contains an unbounded quantifier, unless
 *   every repetition starts with a fixed character the inner quantifiers cannot consume
 *   (`(?:⭐\s*){3,}` is fine: the star delimits the repetitions; `(a+)+` and `(?:\s*x?)+` are not);
 * - a repeated group whose alternatives can start with the same character (`(a|ab)+`).
 * The test suite additionally runs `recheck` over every pattern of the built-in packs.
 */

/** Longest pattern accepted, in characters (a pattern is a word or a phrase, not a document). */
export const MAX_PATTERN_LENGTH = 1000;

interface Node {
  /** Source of the atom (a group's full source, including its parentheses). */
  src: string;
  min: number;
  max: number;
  /** For groups: the alternatives, each a sequence of nodes. */
  alts?: Node[][];
  /** A lookaround (zero-width): never repeated in a way that matters here. */
  look?: boolean;
}

class Parser {
  i = 0;
  constructor(readonly s: string) {}
  parseAlts(): Node[][] {
    const alts: Node[][] = [[]];
    while (this.i < this.s.length) {
      const c = this.s[this.i]!;
      if (c === ')') break;
      if (c === '|') {
        this.i++;
        alts.push([]);
        continue;
      }
      alts[alts.length - 1]!.push(this.parseQuantified());
    }
    return alts;
  }
  parseQuantified(): Node {
    const node = this.parseAtom();
    const q = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.s.slice(this.i));
    if (q) {
      this.i += q[0].length;
      if (q[1] === '*') [node.min, node.max] = [0, Infinity];
      else if (q[1] === '+') [node.min, node.max] = [1, Infinity];
      else if (q[1] === '?') [node.min, node.max] = [0, 1];
      else {
        node.min = Number(q[2]);
        node.max = q[3] ? (q[4] ? Number(q[4]) : Infinity) : node.min;
      }
    }
    return node;
  }
  parseAtom(): Node {
    const s = this.s;
    const start = this.i;
    const c = s[this.i]!;
    if (c === '(') {
      const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(s.slice(this.i))!;
      this.i += head[0].length;
      const alts = this.parseAlts();
      this.i++; // ')'
      const look = head[1] !== undefined && /^\?(?:[=!]|<[=!])$/.test(head[1]);
      return { src: s.slice(start, this.i), min: 1, max: 1, alts, look };
    }
    if (c === '[') {
      this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { src: s.slice(start, this.i), min: 1, max: 1 };
    }
    if (c === '\\') {
      const esc = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|.)/su.exec(s.slice(this.i))!;
      this.i += esc[0].length;
      return { src: esc[0], min: 1, max: 1 };
    }
    const cp = s.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return { src: String.fromCodePoint(cp), min: 1, max: 1 };
  }
}

const canStartWith = (atomSrc: string, ch: string): boolean => {
  try {
    return new RegExp(`^(?:${atomSrc})`, 'u').test(ch);
  } catch {
    return true;
  }
};

/** Quantified atoms of varying length (unbounded, or bounded with max > min) anywhere inside a sequence. */
function varying(seq: Node[], out: Node[] = []): Node[] {
  for (const n of seq) {
    if (n.look) continue;
    if (n.max === Infinity || (n.max > n.min && n.max >= 2) || (n.alts && n.max > n.min)) out.push(n);
    for (const alt of n.alts ?? []) varying(alt, out);
  }
  return out;
}

/** A fixed character every match of the sequence starts with, if there is one. */
function fixedFirst(seq: Node[]): string | undefined {
  const first = seq.find((n) => !n.look);
  if (!first || first.min < 1 || first.alts) return undefined;
  if (first.src.startsWith('[') || /^\\[dDsSwWpPbB.]/.test(first.src) || first.src === '.') return undefined;
  // An escaped literal (`\.`, `\(`) stands for the character after the backslash.
  return first.src.startsWith('\\') ? first.src.slice(1) : first.src;
}

// Characters that stand for the classes pack regexes use (letters of the three languages,
// digits, spaces, punctuation, quotes, dashes, emoji), to test two atoms for a common character.
const PROBES = [
  ...Array.from({ length: 0x7f - 0x09 }, (_, k) => String.fromCharCode(0x09 + k)),
  ...'\u00a0\u2009\u2013\u2014„“”«»…№%€§®★⭐ąęłóśżźćńäöüßéàçёйжщыъэюяабвгдзиклмнопрстуфхцчшь²',
];
const isSimple = (n: Node): boolean => !n.alts && !n.look;
const overlap = (a: string, b: string): boolean => PROBES.some((c) => canStartWith(a, c) && canStartWith(b, c));

/**
 * A repetition whose first and last atoms are mandatory and share no character cannot be split
 * two ways between iterations (`(?:\p{L}+\s+){0,3}`: a word, then the spaces after it).
 */
function disjointEnds(seq: Node[]): boolean {
  const atoms = seq.filter((n) => !n.look);
  const first = atoms[0];
  const last = atoms[atoms.length - 1];
  if (!first || !last || first === last || first.min < 1 || last.min < 1 || !isSimple(first) || !isSimple(last)) return false;
  return !overlap(first.src, last.src);
}

/**
 * Whether the engine puts a word-start boundary before a `re:` body: a body that starts with a
 * word character, a (non-lookaround) group, a class, `\d` or a letter/number property.
 */
export function startsAtWordBoundary(body: string): boolean {
  return wordAt(body, 0) || /^\((?!\?[=!<])/.test(body) || body.startsWith('[') || /^\\(?:d|p\{[LN])/.test(body);
}

/** The probe characters an atom (or group) can start with. */
function startProbes(src: string): string[] {
  return PROBES.filter((c) => canStartWith(src, c));
}

/**
 * The characters a match can start with: those of the leading atoms up to the first mandatory one.
 */
function matchStarts(tree: Node[][]): Set<string> {
  const out = new Set<string>();
  for (const alt of tree) {
    for (const n of alt) {
      if (n.look) continue;
      for (const c of startProbes(n.src)) out.add(c);
      if (n.min >= 1) break;
    }
  }
  return out;
}

/**
 * Two unbounded repetitions with only optional atoms between them that can match the same
 * characters (`a*a*`, `\s*\s*`, `\d+\d+`) split a run between them in as many ways as the run is
 * long, and k of them in a row in run^k ways: polynomial backtracking of degree k. A mandatory
 * atom that shares no character with the earlier repetition separates them.
 */
function adjacentRepetitions(seq: Node[]): string | undefined {
  let open: Node[] = [];
  for (const n of seq) {
    if (n.look) continue;
    if (n.max === Infinity && !n.alts) {
      const clash = open.find((o) => overlap(o.src, n.src));
      if (clash) return `${clash.src}${quant(clash)} and ${n.src}${quant(n)} can match the same characters one after the other (polynomial backtracking); merge them into one repetition`;
    }
    if (n.min >= 1) open = open.filter((o) => overlap(o.src, n.src));
    if (n.max === Infinity && !n.alts) open.push(n);
  }
  return undefined;
}
const quant = (n: Node): string => (n.min === 0 ? '*' : n.min === 1 ? '+' : `{${n.min},}`);

/** Throws a message describing why `body` is unsafe, or returns normally. */
export function assertSafeRegex(body: string): void {
  if (/\\[1-9]|\\k</.test(body)) throw new Error('backreferences are not allowed (they can backtrack exponentially)');
  const tree = new Parser(body).parseAlts();
  const visit = (seq: Node[]) => {
    const adjacent = adjacentRepetitions(seq);
    if (adjacent) throw new Error(adjacent);
    for (const n of seq) {
      if (!n.alts) continue;
      if (!n.look && n.max >= 2) {
        for (const alt of n.alts) {
          // Unbounded inner repetitions, and bounded ones of varying length (`(?:(?:a{1,9}){1,9}){1,9}`):
          // either lets one text split between the repetitions in many ways.
          const inner = varying(alt);
          if (inner.length === 0) continue;
          const first = fixedFirst(alt);
          const delimited = first !== undefined ? !inner.some((q) => canStartWith(q.src, first)) : disjointEnds(alt);
          if (!delimited) {
            throw new Error(`the repeated group ${n.src} contains ${inner[0]!.src} and its repetitions can overlap (catastrophic backtracking); bound the inner repetition or start each repetition with a fixed character`);
          }
        }
        if (n.alts.length > 1) {
          const firsts = n.alts.map(fixedFirst);
          if (firsts.some((f) => f === undefined) || new Set(firsts).size !== firsts.length) {
            throw new Error(`the repeated group ${n.src} has alternatives that can start alike (catastrophic backtracking); make each alternative start with its own fixed character`);
          }
        }
      }
      for (const alt of n.alts) visit(alt);
    }
  };
  for (const alt of tree) visit(alt);
  // Checked last, so a shape that is also catastrophic is reported as such.
  // A match may start at every position where its first atom matches (only at word starts for
  // a word character when the engine adds the boundary). An unbounded repetition that can run
  // over such positions is re-read from each of them: quadratic (`.*x`, `[^!]*!`, `\s+x`).
  // Repetitions of word characters only stay inside one word, which the boundary starts once.
  const starts = matchStarts(tree);
  // The engine's boundary, or the body's own (`(?<![\p{L}\p{N}])…`), limits starts to word starts.
  const wordStartsOnly = startsAtWordBoundary(body) || /^\(\?<!(?:\[\\p\{L\}\\p\{N\}\]|\\p\{L\})\)/.test(body);
  // A mandatory atom read before the repetition that shares no character with it pins where the
  // repetition can begin (right after that atom), so only a bounded number of starts reach it.
  const scan = (seq: Node[], before: readonly Node[]) => {
    const seen = [...before];
    for (const n of seq) {
      if (n.max === Infinity && !n.alts && !seen.some((m) => !overlap(m.src, n.src))) {
        const chars = startProbes(n.src);
        const crossesStarts = chars.some((c) => starts.has(c) && (!wordStartsOnly || !wordAt(c, 0) || chars.some((d) => !wordAt(d, 0))));
        if (crossesStarts) {
          throw new Error(`${n.src}${quant(n)} can run over the places where a match starts, so a long text is re-read from each of them (quadratic); bound it (${n.src}{0,80}) or exclude the characters a match starts with`);
        }
      }
      // Lookbehinds read backwards from where they stand; their repetitions are checked like a body of their own.
      if (n.look && n.src.startsWith('(?<')) for (const alt of n.alts ?? []) scan(alt, []);
      else for (const alt of n.alts ?? []) scan(alt, seen);
      if (!n.look && n.min >= 1) seen.push(n);
    }
  };
  for (const alt of tree) scan(alt, []);
}
