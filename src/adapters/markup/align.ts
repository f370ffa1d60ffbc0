/**
 * Align a parser's decoded text node with the file characters it came from.
 *
 * Parsers give a text node's decoded value and the file range it spans, but not which source
 * characters became which value characters. Between them lie decoded references (`&shy;`),
 * escapes (`\*`) and characters the syntax drops (a blockquote's `> `, a continuation line's
 * indentation). The walk below keeps equal characters verbatim, turns a reference or escape whose
 * decoding comes next in the value into one atomic segment, and skips source characters that the
 * value does not have. It is linear in the node's length.
 */
import { decodeHTML } from 'entities';
import type { SourceMapBuilder } from './source-map.js';

/** A character reference as HTML reads it: named (with or without `;`, legacy rules) or numeric. */
export const HTML_REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,8};?|#[0-9]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y;
/** CommonMark: references need their `;`; a backslash escapes ASCII punctuation. */
export const MARKDOWN_REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6};|#[0-9]{1,7};|[A-Za-z][A-Za-z0-9]{0,31};)|\\[!-/:-@[-`{-~]/y;

function decodeToken(token: string): string {
  return token.startsWith('\\') ? token.slice(1) : decodeHTML(token);
}

/**
 * Add the segments of one text node: `src` is the file's text at `offset`, `value` what the
 * parser decoded. Returns false (adding nothing) when the value has characters the walk cannot
 * place, so that the caller can fall back to one atomic segment.
 */
export function alignText(b: SourceMapBuilder, src: string, offset: number, value: string, token: RegExp): boolean {
  const out: Array<[kind: 'v' | 'a', text: string, start: number, end: number]> = [];
  let i = 0;
  let j = 0;
  let runStart = -1;
  const flush = () => {
    if (runStart >= 0) out.push(['v', src.slice(runStart, i), offset + runStart, offset + i]);
    runStart = -1;
  };
  while (i < src.length && j < value.length) {
    const c = src.charCodeAt(i);
    if (c === 38 /* & */ || c === 92 /* \ */) {
      token.lastIndex = i;
      const m = token.exec(src);
      if (m) {
        const decoded = decodeToken(m[0]);
        if (decoded !== m[0] && value.startsWith(decoded, j)) {
          flush();
          out.push(['a', decoded, offset + i, offset + i + m[0].length]);
          i += m[0].length;
          j += decoded.length;
          continue;
        }
      }
    }
    if (c === value.charCodeAt(j)) {
      if (runStart < 0) runStart = i;
      i++;
      j++;
    } else {
      flush();
      i++;
    }
  }
  flush();
  if (j < value.length) return false;
  for (const [kind, text, start, end] of out) {
    if (kind === 'v') b.verbatim(text, start);
    else b.atomic(text, start, end);
  }
  return true;
}

/** A text node: aligned when possible, else its whole value as one atomic segment. */
export function addText(b: SourceMapBuilder, file: string, start: number, end: number, value: string, token: RegExp): void {
  if (!value) return;
  if (!alignText(b, file.slice(start, end), start, value, token)) b.atomic(value, start, end);
}
