/** "Did you mean …?" for mistyped keys and values. */

function distance(a: string, b: string): number {
  // Levenshtein over two rows; inputs are short keys, and long ones are cut off first.
  a = a.slice(0, 64);
  b = b.slice(0, 64);
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest of `valid` to `input` when it is close enough to be a typo, else undefined. */
export function closest(input: string, valid: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const v of valid) {
    const d = distance(lower, v.toLowerCase());
    if (d < bestD) {
      best = v;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(lower.length / 3)) ? best : undefined;
}

/** ` Did you mean "x"?` or nothing. */
export function didYouMean(input: string, valid: readonly string[]): string {
  const c = closest(input, valid);
  return c ? ` Did you mean "${c}"?` : '';
}
