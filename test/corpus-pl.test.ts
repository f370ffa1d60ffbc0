/**
 * The Polish pack against its own labelled corpus (test/corpus/pl.jsonl): realistic posts, statute
 * and regulator wording, and compliant near misses. Category-level floors, as in `npm run eval`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../scripts/eval.js';

const rows = readFileSync(new URL('./corpus/pl.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

describe('PL corpus', () => {
  const result = evaluate(rows);
  const report = result.misses.map((m) => `${m.id}: missing [${m.missing}] extra [${m.extra}]`).join('\n');

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
