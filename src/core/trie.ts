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
 * Collects words into a trie (build time only), then freezes it. One map from (node, unit) to the
 * child for the whole trie: a `Map` per node was most of building a pack's head trie on its first
 * check (~5,000 nodes, each a `Map`).
 */
export class TrieBuilder {
  #nodes = 0;
  /** `node * 65536 + unit` → child (below 2^53 for any trie that fits in memory). */
  readonly #child = new Map<number, number>();

  /** A new root (or any detached node): its number. */
  node(): number {
    return this.#nodes++;
  }

  /** The node reached from `from` by the units of `word`, created as needed. */
  add(from: number, word: string): number {
    let n = from;
    for (let i = 0; i < word.length; i++) {
      const key = n * 65536 + word.charCodeAt(i);
      let next = this.#child.get(key);
      if (next === undefined) this.#child.set(key, (next = this.#nodes++));
      n = next;
    }
    return n;
  }

  get size(): number {
    return this.#nodes;
  }

  freeze(): FlatTrie {
    // The keys in ascending order are the edges grouped by node and sorted by unit: one built-in
    // sort, where a counting sort and an insertion sort per node got hot enough for V8 to
    // optimize (and deoptimize) them on a pack's first check (issue 11).
    const keys = Float64Array.from(this.#child.keys()).sort();
    const first = new Int32Array(this.#nodes + 1);
    const unit = new Uint16Array(keys.length);
    const to = new Int32Array(keys.length);
    keys.forEach((k, e) => {
      first[Math.floor(k / 65536) + 1]!++;
      unit[e] = k % 65536;
      to[e] = this.#child.get(k)!;
    });
    for (let i = 0; i < this.#nodes; i++) first[i + 1]! += first[i]!;
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
