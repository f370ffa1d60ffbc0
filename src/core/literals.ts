/**
 * Which of a pack's guard literals a text contains, answered from one pass over the text.
 *
 * Why (issue 11, steady state): `Guarded` (compile.ts) asks, per check and pack, whether the text
 * contains each of ~900 literals of the patterns and lists the text could wake; ~96 % are absent.
 * Asked one by one, that was a search of the text (or of a trigram set) per literal, ~11 % of a
 * steady check. Here every literal ever asked about sits in one trie, and a text is walked once:
 * from each position, as far as the trie follows it, marking every literal that ends on the way.
 * A question is then a number compare. The walk is exact (it is a substring test for all the
 * literals at once), so the answers are the ones `includes` gives.
 *
 * The trie grows while the packs' patterns wake (a literal is added when first asked about), so
 * its edges live in an open-addressing hash table, not in the frozen arrays of trie.ts: adding a
 * literal never rebuilds anything. A literal added after a text was walked is searched for in
 * that text once, when it is added, and found by the walk from the next text on.
 *
 * Six texts keep their walks: a check asks about a post's view and, in turn, its sentences
 * (allow-lists, `unlessSentence`); short texts (sentences, short posts) have slots of their own,
 * so walking them does not evict the post's walk, and two long ones share the other two. Rules
 * ask about a post's sentences in turn, each rule from its own hits: with one short slot, ~1,600
 * of a steady pass's ~5,700 walks (450 mixed posts, three packs) walked a sentence of the same
 * post again; four keep about two thirds of those (the walks of two passes replayed: 794 -> 746 M
 * instructions, callgrind).
 */

/** A literal the trie does not hold, searched for after each walk. */
interface Lit {
  readonly s: string;
  readonly id: number;
}

/** Whether a text contains a literal, for a pack's literals (`lit` numbers them). */
export interface LiteralIndex {
  /** The literal's number (one per pack and spelling): where the slots keep the walk that last found it. */
  lit(s: string): number;
  has(text: string, lit: number): boolean;
  /**
   * The answers for a text, for a caller that asks about many literals in a row: the text
   * contains literal number `l` when `found[l] === walk`. Valid until the next call with another text
   * or the next new literal.
   */
  answers(text: string): { readonly found: Int32Array; readonly walk: number };
  /** Walks made so far (for tests: a text asked about again must not be walked again). */
  readonly walks: number;
  /**
   * Numbers kept for the index's users (compile.ts `Guarded`: its clauses as literal numbers), all
   * in one array: an `Int32Array` each was ~0.3 MB of array objects after 10,000 posts. `keep`
   * appends and gives where they start; the array is replaced when it grows.
   */
  readonly kept: Int32Array;
  keep(ns: readonly number[]): number;
}

/** Units below this (Latin, Greek, Cyrillic) find the root's child in a table, not the hash. */
const ROOT_UNITS = 0x530;
/**
 * Sizes to start with (powers of two; each doubles when full, the edge table at half load): the
 * edge table's slots, the trie's nodes, the literals a text's answers hold. Sized to what a
 * built-in pack reaches in its first few posts (8-12 K edges and nodes, 2.4-3.6 K literals), so
 * its first check grows nothing: from 1 K and 64 that was 5 table rehashes and ~20 array copies
 * on the first RU check, and the final sizes are the same. The slots are twice the edges (half
 * load): 1 << 14 held 8 K, so RU's first check still grew the table (and V8 compiled the rehash
 * loop on the spot, OSR): 1 << 15, RU first check 467 → 445 M instructions (callgrind); the other
 * packs' tables start 160 KB larger (outside the JS heap).
 */
const INITIAL_SLOTS = 1 << 15;
const INITIAL_NODES = 1 << 13;
const INITIAL_LITERALS = 1 << 12;
/** A built-in pack's guards keep 15-20 K numbers after 10,000 posts. */
const INITIAL_KEPT = 1 << 14;
/** Texts shorter than this (sentences, short posts) are walked into the short text's slot. */
export const SHORT_TEXT = 200;
/**
 * Literals longer than this are searched for once per text, not walked: a walk from each
 * position goes as deep as the trie follows the text, so a run of one letter against a long
 * literal of that letter would cost the text's length times the literal's.
 */
