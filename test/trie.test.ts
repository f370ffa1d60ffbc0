/**
 * The flat trie (trie.ts) that the lexicons and the head index are frozen into must answer what
 * the trie of Maps it was built from answers: every word's path leads to the word's node, and a
 * unit no edge has (a near miss, a unit past a leaf, NaN past a text's end) leads nowhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { step, TrieBuilder } from '../src/core/trie.js';

/** The node a word reaches in the frozen trie from `root`, or -1. */
function walk(t: ReturnType<TrieBuilder['freeze']>, root: number, word: string): number {
  let n = root;
  for (let i = 0; i < word.length && n >= 0; i++) n = step(t, n, word.charCodeAt(i));
  return n;
}

// Units from a few ranges: ASCII, Polish and Cyrillic letters, surrogate halves; wide enough that
// some nodes have more than eight children (the binary search) and most have one or two (the scan).
const unit = fc.oneof(
  fc.integer({ min: 0x61, max: 0x7a }),
  fc.constantFrom(0x105, 0x142, 0x17c, 0x430, 0x44f, 0xd83d, 0xde00, 0xffff, 0),
);
const word = fc.array(unit, { minLength: 1, maxLength: 8 }).map((us) => String.fromCharCode(...us));

describe('flat trie', () => {
  it('leads every word to the node it was added at, and nothing else anywhere', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 30 }), (words, probes) => {
        const b = new TrieBuilder();
        const root = b.node();
        const at = new Map(words.map((w) => [w, b.add(root, w)]));
        const t = b.freeze();
        for (const [w, n] of at) expect(walk(t, root, w)).toBe(n);
        const prefixes = new Set(words.flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1))));
        for (const p of probes) expect(walk(t, root, p) >= 0).toBe(prefixes.has(p));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps two roots apart, and reads NaN (past a text end) as no edge', () => {
    const b = new TrieBuilder();
    const [a, z] = [b.node(), b.node()];
    // 26 children under one node: the binary search, both ends and the middle.
    for (const c of 'abcdefghijklmnopqrstuvwxyz') b.add(a, `k${c}`);
    const zk = b.add(z, 'kz');
    const t = b.freeze();
    expect(walk(t, a, 'kz')).not.toBe(zk);
    expect(walk(t, z, 'kz')).toBe(zk);
    for (const probe of ['ka', 'km', 'kz']) expect(walk(t, a, probe)).toBeGreaterThan(1);
    expect(walk(t, a, 'k{')).toBe(-1);
    expect(walk(t, a, 'k`')).toBe(-1);
    expect(walk(t, z, 'ka')).toBe(-1);
    expect(step(t, walk(t, a, 'k'), 'kab'.charCodeAt(5))).toBe(-1);
  });
});
