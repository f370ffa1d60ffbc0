/**
 * Build-time tables of a built-in pack: what the prefilter needs, so a check never compiles a
 * pattern it does not run.
 *
 * The engine's prefilter is a trie of every match pattern's literal heads. Finding a head means
 * compiling the pattern (folding its literals, expanding its classes), and a pack has 500–700 of
 * them, so building the trie at first use cost most of a first check. The build
 * (`scripts/build-tables.ts`, run by `npm run build`) writes each built-in pack's heads to
 * `src/packs/<xx>/tables.ts`; the engine builds the trie from them and compiles a pattern the
 * first time one of its heads occurs in a text. Patterns without a head (a leading `*`, a
 * feature, `re:`) still compile when the pack is first used: they run on every text.
 *
 * Why heads only and not the compiled sources: the sources of the three packs are ~55 KB min+gzip
 * (features and classes are inlined into every pattern), more than half the packs themselves;
 * the heads are a few KB, and compiling the few patterns a text wakes costs well under a
 * millisecond each. The tables are committed (the dev and test setups import `src/` without a
 * build) and `test/tables.test.ts` fails when one is not current.
 *
 * A table is only used for the pack it was built from: it carries a hash of everything the heads
 * depend on (the patterns in rule order, the classes, the folding), checked when the pack is
 * compiled. A copy of a built-in pack with other rules, or a pack merged into one, has another
 * hash and compiles the usual way.
 */
import type { RulePack } from './types.js';

/** Where a pack carries its tables: a symbol, so JSON, `Object.keys` and the schema never see it. */
export const PACK_TABLES: unique symbol = Symbol.for('medad.packTables');

export interface PackTables {
  /** Format version: a table of another version is ignored. */
  readonly v: 1;
  /** `packHash` of the pack the table was built from. */
  readonly hash: string;
  /**
   * One line per match pattern, in rule order then pattern order: the pattern's heads joined by
   * spaces (a head never holds white space), `)` ending a head that must end the word; an empty
   * line for a pattern without heads; `=` for a pattern whose compiled source repeats an earlier
   * pattern of the same rule (it adds no hit); `(name` for a pattern that starts with a class.
   */
  readonly heads: string;
  /** One line per class that starts a pattern: its name, then its heads as above. */
  readonly classes: string;
}

/** In a table: the mark of a whole-word head (`HEAD_END` in pattern.ts), and of a class's heads. */
export const TABLE_END = ')';
export const CLASS_REF = '(';

/**
 * The heads of each match pattern (rule order, then pattern order): null for a pattern without
 * heads, `'='` for one that repeats an earlier source of its rule.
 */
export function tableRows(t: PackTables, headEnd: string): Array<string[] | null | '='> {
  const decode = (s: string): string[] => s.split(' ').map((h) => (h.endsWith(TABLE_END) ? h.slice(0, -1) + headEnd : h));
  const classes = new Map<string, string[]>();
  for (const line of t.classes ? t.classes.split('\n') : []) {
    const sp = line.indexOf(' ');
    classes.set(line.slice(0, sp), decode(line.slice(sp + 1)));
  }
  return t.heads.split('\n').map((row) => {
    if (row === '') return null;
    if (row === '=') return '=';
    if (row.startsWith(CLASS_REF)) return classes.get(row.slice(1)) ?? null;
    return decode(row);
  });
}

/** `pack` with its tables attached (deeply frozen like every pack). */
export function withTables<T extends RulePack>(pack: T, tables: PackTables): T {
  return Object.freeze({ ...pack, [PACK_TABLES]: Object.freeze(tables) });
}

/**
 * FNV-1a (32 bit, two lanes) over what a pack's heads depend on. Not a defence against a crafted
 * pack (a JavaScript pack runs code in the process anyway; JSON packs cannot carry the symbol):
 * it tells a built-in pack from a copy that changed its rules.
 */
export function packHash(pack: RulePack): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const feed = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    a = Math.imul(a ^ 0xffff, 0x01000193);
  };
  feed(pack.transliterate ?? '');
  feed((pack.languages ?? []).join(' '));
  for (const r of pack.rules) {
    feed(r.id);
    for (const p of r.match?.patterns ?? []) feed(p);
  }
  for (const [name, members] of Object.entries(pack.classes ?? {})) {
    feed(name);
    for (const m of members) feed(m);
  }
  return (a >>> 0).toString(36) + '.' + (b >>> 0).toString(36);
}

/** The pack's table, if it has one that was built from exactly this pack. */
export function tablesOf(pack: RulePack): PackTables | null {
  const t = (pack as RulePack & { [PACK_TABLES]?: PackTables })[PACK_TABLES];
  if (!t || t.v !== 1 || t.hash !== packHash(pack)) return null;
  return t;
}
