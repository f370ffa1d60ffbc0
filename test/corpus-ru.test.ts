/**
 * The RU pack against its own labelled corpus (test/corpus/ru.jsonl): realistic clinic, pharmacy
 * and supplement posts plus compliant near misses (warranties, negations, quoted law, staff
 * introductions, professional material). Category-level floors, as for the shared dev corpus.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../scripts/eval.js';

const rows = readFileSync(new URL('./corpus/ru.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

describe('RU corpus', () => {
  const r = evaluate(rows);
  const report = r.misses.map((m) => `${m.id}: missing [${m.missing}] extra [${m.extra}]`).join('\n');

  it('has at least 40 rows, 15 of them compliant near misses', () => {
    expect(r.rows).toBeGreaterThanOrEqual(40);
    expect(r.compliant).toBeGreaterThanOrEqual(15);
  });
  it('reaches category precision ≥ 0.9', () => {
    expect(r.precision, report).toBeGreaterThanOrEqual(0.9);
  });
  it('reaches category recall ≥ 0.9', () => {
    expect(r.recall, report).toBeGreaterThanOrEqual(0.9);
  });
  it('flags at most 10 % of the compliant rows', () => {
    expect(r.compliantFlagged / r.compliant, report).toBeLessThanOrEqual(0.1);
  });
});
