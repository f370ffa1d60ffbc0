// Comments and indentation out of esbuild's unminified ESM output (tsup.config.ts, issue 11: cold
// start). The packs' sources explain each pattern in comments, often quoting the Polish or Russian
// text it is for; esbuild keeps them, so about a fifth of the bytes `import('medad')` reads, and
// Node decodes as UTF-8 and V8 scans before running anything, were comments and indentation.
// Kept: the annotations bundlers tree-shake by (`/* @__PURE__ */`, `@__NO_SIDE_EFFECTS__`) and
// legal comments. Every gap between tokens that held a line break still holds one, so automatic
// semicolon insertion reads the code as before; the result is checked against the input by
// esbuild (same tokens: identical whitespace-minified output) and the build fails if it differs.
import { transformSync } from 'esbuild';

const KEEP = /^\/\*\s*[@#]__(?:PURE|NO_SIDE_EFFECTS|KEY)__\s*\*\/$|^\/[*/]!|@license|@preserve/;
// After these a `/` starts a regular expression, not a division.
const BEFORE_REGEX = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
const ID = /[\p{ID_Continue}$\u200c\u200d\\]/u;
const NEWLINE = /[\n\r\u2028\u2029]/;

/**
 * @param {string} code
 * @param {{ escapeAbove?: number, strings?: { rewrite: (text: string) => string, restore: (out: string) => string } }} [options]
 *   escapeAbove: write every character above this code point in a string, template or regular
 *   expression literal as an escape (see `escapeLiteral`); strings: `rewrite` replaces a quoted
 *   string literal that is not a property key (not followed by `:`) with an expression, and
 *   `restore` undoes every rewrite, for the check against the input
 */
export function stripComments(code, { escapeAbove = Infinity, strings } = {}) {
  let out = '';
  let i = 0;
  let gap = ''; // whitespace and dropped comments since the last token
  let regexAllowed = true;
  const templates = []; // brace depth at each open `${`
  const tags = []; // how each open template literal may be escaped (escapeLiteral's kind)
  const esc = (text, kind) => (escapeAbove === Infinity ? text : escapeLiteral(text, kind, escapeAbove));
  let depth = 0;
  const n = code.length;
  if (code.startsWith('#!')) {
    i = code.indexOf('\n') + 1 || n;
    out = code.slice(0, i);
  }
  const emit = (text, allowsRegexAfter) => {
    if (gap) out += NEWLINE.test(gap) ? '\n' : ' ';
    gap = '';
    out += text;
    regexAllowed = allowsRegexAfter;
  };
  while (i < n) {
    const c = code[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f' || c === '\u00a0' || c === '\ufeff' || c === '\u2028' || c === '\u2029') {
      gap += c;
      i++;
    } else if (c === '/' && code[i + 1] === '/') {
      let e = i + 2;
      while (e < n && !NEWLINE.test(code[e])) e++;
      const text = code.slice(i, e);
      // The line break after it stays in the gap.
      if (KEEP.test(text)) emit(text, regexAllowed);
      else gap += ' ';
      i = e;
    } else if (c === '/' && code[i + 1] === '*') {
      const e = code.indexOf('*/', i + 2);
      if (e < 0) throw new Error('stripComments: unterminated comment');
      const text = code.slice(i, e + 2);
      // A comment kept is not a token: what may follow it is what could follow before it.
      if (KEEP.test(text)) emit(text, regexAllowed);
      else gap += NEWLINE.test(text) ? '\n' : ' ';
      i = e + 2;
    } else if (c === '"' || c === "'") {
      let e = i + 1;
      while (e < n && code[e] !== c) e += code[e] === '\\' ? 2 : 1;
      const text = esc(code.slice(i, e + 1), 'plain');
      emit(strings && !/^\s*:/.test(code.slice(e + 1, e + 20)) ? strings.rewrite(text) : text, false);
      i = e + 1;
    } else if (c === '`' || (c === '}' && templates.length && templates[templates.length - 1] === depth)) {
      // A template after a value is tagged: its tag may read the raw text, which an escape changes.
      const kind = c === '}' ? tags.pop() : regexAllowed ? 'plain' : /(?<![\w$.])String\.raw$/.test(out) ? 'raw' : 'tagged';
      if (c === '}') templates.pop();
      let e = i + 1;
      while (e < n && code[e] !== '`' && !(code[e] === '$' && code[e + 1] === '{')) e += code[e] === '\\' ? 2 : 1;
      if (code[e] === '$') {
        templates.push(depth);
        tags.push(kind);
        emit(esc(code.slice(i, e + 2), kind), true);
        i = e + 2;
      } else {
        emit(esc(code.slice(i, e + 1), kind), false);
        i = e + 1;
      }
    } else if (c === '/' && regexAllowed) {
      let e = i + 1;
      let inClass = false;
      while (e < n && (inClass || code[e] !== '/')) {
        if (code[e] === '\\') e++;
        else if (code[e] === '[') inClass = true;
        else if (code[e] === ']') inClass = false;
        else if (NEWLINE.test(code[e])) throw new Error('stripComments: unterminated regular expression');
        e++;
      }
      e++;
      while (e < n && ID.test(code[e])) e++;
      emit(esc(code.slice(i, e), 'plain'), false);
      i = e;
    } else if (ID.test(c) || c === '#') {
      let e = i + 1;
      while (e < n && (ID.test(code[e]) || (code[e] === '.' && /[0-9]/.test(c)))) e++;
      const word = code.slice(i, e);
      emit(word, BEFORE_REGEX.has(word));
      i = e;
    } else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      // `)`, `]` and `}` end a value (`a) / b`); every other punctuator expects one to follow.
      emit(c, !(c === ')' || c === ']' || c === '}'));
      i++;
    }
  }
  if (templates.length) throw new Error('stripComments: unterminated template literal');
  if (gap && NEWLINE.test(gap)) out += '\n';
  verify(code, strings ? strings.restore(out) : out, escapeAbove !== Infinity);
  return out;
}

