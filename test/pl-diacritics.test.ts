/**
 * Polish typed without diacritics ("najlepsi specjalisci", "bezbolesne leczenie" on a phone, or a
 * scraper that stripped them) is matched like the written text: patterns run on a shadow with the
 * diacritics folded (docs/patterns.md), so no per-pack transliteration is needed. Checked on the
 * real batches: every content finding of a row is found again when the row loses its ą, ę, ł, ó,
 * ś, ź, ż, ć, ń. The mandatory warning sentences are the exception by design: their wording is
 * fixed, and a warning without its Polish letters is not the statutory one (pl/device-warning).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBuiltinChecker } from '../src/index.js';

const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
const checker = createBuiltinChecker();

describe('Polish without diacritics', () => {
  for (const file of ['pl-3.jsonl', 'pl-4.jsonl']) {
    it(`${file}: the same content findings with the diacritics stripped`, () => {
      const rows = readFileSync(new URL(`./corpus/${file}`, import.meta.url), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
      const withLetters = rows.filter((r) => strip(r.text) !== r.text);
      expect(withLetters.length).toBeGreaterThan(50);
      const differ: string[] = [];
      for (const row of withLetters) {
        const opts = { jurisdictions: ['PL'], ...(row.context ? { context: row.context } : {}) };
        const ids = (text: string) =>
          [...new Set(checker.check(text, opts).findings.filter((f) => f.category !== 'missing-required-disclosure').map((f) => f.ruleId))].sort().join();
        const a = ids(row.text);
        const b = ids(strip(row.text));
        if (a !== b) differ.push(`${row.id}: [${a}] vs stripped [${b}]`);
      }
      expect(differ, differ.join('\n')).toEqual([]);
    });
  }
});
