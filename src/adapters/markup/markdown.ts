/**
 * Markdown prose for checking: the mdast tree (mdast-util-from-markdown, CommonMark) walked in
 * document order. Text is kept; code blocks, inline code, link and image targets, and
 * definitions are skipped; raw HTML inside Markdown goes through the HTML reader, so comments
 * and scripts there are skipped too and `<b>gwa</b>rancja` still reads as one word.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { addText, MARKDOWN_REFERENCE } from './align.js';
import type { readHtmlInto } from './html.js';
import { SourceMapBuilder, type SourceMap } from './source-map.js';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Nodes whose content is never prose. */
const SKIP = new Set(['code', 'inlineCode', 'definition', 'image', 'imageReference', 'footnoteDefinition', 'yaml', 'toml', 'math', 'inlineMath']);
/** Nodes that end a line of prose (a separator is put before and after them). */
const BLOCK = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'thematicBreak']);

/**
 * Read `file.slice(offset)` as Markdown (the part before `offset`, e.g. front matter, is not
 * read) and return the checkable prose with its source map into `file`. Raw HTML goes through
 * `html` (html.ts's `readHtmlInto`), passed in rather than imported so that the CLI loads parse5
 * only for a file that has a `<` (load.ts); a file with raw HTML and no reader is a bug, not prose.
 */
export function readMarkdownWith(html: typeof readHtmlInto | undefined, file: string, offset = 0): SourceMap {
  const body = file.slice(offset);
  const tree = fromMarkdown(body) as MdNode;
  const b = new SourceMapBuilder();
  const visit = (node: MdNode): void => {
    const start = (node.position?.start.offset ?? 0) + offset;
    const end = (node.position?.end.offset ?? 0) + offset;
    if (SKIP.has(node.type)) return;
    const block = BLOCK.has(node.type);
    if (block) b.blockBreak(start);
    if (node.type === 'text') addText(b, file, start, end, node.value ?? '', MARKDOWN_REFERENCE);
    else if (node.type === 'html') {
      if (!html) throw new Error('readMarkdownWith: raw HTML in a file read without the HTML reader');
      html(b, file, start, end, true);
    }
    else if (node.type === 'break') b.atomic('\n', start, end);
    for (const child of node.children ?? []) visit(child);
    if (block) b.blockBreak(end);
  };
  visit(tree);
  return b.build();
}
