/**
 * A trie over UTF-16 units, built once and then frozen into flat typed arrays.
 *
 * Why not a `Map` per node (what the lexicon and head tries were): a pack's vocabulary has tens of
 * thousands of nodes, and a `Map` with its hash table and the node object around it costs ~200
 * bytes each; the three packs' tries held ~10 MB of a 10,000-post process (issue 11, memory). Here
 * a node is an index: its children are the edges `first[n] .. first[n + 1]`, sorted by unit, so a
 * step is a short scan or a binary search over a few `Uint16Array` entries (~10 bytes per node).
 * Nodes keep the numbers they were created with, so callers keep per-node data in their own
 * arrays indexed by node.
 */
export interface FlatTrie {
  /** Edges of node n are `first[n] .. first[n + 1]`. */
  readonly first: Int32Array;
  /** The unit of each edge, ascending within a node. */
  readonly unit: Uint16Array;
  /** The node each edge leads to. */
  readonly to: Int32Array;
}

/**
 * Collects words into a trie (build time only), then freezes it. Per node, three entries: its first
 * child, its next sibling (-1: none; children in unit order) and the unit that leads to it, so
 * freezing lays the edges out node by node with no sort. A map from (node, unit) with a sort of its
 * keys at the end was most of building a pack's vocabulary on first use, where this code runs
 * once, mostly in the interpreter (issue 11).
 */
export class TrieBuilder {
  readonly #t: number[] = [];

  /** A new root (or any detached node): its number. */
  node(): number {
    return this.#t.push(-1, -1, -1) / 3 - 1;
  }

  /** The node reached from `from` by the units of `word`, created as needed. */
  add(from: number, word: string): number {
    const t = this.#t;
    let n = from;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      // The entry that links to the next child to look at: n's first child, then a sibling's next.
      let at = 3 * n;
      while (t[at]! >= 0 && t[3 * t[at]! + 2]! < c) at = 3 * t[at]! + 1;
      // A new node: no child, the one found as its next sibling, unit c.
      if (t[at]! < 0 || t[3 * t[at]! + 2] !== c) t[at] = t.push(-1, t[at]!, c) / 3 - 1;
      n = t[at]!;
    }
    return n;
  }

  get size(): number {
    return this.#t.length / 3;
  }

  freeze(): FlatTrie {
    const t = this.#t;
    const size = this.size;
    const first = new Int32Array(size + 1);
    const unit = new Uint16Array(size);
    const to = new Int32Array(size);
    let e = 0;
    for (let n = 0; n < size; n++) {
      first[n] = e;
      for (let k = t[3 * n]!; k >= 0; k = t[3 * k + 1]!) {
        unit[e] = t[3 * k + 2]!;
        to[e++] = k;
      }
    }
    first[size] = e;
    return { first, unit, to };
  }
}

/** The child of `node` by unit `c`, or -1. */
export function step(t: FlatTrie, node: number, c: number): number {
  let lo = t.first[node]!;
  let hi = t.first[node + 1]!;
  // Most nodes have one to a few children: a scan beats halving there.
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) {
      const u = t.unit[lo]!;
      if (u === c) return t.to[lo]!;
      if (u > c) return -1;
    }
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const u = t.unit[mid]!;
    if (u === c) return t.to[mid]!;
    if (u < c) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}
