/**
 * A long text must cost its length times a constant, however many hits it has. Time cannot say so
 * in a unit test (test/growth.ts), but a count of the work can: here, what the guards' literal
 * index (literals.ts) reads per check. Every guarded program asks it about the text it is about to
 * run on (`Guarded.forText`, once per text in a row); each question compares its text with the
 * texts whose walks are kept (at worst in full, when one of equal length is there), and a text not kept is
 * walked. The work counted is the characters of every text asked about plus the characters walked.
 *
 * Why this counter: a shortcut in `testRange` (da96477, reverted in db6ef3d) asked about the whole
 * view before each sentence test, so the questions about a post's view grew with its hits, each
 * about all of it: the bench's 1 MB text took 1.6x as long while every other test and the snapshot
 * passed (a CPU profile of that build: the index's `answers` 18 % of a 1 MB check, `forText` 9 %).
 * The index is wrapped where the packs make it (`literalIndex`): the engine carries no counter.
 */
import { describe, expect, it, vi } from 'vitest';
import { longText } from '../bench/posts.mjs';

const work = { asked: 0, askedLong: 0, walked: 0 };
/** A text this long is a post's view, not a sentence or window of it. */
const LONG = 10_000;

vi.mock('../src/core/literals.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../src/core/literals.js')>();
  return {
    ...m,
    literalIndex: () => {
      const index = m.literalIndex();
      const answers = index.answers.bind(index);
      // An own property: `has` calls `this.answers` too.
      index.answers = (text: string) => {
        const walks = index.walks;
        const r = answers(text);
        work.asked += text.length;
        if (text.length >= LONG) work.askedLong++;
        if (index.walks !== walks) work.walked += text.length;
        return r;
      };
      return index;
    },
  };
});
const { createBuiltinChecker } = await import('../src/index.js');

const OPTS = { jurisdictions: ['PL', 'DE', 'RU'], asOf: '2025-06-01' };
/**
 * Work per character on 30 KB and 300 KB (2026-12-07): 1,409 and 1,427, nearly all of it the ~1,420
 * questions about the post's views (programs times views, whatever the length). With the reverted
 * shortcut: 1,635 and 3,832 (1,638 and 3,842 questions). Bounds: 2,000 a character (40 % over), and
 * from 30 KB to 300 KB at most 1.1 times as much a character (the bench's own target for 1 MB /
 * 100 KB, a time ratio of 11 for ten times the text). Sizes a tenth of the bench's: the same
 * growth shows on them, and the suite is spared a 1 MB check.
 */
const MAX_PER_CHAR = 2_000;
const MAX_GROWTH = 1.1;

describe('a long text costs the guards work linear in its length', () => {
  it('30 KB and 300 KB of mixed posts (three packs): the literal index reads a constant per character', () => {
    const checker = createBuiltinChecker();
    // The packs' patterns wake on a first text; its own cost is not the one measured.
    checker.check(longText(20_000, 5), OPTS);
    const perChar = [30_000, 300_000].map((size) => {
      const text = longText(size);
      Object.assign(work, { asked: 0, askedLong: 0, walked: 0 });
      checker.check(text, OPTS);
      return { size, chars: text.length, ...work, perChar: (work.asked + work.walked) / text.length };
    });
    const why = JSON.stringify(perChar);
    for (const p of perChar) expect(p.perChar, why).toBeLessThan(MAX_PER_CHAR);
    expect(perChar[1]!.perChar / perChar[0]!.perChar, why).toBeLessThan(MAX_GROWTH);
  }, 60_000);
});
