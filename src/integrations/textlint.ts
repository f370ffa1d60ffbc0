/**
 * `medad/textlint`: medad as a textlint rule. textlint's own plugins (Markdown, HTML, plain
 * text) parse the file; the rule reads the prose of their text nodes with positions, checks it
 * with the project's medad configuration, honours `medad-disable` comments and offers medad's
 * machine fixes to `textlint --fix`.
 *
 * ```json
 * // .textlintrc.json
 * { "plugins": ["html"], "rules": { "medad": { "locale": "pl" } } }
 * ```
 * With the rule installed as `textlint-rule-medad`, or pointed to with `--rulesdir`; or
 * programmatically: `createLinter({ descriptor: new TextlintKernelDescriptor({ rules: [{ ruleId: 'medad', rule: medadTextlintRule }] }) })`.
 *
 * @module medad/textlint
 */
import { checkProse, Prose, type IntegrationOptions } from './shared.js';

export type { IntegrationOptions as MedadTextlintOptions } from './shared.js';

/** The parts of a textlint node the rule reads. */
interface TxtNode {
  type: string;
  value?: string;
  range: readonly [number, number];
  children?: TxtNode[];
}

/** The parts of textlint's rule context the rule uses (textlint ≥ 12). */
interface TextlintContext {
  Syntax: { Document: string };
  RuleError: new (message: string, details?: { padding?: unknown; fix?: unknown }) => unknown;
  report(node: TxtNode, error: unknown): void;
  getSource(node?: TxtNode): string;
  getFilePath(): string | undefined;
  locator: { range(r: readonly [number, number]): unknown; at(index: number): unknown };
  fixer: { replaceTextRange(range: readonly [number, number], text: string): unknown };
}

// What is not prose: code, raw HTML and comments in Markdown, front matter.
const SKIP = new Set(['Code', 'CodeBlock', 'Html', 'Comment', 'Image', 'Yaml', 'Toml', 'Math', 'InlineMath']);
// Inline containers: their text joins the surrounding text (`**gwa**rancja` is one word).
const INLINE = new Set(['Emphasis', 'Strong', 'Delete', 'Link', 'LinkReference', 'FootnoteReference']);

function collect(node: TxtNode, prose: Prose): void {
  if (SKIP.has(node.type)) return;
  if (node.type === 'Str') {
    prose.add(node.value ?? '', node.range[0], node.range[1]);
    return;
  }
  if (node.type === 'Break') {
    prose.breakBlock();
    return;
  }
  const block = !INLINE.has(node.type);
  if (block) prose.breakBlock();
  for (const child of node.children ?? []) collect(child, prose);
  if (block) prose.breakBlock();
}

function reporter(context: TextlintContext, options: IntegrationOptions = {}) {
  const { Syntax, RuleError, report, locator, fixer } = context;
  return {
    async [Syntax.Document](node: TxtNode) {
      const prose = new Prose(context.getSource(node));
      collect(node, prose);
      const result = await checkProse(prose, context.getFilePath(), options);
      for (const f of result.findings) {
        const s = f.suggestions.find((x) => x.replacement !== undefined && x.range);
        const fix = s && s.range ? fixer.replaceTextRange([s.range.start, s.range.end], s.replacement!) : undefined;
        const padding = f.range ? locator.range([f.range.start, f.range.end]) : locator.at(0);
        report(node, new RuleError(`${f.message} (${f.ruleId})`, { padding, ...(fix ? { fix } : {}) }));
      }
    },
  };
}

/** The textlint rule module (fixable): `{ linter, fixer }`. */
const medadTextlintRule = { linter: reporter, fixer: reporter };
export default medadTextlintRule;
export { medadTextlintRule };
