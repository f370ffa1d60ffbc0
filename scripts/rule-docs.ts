/**
 * Rule reference generator: docs/rules/README.md (a table per jurisdiction) and one page per
 * rule, all from the rules' own metadata (listRules of the built-in packs), their messages and
 * examples, plus each rule's precision and recall on the project's labelled corpus
 * test/corpus/<jurisdiction>.jsonl.
 *
 *   npm run docs:rules            write the pages
 *   npm run docs:rules -- --check fail (exit 1) when a page on disk differs from what would be written
 *
 * The output must be a pure function of the source tree (no dates, no absolute paths), so the
 * --check mode in `npm test` can compare byte for byte.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinPacks, createChecker, type CheckContext, type Example, type Rule, type RulePack } from '../src/index.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = 'docs/rules';
export const REGENERATE = 'npm run docs:rules';

interface CorpusRow {
  id: string;
  text: string;
  jurisdiction: string;
  context?: CheckContext;
  expected: string[];
  /** Categories the row does not judge: neither a hit nor a miss counts for them. */
  ignore?: string[];
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
  /** Rows of the rule's jurisdiction in the corpus. */
  rows: number;
}

/** Read a corpus file; null when the file does not exist yet. Bad lines fail loudly with file:line. */
export function readCorpus(file: string): CorpusRow[] | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line !== '')
    .map(({ line, i }) => {
      try {
        return JSON.parse(line) as CorpusRow;
      } catch {
        throw new Error(`${relative(ROOT, file)}:${i + 1}: not valid JSON`);
      }
    });
}

/**
 * Per-rule scores on one jurisdiction's rows. A rule "fires" on a row when it reports at least
 * one finding; the row's labels are categories, so a firing is a true positive when the row
 * expects the rule's category. Recall is the share of rows expecting the category that this
 * rule alone catches: when several rules share a category, each one's recall is a lower bound.
 */
export function scoreRules(pack: RulePack, rows: CorpusRow[]): Map<string, RuleScore> {
  const checker = createChecker({ packs: [pack] });
  const scores = new Map<string, RuleScore>(pack.rules.map((r) => [r.id, { tp: 0, fp: 0, fn: 0, rows: 0 }]));
  for (const row of rows) {
    if (row.jurisdiction !== pack.jurisdiction) continue;
    const report = checker.check(row.text, {
      jurisdictions: [row.jurisdiction],
      ...(row.context ? { context: row.context } : {}),
    });
    const fired = new Set(report.findings.map((f) => f.ruleId));
    for (const rule of pack.rules) {
      const s = scores.get(rule.id)!;
      s.rows++;
      if (row.ignore?.includes(rule.category)) continue;
      const expected = row.expected.includes(rule.category);
      if (fired.has(rule.id)) expected ? s.tp++ : s.fp++;
      else if (expected) s.fn++;
    }
  }
  return scores;
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)} (${a}/${b})`);
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const rulePath = (id: string) => `${id}.md`;

function fence(text: string): string {
  // A fence longer than any backtick run inside, so examples can contain anything.
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}text\n${text}\n${f}`;
}

function contextLine(ex: Example): string {
  if (typeof ex === 'string') return '';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(ex.context ?? {})) parts.push(`${k}: \`${JSON.stringify(v)}\``);
  if (ex.asOf) parts.push(`asOf: \`${ex.asOf}\``);
  return parts.length ? `Context — ${parts.join(', ')}` : '';
}

function examplesSection(title: string, list: Example[]): string {
  const items = list.map((ex, i) => `${i + 1}. ${contextLine(ex) || 'Default context'}\n\n${indent(fence(typeof ex === 'string' ? ex : ex.text))}`);
  return `### ${title}\n\n${items.join('\n\n')}\n`;
}

const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => (l ? `   ${l}` : l))
    .join('\n');

