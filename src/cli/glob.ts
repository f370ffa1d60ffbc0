/**
 * Globs without regex backtracking. `*a*a*a*a*b` or `**\/**\/**\/x` compiled to a JS regex can
 * take exponential time on a long path; here a glob is a small automaton run over the path with
 * a set of active states, so matching is O(path × glob) whatever the glob. Braces are expanded
 * first, with a cap on the number of alternatives.
 *
 * Syntax: `**\/` any number of whole directories, a trailing `**` anything, `*` any run of
 * characters but `/`, `?` one character but `/`, `[abc]` `[a-z]` `[!a]` `[^a]` a class, `{a,b}`
 * alternatives (nestable). An unclosed `[` is a literal.
 */

export class GlobError extends Error {
  override name = 'GlobError';
}

/** Limits that keep a hostile glob cheap: length, and alternatives after brace expansion. */
export const MAX_GLOB_LENGTH = 1024;
export const MAX_ALTERNATIVES = 256;

/** Characters that make an argument a glob (when no file of that literal name exists). */
export const GLOB_MAGIC = /[*?[{]/;

type Token =
  | { k: 'lit'; c: string }
  | { k: 'one' }
  | { k: 'class'; negated: boolean; ranges: Array<[string, string]> }
  | { k: 'star' }
  | { k: 'dirs' }
  | { k: 'all' };

/** `a{b,c{d,e}}f` → `abf`, `acdf`, `acef`. */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) {
    if (glob.includes('}')) throw new GlobError(`unbalanced "}" in "${glob}"`);
    return [glob];
  }
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) throw new GlobError(`unclosed "{" in "${glob}"`);
  if (glob.slice(0, open).includes('}')) throw new GlobError(`unbalanced "}" in "${glob}"`);
  const bounds = [open, ...commas, close];
  const head = glob.slice(0, open);
  const tails = expandBraces(glob.slice(close + 1));
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    for (const mid of expandBraces(glob.slice(bounds[k]! + 1, bounds[k + 1]))) {
      for (const tail of tails) {
        out.push(head + mid + tail);
        if (out.length > MAX_ALTERNATIVES) throw new GlobError(`more than ${MAX_ALTERNATIVES} alternatives after expanding braces`);
      }
    }
  }
  return out;
}

function tokenize(glob: string): Token[] {
  const toks: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      let j = i;
      while (glob[j + 1] === '*') j++;
      if (j > i) {
        // `**/` (and `**/**/`, the same language) matches whole directories; `**` at the end, anything.
        if (glob[j + 1] === '/') {
          if (toks.at(-1)?.k !== 'dirs') toks.push({ k: 'dirs' });
          i = j + 1;
        } else {
          toks.push({ k: 'all' });
          i = j;
        }
      } else if (toks.at(-1)?.k !== 'star') toks.push({ k: 'star' });
    } else if (c === '?') toks.push({ k: 'one' });
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) toks.push({ k: 'lit', c });
      else {
        let body = glob.slice(i + 1, close);
        const negated = body[0] === '!' || body[0] === '^';
        if (negated) body = body.slice(1);
        const ranges: Array<[string, string]> = [];
        for (let k = 0; k < body.length; k++) {
          if (body[k + 1] === '-' && k + 2 < body.length) {
            ranges.push([body[k]!, body[k + 2]!]);
            k += 2;
          } else ranges.push([body[k]!, body[k]!]);
        }
        toks.push({ k: 'class', negated, ranges });
        i = close;
      }
    } else toks.push({ k: 'lit', c });
  }
  return toks;
}

function step(t: Token, c: string): boolean {
  switch (t.k) {
    case 'lit':
      return t.c === c;
    case 'one':
      return c !== '/';
    case 'class':
      return c !== '/' && t.ranges.some(([a, b]) => c >= a && c <= b) !== t.negated;
    default:
      return false;
  }
}

/** Run the automaton: state i means "tokens before i are matched". */
function run(toks: Token[], path: string): boolean {
  const m = toks.length;
  let cur = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  const close = (set: Uint8Array) => {
    // Epsilon moves: a star, a directory run or a trailing `**` may match nothing.
    for (let i = 0; i < m; i++) if (set[i] && (toks[i]!.k === 'star' || toks[i]!.k === 'dirs' || toks[i]!.k === 'all')) set[i + 1] = 1;
  };
  cur[0] = 1;
  close(cur);
  for (const c of path) {
    next.fill(0);
    let any = false;
    for (let i = 0; i < m; i++) {
      if (!cur[i]) continue;
      const t = toks[i]!;
      if (t.k === 'star') {
        if (c !== '/') next[i] = 1;
      } else if (t.k === 'all') next[i] = 1;
      else if (t.k === 'dirs') {
        // Inside the run of directories; a `/` may end it.
        next[i] = 1;
        if (c === '/') next[i + 1] = 1;
      } else if (step(t, c)) next[i + 1] = 1;
    }
    for (let i = 0; i <= m; i++) any ||= next[i] === 1;
    if (!any) return false;
    close(next);
    [cur, next] = [next, cur];
  }
  return cur[m] === 1;
}

export interface GlobMatcher {
  test(path: string): boolean;
}

/** Compile a glob over `/`-separated relative paths. Throws GlobError for a malformed or oversized glob. */
export function compileGlob(glob: string): GlobMatcher {
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(`glob longer than ${MAX_GLOB_LENGTH} characters`);
  const alternatives = expandBraces(glob).map(tokenize);
  return { test: (path) => alternatives.some((toks) => run(toks, path)) };
}
