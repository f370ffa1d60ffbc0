/**
 * `foldString` (the fold of pattern literals, with a fast path that skips the offset maps) must
 * be exactly `normalizeText(s).text`: the patterns and the text they run on fold alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldString, normalizeText } from '../src/core/normalize.js';
import { plainFold } from '../src/core/pattern.js';
import { builtinPacks } from '../src/index.js';

const OPTS = [{ diacritics: true }, { diacritics: false }];

describe('foldString = normalizeText(…).text', () => {
  it('on every pattern, class member and wording of the built-in packs, and each of their words', () => {
    const strings = new Set<string>();
    for (const pack of builtinPacks()) {
      for (const r of pack.rules) {
        for (const list of [r.match?.patterns, r.match?.allow, r.match?.unlessSentence, r.applies?.when, r.applies?.unless, ...(r.presence?.parts.map((p) => p.any) ?? [])]) {
          for (const p of list ?? []) for (const s of [p, ...p.split(/[\s()|*~]+/u)]) strings.add(s);
        }
      }
      for (const members of Object.values(pack.classes ?? {})) for (const m of members) strings.add(m);
    }
    expect(strings.size).toBeGreaterThan(3000);
    for (const o of OPTS) for (const s of strings) expect(foldString(s, o), s).toBe(normalizeText(s, o).text);
  });

  it('on strings of the characters that take the other paths (spaces, marks, scripts, ligatures, invisibles)', () => {
    const ch = fc.constantFrom(
      'a', 'Z', 'ł', 'ß', 'ą', 'é', 'ё', 'й', 'Ж', 'а', 'р', 'с', 'α', 'Ω', ' ', '\u00a0', '\u0301', '\u0300', '\u0308', '\u200b', '\u00ad',
      'ﬁ', '½', '⑴', '㍱', 'ᴀ', 'Ａ', '𝐀', '😀', '\ud800', '\udc00', '1', '-', '.', 'İ', 'ǅ', 'ﷺ',
    );
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 10 }).map((a) => a.join('')), (s) => {
        for (const o of OPTS) expect(foldString(s, o)).toBe(normalizeText(s, o).text);
      }),
      { numRuns: 3000 },
    );
  });

  // The pattern compiler folds literals through a fast path (already-folded words, and words that
  // NFD without marks and ł → l make so) before foldString: the two must never disagree.
  it('plainFold, the literal fold with its fast paths, = foldString on pack words and mixed strings', () => {
    const words = new Set<string>();
    for (const pack of builtinPacks()) {
      for (const r of pack.rules) for (const p of r.match?.patterns ?? []) for (const w of p.split(/[\s()|*~]+/u)) words.add(w);
      for (const members of Object.values(pack.classes ?? {})) for (const m of members) words.add(m);
    }
    for (const w of [...words, 'Łódź', 'zabiegów', 'Ärzte', 'straße', 'ёлка', 'йод', 'ЁЛКА', 'cafe\u0301', 'е\u0308', 'kлиника', 'ĳ', 'ǅ', '']) {
      expect(plainFold(w), w).toBe(foldString(w, { diacritics: true }));
    }
    const ch = fc.constantFrom('a', 'z', 'Z', 'ł', 'Ł', 'ß', 'ą', 'é', 'ё', 'й', 'Й', 'Ж', 'а', 'р', 'я', 'α', 'ü', '\u0301', '\u0308', '\u0306', 'ﬁ', 'Ａ', '1', '-', '_', ' ', 'İ');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 8 }).map((a) => a.join('')), (s) => {
        expect(plainFold(s)).toBe(foldString(s, { diacritics: true }));
      }),
      { numRuns: 5000 },
    );
  });
});
