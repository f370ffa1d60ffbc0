/**
 * What `buildLexicon` reads out of a pack's patterns: its words folded, with their kinds (1 a word,
 * 2 a stem). Most words are taken as they stand (folded letters of one script), the rest go
 * through the fold and the letter test: both kinds of tokens are here, with groups, stars, tokens
 * the vocabulary skips and words the letter test drops. The expected list was read from the
 * build that folded and tested every word (before 2026-12-07), so the shortcut keeps its answers.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, type WordTrie } from '../src/core/lexicon.js';
import { packPatternOptions } from '../src/core/pattern.js';
import type { RulePack } from '../src/core/types.js';

/** Every word of a trie with its kind, in unit order. */
function words({ trie, end }: WordTrie): string[] {
  const out: string[] = [];
  const walk = (n: number, pre: string): void => {
    if (end[n]) out.push(`${pre}:${end[n]}`);
    for (let e = trie.first[n]!; e < trie.first[n + 1]!; e++) walk(trie.to[e]!, pre + String.fromCharCode(trie.unit[e]!));
  };
  walk(0, '');
  return out;
}

const patterns = [
  'Gwarantuj(e|emy|ą) pełen *sukces*',
  'najlepsz(y|a) w(a)(b|c)',
  'лучший врач(и|ей)',
  'ёлка х-ray',
  'a)b(c|d e|(f|g)h)',
  're:\\bskuteczn\\w+ Żółw',
  'x(1|2) ab ~2 @klasa #superlative',
  'kaffee(maschine*|haus) STRAẞE',
];
const pack = (withPatterns: boolean) =>
  ({
    jurisdiction: 'XX',
    languages: ['pl', 'ru'],
    rules: withPatterns ? [{ match: { patterns } }] : [],
    classes: withPatterns ? { klasa: ['słowo', 'Über*', 'ИЙ'] } : {},
  }) as unknown as RulePack;
const lexicon = (p: RulePack) => buildLexicon(p, packPatternOptions(p));

describe('buildLexicon', () => {
  it("reads a pack's words folded, with their kinds", () => {
    // The languages' feature words are there without any pattern.
    const features = new Set(words(lexicon(pack(false)).words));
    const built = lexicon(pack(true));
    const own = words(built.words).filter((w) => !features.has(w));
    expect(own).toEqual([
      'ab:1', 'gwarantuja:1', 'gwarantuje:1', 'gwarantujemy:1', 'kaffeehaus:1', 'kaffeemaschine:2', 'najlepsza:1', 'najlepszy:1', 'pelen:1',
      'skuteczn:2', 'slowo:1', 'strasse:1', 'sukces:2', 'uber:2', 'wab:1', 'wac:1', 'zolw:2', 'врачеи:1', 'врачи:1', 'елка:1', 'ии:1',
    ]);
    expect(built.size).toBe(words(built.words).length);
  });
});
