/**
 * One input, from bytes to what the core checks and back: decode, split the front matter, read
 * the markup into prose with a source map, and afterwards map the report's ranges, lines and
 * columns back into the file. Findings in JSON and SARIF therefore point at the file as it is on
 * disk, whatever markup or entities stood between.
 */
import { markupOf, readMarkup, type Markup } from '../adapters/markup/load.js';
import { mapPoint, mapRange, type SourceMap } from '../adapters/markup/source-map.js';
import type { CheckContext, Finding, Report } from '../core/types.js';
import { decodeBytes, type Encoding } from './decode.js';
import { readFrontMatter } from './front-matter.js';
import { lineStarts, position } from './lines.js';

export interface Document {
  name: string;
  /** The file's decoded text: what ranges, lines and columns refer to. */
  text: string;
  /** The prose the core checks, and where each piece of it is in `text`. */
  map: SourceMap;
  markup: Markup;
  context: CheckContext;
  jurisdictions?: string[];
}

export interface DocumentOptions {
  encoding?: Encoding;
  /** The markup to read the input as; by default from the file name (stdin: plain text). */
  markup?: Markup;
  jurisdictions: readonly string[];
}

/** Rejects with InputError (bytes that do not decode) or UsageError (bad front matter). */
export async function readDocument(name: string, bytes: Uint8Array | string, opts: DocumentOptions): Promise<Document> {
  const text = typeof bytes === 'string' ? bytes.replace(/^\uFEFF/, '') : decodeBytes(bytes, name, opts.encoding);
  const fm = await readFrontMatter(text, name, opts.jurisdictions);
  const markup = opts.markup ?? markupOf(name);
  const map = await readMarkup(markup, text, fm.bodyOffset);
  return { name, text, map, markup, context: fm.context, ...(fm.jurisdictions ? { jurisdictions: fm.jurisdictions } : {}) };
}

/**
 * The report with every range in file offsets, `line`/`column` in the file, and the excerpt as
 * the reader sees it (entities decoded, markup left out). Linear in findings (binary searches).
 */
export function mapReport(doc: Document, report: Report): Report {
  const starts = lineStarts(doc.text);
  // A fix's range is mapped too, also on a document-level finding (a missing warning goes at the
  // end of the prose, which is a place in the file).
  const mapSuggestions = (f: Finding) =>
    f.suggestions.map((s) => {
      if (!s.range) return s;
      if (s.range.start === s.range.end) {
        const at = mapPoint(doc.map, s.range.start);
        return { ...s, range: { start: at, end: at } };
      }
      const sm = mapRange(doc.map, s.range.start, s.range.end);
      return { ...s, range: { start: sm.fileStart, end: sm.fileEnd } };
    });
  const mapFinding = (f: Finding): Finding => {
    if (!f.range) return f.suggestions.some((s) => s.range) ? { ...f, suggestions: mapSuggestions(f) } : f;
    const m = mapRange(doc.map, f.range.start, f.range.end);
    const { line, column } = position(starts, m.fileStart);
    const suggestions = mapSuggestions(f);
    return { ...f, range: { start: m.fileStart, end: m.fileEnd }, line, column, excerpt: doc.map.text.slice(m.textStart, m.textEnd), suggestions };
  };
  return { ...report, findings: report.findings.map(mapFinding) };
}
