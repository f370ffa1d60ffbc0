/**
 * The Polish pack against its labelled corpora. test/corpus/pl.jsonl: realistic posts, statute and
 * regulator wording, and compliant near misses. test/corpus/pl-3.jsonl: 142 real texts (regulator
 * and self-regulator decisions, press quoting ads, live clinic and shop copy; sources per row and in
 * pl-3.README.md), collected by a helper who had not read the rules. Category-level floors, as in
 * `npm run eval`; the pl-3 floors sit a little below what the pack reached when the batch was added
 * (precision 0.99, recall 0.88, no compliant row flagged), so they catch regressions, not noise.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../scripts/eval.js';

const load = (name: string) =>
  readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

const reportOf = (result: ReturnType<typeof evaluate>) =>
  result.misses.map((m) => `${m.id}: missing [${m.missing}] extra [${m.extra}]`).join('\n');

describe('PL corpus', () => {
  const rows = load('pl.jsonl');
  const result = evaluate(rows);
  const report = reportOf(result);

  it('has at least 40 rows and 15 compliant near misses', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.filter((r) => r.expected.length === 0).length).toBeGreaterThanOrEqual(15);
  });
  it('reaches category precision ≥ 0.9 and recall ≥ 0.9', () => {
    expect(result.precision, report).toBeGreaterThanOrEqual(0.9);
    expect(result.recall, report).toBeGreaterThanOrEqual(0.9);
  });
  it('flags at most 10 % of the compliant rows', () => {
    expect(result.compliantFlagged / result.compliant, report).toBeLessThanOrEqual(0.1);
  });
});

describe('PL real-text batch 3 (test/corpus/pl-3.jsonl)', () => {
  const rows = load('pl-3.jsonl');
  const result = evaluate(rows);
  const report = reportOf(result);

  it('has at least 100 real rows, about a third compliant, each with a source', () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(rows.filter((r) => r.expected.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(rows.every((r) => typeof r.source === 'string' && r.source.length > 0)).toBe(true);
  });
  it('reaches category precision ≥ 0.93 and recall ≥ 0.82', () => {
    expect(result.precision, report).toBeGreaterThanOrEqual(0.93);
    expect(result.recall, report).toBeGreaterThanOrEqual(0.82);
  });
  it('flags at most 5 % of the compliant rows', () => {
    expect(result.compliantFlagged / result.compliant, report).toBeLessThanOrEqual(0.05);
  });
});

describe('PL real-text batch 4 (test/corpus/pl-4.jsonl)', () => {
  // Measured untouched before any tuning: P 0.793, R 0.505, 1/44 compliant rows flagged (README).
  // After the classes of phrasing it showed were added: P 1.000, R 0.934, 0/44. The floors sit
  // below that, so they catch regressions. Still missed: labels the text alone does not carry (a
  // singer known only from outside the text, persuasion in a supplement ad, which no statute bars)
  // and classes not built yet (a practitioner's voice without a title, a patient's full name).
  const rows = load('pl-4.jsonl');
  const result = evaluate(rows);
  const report = reportOf(result);

  it('has at least 100 real rows, about a third compliant, each with a source', () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(rows.filter((r) => r.expected.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(rows.every((r) => typeof r.source === 'string' && r.source.length > 0)).toBe(true);
  });
  it('reaches category precision ≥ 0.93 and recall ≥ 0.88', () => {
    expect(result.precision, report).toBeGreaterThanOrEqual(0.93);
    expect(result.recall, report).toBeGreaterThanOrEqual(0.88);
  });
  it('flags at most 5 % of the compliant rows', () => {
    expect(result.compliantFlagged / result.compliant, report).toBeLessThanOrEqual(0.05);
  });
});
