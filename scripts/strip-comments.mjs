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

/** @param {string} code */
export function stripComments(code) {
  let out = '';
  let i = 0;
  let gap = ''; // whitespace and dropped comments since the last token
  let regexAllowed = true;
  const templates = []; // brace depth at each open `${`
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
      emit(code.slice(i, e + 1), false);
      i = e + 1;
    } else if (c === '`' || (c === '}' && templates.length && templates[templates.length - 1] === depth)) {
      if (c === '}') templates.pop();
      let e = i + 1;
      while (e < n && code[e] !== '`' && !(code[e] === '$' && code[e + 1] === '{')) e += code[e] === '\\' ? 2 : 1;
      if (code[e] === '$') {
        templates.push(depth);
        emit(code.slice(i, e + 2), true);
        i = e + 2;
      } else {
        emit(code.slice(i, e + 1), false);
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
      emit(code.slice(i, e), false);
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
  verify(code, out);
  return out;
}

const annotations = (s) => (s.match(/[@#]__(?:PURE|NO_SIDE_EFFECTS|KEY)__/g) ?? []).length;

function verify(before, after) {
  const same = (s) => transformSync(s, { minifyWhitespace: true, charset: 'utf8', format: 'esm', logLevel: 'silent' }).code;
  if (same(before) !== same(after) || annotations(before) !== annotations(after)) {
    throw new Error('stripComments changed the code: its tokens or annotations differ from esbuild output');
  }
}
