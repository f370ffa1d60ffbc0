/**
 * Adversarial inputs stay linear: every input is checked at size n and 4n against all three
 * packs, and the time at 4n must stay within a generous multiple of 4 × the time at n (a
 * quadratic step would show as ×16). Medians of three runs; generous factors absorb noise —
 * this guards against blow-ups, it is not a benchmark (see `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks, createChecker } from '../src/index.js';
import { getCompiledPack } from '../src/core/compile.js';
import { HEAD_END } from '../src/core/pattern.js';

const checker = createChecker();
const OPTS = { jurisdictions: ['PL', 'DE', 'RU'], asOf: '2025-06-01', context: { sponsored: true } };
const N = 40_000;

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
}
function timeCheck(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    checker.check(text, OPTS);
    runs.push(performance.now() - t0);
  }
  return median(runs);
}
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
  // Rule functions that used to rescan the text or every exception per hit (quadratic).
  'graphic content, a line each': 'i skalpel\n',
  'PESEL-like numbers, a line each': '12345678901\n',
  'study jargon in one sentence': 'placebo ',
  'study jargon, sentence each': 'RCT p<0,05. ',
  'named patients with health data': 'Пациент лечился у нас: Иван Иванович Петров.\n',
  'professional contests': 'конкурс врачей ',
};

describe('adversarial inputs stay linear', () => {
  // Warm the engine so the first measurement is not a JIT artefact.
  checker.check(fill('najlepsza klinika ', 20_000), OPTS);
  for (const [name, unit] of Object.entries(INPUTS)) {
    it(`${name}: time(4n) stays linear`, () => {
      const small = fill(unit, N);
      const large = fill(unit, 4 * N);
      const t1 = timeCheck(small);
      const t4 = timeCheck(large);
      // Linear: ~4×. Allow 3× that plus a fixed slack for timer and GC noise.
      expect(t4, `n=${N}: ${t1.toFixed(1)} ms, 4n: ${t4.toFixed(1)} ms`).toBeLessThan(12 * t1 + 150);
    });
  }
  it("'a'.repeat(1e6) and 'najlepsz'.repeat(1e5) finish (hang guard)", () => {
    for (const text of ['a'.repeat(1e6), 'najlepsz'.repeat(1e5)]) {
      const t0 = performance.now();
      checker.check(text, OPTS);
      expect(performance.now() - t0).toBeLessThan(30_000);
    }
  });
});
