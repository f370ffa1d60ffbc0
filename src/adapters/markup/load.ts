/**
 * The reader a file needs, loaded when a file first needs it. Bundled into the CLI and imported
 * up front, the parsers were a large part of every start, `medad --version` included (bundled and
 * minified, each imported alone in a fresh node: parse5 ~24 ms CPU, mdast-util-from-markdown ~17,
 * 2026-12-03): a plain-text file needs neither, and a Markdown file needs parse5 only for raw HTML,
 * which cannot occur without a `<`.
 */
import { plainSourceMap, type SourceMap } from './source-map.js';

export type Markup = 'markdown' | 'html' | 'text';

/** The markup a file's name says it has; anything unknown is read as plain text. */
export function markupOf(name: string): Markup {
  if (/\.(md|markdown|mdx|mkd)$/i.test(name)) return 'markdown';
  if (/\.(html?|xhtml)$/i.test(name)) return 'html';
  return 'text';
}

/** `file.slice(offset)` read as `markup`: the checkable prose with its source map into `file`. */
export async function readMarkup(markup: Markup, file: string, offset = 0): Promise<SourceMap> {
  if (markup === 'html') return (await import('./html.js')).readHtml(file, offset);
  if (markup === 'text') return plainSourceMap(file.slice(offset), offset);
  const html = file.includes('<', offset) ? (await import('./html.js')).readHtmlInto : undefined;
  return (await import('./markdown.js')).readMarkdownWith(html, file, offset);
}
