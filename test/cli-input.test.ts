/**
 * Input as users have it (issue 14): files in UTF-8 with and without a BOM, UTF-16 with a BOM and
 * legacy encodings (real bytes, written with Buffer), Markdown and HTML checked on their prose
 * with findings pointing at the file's own line and column, and YAML front matter.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHtml, readMarkdown, decodeFileRange } from '../src/adapters/markup/index.js';
import { runCli, type JsonOutput } from './helpers/cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'medad-input-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const write = (name: string, data: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};
const json = async (args: string[]) => {
  const r = await runCli([...args, '--format', 'json']);
  return { ...r, json: JSON.parse(r.out) as JsonOutput };
};

/** A single-byte legacy encoder built from TextDecoder's own table (Node has no encoder for these). */
function encodeLegacy(text: string, encoding: string): Buffer {
  const dec = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${ch} not in ${encoding}`);
    return b;
  }));
}

const PL = 'Najlepsza klinika stomatologiczna w mieście! Umów wizytę już dziś.';
const RU = 'Лучшая клиника города! Запишитесь сегодня.';

describe('encodings', () => {
  it('UTF-8 with a BOM: the BOM is not text, columns on line 1 are right and it is never echoed', async () => {
    const f = write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PL)]));
    const { json: out } = await json(['check', f, '--jurisdiction', 'PL']);
    const sup = out.files[0]!.findings.find((x) => x.ruleId === 'pl/superlative')!;
    expect(sup).toMatchObject({ line: 1, column: 1, excerpt: 'Najlepsza', range: { start: 0, end: 9 } });
    const pretty = await runCli(['check', f, '--jurisdiction', 'PL']);
    expect(pretty.out).not.toContain('\uFEFF');
    expect(pretty.out).toContain('│ Najlepsza klinika');
  });

  for (const [name, bytes] of [
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RU, 'utf16le')])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(RU, 'utf16le').swap16()])],
  ] as const) {
    it(`${name} is decoded (auto routing finds the Russian superlative at 1:1)`, async () => {
      const f = write(`${name.slice(0, 8)}.txt`, bytes);
      const { json: out, code } = await json(['check', f]);
      const sup = out.files[0]!.findings.find((x) => x.ruleId === 'ru/superlative');
      expect(sup).toMatchObject({ line: 1, column: 1, excerpt: 'Лучшая' });
      expect(code).toBe(1);
    });
  }

  const legacy: Array<[string, string, string]> = [
    ['windows-1250', PL, 'pl/superlative'],
    ['iso-8859-2', PL, 'pl/superlative'],
    ['windows-1251', RU, 'ru/superlative'],
    ['koi8-r', RU, 'ru/superlative'],
  ];
  for (const [enc, text, rule] of legacy) {
    it(`${enc}: refused with a hint when undeclared, read right with --encoding ${enc}`, async () => {
      const bytes = encodeLegacy(text, enc);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'precondition: not valid UTF-8').toThrow();
      const f = write(`legacy-${enc}.txt`, bytes);
      const bad = await json(['check', f]);
      expect(bad.code).toBe(4);
      expect(bad.err).toContain(`legacy-${enc}.txt: not valid UTF-8 (at byte `);
      expect(bad.err).toContain('--encoding');
      expect(bad.json.files).toEqual([]);
      const good = await json(['check', f, '--encoding', enc]);
      expect(good.json.files[0]!.findings.map((x) => x.ruleId)).toContain(rule);
      expect(good.json.files[0]!.findings.find((x) => x.ruleId === rule)!.excerpt).toBe(text.split(' ')[0]);
    });
  }

  it('UTF-16 without a BOM is not read as UTF-8 with NULs; --encoding utf-16le reads it', async () => {
    const f = write('nobom16.txt', Buffer.from(RU, 'utf16le'));
    const bad = await json(['check', f]);
    expect(bad.code).toBe(4);
    expect(bad.err).toMatch(/nobom16\.txt: contains NUL bytes.*--encoding/);
    const good = await json(['check', f, '--encoding', 'utf-16le']);
    expect(good.json.files[0]!.findings.map((x) => x.ruleId)).toContain('ru/superlative');
  });

  it('stdin bytes are decoded the same way (BOM, --encoding)', async () => {
    const r = await runCli(['check', '--format', 'json', '--encoding', 'windows-1250'], encodeLegacy(PL, 'windows-1250'));
    expect((JSON.parse(r.out) as JsonOutput).files[0]!.findings.map((x) => x.ruleId)).toContain('pl/superlative');
    const bad = await runCli(['check', '--encoding', 'latin-9'], PL);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Unknown encoding "latin-9"\. Valid values: utf-8, .*koi8-r/);
  });
});

/** Each finding's line/column is the file's, and its range decodes to its excerpt. */
function expectPointsIntoFile(file: string, findings: JsonOutput['files'][0]['findings'], read: (s: string) => ReturnType<typeof readHtml>) {
  const lines = file.split('\n');
  const map = read(file);
  for (const f of findings) {
    if (!f.range) continue;
    const lineStart = lines.slice(0, f.line - 1).reduce((n, l) => n + l.length + 1, 0);
    expect(lineStart + f.column - 1, `${f.ruleId} line/column`).toBe(f.range.start);
    expect(decodeFileRange(map, f.range.start, f.range.end), `${f.ruleId} range`).toBe(f.excerpt);
  }
}

describe('HTML posts are checked on their prose', () => {
  const html = [
    '<!doctype html>',
    '<html><head><title>Praxis</title><style>.x{content:"Die beste Praxis"}</style></head>',
    '<body>',
    '  <!-- Entwurf: Die beste Praxis der Stadt -->',
    '  <p>Unser Mittel hei&shy;lt Rückenschmerzen, schmerz&shy;frei garan&shy;tiert.</p>',
    '  <blockquote>&bdquo;Endlich ohne Schmerzen!&ldquo; &ndash; Anna, 34</blockquote>',
    '  <script>const claim = "Die beste Praxis";</script>',
    '  <p><a href="https://beste-praxis.example">Termin buchen</a></p>',
    '</body></html>',
  ].join('\n');

  it('finds the words split by entities, at the right line and column, and nothing in comments, scripts or styles', async () => {
    const f = write('post.html', html);
    const { json: out } = await json(['check', f, '--jurisdiction', 'DE', '--product', 'medical-service']);
    const findings = out.files[0]!.findings;
    const byRule = (id: string) => findings.find((x) => x.ruleId === id);
    expect(byRule('de/hwg-misleading-healing')).toMatchObject({ line: 5, column: html.split('\n')[4]!.indexOf('hei&shy;lt') + 1, excerpt: 'hei\u00ADlt' });
    expect(byRule('de/hwg-no-side-effects')?.excerpt).toBe('schmerz\u00ADfrei');
    expect(byRule('de/hwg-guarantee')?.excerpt).toBe('garan\u00ADtiert');
    expect(byRule('de/hwg-testimonial')?.line).toBe(6);
    expect(findings.some((x) => x.ruleId === 'de/mbo-superlative'), 'comment, script and style text is not prose').toBe(false);
    expectPointsIntoFile(html, findings, readHtml);
  });

  it('a near miss stays clean: factual HTML with entities', async () => {
    const f = write('plain.html', '<p>Unsere Praxis ist Mo&ndash;Fr von 8 bis 16&nbsp;Uhr ge&ouml;ffnet.</p><!-- heilt garantiert -->');
    const { json: out, code } = await json(['check', f, '--jurisdiction', 'DE']);
    expect(out.files[0]!.findings).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('Markdown posts are checked on their prose', () => {
  const md = [
    '---',
    'product: medical-service',
    'jurisdiction: PL',
    '---',
    '# Nasza **naj**lepsza klinika',
    '',
    'Pełna <b>gwa</b>rancja efektu &ndash; [umów się](https://najlepsza-klinika.example "Najlepsza").',
    '',
    '```html',
    '<p>Najlepsza klinika, gwarancja efektu</p>',
    '```',
    '',
    '<!-- Najlepsza klinika w mieście -->',
    '- `najlepsza` to słowo, którego nie używamy',
  ].join('\n');

  it('reads markup inside words as one word and points at the file', async () => {
    const f = write('post.md', md);
    const { json: out } = await json(['check', f]);
    const findings = out.files[0]!.findings;
    const sup = findings.find((x) => x.ruleId === 'pl/superlative')!;
    expect(sup).toMatchObject({ line: 5, column: 11, excerpt: 'najlepsza' });
    expect(md.slice(sup.range!.start, sup.range!.end)).toBe('naj**lepsza');
    const guarantee = findings.find((x) => x.ruleId === 'pl/guarantee');
    expect(guarantee).toMatchObject({ line: 7, column: 10, excerpt: 'gwarancja efektu' });
    // Code, comments, link targets and inline code are not prose: one superlative only.
    expect(findings.filter((x) => x.ruleId === 'pl/superlative')).toHaveLength(1);
    expectPointsIntoFile(md, findings, (s) => readMarkdown(s, s.indexOf('# ')));
  });

  it('is read as plain text with --markup text (every superlative counts)', async () => {
    const f = write('post2.md', md);
    const { json: out } = await json(['check', f, '--markup', 'text']);
    expect(out.files[0]!.findings.filter((x) => x.ruleId === 'pl/superlative').length).toBeGreaterThan(1);
  });
});

