/**
 * Equivalence snapshot: every finding (rule, range, severity, message, suggestions) for every rule
 * example, every corpus row given on the command line and the bench posts, one JSON line each.
 * Run it before and after an engine change and diff the two files: the engine must give the same
 * findings, not just the same precision and recall.
 *
 *   npx tsx scripts/snapshot.ts out.jsonl corpus.jsonl [more.jsonl]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinPacks, createBuiltinChecker, type CheckContext, type CheckOptions, type Example } from '../src/index.js';

const [out, ...corpora] = process.argv.slice(2);
if (!out) throw new Error('usage: snapshot.ts out.jsonl [corpus.jsonl ...]');
const checker = createBuiltinChecker();
const lines: string[] = [];
const run = (id: string, text: string, options: CheckOptions) => {
  const r = checker.check(text, options);
  lines.push(JSON.stringify({ id, jurisdictions: r.jurisdictions, language: r.language?.code ?? null, skipped: r.skipped.length, findings: r.findings }));
};
for (const pack of builtinPacks()) {
  for (const rule of pack.rules) {
    const all = [...rule.examples.invalid, ...rule.examples.valid].map((e: Example) => (typeof e === 'string' ? { text: e } : e));
    all.forEach((ex, i) => {
      const opts = { ...(ex.context ? { context: ex.context } : {}), ...(ex.asOf ? { asOf: ex.asOf } : { asOf: '2026-11-30' }) };
      run(`${rule.id}#${i}`, ex.text, { jurisdictions: [pack.jurisdiction], ...opts });
      run(`${rule.id}#${i}/auto/pl`, ex.text, { ...opts, locale: 'pl' });
    });
  }
}
for (const file of corpora) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const row = JSON.parse(line) as { id: string; text: string; jurisdiction: string; context?: CheckContext };
    run(`${file}:${row.id}`, row.text, { jurisdictions: [row.jurisdiction], asOf: '2026-11-30', ...(row.context ? { context: row.context } : {}) });
    run(`${file}:${row.id}/all/de`, row.text, { jurisdictions: ['PL', 'DE', 'RU'], asOf: '2026-11-30', locale: 'de' });
  }
}
for (const lang of ['pl', 'de', 'ru']) {
  readFileSync(new URL(`../bench/fixtures/${lang}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .forEach((t, i) => run(`bench/${lang}:${i}`, t, { jurisdictions: ['PL', 'DE', 'RU'], asOf: '2026-11-30', context: { product: 'medical-service' } }));
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} checks, ${lines.reduce((n, l) => n + (JSON.parse(l) as { findings: unknown[] }).findings.length, 0)} findings → ${out}`);
