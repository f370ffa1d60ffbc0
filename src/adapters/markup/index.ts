/**
 * Markup readers for the CLI: a file with markup becomes the prose a reader sees plus a source
 * map back into the file. The parsers (mdast-util-from-markdown, parse5, entities) live here, in
 * the adapter layer; the core only ever sees plain text.
 */
import { readHtmlInto } from './html.js';
import { readMarkdownWith } from './markdown.js';
import type { SourceMap } from './source-map.js';

export { readHtml } from './html.js';
/** Read `file.slice(offset)` as Markdown: the checkable prose with its source map into `file`. */
export const readMarkdown = (file: string, offset = 0): SourceMap => readMarkdownWith(readHtmlInto, file, offset);
export { decodeFileRange, mapPoint, mapRange, plainSourceMap, SourceMapBuilder, type MappedRange, type Segment, type SourceMap } from './source-map.js';

export { markupOf, type Markup } from './load.js';
