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
import { checkProse, collectProse, Prose, type IntegrationOptions, type TreeDialect } from './shared.js';

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
const TXT: TreeDialect<TxtNode> = {
  skip: new Set(['Code', 'CodeBlock', 'Html', 'Comment', 'Image', 'Yaml', 'Toml', 'Math', 'InlineMath']),
  inline: new Set(['Emphasis', 'Strong', 'Delete', 'Link', 'LinkReference', 'FootnoteReference']),
  text: 'Str',
  lineBreak: 'Break',
  textOf: (n) => ({ value: n.value ?? '', start: n.range[0], end: n.range[1] }),
  children: (n) => n.children,
  type: (n) => n.type,
};

function reporter(context: TextlintContext, options: IntegrationOptions = {}) {
  const { Syntax, RuleError, report, locator, fixer } = context;
  return {
    async [Syntax.Document](node: TxtNode) {
      const prose = new Prose(context.getSource(node));
      collectProse(node, prose, TXT);
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
