/**
 * The rule reference in docs/rules is generated from the rules' metadata; this test fails when a
 * page is stale, so a rule change cannot ship with outdated docs. It also checks the generator
 * itself against a small custom pack, and the hand-written docs' internal links.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definePack, defineRule, listRules } from '../src/index.js';
import { diff, generate, REGENERATE, ROOT, rulePage, scoreRules } from '../scripts/rule-docs.js';

describe('rule reference (docs/rules)', () => {
  const files = generate();

  it(`is up to date — if this fails, run: ${REGENERATE}`, () => {
    const problems = diff(files);
    expect(problems, `docs/rules is out of date. Regenerate it with: ${REGENERATE}\n${problems.join('\n')}`).toEqual([]);
  });

  it('has one page per built-in rule and an index listing each of them', () => {
    const index = files.get('docs/rules/README.md')!;
    for (const r of listRules()) {
      expect(files.has(`docs/rules/${r.id}.md`), r.id).toBe(true);
      expect(index).toContain(`[\`${r.id}\`](${r.id}.md)`);
      expect(files.get(`docs/rules/${r.id}.md`)).toContain(r.legalBasis[0]!.url);
    }
  });
});

describe('rule page generator', () => {
  const rule = defineRule({
    id: 'xx/cure-claim',
    category: 'misleading-property',
    severity: 'error',
    legalBasis: [{ kind: 'statute', citation: 'Art. 1 Test Act', url: 'https://example.org/act#1', quote: 'No ad may claim a cure.' }],
    match: { patterns: ['cures'], negation: true },
    examples: { invalid: ['It cures | everything.', 'Cures in days', 'This cures colds'], valid: ['It does not cure', 'Cure-all?', { text: 'curious', context: { product: 'drug' } }] },
  });
  const pack = definePack({
    jurisdiction: 'XX',
    languages: ['en'],
    name: 'Testland',
    rules: [rule],
    messages: { en: { 'xx/cure-claim': { message: 'Claims a cure: {{match}}', suggestion: 'Describe the effect.' } } },
    negations: ['not'],
  });

  it('scores a rule against labelled rows of its jurisdiction only', () => {
    const rows = [
      { id: '1', text: 'This pill cures flu.', jurisdiction: 'XX', expected: ['misleading-property'] },
      { id: '2', text: 'The balm cures nothing, it cools.', jurisdiction: 'XX', expected: [] },
      { id: '3', text: 'Heals wounds fast.', jurisdiction: 'XX', expected: ['misleading-property'] },
      { id: '4', text: 'This pill cures flu.', jurisdiction: 'YY', expected: [] },
    ];
    // Row 2 is a false positive ("cures nothing" is not a negation in front of the word).
    const s = scoreRules(pack, rows).get('xx/cure-claim')!;
    expect(s).toEqual({ tp: 1, fp: 1, fn: 1, rows: 3 });
  });

  it('renders basis, quote, examples (with pipes and context), messages and the off switch', () => {
    const page = rulePage(pack.rules[0]!, pack, { tp: 3, fp: 1, fn: 0, rows: 10 }, 'test/corpus/xx.jsonl');
    expect(page).toContain('[Art. 1 Test Act](https://example.org/act#1)');
    expect(page).toContain('> No ad may claim a cure.');
    expect(page).toContain('It cures | everything.');
    expect(page).toContain('product: `"drug"`');
    expect(page).toContain('precision 0.75 (3/4), recall 1.00 (3/3)');
    expect(page).toContain("rules: { 'xx/cure-claim': 'off' }");
    expect(page).toContain('| en | suggestion | Describe the effect. |');
  });

  it('says so when there is no corpus yet', () => {
    expect(rulePage(pack.rules[0]!, pack, null, 'test/corpus/xx.jsonl')).toContain('No labelled corpus yet');
  });
});

describe('hand-written docs', () => {
  const docs = ['README.md', 'CONTRIBUTING.md', 'ARCHITECTURE.md', 'docs/performance-log.md', 'docs/cli.md', 'docs/json-format.md', 'docs/rules/README.md'];
  for (const doc of docs) {
    it(`${doc} exists and its relative links resolve`, () => {
      const abs = join(ROOT, doc);
      expect(existsSync(abs), doc).toBe(true);
      const text = readFileSync(abs, 'utf8');
      for (const m of text.matchAll(/\]\(((?!https?:|#|mailto:)[^)\s#]+)(#[^)]*)?\)/g)) {
        expect(existsSync(join(dirname(abs), m[1]!)), `${doc} links to ${m[1]}`).toBe(true);
      }
    });
  }

  it('README quick start has exactly the two set-up commands', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
    expect(readme).toMatch(/not legal advice/i);
  });
});

describe('CHANGELOG.md', () => {
  it('has an Unreleased section equal to the pending changesets — if this fails, run: npm run changelog', async () => {
    // @ts-expect-error plain ESM script without types
    const { readChangesets, render } = (await import('../scripts/changelog.mjs')) as {
      readChangesets: () => Array<{ bump: string; summary: string }>;
      render: (current: string, changesets: Array<{ bump: string; summary: string }>) => string;
    };
    const current = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    const changesets = readChangesets();
    expect(current, 'CHANGELOG.md is out of date. Regenerate it with: npm run changelog').toBe(render(current, changesets));
    for (const c of changesets) expect(current).toContain(c.summary.split('\n')[0]);
  });
});

describe('documented examples', () => {
  it('the README custom-rule example runs and prints what it says', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const m = /<!-- docs\.test\.ts runs this example -->\n```ts\n([\s\S]*?)```/.exec(readme);
    expect(m, 'README has the marked custom-rule example').toBeTruthy();
    const code = m![1]!;
    const promised = /\/\/ (\[.*\])\s*$/.exec(code.trim())![1]!;
    const dir = mkdtempSync(join(tmpdir(), 'medad-readme-'));
    try {
      writeFileSync(join(dir, 'example.ts'), code.replace(/from 'medad'/g, `from ${JSON.stringify(join(ROOT, 'src/index.ts'))}`));
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'example.ts')], { cwd: ROOT, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout.trim().replace(/\s+/g, ' ')).toBe(promised.replace(/\s+/g, ' '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('docs/json-format.md documents every field the JSON output has', async () => {
    const { main } = await import('../src/cli/index.js');
    let out = '';
    await main(['check', '--jurisdiction', 'PL', '--product', 'medical-service', '--format', 'json'], {
      stdout: (s) => (out += s),
      stderr: () => {},
      stdin: async () => 'Najlepsza klinika w mieście!',
    });
    const keys = new Set<string>();
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (keys.add(k), walk(x));
    };
    walk(JSON.parse(out));
    const doc = readFileSync(join(ROOT, 'docs/json-format.md'), 'utf8');
    const undocumented = [...keys].filter((k) => !doc.includes(`\`${k}\``));
    expect(undocumented).toEqual([]);
  });
});

describe('API docs (typedoc)', () => {
  it('build without warnings, with one module per exports entry and examples on the main functions', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const out = mkdtempSync(join(tmpdir(), 'medad-api-'));
    try {
      const r = spawnSync(join(ROOT, 'node_modules/.bin/typedoc'), ['--out', out, '--treatWarningsAsErrors'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      // @ts-expect-error plain ESM config without types
      const { entryPoints, moduleNames } = (await import('../typedoc.config.mjs')) as {
        entryPoints: () => string[];
        moduleNames: () => Map<string, string>;
      };
      const modules = readdirSync(join(out, 'modules')).sort();
      expect(modules.length).toBe(entryPoints().length);
      // Modules are named by import path (medad/detect), one per exports entry.
      expect(modules).toEqual([...moduleNames().values()].map((n) => `${n.replace(/\//g, '_')}.html`).sort());
      for (const fn of ['check', 'createChecker', 'createBuiltinChecker', 'listRules', 'defineRule', 'definePack', 'createRegistry']) {
        const page = readFileSync(join(out, 'functions', `medad.${fn}.html`), 'utf8');
        expect(page, `${fn} has an @example`).toMatch(/Example/);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
