/**
 * The markup adapter: Markdown and HTML read as the prose a reader sees, with a source map that
 * brings every range back to the file. The property tests build documents from pieces that
 * stress the mapping (entities, escapes, markup inside words, comments, code, block boundaries)
 * and require that every mapped range, decoded, is exactly the text the core saw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFileRange, mapPoint, mapRange, readHtml, readMarkdown, SourceMapBuilder, type SourceMap } from '../src/adapters/markup/index.js';
import { readMarkup } from '../src/adapters/markup/load.js';
import { readMarkdownWith } from '../src/adapters/markup/markdown.js';

/** Every range of the checked text maps to a file range that decodes to the (widened) text. */
function assertRangesRoundTrip(map: SourceMap, ranges: Array<[number, number]>): void {
  for (const [a, b] of ranges) {
    if (map.text.length === 0) return;
    const start = a % map.text.length;
    const end = start + 1 + (b % Math.max(1, map.text.length - start));
    const m = mapRange(map, start, end);
    expect(m.fileStart).toBeLessThanOrEqual(m.fileEnd);
    expect(m.textStart).toBeLessThanOrEqual(m.textEnd);
    expect(decodeFileRange(map, m.fileStart, m.fileEnd)).toBe(map.text.slice(m.textStart, m.textEnd));
  }
}

/**
 * The readers place decoded text on the file's characters: no text node falls back to one
 * atomic segment (which would point every finding in it at the whole node). The longest
 * reference the generators use is `&#x1F600;`.
 */
function assertPrecise(map: SourceMap): void {
  // A hard line break (spaces or a backslash before the line end) is one atomic "\n" over all of it: not a lost placement.
  for (const s of map.segments) if (!s.verbatim && s.text !== '\n') expect(s.end - s.start, JSON.stringify(s)).toBeLessThanOrEqual(9);
}

describe('source map (builder and mapping)', () => {
  const piece = fc.oneof(
    fc.record({ kind: fc.constant('v' as const), text: fc.constantFrom('naj', 'lepsza', ' ', 'gwa', 'rancja', 'Лучшая', '🦷', 'a\nb') }),
    fc.record({ kind: fc.constant('a' as const), text: fc.constantFrom('\u00AD', '&', '–', '😀', '*'), width: fc.integer({ min: 1, max: 9 }) }),
    fc.record({ kind: fc.constant('gap' as const), width: fc.integer({ min: 0, max: 12 }) }),
    fc.record({ kind: fc.constant('block' as const) }),
  );
  it('round-trips every range through arbitrary segment lists', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 20 }), (pieces, ranges) => {
        const b = new SourceMapBuilder();
        let at = 0;
        for (const p of pieces) {
          if (p.kind === 'v') {
            b.verbatim(p.text, at);
            at += p.text.length;
          } else if (p.kind === 'a') {
            b.atomic(p.text, at, at + p.width);
            at += p.width;
          } else if (p.kind === 'gap') at += p.width;
          else b.blockBreak(at);
        }
        const map = b.build();
        assertRangesRoundTrip(map, ranges);
        // Insertion points land inside the file and never go backwards.
        let last = -1;
        for (let i = 0; i <= map.text.length; i++) {
          const p = mapPoint(map, i);
          expect(p).toBeGreaterThanOrEqual(last);
          expect(p).toBeLessThanOrEqual(at);
          last = p;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a range cutting into an entity is widened to all of it', () => {
    const b = new SourceMapBuilder();
    b.verbatim('ab', 0);
    b.atomic('😀', 2, 11); // &#x1F600; — two UTF-16 units for one entity
    b.verbatim('cd', 11);
    const map = b.build();
    const m = mapRange(map, 3, 5); // from the emoji's second unit to "c"
    expect(m).toEqual({ fileStart: 2, fileEnd: 12, textStart: 2, textEnd: 5 });
  });
});

