/**
 * HTML prose for checking: the parse5 tree (the WHATWG parsing algorithm, as browsers read the
 * page) walked in document order with source locations. Text nodes are kept with their
 * entities decoded; comments, `<script>`, `<style>`, `<template>`, `<noscript>`, form fields
 * and code are skipped; attributes (link targets, image sources) are never read. Inline
 * elements join their text without a space (`<b>gwa</b>rancja` is one word); block elements
 * and `<br>` end a line.
 */
import { parse, parseFragment } from 'parse5';
import { addText, HTML_REFERENCE } from './align.js';
import { SourceMapBuilder, type SourceMap } from './source-map.js';

interface HtmlNode {
  nodeName: string;
  value?: string;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'select', 'code', 'pre', 'iframe', 'object']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'title', 'tr', 'ul', 'option', 'legend',
]);

/**
 * Add the prose of `file.slice(start, end)`, read as HTML, to `b`. `fragment` reads it as a piece
 * of a page (raw HTML inside Markdown) rather than a whole document.
 */
export function readHtmlInto(b: SourceMapBuilder, file: string, start: number, end: number, fragment = false): void {
  const src = file.slice(start, end);
  const root = (fragment ? parseFragment(src, { sourceCodeLocationInfo: true }) : parse(src, { sourceCodeLocationInfo: true })) as unknown as HtmlNode;
  const visit = (node: HtmlNode): void => {
    const loc = node.sourceCodeLocation;
    if (node.nodeName === '#text') {
      // A node the parser made up (no location) has no place in the file to point at.
      if (loc) addText(b, file, start + loc.startOffset, start + loc.endOffset, node.value ?? '', HTML_REFERENCE);
      return;
    }
    if (node.nodeName === '#comment' || SKIP.has(node.nodeName)) return;
    const block = BLOCK.has(node.nodeName);
    if (block && loc) b.blockBreak(start + loc.startOffset);
    for (const child of node.childNodes ?? []) visit(child);
    if (block && loc) b.blockBreak(start + loc.endOffset);
  };
  visit(root);
}

/** Read a whole HTML file (from `offset`, after any front matter) into checkable prose. */
export function readHtml(file: string, offset = 0): SourceMap {
  const b = new SourceMapBuilder();
  readHtmlInto(b, file, offset, file.length);
  return b.build();
}
