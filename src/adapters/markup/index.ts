/**
 * Markup readers for the CLI: a file with markup becomes the prose a reader sees plus a source
 * map back into the file. The parsers (mdast-util-from-markdown, parse5, entities) live here, in
 * the adapter layer; the core only ever sees plain text.
 */
export { readMarkdown } from './markdown.js';
export { readHtml } from './html.js';
export { decodeFileRange, mapPoint, mapRange, plainSourceMap, SourceMapBuilder, type MappedRange, type Segment, type SourceMap } from './source-map.js';

export type Markup = 'markdown' | 'html' | 'text';

/** The markup a file's name says it has; anything unknown is read as plain text. */
export function markupOf(name: string): Markup {
  if (/\.(md|markdown|mdx|mkd)$/i.test(name)) return 'markdown';
  if (/\.(html?|xhtml)$/i.test(name)) return 'html';
  return 'text';
}
