/**
 * Adversarial inputs stay linear: every input is checked at four sizes (n, 2n, 4n, 8n) against
 * all three packs, and the growth exponent of the time (log-log slope, fastest of three runs per
 * size, see test/growth.ts) must stay well below a quadratic's 2. No wall-clock bound: the
 * exponent does not depend on how fast or loaded the machine is. This guards against blow-ups;
 * it is not a benchmark (see `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks, createBuiltinChecker } from '../src/index.js';
import { getCompiledPack } from '../src/core/compile.js';
import { HEAD_END } from '../src/core/pattern.js';
import { bestGrowth, calibrate, describeGrowth } from './growth.js';

const checker = createBuiltinChecker();
const OPTS = { jurisdictions: ['PL', 'DE', 'RU'], asOf: '2025-06-01', context: { sponsored: true } };
const N = 2_500;

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

// Literal beginnings of every pattern of every pack: repeated near-matches of real triggers.
// Interleaved pack by pack, so that every prefix of the repeated text has the same mix of PL,
// DE and RU heads: otherwise a small size holds only the first pack's heads and a larger one does
// more work per character, which reads as super-linear growth.
const perPack = builtinPacks().map((p) => [...getCompiledPack(p).candidates.keys()].map((h) => h.replace(HEAD_END, '')));
const heads = Array.from({ length: Math.max(...perPack.map((h) => h.length)) }, (_, i) => perPack.flatMap((h) => (i < h.length ? [h[i]!] : []))).flat();
const INPUTS: Record<string, string> = {
  'one letter': 'a',
  'spaces': ' ',
  'line breaks': '\n',
  'a diacritic letter': 'ą',
  'letter + combining mark': 'a\u0301',
  'stacked combining marks': '\u0301',
  'zero-width spaces': '\u200B',
  'dots': '.',
  'digits': '7',
  'digits with a near-miss suffix': '1234567890-ф ',
  'apostrophes': "'",
  'double quotes': '"',
  'opening low quotes': '„',
  'letter spacing': 'a ',
  'mixed-script letters': 'аa',
  'najlepsz': 'najlepsz',
  'najlepsz + space': 'najlepsz ',
  'gwarant': 'gwarantujemy ',
  'лучш': 'лучш',
  'emoji': '👍🏽',
  'pack heads, separated': heads.join(' ') + ' ',
  'pack heads, glued': heads.join(''),
  'pack heads, comma gaps': heads.join(', , , ') + ', ',
  // Rule functions that used to rescan the text or every exception per hit (quadratic).
  'graphic content, a line each': 'i skalpel\n',
  'PESEL-like numbers, a line each': '12345678901\n',
  'study jargon in one sentence': 'placebo ',
  'study jargon, sentence each': 'RCT p<0,05. ',
  'named patients with health data': 'Пациент лечился у нас: Иван Иванович Петров.\n',
  'professional contests': 'конкурс врачей ',
};

// Linear is ~1, quadratic ~2; 1.5 leaves room for noise (GC pauses, other processes) either way.
const MAX_EXPONENT = 1.5;

describe('adversarial inputs stay linear', () => {
  for (const [name, unit] of Object.entries(INPUTS)) {
    it(`${name}: time grows linearly with the size`, () => {
      const run = (n: number) => checker.check(fill(unit, n), OPTS);
      // Sizes from where one check takes ~15 ms of CPU: cheap inputs grow to 8 × 40k, costly
      // ones (every pack head of every pack) stay small, so the file stays fast on a loaded machine.
      const n = calibrate(run, N, 40_000);
      const g = bestGrowth([n, 2 * n, 4 * n, 8 * n], run, MAX_EXPONENT);
      expect(g.exponent, describeGrowth(g)).toBeLessThan(MAX_EXPONENT);
    }, 180_000);
  }
  it("'a'.repeat(1e6) and 'najlepsz'.repeat(1e5) finish (hang guard: the test timeout)", () => {
    for (const text of ['a'.repeat(1e6), 'najlepsz'.repeat(1e5)]) {
      expect(checker.check(text, OPTS).findings).toBeInstanceOf(Array);
    }
  });
});
