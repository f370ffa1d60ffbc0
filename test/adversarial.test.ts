/**
 * Adversarial inputs stay linear: every input is checked at four sizes (n, 2n, 4n, 8n) against
 * all three packs, and the growth exponent of the time (log-log slope, fastest of three runs per
 * size, see test/growth.ts) must stay well below a quadratic's 2. No wall-clock bound: the
 * exponent does not depend on how fast or loaded the machine is. This guards against blow-ups;
 * it is not a benchmark (see `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks, createChecker } from '../src/index.js';
import { getCompiledPack } from '../src/core/compile.js';
import { HEAD_END } from '../src/core/pattern.js';
import { bestGrowth, describeGrowth } from './growth.js';

const checker = createChecker();
const OPTS = { jurisdictions: ['PL', 'DE', 'RU'], asOf: '2025-06-01', context: { sponsored: true } };
const N = 10_000;

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

// Literal beginnings of every pattern of every pack: repeated near-matches of real triggers.
const heads = builtinPacks().flatMap((p) => [...getCompiledPack(p).candidates.keys()].map((h) => h.replace(HEAD_END, '')));
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
};

// Linear is ~1, quadratic ~2; 1.5 leaves room for noise (GC pauses, other processes) either way.
const MAX_EXPONENT = 1.5;

describe('adversarial inputs stay linear', () => {
  for (const [name, unit] of Object.entries(INPUTS)) {
    it(`${name}: time grows linearly with the size`, () => {
      const texts = new Map([1, 2, 4, 8].map((f) => [f * N, fill(unit, f * N)]));
      const g = bestGrowth([...texts.keys()], (n) => checker.check(texts.get(n)!, OPTS), MAX_EXPONENT);
      expect(g.exponent, describeGrowth(g)).toBeLessThan(MAX_EXPONENT);
    }, 180_000);
  }
  it("'a'.repeat(1e6) and 'najlepsz'.repeat(1e5) finish (hang guard: the test timeout)", () => {
    for (const text of ['a'.repeat(1e6), 'najlepsz'.repeat(1e5)]) {
      expect(checker.check(text, OPTS).findings).toBeInstanceOf(Array);
    }
  });
});
