/**
 * ReDoS: recheck (pure-JS backend) over the regexes the packs run.
 * - Every raw `re:` pattern of every pack (match patterns, allow, unlessSentence, when,
 *   presence parts, citations, sponsorship), compiled with the boundaries the engine adds.
 *   These are hand-written regexes: the real risk.
 * - One representative of every construct the pattern compiler emits (stems, ending groups,
 *   leading wildcards, phrases, `~N` gaps). Generated patterns only combine these constructs
 *   with literal words, so their shapes are covered without analysing hundreds of near-identical
 *   patterns (recheck takes seconds each). The one-pass prefilter is an alternation of literals
 *   behind a lookbehind: no quantifier at all.
 * A "polynomial" verdict is then confirmed on the matcher (rx.ts, what the engine runs) with recheck's own attack string at k and 4k
 * repetitions, because the fuzzer also reports bounded repetitions (`[^.!?]{0,120}`), which are
 * linear with a constant factor; exponential verdicts fail outright.
 * Results are cached in node_modules/.cache (keyed by recheck version, source and flags).
 * Adversarial timings in test/adversarial.test.ts complement this on the real texts path.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinPacks, compilePattern } from '../src/index.js';
import { program } from '../src/core/rx.js';

process.env.RECHECK_BACKEND = 'pure';
type Pump = { prefix: string; pump: string };
type Diag = {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { type: string };
  attack?: { pattern: string; pumps?: Pump[]; suffix?: string };
  error?: { kind: string };
};
let checkSync: (source: string, flags: string, params?: Record<string, unknown>) => Diag;

const CACHE = resolve(__dirname, '../node_modules/.cache/medad-redos.json');
const VERSION = 'recheck@4.5.0';
type Entry = { status: string; detail: string; pumps?: Pump[]; suffix?: string };
const cache: Record<string, Entry> = existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
function saveCache(): void {
  mkdirSync(dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(cache));
}

const targets = new Map<string, string>(); // source → where
for (const pack of builtinPacks()) {
  const po = pack.transliterate ? { transliterate: pack.transliterate } : {};
  const add = (where: string, list: readonly string[] | undefined) => {
    for (const p of list ?? []) if (p.startsWith('re:')) targets.set(compilePattern(p, po).source, `${where}: ${p}`);
  };
  add(`${pack.jurisdiction} citations`, pack.citations);
  add(`${pack.jurisdiction} sponsorship`, pack.sponsorship);
  for (const r of pack.rules) {
    add(`${r.id} match.patterns`, r.match?.patterns);
    add(`${r.id} match.allow`, r.match?.allow);
    add(`${r.id} match.unlessSentence`, r.match?.unlessSentence);
    add(`${r.id} applies.when`, r.applies?.when);
    if (r.presence && r.presence.exact === false) for (const part of r.presence.parts) add(`${r.id} presence.${part.id}`, part.any);
  }
}
const CONSTRUCTS = ['najlepsz*', 'gwarantuj(e|emy|ą)', '(lepsz*|skuteczn*) efekt', '*garantie', 'lekarz poleca', 'gwarant* ~2 efekt*', 'nr 1', 'lekarz ~8 poleca*'];
for (const c of CONSTRUCTS) targets.set(compilePattern(c).source, `pattern-language construct: ${c}`);

beforeAll(async () => {
  ({ checkSync } = (await import('recheck')) as never);
});

describe('no pattern backtracks super-linearly (recheck)', () => {
  it('found raw regexes in the packs to analyse', () => {
    expect(targets.size).toBeGreaterThan(CONSTRUCTS.length);
  });
  for (const [source, where] of targets) {
    it(where, () => {
      const key = `${VERSION} u ${source}`;
      let r = cache[key];
      if (!r) {
        const d = checkSync(source, 'u', { timeout: 20_000 });
        r = { status: d.status, detail: d.status === 'vulnerable' ? `${d.complexity?.type}; attack ${d.attack?.pattern}` : (d.error?.kind ?? '') };
        if (d.attack?.pumps) Object.assign(r, { pumps: d.attack.pumps, suffix: d.attack.suffix ?? '' });
        if (r.status !== 'unknown') {
          cache[key] = r;
          saveCache();
        }
      }
      if (r.status === 'vulnerable' && r.detail.startsWith('polynomial') && r.pumps) {
        // recheck's fuzzer also reports bounded repetitions (`[^.!?]{0,120}`) as polynomial.
        // Confirm on the engine that matters: run its attack on the matcher the engine runs
        // (rx.ts; it backtracks like V8's) at k and 4k pumps. A real quadratic shows ~×16;
        // linear with a bounded constant shows ~×4.
        const re = program(source);
        const attack = (k: number) => r!.pumps!.map((p) => p.prefix + p.pump.repeat(k)).join('') + r!.suffix;
        const time = (k: number) => {
          const text = attack(k);
          const t0 = performance.now();
          re.all(text);
          return performance.now() - t0;
        };
        const k = Math.max(500, Math.floor(20_000 / Math.max(1, attack(1).length)));
        time(k);
        const t1 = Math.min(time(k), time(k));
        const t4 = Math.min(time(4 * k), time(4 * k));
        expect(t4, `${where}\n/${source}/u: recheck: ${r.detail}\nmatcher: ${t1.toFixed(1)} ms at k=${k}, ${t4.toFixed(1)} ms at 4k`).toBeLessThan(8 * t1 + 20);
        return;
      }
      expect(r.status, `${where}\n/${source}/u: ${r.detail}`).toBe('safe');
    }, 60_000);
  }
});