/**
 * A literal's characters above `above` as escapes: `\xHH` or `\uHHHH` (a UTF-16 unit each, which a
 * `u` regular expression reads as one code point when two escapes make a surrogate pair), so that
 * a module can be all ASCII, which Node decodes several times faster (tsup.config.ts, `leanEsm`).
 * `kind` is 'plain' for a string, an untagged template or a regular expression, where an escape
 * reads as the character itself; 'raw' for a `String.raw` template, whose raw text is its value:
 * a character goes in as a `${"\uHHHH"}` substitution, which String.raw joins in as it is;
 * 'tagged' for any other tag, which may read the raw text: left alone. A character after a
 * backslash stays as it is (after one, a line terminator is a line continuation, and `\ł` is `ł`
 * only outside a `u` expression).
 */
function escapeLiteral(text, kind, above) {
  if (kind === 'tagged') return text;
  let out = '';
  let backslashes = 0;
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    if (unit > above && backslashes % 2 === 0) {
      const hex = unit <= 0xff ? `\\x${unit.toString(16).padStart(2, '0')}` : `\\u${unit.toString(16).padStart(4, '0')}`;
      out += kind === 'raw' ? `\${"${hex}"}` : hex;
      backslashes = 0;
    } else {
      out += text[k];
      backslashes = unit === 0x5c ? backslashes + 1 : 0;
    }
  }
  return out;
}

const annotations = (s) => (s.match(/[@#]__(?:PURE|NO_SIDE_EFFECTS|KEY)__/g) ?? []).length;

// esbuild prints a string or untagged template by its value, but a regular expression as written:
// with escapes written, the escapes (and String.raw substitutions of one character) read back as
// characters on both sides before comparing.
const unescape = (s) =>
  s
    .replace(/(?<!\\)((?:\\\\)*)\\(?:x([0-9a-f]{2})|u([0-9a-f]{4}))/gi, (_, lead, x, u) => lead + String.fromCharCode(parseInt(x ?? u, 16)))
    .replace(/\$\{"([^"\\`$])"\}/g, '$1');

function verify(before, after, escaped) {
  const esb = (s) => transformSync(s, { minifyWhitespace: true, charset: 'utf8', format: 'esm', logLevel: 'silent' }).code;
  const same = escaped ? (s) => unescape(esb(s)) : esb;
  if (same(before) !== same(after) || annotations(before) !== annotations(after)) {
    throw new Error('stripComments changed the code: its tokens or annotations differ from esbuild output');
  }
}
