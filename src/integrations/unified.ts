/**
 * `medad/unified`: medad as a unified (remark) plugin. It reads the prose of the Markdown tree
 * (text nodes; code, HTML and front matter are skipped) with positions, checks it with the
 * project's medad configuration, honours `medad-disable` comments and adds one vfile message
 * per finding: `ruleId` is medad's rule id, `source` is `medad`, `fatal` is true for errors,
 * false for warnings and undefined for infos; `expected` carries the machine fix, `url` the law.
 *
 * ```ts
 * import { unified } from 'unified';
 * import remarkParse from 'remark-parse';
 * import { read } from 'to-vfile';
 * import remarkMedad from 'medad/unified';
 *
 * const processor = unified().use(remarkParse).use(remarkMedad, { locale: 'pl' });
 * const file = await read('post.md');
 * await processor.run(processor.parse(file), file);
 * console.log(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`));
 * ```
 *
 * @module medad/unified
 */
import type { Finding } from '../index.js';
import { checkProse, collectProse, Prose, type IntegrationOptions, type TreeDialect } from './shared.js';

export type { IntegrationOptions as MedadUnifiedOptions } from './shared.js';

/** The parts of an mdast node the plugin reads. */
interface MdNode {
  type: string;
  value?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
}

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** The parts of a vfile the plugin uses (vfile ≥ 4). */
interface VFileLike {
  value?: unknown;
  contents?: unknown;
  path?: string;
  message(reason: string, place?: unknown, origin?: unknown): {
    fatal?: boolean | null | undefined;
    actual?: string | null | undefined;
    expected?: string[] | null | undefined;
    url?: string | null | undefined;
    note?: string | null | undefined;
    ruleId?: string | null | undefined;
    source?: string | null | undefined;
  };
}

const MDAST: TreeDialect<MdNode> = {
  skip: new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'math', 'inlineMath', 'image', 'imageReference', 'definition']),
  inline: new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'footnoteReference']),
  text: 'text',
  lineBreak: 'break',
  textOf: (n) => {
    const start = n.position?.start.offset;
    const end = n.position?.end.offset;
    return start === undefined || end === undefined ? undefined : { value: n.value ?? '', start, end };
  },
  children: (n) => n.children,
  type: (n) => n.type,
};

function point(text: string, offset: number): Point {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last, offset };
}

function addMessage(file: VFileLike, source: string, f: Finding): void {
  const place = f.range ? { start: point(source, f.range.start), end: point(source, f.range.end) } : undefined;
  const msg = file.message(f.message, place, `medad:${f.ruleId}`);
  msg.ruleId = f.ruleId;
  msg.source = 'medad';
  msg.fatal = f.severity === 'error' ? true : f.severity === 'warning' ? false : undefined;
  if (f.excerpt) msg.actual = f.excerpt;
  const fix = f.suggestions.find((s) => s.replacement !== undefined);
  if (fix) msg.expected = [fix.replacement!];
  if (f.legalBasis[0]) msg.url = f.legalBasis[0].url;
  const note = [f.legalBasis.map((b) => b.citation).join('; '), ...f.suggestions.map((s) => s.message).filter(Boolean)].filter(Boolean).join('\n');
  if (note) msg.note = note;
}

/** The unified plugin: `unified().use(remarkParse).use(remarkMedad, options)`. */
export default function remarkMedad(options: IntegrationOptions = {}) {
  return async (tree: MdNode, file: VFileLike): Promise<void> => {
    const source = String(file.value ?? file.contents ?? '');
    const prose = new Prose(source);
    collectProse(tree, prose, MDAST);
    const result = await checkProse(prose, file.path, options);
    for (const f of result.findings) addMessage(file, source, f);
  };
}
export { remarkMedad };
