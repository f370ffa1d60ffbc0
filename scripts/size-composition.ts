/**
 * Where the bytes of "engine + PL/DE/RU packs" go, and whether a lossless re-encoding of the
 * packs' vocabulary could bring that bundle to issue 11's 100 KB (min+gzip) while every labelled
 * corpus keeps its results (the script builds first):
 *
 *   npm run size:composition
 *
 * The bundle figures are the budget test's own (scripts/size.mjs, built dist). The parts are each
 * gzipped alone from the pack objects, so they are estimates of their share, not exact slices of
 * the bundle: gzip finds the repeats inside a part, not across parts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUDGETS, measureBundle } from './size.mjs';
import { normalizeText } from '../src/core/normalize.js';
import { partition } from '../src/core/ranges.js';
import type { RulePack } from '../src/core/types.js';
import { listRules, plPack, dePack, ruPack } from '../src/index.js';

const TARGET = 100 * 1024;
const gz = (s: string): number => gzipSync(Buffer.from(s), { level: 9 }).length;
const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
const fold = (s: string): string => normalizeText(s, { diacritics: true }).text;

/** Keys whose strings are patterns of the pattern language (docs/patterns.md). */
const PATTERN_KEYS = new Set(['patterns', 'allow', 'unless', 'when', 'unlessSentence', 'classes', 'citations', 'sponsorship', 'negations', 'negationBreaks', 'alternatives']);

function patternStrings(pack: RulePack): string[] {
  const out: string[] = [];
  const walk = (v: unknown, inPatterns: boolean): void => {
    if (typeof v === 'string') {
      if (inPatterns) out.push(v);
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x, inPatterns);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (k !== 'messages') walk(x, inPatterns || PATTERN_KEYS.has(k));
    }
  };
  walk(pack, false);
  return out;
}

/** Every word a labelled text or a rule example contains, folded as the engine folds. */
function labelledWords(): string[] {
  const texts: string[] = [];
  const dir = new URL('../test/corpus/', import.meta.url);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')))
    for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  for (const r of listRules()) for (const e of [...r.examples.valid, ...r.examples.invalid]) texts.push(typeof e === 'string' ? e : e.text);
  const words = new Set<string>();
  for (const t of texts) for (const w of fold(t).match(/[\p{L}\p{N}]+/gu) ?? []) words.add(w);
  return [...words].sort();
}

const seen = labelledWords();
/** Whether some labelled word equals `w` or, for a stem (`w*`), starts with it. */
function occurs(token: string): boolean {
  const w = fold(token.replace(/\*/g, ''));
  const lo = partition(seen.length, (i) => seen[i]! < w);
  return lo < seen.length && (token.endsWith('*') ? seen[lo]!.startsWith(w) : seen[lo] === w);
}

const [engine, bundle] = [await measureBundle(BUDGETS[0]), await measureBundle(BUDGETS[1])];
console.log(`engine (dist/core.js)            ${kib(engine.gzipBytes)}`);
console.log(`engine + PL/DE/RU packs          ${kib(bundle.gzipBytes)}   (issue 11 target ${kib(TARGET)})`);
console.log('\nparts of each pack, each gzipped alone:');
console.log('pack  messages  legal basis  patterns  | words: unique  sorted list  untested  | re-encoded (dictionary + indices)  | patterns without untested words');
let patternsTotal = 0;
let wordsTotal = 0;
/** Messages and legal bases, which a smaller encoding of the patterns would not touch. */
let textTotal = 0;
let prunedTotal = 0;
for (const pack of [plPack, dePack, ruPack]) {
  const strings = patternStrings(pack);
  const tokens = strings.flatMap((s) => s.split(/[^\p{L}*]+/u).filter(Boolean));
  const unique = [...new Set(tokens)].sort();
  const untested = unique.filter((t) => !occurs(t));
  const index = new Map(unique.map((w, i) => [w, i.toString(36)]));
  const words = gz(unique.join('\n'));
  const reencoded = words + gz(strings.map((s) => s.replace(/[\p{L}*]+/gu, (t) => `\u0001${index.get(t)}`)).join('\n'));
  const patterns = gz(strings.join('\n'));
  // An estimate of pruning every untested word (alternatives dropped, empty groups closed up):
  // the labelled results could not change, since no labelled text holds those words.
  const gone = new Set(untested);
  const pruned = gz(strings.map((s) => s.replace(/[\p{L}*]+/gu, (t) => (gone.has(t) ? '' : t)).replace(/\|{2,}/g, '|').replace(/\(\||\|\)/g, (m) => m.replace('|', ''))).join('\n'));
  prunedTotal += pruned;
  patternsTotal += patterns;
  wordsTotal += words;
  const basis = gz(JSON.stringify(pack.rules.map((r) => r.legalBasis)));
  const messages = gz(JSON.stringify(pack.messages));
  textTotal += basis + messages;
  console.log(
    `${pack.jurisdiction.padEnd(4)}  ${kib(messages).padStart(8)}  ${kib(basis).padStart(11)}  ${kib(patterns).padStart(8)}  | ${String(unique.length).padStart(13)}  ${kib(words).padStart(11)}  ${String(untested.length).padStart(8)}  | ${kib(reencoded).padStart(33)}  | ${kib(pruned)}`,
  );
}
console.log(`\nengine + the packs' pattern strings alone: ${kib(engine.gzipBytes + patternsTotal)} (without the untested words ${kib(engine.gzipBytes + prunedTotal)})`);
console.log(`the bundle with every untested word pruned, estimated: ${kib(bundle.gzipBytes - patternsTotal + prunedTotal)}`);
// A floor no encoding of today's vocabulary goes below: every pattern reduced to its words, each
// listed once and sorted, with no structure at all, plus the messages and legal bases.
console.log(`engine + messages + legal bases + the sorted unique words alone: ${kib(engine.gzipBytes + textTotal + wordsTotal)}`);
console.log('"untested": words of the patterns that no labelled post (test/corpus) and no rule example contains (at most: a');
console.log('German word seen only inside a compound counts as untested).');
