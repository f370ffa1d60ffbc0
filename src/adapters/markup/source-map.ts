/**
 * The bridge between a file with markup and the plain text the core checks.
 *
 * A markup reader (Markdown, HTML, front matter) does not hand the core a rewritten file; it
 * hands it a list of segments: pieces of checkable text, each with the file range it came from.
 * The core checks their concatenation, and every finding is mapped back through the segments, so
 * it points at the file's own line and column. This module is the only place that does that
 * arithmetic; it imports nothing, so it can move into any layer.
 *
 * Two kinds of segment:
 * - verbatim: `text` is exactly `file.slice(start, end)`; offsets inside map one to one;
 * - atomic: `text` stands for the whole file range and cannot be split: a decoded entity
 *   (`&shy;` → U+00AD), a Markdown escape (`\*` → `*`), a line break whose indentation was
 *   dropped, or a zero-width block separator (`start === end`) inserted between paragraphs.
 */

export interface Segment {
  /** The checkable text; never empty. */
  readonly text: string;
  /** UTF-16 offsets into the file's decoded text. */
  readonly start: number;
  readonly end: number;
  readonly verbatim: boolean;
}

export interface SourceMap {
  /** What the core checks: the segments' texts joined without separators. */
  readonly text: string;
  readonly segments: readonly Segment[];
  /** Offset in `text` at which each segment begins. */
  readonly textStarts: readonly number[];
}

/** A range in the checked text and the file range it came from. */
export interface MappedRange {
  fileStart: number;
  fileEnd: number;
  /** The text range, widened to whole atomic segments and trimmed of block separators at its edges. */
  textStart: number;
  textEnd: number;
}

/**
 * Collects segments in file order. Adjacent verbatim segments that touch in the file are merged,
 * so a plain file is a single segment; block separators are never doubled nor put first.
 */
export class SourceMapBuilder {
  private readonly segs: Segment[] = [];

  verbatim(text: string, start: number): void {
    if (!text) return;
    const last = this.segs.at(-1);
    if (last?.verbatim && last.end === start) this.segs[this.segs.length - 1] = { text: last.text + text, start: last.start, end: start + text.length, verbatim: true };
    else this.segs.push({ text, start, end: start + text.length, verbatim: true });
  }

  atomic(text: string, start: number, end: number): void {
    if (text) this.segs.push({ text, start, end, verbatim: false });
  }

  /** A line break between blocks (paragraphs, headings, list items, table cells) at `at`. */
  blockBreak(at: number): void {
    const last = this.segs.at(-1);
    if (!last || last.text.endsWith('\n')) return;
    this.segs.push({ text: '\n', start: at, end: at, verbatim: false });
  }

  build(): SourceMap {
    // A trailing separator carries nothing.
    while (this.segs.length && this.segs.at(-1)!.start === this.segs.at(-1)!.end && !this.segs.at(-1)!.verbatim) this.segs.pop();
    const textStarts: number[] = [];
    let n = 0;
    for (const s of this.segs) {
      textStarts.push(n);
      n += s.text.length;
    }
    return { text: this.segs.map((s) => s.text).join(''), segments: this.segs, textStarts };
  }
}

/** A source map for text without markup: one verbatim segment starting at `offset`. */
export function plainSourceMap(text: string, offset = 0): SourceMap {
  const b = new SourceMapBuilder();
  b.verbatim(text, offset);
  return b.build();
}

/** Index of the segment that holds text offset `pos` (0 ≤ pos < text.length). */
function segmentAt(map: SourceMap, pos: number): number {
  let lo = 0;
  let hi = map.textStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.textStarts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const isSeparator = (s: Segment) => !s.verbatim && s.start === s.end;

/**
 * Map a range of the checked text (`start < end`) to the file. A range that cuts into an atomic
 * segment is widened to all of it; separators at either edge are left out.
 */
export function mapRange(map: SourceMap, start: number, end: number): MappedRange {
  if (map.segments.length === 0) return { fileStart: 0, fileEnd: 0, textStart: 0, textEnd: 0 };
  const clampedStart = Math.max(0, Math.min(start, map.text.length - 1));
  const clampedEnd = Math.max(clampedStart + 1, Math.min(end, map.text.length));
  let i = segmentAt(map, clampedStart);
  let j = segmentAt(map, clampedEnd - 1);
  while (i < j && isSeparator(map.segments[i]!)) i++;
  while (j > i && isSeparator(map.segments[j]!)) j--;
  const first = map.segments[i]!;
  const last = map.segments[j]!;
  // Nothing but a block break: an empty range where the break is.
  if (i === j && isSeparator(first)) return { fileStart: first.start, fileEnd: first.start, textStart: map.textStarts[i]!, textEnd: map.textStarts[i]! };
  const firstStart = map.textStarts[i]!;
  const lastStart = map.textStarts[j]!;
  const textStart = first.verbatim && i === segmentAt(map, clampedStart) ? clampedStart : firstStart;
  const textEnd = last.verbatim && j === segmentAt(map, clampedEnd - 1) ? clampedEnd : lastStart + last.text.length;
  return {
    fileStart: first.verbatim ? first.start + (textStart - firstStart) : first.start,
    fileEnd: last.verbatim ? last.start + (textEnd - lastStart) : last.end,
    textStart,
    textEnd,
  };
}

/** Map one position of the checked text (an insertion point, `0 ≤ pos ≤ text.length`) to the file. */
export function mapPoint(map: SourceMap, pos: number): number {
  const last = map.segments.at(-1);
  if (!last) return 0;
  if (pos >= map.text.length) return last.verbatim ? last.start + last.text.length : last.end;
  const i = segmentAt(map, Math.max(0, pos));
  const s = map.segments[i]!;
  return s.verbatim ? s.start + (pos - map.textStarts[i]!) : s.start;
}

/**
 * The checkable text that a file range stands for: what a reader of the file sees there. Used to
 * check that mapped findings point at their excerpt; linear in the number of segments.
 */
export function decodeFileRange(map: SourceMap, fileStart: number, fileEnd: number): string {
  let out = '';
  for (const s of map.segments) {
    if (s.start >= fileEnd) break;
    if (s.verbatim) {
      const a = Math.max(s.start, fileStart);
      const b = Math.min(s.end, fileEnd);
      if (a < b) out += s.text.slice(a - s.start, b - s.start);
    } else if (s.start === s.end) {
      if (s.start > fileStart && s.start < fileEnd) out += s.text;
    } else if (s.start >= fileStart && s.end <= fileEnd) out += s.text;
  }
  return out;
}