describe('YAML front matter', () => {
  const body = 'Nowy zabieg na zmarszczki w naszym gabinecie.';
  const fm = (yaml: string) => `---\n${yaml}\n---\n${body}\n`;
  const rules = async (name: string, yaml: string) => {
    const r = await json(['check', write(name, fm(yaml))]);
    return { ...r, ids: r.json.files[0]?.findings.map((x) => x.ruleId) ?? [] };
  };

  it('a block list of assets makes the before/after rule run; without it the post is clean', async () => {
    const withAssets = await rules('assets-block.md', 'product: "medical-service" # quoted, with a comment\njurisdiction: PL\nassets:\n  - kind: image\n    tags: [before-after]\n  - kind: video');
    expect(withAssets.ids).toContain('pl/before-after');
    const without = await rules('assets-none.md', 'product: medical-service\njurisdiction: PL');
    expect(without.ids).not.toContain('pl/before-after');
  });

  it('the short forms of assets still work', async () => {
    expect((await rules('assets-short.md', 'product: medical-service\njurisdiction: PL\nassets: before-after, white-coat')).ids).toContain('pl/before-after');
    expect((await rules('assets-flow.md', "product: medical-service\njurisdiction: [PL]\nassets: ['before-after']")).ids).toContain('pl/before-after');
  });

  it('keys of blogging tools are allowed and ignored', async () => {
    const r = await rules('blog.md', 'title: "Nowy zabieg"\ndate: 2024-05-01\ntags: [zmarszczki]\nproduct: medical-service\njurisdiction: PL');
    expect(r.code).toBe(0);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['misspelt key', 'prodcut: drug', /bad-0\.md:2: front matter: unknown key "prodcut"\. Did you mean "product"\? Valid keys: product, audience/],
    ['bad value', 'product: medical-device\naudience: kids', /bad-1\.md:3: front matter: unknown audience "kids"\. Valid values: public, professional/],
    ['bad asset kind', 'assets:\n  - kind: imgae', /bad-2\.md:3: front matter: unknown asset kind "imgae"\. Did you mean "image"\?/],
    ['bad asset key', 'assets:\n  - kind: image\n    tag: [before-after]', /bad-3\.md:4: front matter: unknown asset key "tag"\. Did you mean "tags"\?/],
    ['not YAML', 'product: [drug', /bad-4\.md:\d+: front matter: not valid YAML/],
    ['bad jurisdiction', 'jurisdiction: FR', /bad-5\.md:2: front matter: unknown jurisdiction "FR"/],
  ];
  bad.forEach(([name, yaml, message], i) => {
    it(`a usage error naming the file and line: ${name}`, async () => {
      const good = write(`good-${i}.md`, fm('product: medical-service\njurisdiction: PL'));
      const r = await json(['check', write(`bad-${i}.md`, fm(yaml)), good]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      // The other file is still checked and reported.
      expect(r.json.files.map((x) => x.file)).toEqual([expect.stringContaining(`good-${i}.md`)]);
      expect(r.json.inputErrors).toEqual([expect.objectContaining({ kind: 'usage', file: expect.stringContaining(`bad-${i}.md`) })]);
    });
  });

  it('front matter does not shift lines: findings point at the body line of the file', async () => {
    const f = write('lines.md', '---\nproduct: medical-service\njurisdiction: PL\n---\n\nNajlepsza klinika!\n');
    const { json: out } = await json(['check', f]);
    expect(out.files[0]!.findings.find((x) => x.ruleId === 'pl/superlative')).toMatchObject({ line: 6, column: 1 });
    expect(readFileSync(f, 'utf8').split('\n')[5]).toBe('Najlepsza klinika!');
  });
});
