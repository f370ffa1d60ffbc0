/// <reference types="node" />
/**
 * Bytes to text, as users' files come: UTF-8 with or without a BOM, UTF-16 with a BOM, or a
 * legacy encoding the user names with --encoding. Invalid bytes are never guessed at: a file
 * that is not valid UTF-8 and names no encoding is an error that says how to name one.
 */
import { InputError } from './errors.js';

/** Encodings --encoding accepts (WHATWG names, decoded by TextDecoder). */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1250', 'iso-8859-2', 'windows-1251', 'koi8-r'] as const;
export type Encoding = (typeof ENCODINGS)[number];

function bom(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

const HINT =
  'Name its encoding with --encoding: windows-1250 or iso-8859-2 (Polish, Central European), windows-1251 or koi8-r (Russian), utf-16le or utf-16be (UTF-16 without a byte-order mark).';

/**
 * Decode one input. A byte-order mark wins over `encoding` (it cannot be mistaken) and is never
 * part of the text, so columns on line 1 are right. `name` is used in errors.
 */
export function decodeBytes(bytes: Uint8Array, name: string, encoding?: Encoding): string {
  const marked = bom(bytes);
  const enc = marked ?? encoding ?? 'utf-8';
  // TextDecoder drops the BOM of its own encoding (ignoreBOM defaults to false).
  if (enc !== 'utf-8') return new TextDecoder(enc).decode(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(name, `${name}: not valid UTF-8${encoding ? '' : ` (at byte ${firstInvalidUtf8(bytes)})`}. ${HINT}`);
  }
  // NUL never occurs in text; in a file that decodes as UTF-8 it means UTF-16 without a BOM, or binary data.
  if (!encoding && text.includes('\0')) throw new InputError(name, `${name}: contains NUL bytes (a binary file, or UTF-16 without a byte-order mark). ${HINT}`);
  return text;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const t = b[i + k];
      if (t === undefined || (t & 0xc0) !== 0x80) return i;
    }
    // Overlongs, surrogates and values above U+10FFFF.
    if ((c === 0xe0 && b[i + 1]! < 0xa0) || (c === 0xed && b[i + 1]! > 0x9f) || (c === 0xf0 && b[i + 1]! < 0x90) || (c === 0xf4 && b[i + 1]! > 0x8f)) return i;
    i += n + 1;
  }
  return i;
}
