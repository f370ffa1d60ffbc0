/**
 * Build-time tables (src/core/tables.ts): each committed table is what the build would write now,
 * a built-in pack uses it, a changed copy does not, and a pack compiled from its table runs the
 * same programs at the same heads as the pack compiled from its patterns.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLED, tablesModule, tablesPath } from '../scripts/build-tables.js';
import { compilePack, type CompiledPack } from '../src/core/compile.js';
import { PACK_TABLES, tablesOf } from '../src/core/tables.js';
import type { RulePack } from '../src/core/types.js';
import { builtinPacks, createChecker } from '../src/index.js';

/** The pack without its table: compiled the way a custom pack is. */
const bare = (pack: RulePack): RulePack => {
  const { [PACK_TABLES]: _t, ...rest } = pack as RulePack & { [PACK_TABLES]?: unknown };
  return rest as RulePack;
};

/** Terminal → sorted "rule source" pairs, and the orphans: what a check runs, by head. */
function shape(cp: CompiledPack): { buckets: Record<string, string[]>; orphans: string[] } {
  const buckets: Record<string, string[]> = {};
  for (const [t, list] of cp.candidates) buckets[t] = list.map((c) => `${c.rule} ${c.re.source}`).sort();
  return { buckets, orphans: cp.orphans.map((o) => `${o.rule} ${o.re.source}`) };
}

describe('build-time tables', () => {
  for (const [dir, pack] of Object.entries(TABLED)) {
    it(`src/packs/${dir}/tables.ts is current (npm run tables)`, () => {
      expect(readFileSync(tablesPath(dir), 'utf8')).toBe(tablesModule(dir, pack));
    });

    it(`${pack.jurisdiction}: the pack uses its table, and compiles from it to the same programs at the same heads`, () => {
      expect(tablesOf(pack)).not.toBeNull();
      const fromTable = compilePack(pack, true);
      const fromPatterns = compilePack(bare(pack), true);
      expect(tablesOf(bare(pack))).toBeNull();
      expect(shape(fromTable)).toEqual(shape(fromPatterns));
    }, 120_000);
  }

  it('a copy of a built-in pack with other rules ignores the table (and still finds what its rules say)', () => {
    const pl = builtinPacks()[0]!;
    // The documented way to change a built-in pack: copy it. The copy keeps the table's symbol.
    const fewer = { ...pl, rules: pl.rules.filter((r) => r.id !== 'pl/superlative') };
    expect(tablesOf(fewer)).toBeNull();
    const changed = {
      ...pl,
      rules: pl.rules.map((r) => (r.id === 'pl/superlative' ? { ...r, match: { ...r.match, patterns: ['wyjątkow*'] } } : r)),
    };
    expect(tablesOf(changed)).toBeNull();
    const checker = createChecker({ packs: [changed] });
    const ids = (t: string) => checker.check(t, { jurisdictions: ['PL'] }).findings.map((f) => f.ruleId);
    expect(ids('Wyjątkowa klinika w Krakowie.')).toContain('pl/superlative');
    expect(ids('Najlepsza klinika w Krakowie.')).not.toContain('pl/superlative');
  });

  it('the table never shows up as pack data', () => {
    const pl = builtinPacks()[0]!;
    expect(Object.keys(pl)).not.toContain(String(PACK_TABLES));
    expect(JSON.stringify(pl)).not.toContain('"heads"');
  });
});
