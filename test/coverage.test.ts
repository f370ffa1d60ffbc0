/**
 * docs/coverage.md: every provision medad accounts for → the rules that implement it, or why not.
 * Fails when a rule cites a provision its pack's table does not list (so a citation cannot be
 * added or corrected without a reviewer putting it in the table) or when the page is stale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRules } from '../src/index.js';
import { buildCoverage, loadTables, OUT_FILE, ROOT } from '../scripts/coverage.js';

describe('legal coverage (docs/coverage.md)', async () => {
  const tables = await loadTables();
  const { markdown, problems } = buildCoverage(tables);

  it('every rule citation is listed in its pack\'s provisions table, once', () => {
    expect(problems.map((p) => `${p.jurisdiction}: ${p.message}`)).toEqual([]);
  });

  it('is up to date — if this fails, run: npm run docs:coverage', () => {
    const file = join(ROOT, OUT_FILE);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(markdown);
  });

  it('names every built-in rule somewhere', () => {
    for (const r of listRules()) expect(markdown, r.id).toContain(`\`${r.id}\``);
  });

  it('reports an unlisted citation as a problem', () => {
    const [j, table] = Object.entries(tables)[0]!;
    const cited = table.findIndex((p) => p.citations.length > 0);
    expect(cited).toBeGreaterThanOrEqual(0);
    const cut = { ...tables, [j]: table.filter((_, i) => i !== cited) };
    expect(buildCoverage(cut).problems.some((p) => p.message.includes('does not list'))).toBe(true);
  });
});
