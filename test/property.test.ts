/**
 * Property tests: for any string — lone surrogates, combining marks, right-to-left text and
 * bidi controls, emoji sequences, control characters, pieces of real trigger words — check()
 * does not throw, every finding's excerpt is the text at its range, and the result is
 * deterministic. The test timeouts are hang guards only; there are no speed claims (see `npm run bench`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinPacks, createBuiltinChecker, type Report } from '../src/index.js';

const checker = createBuiltinChecker();
const ALL = { jurisdictions: ['PL', 'DE', 'RU'], asOf: '2025-06-01', context: { sponsored: true } };

const triggers = builtinPacks()
  .flatMap((p) => p.rules.flatMap((r) => r.examples.invalid))
  .map((e) => (typeof e === 'string' ? e : e.text));
const pieces = [
  '\uD800', '\uDFFF', '\uDBFF\uDFFF', '\u0301', '\u0308\u0327', '\u200B', '\u200D', '\u00AD', '\u202E', '\u2066', '\uFEFF',
  'שלום', 'مرحبا', '👍🏽', '👨‍👩‍👧', '🇵🇱', '\u0000', '\u0007', '\r\n', '\t', '\u2028', ' ', '  ', '.', '!?', '„', '“', '«', '»', '"',
  'Ｎａｊｌｅｐｓｚａ', 'n a j l e p s z a', 'лучшая', 'luchshaya', 'heilt', 'garantiert', 'ß', 'İ', 'ﬁ', '①', '%', '100 %',
];
const textArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...triggers)), { maxLength: 25 }).map((a) => a.join('')),
  // A real invalid example with random junk spliced in.
  fc.tuple(fc.constantFrom(...triggers), fc.nat(), fc.array(fc.constantFrom(...pieces), { maxLength: 6 })).map(([t, at, junk]) => {
    const k = at % (t.length + 1);
    return t.slice(0, k) + junk.join('') + t.slice(k);
  }),
);

function assertWellFormed(text: string, report: Report): void {
  for (const f of report.findings) {
    if (f.range === null) {
      expect(f.excerpt).toBe('');
      continue;
    }
    expect(f.range.start).toBeGreaterThanOrEqual(0);
    expect(f.range.end).toBeGreaterThanOrEqual(f.range.start);
    expect(f.range.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.range.start, f.range.end)).toBe(f.excerpt);
  }
}

describe('check() on arbitrary strings', () => {
  it('never throws, reports excerpts at their ranges, and is deterministic', () => {
    const fresh = createBuiltinChecker();
    fc.assert(
      fc.property(textArb, fc.boolean(), (text, auto) => {
        const opts = auto ? { asOf: '2025-06-01' } : ALL;
        const a = checker.check(text, opts);
        assertWellFormed(text, a);
        expect(JSON.stringify(fresh.check(text, opts))).toBe(JSON.stringify(a));
        expect(JSON.stringify(checker.check(text, opts))).toBe(JSON.stringify(a));
      }),
      { numRuns: 1500 },
    );
    // Auto routing may run two packs per text (fallback); 4,500 checks on a shared 2-core machine.
  }, 240_000);

  it('finishes a 1 MB hostile text (hang guard, not a speed claim)', () => {
    const rand = fc.sample(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...triggers)), { minLength: 50, maxLength: 50 }), {
      numRuns: 1,
      seed: 42,
    })[0]!.join(' ');
    let text = '';
    while (text.length < 1_000_000) text += rand + '\n';
    // No wall-clock bound: the test timeout is the hang guard; growth is test/adversarial.test.ts's.
    const report = checker.check(text, ALL);
    assertWellFormed(text, report);
    expect(report.findings.length).toBeGreaterThan(0);
    // ~12 s of CPU; a machine shared by many jobs can stretch that several times over.
  }, 300_000);
});
