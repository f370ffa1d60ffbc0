/**
 * The guard literals' index (literals.ts) answers "does this text contain this literal" from one
 * walk of the text over a trie of every literal asked so far. It must answer what `includes`
 * answers, whatever the order of texts and literals: literals added between walks, a post and its
 * sentences asked in turn, short texts, surrogate pairs, long runs of one letter.
 */
import { describe, expect, it } from 'vitest';
import { literalIndex, SHORT_TEXT } from '../src/core/literals.js';
import { normalizeText } from '../src/core/normalize.js';
import { posts } from '../bench/posts.mjs';

/** Ask every literal about every text in the given order, adding literals as we go; compare with `includes`. */
function agree(texts: readonly string[], literals: readonly string[], rounds = 2): number {
  const index = literalIndex();
  let asked = 0;
  for (let r = 0; r < rounds; r++) {
    for (const [t, text] of texts.entries()) {
      // New literals arrive while texts are being asked about (patterns wake per text).
      const some = literals.filter((_, i) => (i + t + r) % 3 !== 0);
      for (const s of some) {
        const l = index.lit(s);
        expect(index.has(text, l), `${JSON.stringify(s)} in ${JSON.stringify(text.slice(0, 40))}`).toBe(text.includes(s));
        const { found, walk } = index.answers(text);
        expect(found[l] === walk).toBe(text.includes(s));
        asked++;
      }
    }
  }
  return asked;
}

const shadow = (s: string) => normalizeText(s, { diacritics: true }).text;

describe('literal index', () => {
  it('agrees with includes on real posts, their sentences and near misses, in any order', () => {
    const texts = ['pl', 'de', 'ru'].flatMap((l) => posts(l, 6, 3)).map(shadow);
    expect(texts.some((t) => t.length >= SHORT_TEXT)).toBe(true);
    // A post, then its sentences, then the post again (what a check asks in turn).
    const order = texts.flatMap((t) => [t, ...t.split(/(?<=[.!?])\s+/u).slice(0, 4), t]);
    const literals = [
      'najlepsz', 'najlepsza', 'gwarantuj', 'gwarancj', 'lekarz poleca', 'skuteczn', 'bez bolu', // PL
      'garantie', 'garantiert', 'wirksam', 'heilt', 'arzt empfiehlt', 'praxis', 'zahnarzt', // DE
      'гарант', 'лучш', 'эффективн', 'врач', 'вылечи', // RU
      'najlepszx', 'garantiex', 'лучшх', 'e', 'z', 'ab', 'nr 1', '100%', // near misses, short ones, marks
    ];
    expect(agree(order, literals)).toBeGreaterThan(1000);
  });

  it('agrees on hostile texts: long runs, no words, surrogate pairs, texts that end inside a literal', () => {
    const run = 'a'.repeat(5000);
    const texts = [
      run,
      run + 'b',
      '!? '.repeat(300),
      '😀'.repeat(400) + 'najlepsza',
      'x'.repeat(250) + 'najlepsz', // a literal's prefix at the end
      '\ud83d'.repeat(300), // lone high surrogates
      '',
      'a',
    ];
    const literals = ['a'.repeat(30), 'a'.repeat(4999) + 'b', 'ab', 'b', '😀', '\ude00\ud83d', '😀n', 'najlepsza', 'najlepsz', '\ud83d\ud83d', '!? !'];
    agree(texts, literals, 3);
  });

  it('answers a literal added after a text was walked, for that text and the next', () => {
    const index = literalIndex();
    const a = 'wizyta kontrolna '.repeat(20) + 'gwarantujemy pełne wyleczenie';
    const b = 'wizyta kontrolna '.repeat(20) + 'bez gwarancji';
    expect(index.has(a, index.lit('wizyta'))).toBe(true);
    // Added now: `a` was walked without it.
    expect(index.has(a, index.lit('gwarantujemy'))).toBe(true);
    expect(index.has(a, index.lit('gwarancji'))).toBe(false);
    expect(index.has(b, index.lit('gwarantujemy'))).toBe(false);
    expect(index.has(b, index.lit('gwarancji'))).toBe(true);
    expect(index.has(a, index.lit('gwarantujemy'))).toBe(true);
  });

  it('walks a long text once however many literals it is asked about', () => {
    // A post and a long sentence of it asked about in turn keep one walk each.
    const index = literalIndex();
    const text = shadow(posts('pl', 40, 5).find((t) => t.length > 2000)!);
    const words = [...new Set(text.match(/\p{L}{4,}/gu)!)].slice(0, 200);
    for (const w of words) index.lit(w);
    const sentence = text.slice(0, SHORT_TEXT + 10);
    for (const w of words) {
      expect(index.has(text, index.lit(w))).toBe(true);
      expect(index.has(sentence, index.lit(w))).toBe(sentence.includes(w));
      expect(index.has(text, index.lit(w + 'qq'))).toBe(false);
    }
    expect(index.walks).toBe(2);
  });

  it('keeps the walk of a post that is asked about between windows of it (no walk of the post per window)', () => {
    // A rule function asking about the post, then a long window, then the post again, per hit:
    // replacing the slot walked longest ago evicted the post each time (quadratic in the post).
    const index = literalIndex();
    const post = shadow(posts('de', 40, 9).filter((t) => t.length > 1000).join(' '));
    const l = index.lit('praxis');
    const windows = 20;
    for (let k = 0; k < windows; k++) {
      expect(index.has(post, l)).toBe(post.includes('praxis'));
      const w = post.slice(k * 10, k * 10 + SHORT_TEXT + 50);
      expect(index.has(w, l)).toBe(w.includes('praxis'));
    }
    expect(index.walks).toBe(1 + windows);
  });
});