export const MAX_WALKED_LITERAL = 32;

/** A walked text: per literal id, the number of the walk that found it. */
interface Slot {
  text: string | undefined;
  walk: number;
  /** When it was last asked about (`uses`): the long slot used longer ago is replaced. */
  used: number;
  found: Int32Array<ArrayBuffer>;
}

export function literalIndex(): LiteralIndex {
  return new Index();
}

/**
 * A class, not closures in `literalIndex`: the three packs' indexes then share one function per
 * method, so V8's optimized `lit` (which inlines `insert`) stays valid for every pack. As closures,
 * each pack's `lit` called its own `insert`, and the second pack's call deoptimized the code made
 * for the first ("wrong call target"): `lit` was compiled five times in a first pass.
 */
class Index implements LiteralIndex {
  // Numbers, not an object per literal: callers keep the number, and the three packs' ~8,700
  // objects (and an array of them) were ~0.4 MB of the heap after 10,000 posts.
  readonly #ids = new Map<string, number>();
  // Literals the trie does not hold (the empty one, long ones): searched for after each walk.
  readonly #searched: Lit[] = [];
  // Node 0 is the root. Per node: the id of the literal that ends there + 1, or 0.
  #ends = new Int32Array(INITIAL_NODES);
  #nodes = 1;
  // Edges (node, unit) → child in an open-addressing table; `keyNode[i] === -1` is an empty slot.
  #keyNode = new Int32Array(INITIAL_SLOTS).fill(-1);
  #keyUnit = new Uint16Array(INITIAL_SLOTS);
  #child = new Int32Array(INITIAL_SLOTS);
  #edges = 0;
  // The root's children by unit for the scripts of the packs (every position of a text starts there).
  readonly #rootKids = new Int32Array(ROOT_UNITS).fill(-1);
  #walks = 0;
  // 0 and 1: long texts, 2 to 5: short ones; in each group, the one asked about longest ago is replaced.
  readonly #slots: Slot[] = [0, 1, 2, 3, 4, 5].map(() => ({ text: undefined, walk: -1, used: 0, found: new Int32Array(INITIAL_LITERALS).fill(-1) }));
  #uses = 0;
  // The slot of the last text asked about: most questions in a row are about one text.
  #last: Slot = this.#slots[2]!;
  kept = new Int32Array(INITIAL_KEPT);
  #keptLength = 0;

  get walks(): number {
    return this.#walks;
  }

