/**
 * Which of a pack's guard literals a text contains, answered from one pass over the text.
 *
 * Why (issue 11, steady state): `guarded` (compile.ts) asks, per check and pack, whether the text
 * contains each of ~900 literals of the patterns and lists the text could wake; ~96 % are absent.
 * Asked one by one, that was a search of the text (or of a trigram set) per literal, ~11 % of a
 * steady check. Here every literal ever asked about sits in one trie, and a text is walked once:
 * from each position, as far as the trie follows it, marking every literal that ends on the way.
 * A question is then a number compare. The walk is exact (it is a substring test for all the
 * literals at once), so the answers are the ones `includes` gives.
 *
 * The trie grows while the packs' patterns wake (a literal is added when first asked about), so
 * its edges live in an open-addressing hash table, not in the frozen arrays of trie.ts: adding a
 * literal never rebuilds anything. A literal added after the current text was walked is answered
 * by `includes` for that text and by the walk from the next one on.
 */

/** A literal as `LiteralIndex.has` asks about it (one object per pack and spelling). */
export interface Lit {
  readonly s: string;
  /** The walk that last found it, per slot (`seen0`, `seen1`), or -1. */
  seen0: number;
  seen1: number;
  /** How many walks had been made when it was added: later walks know it. */
  readonly born: number;
  /** Its answer for one text the walks did not cover (short, or walked before it was added). */
  text: string | undefined;
  yes: boolean;
}

/** Whether a text contains a literal, for a pack's literals (`lit` makes them). */
export interface LiteralIndex {
  lit(s: string): Lit;
  has(text: string, lit: Lit): boolean;
  /** Walks made so far (for tests: a text asked about again must not be walked again). */
  readonly walks: number;
}

/** Units below this (Latin, Greek, Cyrillic) find the root's child in a table, not the hash. */
const ROOT_UNITS = 0x530;
/** Slots in the edge table to start with (a power of two); it doubles at half load. */
const INITIAL_SLOTS = 1 << 10;
/**
 * Texts shorter than this are searched per literal: a check asks about its sentences (allow-lists,
 * `unlessSentence`) between questions about the whole text, and walking each would evict the
 * whole text's walk; a short text asks few questions.
 */
export const MIN_WALKED = 200;
/**
 * Literals longer than this are searched per text, not walked: a walk from each position goes as
 * deep as the trie follows the text, so a run of one letter against a long literal of that letter
 * would cost the text's length times the literal's.
 */
export const MAX_WALKED_LITERAL = 32;

export function literalIndex(): LiteralIndex {
  const lits = new Map<string, Lit>();
  // Node 0 is the root. Per node: the literal that ends there, or null.
  const ends: Array<Lit | null> = [null];
  // Edges (node, unit) → child in an open-addressing table; `keyNode[i] === -1` is an empty slot.
  let keyNode = new Int32Array(INITIAL_SLOTS).fill(-1);
  let keyUnit = new Uint16Array(INITIAL_SLOTS);
  let child = new Int32Array(INITIAL_SLOTS);
  let edges = 0;
  // The root's children by unit for the scripts of the packs (every position of a text starts there).
  const rootKids = new Int32Array(ROOT_UNITS).fill(-1);
  // Two walked texts (a post's view and a long sentence of it alternate), the older replaced.
  let walks = 0;
  let text0: string | undefined;
  let text1: string | undefined;
  let walk0 = -1;
  let walk1 = -1;

  const slotOf = (node: number, unit: number, mask: number): number => (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;

  /** The child of `node` by `unit`, or -1. */
  const next = (node: number, unit: number): number => {
    const mask = keyNode.length - 1;
    for (let i = slotOf(node, unit, mask); ; i = (i + 1) & mask) {
      const n = keyNode[i]!;
      if (n === -1) return -1;
      if (n === node && keyUnit[i] === unit) return child[i]!;
    }
  };
  const put = (node: number, unit: number, to: number): void => {
    const mask = keyNode.length - 1;
    let i = slotOf(node, unit, mask);
    while (keyNode[i] !== -1) i = (i + 1) & mask;
    keyNode[i] = node;
    keyUnit[i] = unit;
    child[i] = to;
  };
  const grow = (): void => {
    const [nodes, units, kids] = [keyNode, keyUnit, child];
    keyNode = new Int32Array(nodes.length * 2).fill(-1);
    keyUnit = new Uint16Array(nodes.length * 2);
    child = new Int32Array(nodes.length * 2);
    for (let i = 0; i < nodes.length; i++) if (nodes[i] !== -1) put(nodes[i]!, units[i]!, kids[i]!);
  };
  const insert = (l: Lit): void => {
    let node = 0;
    for (let k = 0; k < l.s.length; k++) {
      const c = l.s.charCodeAt(k);
      let n = next(node, c);
      if (n < 0) {
        if (2 * (edges + 1) > keyNode.length) grow();
        n = ends.length;
        ends.push(null);
        put(node, c, n);
        if (node === 0 && c < ROOT_UNITS) rootKids[c] = n;
        edges++;
      }
      node = n;
    }
    ends[node] = l;
  };
  /** Mark every literal the text contains with this walk's number, in a slot. */
  const walk = (text: string, slot: 0 | 1): number => {
    const w = walks++;
    // The table's arrays in locals: the inner loop is most of a walk, one probe per unit.
    const nodes = keyNode;
    const units = keyUnit;
    const kids = child;
    const mask = nodes.length - 1;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c0 = text.charCodeAt(i);
      let node = c0 < ROOT_UNITS ? rootKids[c0]! : next(0, c0);
      for (let k = i + 1; node >= 0; k++) {
        const l = ends[node];
        if (l != null) {
          if (slot === 0) l.seen0 = w;
          else l.seen1 = w;
        }
        if (k === n) break;
        const c = text.charCodeAt(k);
        let to = -1;
        for (let e = slotOf(node, c, mask); ; e = (e + 1) & mask) {
          const m = nodes[e]!;
          if (m === -1) break;
          if (m === node && units[e] === c) {
            to = kids[e]!;
            break;
          }
        }
        node = to;
      }
    }
    return w;
  };
  const searched = (text: string, l: Lit): boolean => {
    if (l.text !== text) {
      l.text = text;
      l.yes = text.includes(l.s);
    }
    return l.yes;
  };

  return {
    lit(s) {
      let l = lits.get(s);
      if (l === undefined) {
        l = { s, seen0: -1, seen1: -1, born: walks, text: undefined, yes: false };
        lits.set(s, l);
        // The empty literal is in every text; it never needs the trie.
        if (s !== '' && s.length <= MAX_WALKED_LITERAL) insert(l);
      }
      return l;
    },
    has(text, l) {
      if (text.length < MIN_WALKED || l.s === '' || l.s.length > MAX_WALKED_LITERAL) return searched(text, l);
      let slot: 0 | 1;
      if (text === text0) slot = 0;
      else if (text === text1) slot = 1;
      else if (walk0 <= walk1) {
        text0 = text;
        walk0 = walk(text, (slot = 0));
      } else {
        text1 = text;
        walk1 = walk(text, (slot = 1));
      }
      const w = slot === 0 ? walk0 : walk1;
      if (l.born > w) return searched(text, l);
      return (slot === 0 ? l.seen0 : l.seen1) === w;
    },
    get walks() {
      return walks;
    },
  };
}
