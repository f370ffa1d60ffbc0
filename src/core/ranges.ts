/**
 * Queries on sorted, non-overlapping ranges (what a pattern list's matches are), by binary
 * search: per-hit checks against another list stay O(log n), so a text with thousands of hits
 * and thousands of exceptions is not quadratic. Shared by the engine and the packs' rule functions.
 */
type Range = { start: number; end: number } | readonly [number, number];
const startOf = (r: Range) => ('start' in r ? r.start : r[0]);
const endOf = (r: Range) => ('end' in r ? r.end : r[1]);

/**
 * The first index of [0, n) where `before` is false, for a `before` that holds up to some index
 * and not after it (a binary search): every search of sorted offsets in the core is one of these.
 */
export function partition(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first range that ends after `pos`. */
const firstEndingAfter = (ranges: readonly Range[], pos: number): number => partition(ranges.length, (i) => endOf(ranges[i]!) <= pos);

/** Whether [start, end) overlaps one of `ranges` (sorted, non-overlapping). */
export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  const k = firstEndingAfter(ranges, start);
  return k < ranges.length && startOf(ranges[k]!) < end;
}

/** Whether one of `ranges` (sorted, non-overlapping) lies inside [from, to]. */
export function containsAny(ranges: readonly Range[], from: number, to: number): boolean {
  const lo = partition(ranges.length, (i) => startOf(ranges[i]!) < from);
  // Sorted and disjoint: the first range starting at or after `from` ends first among them.
  return lo < ranges.length && endOf(ranges[lo]!) <= to;
}

/** Offsets where the lines of `text` start (0 and each position after a `\n`), ascending. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Index of the last element of ascending `xs` that is ≤ `x`, or -1. */
export const lastAtMost = (xs: ArrayLike<number>, x: number): number => partition(xs.length, (i) => xs[i]! <= x) - 1;
