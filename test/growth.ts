/**
 * Growth, not speed: how the cost of a run grows with the size of its input. Unit tests must not
 * race a wall clock (a loaded 2-core CI machine is 3–10× slower than a laptop and noisy), but the
 * *shape* of the cost survives any machine: linear work keeps an exponent near 1 whatever the
 * constant factor, a quadratic step shows as 2. The exponent is the least-squares slope of
 * log(time) over log(size) across several sizes, each timed in CPU time as the fastest of a few
 * runs (the minimum is the run least disturbed by GC).
 */

/**
 * CPU time of this process in ms, not wall-clock time: on a machine shared by other jobs the
 * scheduler can stall a run for tens of milliseconds, which CPU time does not count.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Least-squares slope of log(t) over log(n). */
export function slope(points: ReadonlyArray<readonly [n: number, t: number]>): number {
  const xs = points.map(([n]) => Math.log(n));
  const ys = points.map(([, t]) => Math.log(Math.max(t, 1e-3)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}

export interface Growth {
  exponent: number;
  /** Sizes and their fastest times in ms, for the failure message. */
  points: Array<[number, number]>;
}

/**
 * Time `run(size)` for each size (fastest of `repeats`) and fit the growth exponent. `run` should
 * do enough work at the smallest size (≥ ~2 ms) for the timer's resolution not to dominate.
 */
export function growthExponent(sizes: readonly number[], run: (size: number) => void, repeats = 3): Growth {
  run(sizes[sizes.length - 1]!); // warm-up: the first calls pay for JIT, regex tier-up and lazy tables
  const points: Array<[number, number]> = sizes.map((n) => {
    let best = Infinity;
    for (let r = 0; r < repeats; r++) {
      const t0 = cpuMs();
      run(n);
      best = Math.min(best, cpuMs() - t0);
    }
    return [n, best];
  });
  return { exponent: slope(points), points };
}

/**
 * The growth exponent of `run`, measured up to `attempts` times until it is below `max`: a real
 * super-linear cost shows every time, a stall from another process or a GC pause does not repeat
 * at the same size. Returns the lowest exponent seen.
 */
export function bestGrowth(sizes: readonly number[], run: (size: number) => void, max: number, attempts = 3): Growth {
  let best: Growth | undefined;
  for (let a = 0; a < attempts && !(best && best.exponent < max); a++) {
    const g = growthExponent(sizes, run);
    if (!best || g.exponent < best.exponent) best = g;
  }
  return best!;
}

export const describeGrowth = (g: Growth): string =>
  `exponent ${g.exponent.toFixed(2)}; ` + g.points.map(([n, t]) => `n=${n}: ${t.toFixed(1)} ms`).join(', ');
