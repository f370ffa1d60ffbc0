/**
 * The evasion pass (src/core/evasion.ts, lexicon.ts) runs on every check, so it must stay linear
 * on hostile input too: runs of letters that the segmenter tries to split (long lower-case
 * hashtags, letter-spaced phrases, words that end like a feature's form at every position) and
 * the separators it joins. Growth exponents over sizes n…8n (see test/growth.ts), never a
 * wall-clock bound.
 */
import { describe, expect, it } from 'vitest';
import { createBuiltinChecker } from '../src/index.js';
import { bestGrowth, calibrate, describeGrowth } from './growth.js';

const checker = createBuiltinChecker();
const OPTS = { jurisdictions: ['PL', 'DE', 'RU'] };
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const spaced = (s: string) => [...s].join(' ');

const INPUTS: Record<string, string> = {
  // Each hashtag is as long as the segmenter reads (96 letters) and made of the packs' words and forms.
  'long hashtags of pack words': `#${'najszerszywybor'.repeat(7).slice(0, 96)} `,
  'long hashtags of imperative endings': `#${'zarezerwuj'.repeat(10).slice(0, 96)} `,
  'long hashtags of Russian forms': `#${'новейшиеприходите'.repeat(6).slice(0, 96)} `,
  'letter-spaced phrases': `${spaced('gwarancjaefektuzdnianadzien')}. `,
  'one endless letter-spaced run': 'n a j l e p s z a ',
  'hashtags of one-letter words': `#${'awziou'.repeat(16)} `,
  'separators between pieces': 'naj.lep-sza/kli.ni-ka ',
};
const MAX_EXPONENT = 1.5;

describe('the evasion pass stays linear on hostile input', () => {
  for (const [name, unit] of Object.entries(INPUTS)) {
    it(`${name}: time grows linearly with the size`, () => {
      const run = (n: number) => checker.check(fill(unit, n), OPTS);
      const n = calibrate(run, 2_000, 40_000);
      const g = bestGrowth([n, 2 * n, 4 * n, 8 * n], run, MAX_EXPONENT);
      expect(g.exponent, describeGrowth(g)).toBeLessThan(MAX_EXPONENT);
    }, 180_000);
  }
});
