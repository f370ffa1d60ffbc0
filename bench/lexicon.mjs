// The peers' dictionary: medad's own pattern lexicon (every `match.patterns` entry of the built
// packs) turned into plain regular expressions on the raw text, the way a user of a terms linter
// would write them. Not a faithful port (no folding, no look-alikes): it is the same vocabulary
// with the matching a regex-per-term tool does.

const L = '[\\p{L}\\p{N}]';
// No "-": literals never stand inside a character class, and `\-` is a syntax error under the `u` flag.
const esc = (s) => s.replace(/[\\^$.*+?()[\]{}|\/]/g, "\\$&");

function word(tok) {
  let out = '';
  for (let i = 0; i < tok.length; ) {
    const c = tok[i];
    if (c === '*') {
      out += i === 0 ? `${L}{0,24}` : `${L}*`;
      i++;
    } else if (c === '(') {
      const close = tok.indexOf(')', i);
      const alts = tok.slice(i + 1, close).split('|').map((a) => (a.endsWith('*') ? esc(a.slice(0, -1)) + `${L}*` : esc(a)));
      out += `(?:${alts.join('|')})`;
      i = close + 1;
    } else {
      let j = i;
      while (j < tok.length && !'*()'.includes(tok[j])) j++;
      out += esc(tok.slice(i, j));
      i = j;
    }
  }
  return out;
}

/** Regex source (flags `giu`) of one medad pattern on the raw text. */
export function toRegexSource(pattern) {
  if (pattern.startsWith('re:')) return `(?<!${L})(?:${pattern.slice(3)})(?!${L})`;
  let src = '';
  let skip = 0;
  for (const tok of pattern.trim().split(/\s+/)) {
    const gap = /^~(\d+)$/.exec(tok);
    if (gap) {
      skip = Number(gap[1]);
      continue;
    }
    if (src) src += skip ? `(?:[\\s,-]+${L}+){0,${skip}}[\\s,-]+` : '[\\s,-]+';
    skip = 0;
    src += word(tok);
  }
  return `(?<!${L})${src}(?!${L})`;
}

export function patternsOf(packs) {
  const out = [];
  for (const pack of packs) for (const rule of pack.rules) for (const p of rule.match?.patterns ?? []) out.push({ rule: rule.id, pattern: p });
  return out;
}

/** A prh dictionary (YAML) with one rule per pattern. */
export function prhYaml(patterns) {
  const lines = ['version: 1', 'rules:'];
  for (const { rule, pattern } of patterns) {
    lines.push(`  - expected: ${JSON.stringify(`[${rule}]`)}`);
    lines.push(`    pattern: ${JSON.stringify(`/${toRegexSource(pattern)}/i`)}`);
  }
  return lines.join('\n') + '\n';
}
