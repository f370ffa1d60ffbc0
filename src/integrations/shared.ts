/// <reference types="node" />
/**
 * What the textlint rule and the unified plugin share: prose collected from a host's syntax tree
 * with a map back to the file, one checker per configuration, findings mapped to file offsets
 * with the disable directives applied. The CLI reads the same configuration and directives, so
 * a repository gets the same findings from all three.
 */
import { dirname, resolve } from 'node:path';
import { applyDirectives, createChecker, type Checker, type CheckOptions, type Finding, type UnusedDirective } from '../index.js';
import { loadConfig, resolveConfig, type ResolvedConfig } from '../config/index.js';

/** Options of the textlint rule and the unified plugin. */
export interface IntegrationOptions extends Pick<CheckOptions, 'jurisdictions' | 'context' | 'locale' | 'rules' | 'asOf'> {
  /**
   * Read the project configuration (`medad.config.*`, `.medadrc.json`) found from the file's
   * folder up: `true` (default), `false`, or the path of a configuration file.
   */
  config?: boolean | string;
}

interface Segment {
  /** Offsets in the prose. */
  start: number;
  end: number;
  /** Offsets in the file. */
  sourceStart: number;
  sourceEnd: number;
  /** Whether the prose equals the file's characters here (else the segment maps as a whole). */
  verbatim: boolean;
}

/**
 * Prose built from a tree's text nodes. Text joins without a separator inside a block (so that
 * `**gwa**rancja` stays one word); blocks are separated by a line break, which also ends a
 * sentence for the engine.
 */
export class Prose {
  text = '';
  private segments: Segment[] = [];
  private pendingBreak = false;

  constructor(readonly source: string) {}

  /** A text node: its value and the file range it came from. */
  add(value: string, sourceStart: number, sourceEnd: number): void {
    if (value === '') return;
    // The break is written only before more text, so the prose never ends in one.
    if (this.pendingBreak && this.text !== '' && !this.text.endsWith('\n')) this.text += '\n';
    this.pendingBreak = false;
    const start = this.text.length;
    this.text += value;
    const verbatim = this.source.slice(sourceStart, sourceEnd) === value;
    this.segments.push({ start, end: this.text.length, sourceStart, sourceEnd, verbatim });
  }

  /** End the current block. */
  breakBlock(): void {
    this.pendingBreak = true;
  }

  /**
   * File offset of a prose offset. `end`: the offset ends a range, so it belongs to the text
   * before it. Offsets in a block break map to the next block's start (or the last one's end).
   */
  toSource(pos: number, end = false): number {
    const segs = this.segments;
    if (segs.length === 0) return end ? this.source.length : 0;
    let lo = -1;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const st = segs[mid]!.start;
      if (end ? st < pos : st <= pos) lo = mid;
      else hi = mid - 1;
    }
    if (lo < 0) return segs[0]!.sourceStart;
    const s = segs[lo]!;
    if (end ? pos > s.end : pos >= s.end) return end ? s.sourceEnd : (segs[lo + 1]?.sourceStart ?? s.sourceEnd);
    // A node whose value differs from its source (escapes, entities) maps as a whole.
    return s.verbatim ? s.sourceStart + pos - s.start : end ? s.sourceEnd : s.sourceStart;
  }

  /** File range of a prose range; an insertion at the end goes after the last text. */
  range(r: { start: number; end: number }): { start: number; end: number } {
    if (r.start === r.end) {
      const at = this.toSource(r.start, r.start >= this.text.length);
      return { start: at, end: at };
    }
    return { start: this.toSource(r.start), end: this.toSource(r.end, true) };
  }
}

function lineColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: pos - last };
}

/** Findings in file offsets, with `excerpt`, `line` and `column` of the file. */
export function toSourceFindings(prose: Prose, findings: readonly Finding[]): Finding[] {
  return findings.map((f) => {
    const range = f.range ? prose.range(f.range) : null;
    const pos = range ? lineColumn(prose.source, range.start) : { line: 1, column: 1 };
    return {
      ...f,
      range,
      ...pos,
      excerpt: range ? prose.source.slice(range.start, range.end) : '',
      suggestions: f.suggestions.map((s) => (s.range ? { ...s, range: prose.range(s.range) } : s)),
    };
  });
}

// One checker per configuration file (or options object): compiling packs is the dear part, and
// a host lints many files with the same configuration. Bounded, since hosts may be long-lived.
const checkers = new Map<string, Promise<{ checker: Checker; config: ResolvedConfig }>>();

async function checkerFor(filePath: string | undefined, options: IntegrationOptions) {
  const { config: useConfig = true, ...checkOptions } = options;
  const cwd = filePath ? dirname(resolve(filePath)) : process.cwd();
  const key = JSON.stringify([useConfig === false ? null : cwd, useConfig, checkOptions]);
  let entry = checkers.get(key);
  if (!entry) {
    entry = (async () => {
      const config =
        useConfig === false ? await resolveConfig({}, undefined, cwd) : await loadConfig({ cwd, ...(typeof useConfig === 'string' ? { file: useConfig } : {}) });
      const checker = createChecker({ ...config.checkerOptions, ...checkOptions });
      return { checker, config };
    })();
    if (checkers.size >= 64) checkers.clear();
    checkers.set(key, entry);
    entry.catch(() => checkers.delete(key));
  }
  return entry;
}

export interface ProseResult {
  /** Findings in file offsets, after disable directives. */
  findings: Finding[];
  unused: UnusedDirective[];
  /** The configuration ignores this file: nothing was checked. */
  ignored: boolean;
}

/** Check collected prose of a file: configuration, checker, mapping and directives in one call. */
export async function checkProse(prose: Prose, filePath: string | undefined, options: IntegrationOptions = {}): Promise<ProseResult> {
  const { checker, config } = await checkerFor(filePath, options);
  if (filePath && config.isIgnored(filePath)) return { findings: [], unused: [], ignored: true };
  const report = checker.check(prose.text);
  const mapped = toSourceFindings(prose, report.findings);
  const { findings, unused } = applyDirectives(prose.source, mapped);
  return { findings, unused, ignored: false };
}

/** How one host's syntax tree names what `collectProse` needs: node kinds and text ranges. */
export interface TreeDialect<N> {
  /** Kinds that are not prose (code, raw HTML, front matter …): skipped with their children. */
  skip: ReadonlySet<string>;
  /** Inline containers: their text joins the surrounding text (`**gwa**rancja` is one word). */
  inline: ReadonlySet<string>;
  text: string;
  lineBreak: string;
  /** The text node's value and file offsets, or undefined when the host gave no position. */
  textOf(node: N): { value: string; start: number; end: number } | undefined;
  children(node: N): readonly N[] | undefined;
  type(node: N): string;
}

/**
 * Walk a host's tree into `prose`: text nodes are added at their file offsets, every block and
 * line break separates. One walker for textlint's TxtAST and unified's mdast.
 */
export function collectProse<N>(node: N, prose: Prose, d: TreeDialect<N>): void {
  const type = d.type(node);
  if (d.skip.has(type)) return;
  if (type === d.text) {
    const t = d.textOf(node);
    if (t) prose.add(t.value, t.start, t.end);
    return;
  }
  if (type === d.lineBreak) {
    prose.breakBlock();
    return;
  }
  const block = !d.inline.has(type);
  if (block) prose.breakBlock();
  for (const child of d.children(node) ?? []) collectProse(child, prose, d);
  if (block) prose.breakBlock();
}