  keep(ns: readonly number[]): number {
    const at = this.#keptLength;
    this.#keptLength += ns.length;
    while (this.#keptLength > this.kept.length) this.kept = grown(this.kept, 0);
    this.kept.set(ns, at);
    return at;
  }

  lit(s: string): number {
    let id = this.#ids.get(s);
    if (id === undefined) {
      this.#ids.set(s, (id = this.#ids.size));
      if (s !== '' && s.length <= MAX_WALKED_LITERAL) this.#insert(s, id);
      else this.#searched.push({ s, id });
      // The texts walked so far did not know it: their answer now, once.
      for (const slot of this.#slots) {
        if (id === slot.found.length) slot.found = grown(slot.found, -1);
        slot.found[id] = slot.text?.includes(s) ? slot.walk : -1;
      }
    }
    return id;
  }

  has(text: string, id: number): boolean {
    const slot = this.answers(text);
    return slot.found[id] === slot.walk;
  }

  answers(text: string): Slot {
    if (text === this.#last.text) return this.#last;
    const slots = this.#slots;
    // A rule may ask about the post between windows of it: the post, used last, must stay.
    for (const s of slots) if (s.text === text) return ((s.used = ++this.#uses), (this.#last = s));
    const short = text.length < SHORT_TEXT;
    let s = slots[short ? 2 : 0]!;
    for (let i = short ? 3 : 1; i < (short ? slots.length : 2); i++) if (slots[i]!.used < s.used) s = slots[i]!;
    this.#walk(s, text);
    s.used = ++this.#uses;
    return (this.#last = s);
  }

  /** The child of `node` by `unit`, or -1. */
  #next(node: number, unit: number): number {
    const keyNode = this.#keyNode;
    const mask = keyNode.length - 1;
    for (let i = slotOf(node, unit, mask); ; i = (i + 1) & mask) {
      const n = keyNode[i]!;
      if (n === -1) return -1;
      if (n === node && this.#keyUnit[i] === unit) return this.#child[i]!;
    }
  }

  #put(node: number, unit: number, to: number): void {
    const keyNode = this.#keyNode;
    const mask = keyNode.length - 1;
    let i = slotOf(node, unit, mask);
    while (keyNode[i] !== -1) i = (i + 1) & mask;
    keyNode[i] = node;
    this.#keyUnit[i] = unit;
    this.#child[i] = to;
  }

  #grow(): void {
    const [ns, us, ks] = [this.#keyNode, this.#keyUnit, this.#child];
    this.#keyNode = new Int32Array(ns.length * 2).fill(-1);
    this.#keyUnit = new Uint16Array(ns.length * 2);
    this.#child = new Int32Array(ns.length * 2);
    for (let i = 0; i < ns.length; i++) if (ns[i] !== -1) this.#put(ns[i]!, us[i]!, ks[i]!);
  }

  #insert(s: string, id: number): void {
    let node = 0;
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      let n = this.#next(node, c);
      if (n < 0) {
        if (2 * (this.#edges + 1) > this.#keyNode.length) this.#grow();
        if (this.#nodes === this.#ends.length) this.#ends = grown(this.#ends, 0);
        n = this.#nodes++;
        this.#put(node, c, n);
        if (node === 0 && c < ROOT_UNITS) this.#rootKids[c] = n;
        this.#edges++;
      }
      node = n;
    }
    this.#ends[node] = id + 1;
  }

  /** Mark every literal the text contains with a new walk's number, in a slot. */
  #walk(slot: Slot, text: string): void {
    const w = this.#walks++;
    slot.text = text;
    slot.walk = w;
    const found = slot.found;
    // The table's arrays in locals: the inner loop is most of a walk, one probe per unit.
    const ends = this.#ends;
    const rootKids = this.#rootKids;
    const ns = this.#keyNode;
    const us = this.#keyUnit;
    const ks = this.#child;
    const mask = ns.length - 1;
    const n = text.length;
    // `rootKids.length` and the hash written out, not ROOT_UNITS and `slotOf`: the bundle makes
    // module constants `var`s, and the optimized loop checked their values at every unit
    // (walks of a steady pass's texts: 742 -> 693 M instructions, callgrind).
    const roots = rootKids.length;
    for (let i = 0; i < n; i++) {
      const c0 = text.charCodeAt(i);
      let node = c0 < roots ? rootKids[c0]! : this.#next(0, c0);
      for (let k = i + 1; node >= 0; k++) {
        const id = ends[node]!;
        if (id !== 0) found[id - 1] = w;
        if (k === n) break;
        const c = text.charCodeAt(k);
        let to = -1;
        for (let e = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask; ; e = (e + 1) & mask) {
          const m = ns[e]!;
          if (m === -1) break;
          if (m === node && us[e] === c) {
            to = ks[e]!;
            break;
          }
        }
        node = to;
      }
    }
    for (const l of this.#searched) if (text.includes(l.s)) found[l.id] = w;
  }
}

// `#walk` writes this hash out in its loop: change both (literals.test.ts compares every answer
// of the index with `includes`, so a walk probing other slots than `#next` fails there).
const slotOf = (node: number, unit: number, mask: number): number => (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;

/** A copy of `a` twice as long, the new half filled with `fill`. */
function grown(a: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2).fill(fill);
  b.set(a);
  return b;
}
