/**
 * The detector's trigram scores (src/adapters/detect/trigrams.ts) against franc's `francAll`: the
 * same numbers, bit for bit, on real sentences and fragments, on every BMP code unit (which covers
 * the script ranges the fast path accepts and those it hands to franc) and on surrogate pairs.
 */
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { trigramScores } from '../src/adapters/detect/trigrams.js';
import { CYRILLIC, CYRILLIC_EXTRA, LATIN, LATIN_EXTRA } from '../src/adapters/detect/signals.js';
import { fragments, loadSet } from './fixtures/detect/corpus.js';

const CANDIDATES = [LATIN, [...LATIN, ...LATIN_EXTRA.langs], CYRILLIC, [...CYRILLIC, ...CYRILLIC_EXTRA.langs], ['pol', 'eng'], ['deu']];

/** The texts on which the two answers differ (none expected), with both answers. */
function differences(texts: string[], sets: string[][] = CANDIDATES): unknown[] {
  const out: unknown[] = [];
  for (const text of texts) {
    const value = text.toLowerCase();
    for (const only of sets) {
      const franc = francAll(value, { only, minLength: 1 });
      const ours = [...trigramScores(value, only)];
      const same = ours.length === franc.length && franc.every(([l, s]) => Object.is(ours.find((o) => o[0] === l)?.[1], s));
      if (!same && out.length < 5) out.push({ text, only, franc, ours });
    }
  }
  return out;
}

describe('trigramScores', () => {
  it("gives franc's scores on the real-text set, its fragments and its sentences joined", () => {
    const set = [...loadSet().values()];
    const sentences = set.flat();
    expect(differences([...sentences, ...set.flatMap(fragments), ...set.map((s) => s.join(' '))])).toEqual([]);
  });

  // The unit outnumbers the letters, so a script expression that counts it decides franc's script.
  it("gives franc's scores with every BMP code unit among Latin and Cyrillic letters", () => {
    const latin: string[] = [];
    const cyrillic: string[] = [];
    for (let u = 0; u < 0x10000; u++) {
      const c = String.fromCharCode(u);
      latin.push(`a${c}${c}b ${c}`);
      cyrillic.push(`ж${c} ${c}`);
    }
    expect(differences(latin, [LATIN])).toEqual([]);
    expect(differences(cyrillic, [CYRILLIC])).toEqual([]);
  });

  it("gives franc's scores around surrogate pairs, lone surrogates and the 2,048-unit cut", () => {
    const texts: string[] = [];
    for (let h = 0xd800; h < 0xdc00; h++) {
      const lows = h >= 0xd83a && h <= 0xd840 ? 1024 : 4;
      for (let l = 0; l < lows; l++) {
        const pair = String.fromCharCode(h, 0xdc00 + ((l * 257) % 1024));
        texts.push(`z${pair}${pair} ${pair}`);
      }
      texts.push(`za ${String.fromCharCode(h)}`, `${String.fromCharCode(h)}x`);
    }
    texts.push(`${'zdrowie '.repeat(255)}z😀`, `${'zdrowie '.repeat(255)}zz😀`, `${'здоровье '.repeat(300)}`, `${'a'.repeat(2047)}\u{1f200}`);
    expect(differences(texts, [LATIN])).toEqual([]);
  });
});
