/**
 * A built-in pack's prefilter is built from each pattern's first token (`patternHeads`), and a
 * pattern compiles only when a text shows one of its heads. That must give the heads a full
 * compile gives, and a pack compiled this way must run the same programs at the same heads.
 */
import { describe, expect, it } from 'vitest';
import { compilePack, type CompiledPack } from '../src/core/compile.js';
import { compilePattern, packPatternOptions, patternHeads } from '../src/core/pattern.js';
import { builtinPacks } from '../src/index.js';

/** Terminal → sorted "rule source" pairs, and the orphans: what a check runs, at which heads. */
function shape(cp: CompiledPack): { buckets: Record<string, string[]>; orphans: string[] } {
  const buckets: Record<string, string[]> = {};
  for (const [t, list] of cp.candidates) buckets[t] = [...new Set(list.map((c) => `${c.rule} ${c.re.source}`))].sort();
  return { buckets, orphans: cp.orphans.map((o) => `${o.rule} ${o.re.source}`) };
}

describe('heads from the first token', () => {
  const classes = {
    fee: ['opłat*', 'cena', 'koszt(|y|ów)'],
    phrase: ['bez bólu', 'na zawsze'],
    open: ['*garantie', 'gratis'],
    names: ['\\@klinika'],
    titles: ['Dr. Müller', 'Prof. Weber'],
  };
  const edge = [
    'Lekarz poleca', 'najlepsz*', 'gwarantuj(e|emy|ą)', '(na|do) zawsze', '(numer|nr|no.|no) (1|jeden)', '*garantie', '*(b|ab) c',
    '\\@klinika', '\\#money', '#reklama', '#money (zamiast|przed) #money', '@fee ~2 #percent', '@phrase', '@open teuer', '@names', '@titles sagt',
    'w rankingu', 'Größte', 'ŁÓDŹ', 'bon(|u|y|ów) prezentow*', 're:\\d+\\s?zł', 'znan(y|a|ego) (aktor*|aktork*)', '24h', '№1',
  ];
  it('equal what a full compile says, on hand-picked shapes (classes compiled up front or not)', () => {
    for (const trusted of [false, true]) {
      // A trusted pack compiles its classes on first use: heads then come from the members.
      const po = { ...packPatternOptions({ languages: ['pl', 'de'], classes }), ...(trusted ? { trusted } : {}) };
      for (const p of edge) expect(patternHeads(p, po), `${p} (trusted: ${trusted})`).toEqual(compilePattern(p, { ...po }).heads);
    }
  });

  for (const pack of builtinPacks()) {
    it(`${pack.jurisdiction}: equal a full compile on every pattern, and the pack runs the same programs at the same heads`, () => {
      const opts = packPatternOptions(pack);
      for (const r of pack.rules) for (const p of r.match?.patterns ?? []) expect(patternHeads(p, opts), `${r.id}: ${p}`).toEqual(compilePattern(p, opts).heads);
      // trusted: heads from first tokens, patterns compiled on first use; untrusted: compiled whole.
      expect(shape(compilePack(pack, true))).toEqual(shape(compilePack(pack, false)));
    }, 120_000);
  }
});
