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

/** Collects words into a trie of Maps (build time only), then freezes it. */
export class TrieBuilder {
  private readonly kids: Array<Map<number, number>> = [];

  /** A new root (or any detached node): its number. */
  node(): number {
    this.kids.push(new Map());
    return this.kids.length - 1;
  }

  /** The node reached from `from` by the units of `word`, created as needed. */
  add(from: number, word: string): number {
    let n = from;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let next = this.kids[n]!.get(c);
      if (next === undefined) this.kids[n]!.set(c, (next = this.node()));
      n = next;
    }
    return n;
  }

  get size(): number {
    return this.kids.length;
  }

  freeze(): FlatTrie {
    const n = this.kids.length;
    const first = new Int32Array(n + 1);
    let edges = 0;
    for (let i = 0; i < n; i++) {
      first[i] = edges;
      edges += this.kids[i]!.size;
    }
    first[n] = edges;
    const unit = new Uint16Array(edges);
    const to = new Int32Array(edges);
    for (let i = 0; i < n; i++) {
      let e = first[i]!;
      for (const c of [...this.kids[i]!.keys()].sort((a, b) => a - b)) {
        unit[e] = c;
        to[e++] = this.kids[i]!.get(c)!;
      }
    }
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