function appliesLines(rule: Rule, pack: RulePack): string[] {
  const a = rule.applies ?? {};
  const out: string[] = [];
  out.push(`- Text languages: ${(a.languages ?? pack.languages).join(', ')}`);
  out.push(`- Products: ${a.products ? a.products.map((p) => `\`${p}\``).join(', ') + ' (reported one severity lower when the caller gives no product)' : 'any'}`);
  out.push(`- Audiences: ${a.audiences ? a.audiences.map((p) => `\`${p}\``).join(', ') : 'any'}`);
  if (a.from || a.until) out.push(`- In force: ${a.from ?? '…'} – ${a.until ?? '…'}`);
  if (a.when) out.push(`- Only when the text also matches: ${a.when.map((p) => `\`${p}\``).join(', ')}`);
  if (a.sponsoredOnly) out.push('- Only for sponsored content (`context.sponsored` or a sponsorship marker in the text)');
  if (rule.assetTags) out.push(`- Also triggered by asset tags: ${rule.assetTags.map((t) => `\`${t}\``).join(', ')}`);
  return out;
}

function triggerLines(rule: Rule): string[] {
  const out: string[] = [];
  const code = (l: readonly string[]) => l.map((p) => `\`${p.replace(/`/g, 'ˋ')}\``).join(', ');
  if (rule.match) {
    out.push(`- Patterns: ${code(rule.match.patterns)}`);
    if (rule.match.allow?.length) out.push(`- Not reported when the trigger is part of: ${code(rule.match.allow)}`);
    if (rule.match.unlessSentence?.length) out.push(`- Not reported when the sentence contains: ${code(rule.match.unlessSentence)}`);
    if (rule.match.negation) out.push('- Not reported when negated in the same sentence');
  }
  if (rule.presence) {
    out.push(`- Mandatory wording (${rule.presence.exact === false ? 'content' : 'exact wording'}); every part is required:`);
    for (const part of rule.presence.parts) out.push(`  - \`${part.id}\`: ${part.any.map((t) => `“${t}”`).join(' or ')}`);
    if (rule.presence.outdated?.length) out.push(`- Outdated wordings reported where found: ${rule.presence.outdated.map((t) => `“${t}”`).join('; ')}`);
  }
  if (rule.test) out.push('- Plus a small rule function for what the data cannot express (see the source).');
  return out;
}

function messagesSection(rule: Rule, pack: RulePack): string {
  const id = rule.messageId ?? rule.id;
  const lines: string[] = [];
  for (const lng of Object.keys(pack.messages).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)))) {
    const entry = pack.messages[lng]?.[id];
    if (!entry) continue;
    for (const [key, text] of Object.entries(entry)) lines.push(`| ${lng} | ${key} | ${cell(text)} |`);
  }
  return lines.length ? `| locale | key | text |\n|---|---|---|\n${lines.join('\n')}\n` : '_No messages._\n';
}

export function rulePage(rule: Rule, pack: RulePack, score: RuleScore | null, corpusFile: string): string {
  const en = pack.messages.en?.[rule.messageId ?? rule.id];
  const basis = rule.legalBasis
    .map((b) => {
      let s = `- **${b.kind}** — [${b.citation}](${b.url})`;
      if (b.quote) s += `\n\n  > ${b.quote.replace(/\n/g, '\n  > ')}`;
      return s;
    })
    .join('\n');
  const scoreText = !score
    ? `No labelled corpus yet (\`${corpusFile}\` is missing).`
    : score.rows === 0
      ? `\`${corpusFile}\` has no ${pack.jurisdiction} rows.`
      : `On \`${corpusFile}\` (${score.rows} rows): precision ${ratio(score.tp, score.tp + score.fp)}, recall ${ratio(score.tp, score.tp + score.fn)} ` +
        `(rows labelled \`${rule.category}\` caught by this rule; other rules of the same category may catch the rest).`;
  return `<!-- Generated by scripts/rule-docs.ts from the rule's metadata. Do not edit: run \`${REGENERATE}\`. -->

# \`${rule.id}\`

| | |
|---|---|
| Jurisdiction | ${pack.jurisdiction} (${pack.name}) |
| Category | [\`${rule.category}\`](../../categories.md) |
| Default severity | \`${rule.severity}\` |
| Verified against the statute | ${rule.verified === false ? '**no** (see note)' : 'yes'} |
| Since | ${rule.since ?? '0.1.0'} |

## What it catches

${en?.message ? `> ${cell(en.message)}` : ''}

${triggerLines(rule).join('\n')}

Applies to:

${appliesLines(rule, pack).join('\n')}

## Why: the legal basis

${basis}
${rule.note ? `\n**Note:** ${rule.note}\n` : ''}
## Messages and suggestions

${messagesSection(rule, pack)}
## Examples

These come from the rule's own \`examples\`; the test suite checks that every invalid one is
flagged and no valid one is.

${examplesSection('Flagged (invalid)', rule.examples.invalid)}
${examplesSection('Not flagged (valid)', rule.examples.valid)}
## Precision and recall

${scoreText}

## Turning it off

\`\`\`ts
import { check } from 'medad';
check(text, { rules: { '${rule.id}': 'off' } });          // or 'error' | 'warning' | 'info'
\`\`\`
`;
}

