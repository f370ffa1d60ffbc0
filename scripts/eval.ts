/**
 * Category-level precision and recall of check() on a labelled corpus (JSON lines:
 * { id, text, jurisdiction, context, expected: [categories] }).
 *
 *   npm run eval -- ../shared/corpus/pl.jsonl [more.jsonl] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { createBuiltinChecker, type CheckContext } from '../src/index.js';

interface Row {
  id: string;
  text: string;
  jurisdiction: string;
  context?: CheckContext;
  expected: string[];
  /** Categories this row does not judge: neither a hit nor a miss counts for them. */
  ignore?: string[];
}

export interface EvalResult {
  rows: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  compliant: number;
  compliantFlagged: number;
  perCategory: Map<string, { tp: number; fp: number; fn: number }>;
  misses: Array<{ id: string; missing: string[]; extra: string[]; text: string }>;
}

export function evaluate(rows: Row[]): EvalResult {
  const checker = createBuiltinChecker();
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (c: string, k: 'tp' | 'fp' | 'fn') => {
    const e = per.get(c) ?? { tp: 0, fp: 0, fn: 0 };
    e[k]++;
    per.set(c, e);
  };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let compliant = 0;
  let compliantFlagged = 0;
  const misses: EvalResult['misses'] = [];
  for (const row of rows) {
    const report = checker.check(row.text, {
      jurisdictions: [row.jurisdiction],
      ...(row.context ? { context: row.context } : {}),
    });
    const ignored = new Set(row.ignore ?? []);
    const got = new Set(report.findings.map((f) => f.category as string).filter((c) => !ignored.has(c)));
    const want = new Set(row.expected.filter((c) => !ignored.has(c)));
    if (want.size === 0) {
      compliant++;
      if (got.size > 0) compliantFlagged++;
    }
    const missing = [...want].filter((c) => !got.has(c));
    const extra = [...got].filter((c) => !want.has(c));
    for (const c of want) if (got.has(c)) (tp++, bump(c, 'tp'));
    for (const c of missing) (fn++, bump(c, 'fn'));
    for (const c of extra) (fp++, bump(c, 'fp'));
    if (missing.length || extra.length) misses.push({ id: row.id, missing, extra, text: row.text });
  }
  return {
    rows: rows.length,
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    compliant,
    compliantFlagged,
    perCategory: per,
    misses,
  };
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    console.error('usage: npm run eval -- <corpus.jsonl> [more.jsonl] [--verbose]');
    return 2;
  }
  for (const file of files) {
    const rows = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => {
        try {
          return JSON.parse(l) as Row;
        } catch {
          throw new Error(`${file}:${i + 1}: not valid JSON`);
        }
      });
    const r = evaluate(rows);
    const pct = (x: number) => x.toFixed(3);
    console.log(`\n${file}: ${r.rows} rows`);
    console.log(`  category precision ${pct(r.precision)}  recall ${pct(r.recall)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
    console.log(`  compliant rows flagged: ${r.compliantFlagged}/${r.compliant} (${pct(r.compliant ? r.compliantFlagged / r.compliant : 0)})`);
    console.log('  per category:');
    for (const [c, e] of [...r.perCategory].sort()) {
      const p = e.tp + e.fp ? e.tp / (e.tp + e.fp) : 1;
      const rc = e.tp + e.fn ? e.tp / (e.tp + e.fn) : 1;
      console.log(`    ${c.padEnd(36)} P ${pct(p)}  R ${pct(rc)}  (tp ${e.tp}, fp ${e.fp}, fn ${e.fn})`);
    }
    if (verbose) {
      console.log('  disagreements:');
      for (const m of r.misses) {
        console.log(`    ${m.id}: missing [${m.missing.join(', ')}] extra [${m.extra.join(', ')}]  ${m.text.slice(0, 100).replace(/\n/g, ' ')}`);
      }
    }
  }
  return 0;
}

if (process.argv[1]?.endsWith('eval.ts')) process.exitCode = main(process.argv.slice(2));
