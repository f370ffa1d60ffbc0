/**
 * Language detection on the real-text set (test/fixtures/detect): medad/detect beside plain franc
 * and the core's dependency-free fallback, on sentences and on 3–5-word fragments.
 *
 *   npm run eval:detect [-- --verbose] [corpus.jsonl ...]
 *
 * JSON-lines files given as arguments (rows with `text` and `lang`) are measured too.
 */
import { readFileSync } from 'node:fs';
import { franc } from 'franc';
import { detectLite } from '../src/core/detect-lite.js';
import { detectLanguage } from '../src/adapters/detect/index.js';
import { ISO1 } from '../src/adapters/detect/signals.js';
import { fragments, loadSet, tally, TARGETS } from '../test/fixtures/detect/corpus.js';

const verbose = process.argv.includes('--verbose');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const detectors: Record<string, (t: string) => string> = {
  'medad/detect': (t) => detectLanguage(t).code,
  'franc (plain)': (t) => {
    const c = franc(t, { minLength: 1 });
    return ISO1[c] ?? c;
  },
  'franc only pl/de/ru/en': (t) => {
    const c = franc(t, { minLength: 1, only: ['pol', 'deu', 'rus', 'eng'] });
    return ISO1[c] ?? c;
  },
  'core detectLite': (t) => detectLite(t).code,
};

const set = loadSet();
const sources: Array<[string, Map<string, string[]>]> = [
  ['sentences', set],
  ['fragments (3-5 words)', new Map([...set].map(([k, v]) => [k, fragments(v)]))],
];
for (const f of files) {
  const byLang = new Map<string, string[]>();
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text: string; lang?: string };
    if (!row.lang) continue;
    byLang.set(row.lang, [...(byLang.get(row.lang) ?? []), row.text]);
  }
  sources.push([f, byLang]);
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
for (const [label, data] of sources) {
  console.log(`\n== ${label}`);
  const langs = [...data.keys()];
  console.log(['detector'.padEnd(24), ...langs.map((l) => `${l} (${data.get(l)!.length})`.padStart(10)), 'pl/de/ru'.padStart(10), 'misrouted'.padStart(10)].join(' '));
  for (const [name, guess] of Object.entries(detectors)) {
    let tc = 0;
    let tt = 0;
    let misrouted = 0;
    const cells: string[] = [];
    const notes: string[] = [];
    for (const lang of langs) {
      const t = tally(data.get(lang)!, lang, guess);
      cells.push(pct(t.correct, t.total).padStart(10));
      if ((TARGETS as readonly string[]).includes(lang)) {
        tc += t.correct;
        tt += t.total;
      }
      // A distractor sent to a target language would apply that country's law.
      for (const [got, n] of t.confusions) if (got !== lang && (TARGETS as readonly string[]).includes(got)) misrouted += n;
      if (verbose && t.confusions.size) notes.push(`${lang}→${[...t.confusions].map(([k, v]) => `${k}:${v}`).join(',')}`);
    }
    console.log([name.padEnd(24), ...cells, pct(tc, tt).padStart(10), String(misrouted).padStart(10)].join(' '));
    if (verbose && notes.length) console.log(`${''.padEnd(26)}${notes.join('  ')}`);
  }
}