export function indexPage(packs: RulePack[], scores: Map<string, Map<string, RuleScore> | null>): string {
  const sections = packs.map((pack) => {
    const corpus = scores.get(pack.jurisdiction);
    const rows = pack.rules.map((r) => {
      const b = r.legalBasis[0]!;
      const s = corpus?.get(r.id);
      const pr = s && s.rows ? `${ratio(s.tp, s.tp + s.fp).split(' ')[0]} / ${ratio(s.tp, s.tp + s.fn).split(' ')[0]}` : 'n/a';
      return `| [\`${r.id}\`](${rulePath(r.id)}) | \`${r.category}\` | ${r.severity}${r.verified === false ? ' (unverified)' : ''} | [${cell(b.citation)}](${b.url})${r.legalBasis.length > 1 ? ` +${r.legalBasis.length - 1}` : ''} | ${r.since ?? '0.1.0'} | ${pr} |`;
    });
    return `## ${pack.jurisdiction} — ${pack.name} (${pack.rules.length} ${pack.rules.length === 1 ? 'rule' : 'rules'})

| id | category | severity | basis | since | precision / recall |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
  });
  const total = packs.reduce((n, p) => n + p.rules.length, 0);
  return `<!-- Generated by scripts/rule-docs.ts from the rules' metadata. Do not edit: run \`${REGENERATE}\`. -->

# Rule reference

${total} built-in rules in ${packs.length} packs. Each page shows what the rule catches, the legal
text it cites, its own flagged and not-flagged examples, its messages, and how it scores on the
project's labelled corpora together (\`test/corpus/<jurisdiction>*.jsonl\`: the project's own posts,
the shared seed corpus, and the batches of real posts with their sources): precision = share of the rule's
firings on rows labelled with its category; recall = share of rows labelled with its category
that the rule catches.

Severity follows the authority of the basis: a statute's or regulation's ban is an \`error\`, a
chamber's or regulator's guidance a \`warning\`, best practice \`info\`. Categories are explained in
[docs/categories.md](../categories.md). Any rule can be turned off or re-graded per call:
\`check(text, { rules: { '<id>': 'off' } })\`.

${sections.join('\n')}`;
}

/** Every generated file, keyed by its path relative to the repository root. */
export function generate(packs: RulePack[] = builtinPacks()): Map<string, string> {
  const files = new Map<string, string>();
  const scores = new Map<string, Map<string, RuleScore> | null>();
  for (const pack of packs) {
    // Every labelled batch of the jurisdiction together: the project's own posts (xx.jsonl), the
    // shared seed corpus (xx-1), the released real batch (xx-2) and later real batches (xx-3 …).
    const j = pack.jurisdiction.toLowerCase();
    const dir = join(ROOT, 'test/corpus');
    const names = existsSync(dir) ? readdirSync(dir).filter((n) => n === `${j}.jsonl` || (n.startsWith(`${j}-`) && n.endsWith('.jsonl'))).sort() : [];
    const corpusFile = names.length ? `test/corpus/${j}*.jsonl (${names.length} files)` : `test/corpus/${j}.jsonl`;
    const rows = names.length ? names.flatMap((n) => readCorpus(join(dir, n)) ?? []) : null;
    const packScores = rows ? scoreRules(pack, rows) : null;
    scores.set(pack.jurisdiction, packScores);
    for (const rule of pack.rules) {
      files.set(`${OUT_DIR}/${rulePath(rule.id)}`, rulePage(rule, pack, packScores?.get(rule.id) ?? null, corpusFile));
    }
  }
  files.set(`${OUT_DIR}/README.md`, indexPage(packs, scores));
  return files;
}

function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listMarkdown(p) : name.endsWith('.md') ? [p] : [];
  });
}

/** Differences between the generated pages and the files on disk (stale, missing or extra). */
export function diff(files: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, content] of files) {
    const abs = join(ROOT, path);
    if (!existsSync(abs)) problems.push(`missing: ${path}`);
    else if (readFileSync(abs, 'utf8') !== content) problems.push(`out of date: ${path}`);
  }
  for (const abs of listMarkdown(join(ROOT, OUT_DIR))) {
    const path = relative(ROOT, abs).split('\\').join('/');
    if (!files.has(path)) problems.push(`no longer generated (a removed rule?): ${path}`);
  }
  return problems;
}

function main(argv: string[]): number {
  const files = generate();
  if (argv.includes('--check')) {
    const problems = diff(files);
    if (problems.length) {
      console.error(`The rule reference is out of date:\n  ${problems.join('\n  ')}\nRegenerate it with: ${REGENERATE}`);
      return 1;
    }
    console.log(`docs/rules is up to date (${files.size} files).`);
    return 0;
  }
  rmSync(join(ROOT, OUT_DIR), { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), content);
  }
  console.log(`Wrote ${files.size} files to ${OUT_DIR}/.`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