describe('HTML', () => {
  it('reads text, decodes entities, skips comments, scripts, styles and attributes', () => {
    const html = '<html><head><style>p{content:"beste"}</style><title>Praxis</title></head><body>' +
      '<p title="beste Praxis">Unser Mittel hei&shy;lt <!-- die beste Praxis --> &ndash; Anna, 34</p>' +
      '<script>var s = "beste Praxis";</script><a href="https://beste-praxis.de">Kontakt</a></body></html>';
    const { text } = readHtml(html);
    expect(text).toContain('Unser Mittel hei\u00ADlt');
    expect(text).toContain('– Anna, 34');
    expect(text).not.toContain('beste');
    expect(text).toContain('Kontakt');
  });

  it('joins inline elements without a space and breaks lines at blocks', () => {
    const { text } = readHtml('<p><b>gwa</b>rancja <i>naj</i>lepsza</p><p>druga</p><div>trzecia<br>czwarta</div>');
    expect(text).toBe('gwarancja najlepsza\ndruga\ntrzecia\nczwarta');
  });

  it('maps every range back to the file (property over generated documents)', () => {
    const bit = fc.constantFrom('<p>', '</p>', '<b>', '</b>', 'naj', 'lepsza', ' ', '&shy;', '&amp;', '&ndash;', '&#x1F600;', '&nbsp;', '<!-- x -->', '<br>', '\n', '<script>x</script>', 'ü', '&notanentity;', '&lt;b&gt;', '\r\n', '<td>', '&amp', '&#150;', '<table>', '<tr>', '<title>', '<textarea>', '<svg>', '<template>');
    fc.assert(
      fc.property(fc.array(bit, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }), (bits, ranges) => {
        const map = readHtml(bits.join(''));
        assertRangesRoundTrip(map, ranges);
        assertPrecise(map);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Markdown', () => {
  const md = [
    '# Najlepsza klinika',
    '',
    'Nasz **naj**lepszy zespół &amp; gwa<b>ran</b>cja\\* — [zobacz](https://najlepsza.pl "najlepsza") <!-- najlepsza -->',
    '> cytat w dwóch',
    '> liniach',
    '',
    '```',
    'const najlepsza = 1;',
    '```',
    '',
    '- punkt `najlepsza` jeden',
    '- punkt dwa ![najlepsza](a.png)',
  ].join('\n');

  it('reads prose only: code, link targets, images and comments are skipped', () => {
    const { text } = readMarkdown(md);
    expect(text).toBe('Najlepsza klinika\nNasz najlepszy zespół & gwarancja* — zobacz \ncytat w dwóch\nliniach\npunkt  jeden\npunkt dwa ');
  });

  it('maps every range back to the file (property over generated documents)', () => {
    const bit = fc.constantFrom('**', '*', '_', 'naj', 'lepsza', ' ', '\n', '\n\n', '# ', '> ', '- ', '`x`', '&shy;', '&amp;', '\\*', '<b>', '</b>', '<!-- c -->', '[a](http://b)', '    ', 'ż', '```\ncode\n```\n', '\r\n', '  \n', '&#x1F600;', '| a | b |\n');
    fc.assert(
      fc.property(fc.array(bit, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }), (bits, ranges) => {
        const map = readMarkdown(bits.join(''));
        assertRangesRoundTrip(map, ranges);
        assertPrecise(map);
      }),
      { numRuns: 300 },
    );
  });

  it('starts after front matter and keeps file offsets', () => {
    const file = '---\nproduct: drug\n---\n**Naj**lepszy lek';
    const map = readMarkdown(file, 22);
    expect(map.text).toBe('Najlepszy lek');
    const m = mapRange(map, 0, 9);
    expect(file.slice(m.fileStart, m.fileEnd)).toBe('Naj**lepszy');
  });
});

describe('readMarkup (the CLI loads each parser when a file first needs it)', () => {
  const files = [
    'Najlepsza klinika, **gwarancja** efektu.',
    '<p><b>gwa</b>rancja</p>\n\nNasz *naj*lepszy zespół <i>i</i> ty',
    '# Tytuł\n\n1 < 2 i 3 > 2, bez znaczników',
    '---\nproduct: drug\n---\n**Naj**lepszy lek <br> dziś',
  ];
  it('reads Markdown as readMarkdown does, with and without raw HTML, from any offset', async () => {
    for (const file of files) {
      const offset = file.startsWith('---') ? 22 : 0;
      expect(await readMarkup('markdown', file, offset)).toEqual(readMarkdown(file, offset));
    }
  });
  it('reads HTML as readHtml does and text as plain prose', async () => {
    const html = '<p><b>gwa</b>rancja <i>naj</i>lepsza</p>';
    expect(await readMarkup('html', html)).toEqual(readHtml(html));
    expect((await readMarkup('text', 'x\n**Naj**lepszy', 2)).text).toBe('**Naj**lepszy');
  });
  it('refuses raw HTML in Markdown read without the HTML reader instead of dropping it', () => {
    expect(() => readMarkdownWith(undefined, 'a <b>gwarancja</b>')).toThrow(/without the HTML reader/);
    expect(readMarkdownWith(undefined, 'a **gwarancja**').text).toBe('a gwarancja');
  });
});
