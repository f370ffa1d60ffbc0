/**
 * medad where prose linting already lives: the textlint rule (`medad/textlint`, run by the real
 * textlint 15 with its Markdown and HTML plugins) and the unified plugin (`medad/unified`, run by
 * unified 11 + remark-parse). One repository with a medad.config.json, a disabled line and an
 * ignored folder gives the same findings through the CLI, textlint and unified.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextlintKernelDescriptor } from '@textlint/kernel';
import markdownPlugin from '@textlint/textlint-plugin-markdown';
import remarkParse from 'remark-parse';
import { createLinter } from 'textlint';
import htmlPlugin from 'textlint-plugin-html';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/index.js';
import medadTextlintRule from '../src/integrations/textlint.js';
import remarkMedad from '../src/integrations/unified.js';

let repo: string;
const FILES: Record<string, string> = {
  'medad.config.json': JSON.stringify({
    jurisdictions: ['PL'],
    context: { product: 'medical-service' },
    rules: { 'pl/urging': 'off' },
    ignores: ['drafts/'],
  }),
  // A clinic's post: a superlative in a heading, a guarantee in bold, a cleared claim under a
  // disable comment, a testimonial, and an urging call that the configuration switches off.
  'posts/klinika.md': [
    '# Najlepsza klinika w mieście',
    '',
    'Zapraszamy do gabinetu przy ul. Długiej. **Gwarantujemy** efekt leczenia.',
    '',
    '<!-- medad-disable-next-line pl/superlative -- "Najlepszy Gabinet 2026" is the award\'s name, cleared by legal -->',
    'Otrzymaliśmy tytuł Najlepszy Gabinet 2026.',
    '',
    '„Po raz pierwszy od lat śpię bez bólu” – pisze pani Krystyna.',
    '',
    'Nie czekaj! Zapisz się jeszcze dziś.',
    '',
  ].join('\n'),
  'posts/cennik.md': 'Cennik: przegląd 150 zł, higienizacja 300 zł.\n\nGabinet czynny od poniedziałku do piątku.\n',
  'drafts/szkic.md': 'Najlepsza klinika! Gwarantujemy efekt.\n',
};
const CHECKED = ['posts/klinika.md', 'posts/cennik.md', 'drafts/szkic.md'];

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'medad-integrations-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(repo, name, '..'), { recursive: true });
    writeFileSync(join(repo, name), text);
  }
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

type Key = string; // `file:line:column:ruleId`

async function viaCli(): Promise<Key[]> {
  const out: string[] = [];
  const code = await main(['check', ...CHECKED, '--format', 'json'], { stdout: (s) => out.push(s), stderr: () => {}, stdin: async () => '', cwd: repo });
  expect(code).toBe(1);
  const json = JSON.parse(out.join('\n')) as { files: Array<{ file: string; findings: Array<{ line: number; column: number; ruleId: string }> }> };
  return json.files.flatMap((f) => f.findings.map((x) => `${f.file}:${x.line}:${x.column}:${x.ruleId}`));
}

async function viaTextlint(files = CHECKED): Promise<Key[]> {
  const descriptor = new TextlintKernelDescriptor({
    rules: [{ ruleId: 'medad', rule: medadTextlintRule }],
    filterRules: [],
    plugins: [
      { pluginId: 'markdown', plugin: markdownPlugin },
      { pluginId: 'html', plugin: htmlPlugin },
    ],
  });
  const results = await createLinter({ descriptor }).lintFiles(files.map((f) => join(repo, f)));
  return results.flatMap((r) =>
    r.messages.map((m) => `${r.filePath.slice(repo.length + 1)}:${m.line}:${m.column}:${/\(([a-z]{2}\/[a-z0-9-]+)\)$/.exec(m.message)?.[1]}`),
  );
}

async function viaUnified(): Promise<Key[]> {
  const processor = unified().use(remarkParse).use(remarkMedad);
  const keys: Key[] = [];
  for (const name of CHECKED) {
    const file = new VFile({ path: join(repo, name), value: readFileSync(join(repo, name), 'utf8') });
    await processor.run(processor.parse(file), file);
    for (const m of file.messages) keys.push(`${name}:${m.line}:${m.column}:${m.ruleId}`);
  }
  return keys;
}

describe('CLI, textlint and unified agree on one repository', () => {
  it('same findings: configuration applied, disabled line and ignored folder skipped', async () => {
    const cli = (await viaCli()).sort();
    expect(cli).toEqual(
      [
        'posts/klinika.md:1:3:pl/superlative',
        'posts/klinika.md:3:44:pl/guarantee',
        // The quoted patient: the testimonial twice (the quote and "pisze pani").
        'posts/klinika.md:8:2:pl/testimonial',
        'posts/klinika.md:8:42:pl/testimonial',
      ].sort(),
    );
    expect((await viaTextlint()).sort()).toEqual(cli);
    expect((await viaUnified()).sort()).toEqual(cli);
  });
});

describe('textlint rule', () => {
  it('reads HTML through textlint-plugin-html, with positions in the file', async () => {
    writeFileSync(
      join(repo, 'posts/oferta.html'),
      '<!doctype html>\n<html><body>\n<h1>Oferta</h1>\n<p>To <b>najlepsza</b> klinika w mieście.</p>\n<script>var x = "Gwarantujemy";</script>\n</body></html>\n',
    );
    expect(await viaTextlint(['posts/oferta.html'])).toEqual(['posts/oferta.html:4:10:pl/superlative']);
  });

  it('offers the machine fix to textlint --fix: the missing device warning is inserted', async () => {
    mkdirSync(join(repo, 'shop'), { recursive: true });
    writeFileSync(join(repo, 'shop/medad.config.json'), JSON.stringify({ jurisdictions: ['PL'], context: { product: 'medical-device' } }));
    writeFileSync(join(repo, 'shop/glukometr.md'), 'Nowy glukometr GlukoPro – wynik w 5 sekund. Już w aptekach!\n');
    const descriptor = new TextlintKernelDescriptor({
      rules: [{ ruleId: 'medad', rule: medadTextlintRule }],
      filterRules: [],
      plugins: [{ pluginId: 'markdown', plugin: markdownPlugin }],
    });
    const [result] = await createLinter({ descriptor }).fixFiles([join(repo, 'shop/glukometr.md')]);
    expect(result!.output).toBe(
      'Nowy glukometr GlukoPro – wynik w 5 sekund. Już w aptekach!\n\nTo jest wyrób medyczny. Używaj go zgodnie z instrukcją używania lub etykietą.\n',
    );
  });
});

describe('unified plugin', () => {
  it('adds vfile messages with rule id, source, severity, law and fix', async () => {
    const file = new VFile({ path: join(repo, 'posts/klinika.md'), value: FILES['posts/klinika.md']! });
    const processor = unified().use(remarkParse).use(remarkMedad, { locale: 'pl' });
    await processor.run(processor.parse(file), file);
    const m = file.messages.find((x) => x.ruleId === 'pl/superlative')!;
    expect(m).toMatchObject({ source: 'medad', fatal: true, line: 1, column: 3, actual: 'Najlepsza klinika' });
    expect(m.reason).toMatch(/Najlepsza/);
    expect(m.url).toMatch(/^https:\/\//);
  });

  it('options override the configuration; config: false ignores it', async () => {
    const file = new VFile({ path: join(repo, 'drafts/szkic.md'), value: FILES['drafts/szkic.md']! });
    const processor = unified().use(remarkParse).use(remarkMedad, { config: false, jurisdictions: ['PL'], context: { product: 'medical-service' } });
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((m) => m.ruleId).sort()).toEqual(['pl/guarantee', 'pl/superlative']);
  });
});
