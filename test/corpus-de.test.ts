/**
 * The German pack against its own labelled corpus (test/corpus/de.jsonl): realistic posts,
 * statute wording, court and chamber cases, and compliant near misses. Category-level floors,
 * so a rule change that trades precision for recall (or the reverse) fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../scripts/eval.js';

const rows = readFileSync(new URL('./corpus/de.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

describe('DE corpus', () => {
  const result = evaluate(rows);

  it('has enough rows and compliant near misses to mean something', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(result.compliant).toBeGreaterThanOrEqual(15);
    expect(rows.every((r) => r.jurisdiction === 'DE')).toBe(true);
  });
  it('reaches category precision ≥ 0.9', () => {
    expect(result.precision, JSON.stringify(result.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });
  it('reaches category recall ≥ 0.9', () => {
    expect(result.recall, JSON.stringify(result.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });
  it('flags at most 10 % of the compliant rows', () => {
    expect(result.compliantFlagged / result.compliant).toBeLessThanOrEqual(0.1);
  });
});
