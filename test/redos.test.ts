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
 * A "polynomial" verdict is then confirmed in V8 with recheck's own attack string at k and 4k
 * repetitions, because the fuzzer also reports bounded repetitions (`[^.!?]{0,120}`), which are
 * linear with a constant factor; exponential verdicts fail outright.
 * Verdicts are committed in test/fixtures/redos-verdicts.json, keyed by a hash of the recheck
 * version, flags and source, so a clean clone analyses nothing; only a new or changed pattern is
 * analysed (and its verdict written back: commit the file with the pattern). Entries no pattern
 * uses any more are pruned after a full run. The confirmation in V8 is a growth ratio over four
 * input sizes (never a wall-clock bound) and is itself recorded with the verdict.
 * Adversarial growth checks in test/adversarial.test.ts complement this on the real texts path.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinPacks, compilePattern } from '../src/index.js';
import { bestGrowth, describeGrowth } from './growth.js';

process.env.RECHECK_BACKEND = 'pure';
type Pump = { prefix: string; pump: string };
type Diag = {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { type: string };
  attack?: { pattern: string; pumps?: Pump[]; suffix?: string };
  error?: { kind: string };
};
let checkSync: ((source: string, flags: string, params?: Record<string, unknown>) => Diag) | undefined;

const FIXTURE = resolve(__dirname, 'fixtures/redos-verdicts.json');
const VERSION = 'recheck@4.5.0';
/** `linear`: a polynomial verdict that V8 showed to grow linearly (bounded repetition). */
type Entry = { source: string; status: string; detail: string; linear?: string };
const verdicts: Record<string, Entry> = existsSync(FIXTURE) ? JSON.parse(readFileSync(FIXTURE, 'utf8')) : {};
let changed = false;

/** FNV-1a 64-bit of a string, hex: a stable, dependency-free key (the source is kept beside it). */
function hash(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
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

/** recheck (a Scala.js bundle) is loaded only when some pattern has no committed verdict. */
async function recheck(): Promise<NonNullable<typeof checkSync>> {
  checkSync ??= ((await import('recheck')) as { checkSync: NonNullable<typeof checkSync> }).checkSync;
  return checkSync;
}

// A quadratic shows an exponent near 2; linear work near 1. 1.5 leaves room for noise either way.
const MAX_EXPONENT = 1.5;

/** Run recheck's attack in V8 at four sizes and fit how the time grows. */
function confirmInV8(source: string, pumps: Pump[], suffix: string): ReturnType<typeof bestGrowth> {
  const re = new RegExp(source, 'gu');
  const attack = (k: number) => pumps.map((p) => p.prefix + p.pump.repeat(k)).join('') + suffix;
  const k = Math.max(1000, Math.floor(40_000 / Math.max(1, attack(1).length)));
  const texts = new Map([1, 2, 4, 8].map((f) => [f * k, attack(f * k)]));
  return bestGrowth([...texts.keys()], (n) => {
    for (const _ of texts.get(n)!.matchAll(re));
  }, MAX_EXPONENT);
}

const seen = new Set<string>();
afterAll(() => {
  // Prune only after a full run: a filtered run (`-t`) has not seen every pattern.
  if (seen.size === targets.size) {
    for (const key of Object.keys(verdicts)) {
      if (!seen.has(key)) {
        delete verdicts[key];
        changed = true;
      }
    }
  }
  if (!changed) return;
  const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(FIXTURE, JSON.stringify(sorted, null, 1) + '\n');
});

describe('no pattern backtracks super-linearly (recheck)', () => {
  it('found raw regexes in the packs to analyse', () => {
    expect(targets.size).toBeGreaterThan(CONSTRUCTS.length);
  });
  for (const [source, where] of targets) {
    it(where, async () => {
      const key = hash(`${VERSION} u ${source}`);
      seen.add(key);
      let r = verdicts[key];
      if (!r || r.source !== source) {
        // Generous: a clean clone analyses nothing, and a loaded machine must not turn a verdict into 'unknown'.
        const d = (await recheck())(source, 'u', { timeout: 90_000 });
        r = { source, status: d.status, detail: d.status === 'vulnerable' ? `${d.complexity?.type}; attack ${d.attack?.pattern}` : (d.error?.kind ?? '') };
        if (r.status === 'vulnerable' && r.detail.startsWith('polynomial') && d.attack?.pumps) {
          // recheck's fuzzer also reports bounded repetitions (`[^.!?]{0,120}`) as polynomial.
          // Confirm on the engine that matters: a real quadratic grows with exponent ~2 in V8.
          const g = confirmInV8(source, d.attack.pumps, d.attack.suffix ?? '');
          expect(g.exponent, `${where}\n/${source}/u: recheck: ${r.detail}\nV8: ${describeGrowth(g)}`).toBeLessThan(MAX_EXPONENT);
          r.linear = describeGrowth(g);
        }
        if (r.status !== 'unknown') {
          verdicts[key] = r;
          changed = true;
        }
      }
      if (r.linear) return;
      expect(r.status, `${where}\n/${source}/u: ${r.detail}`).toBe('safe');
    }, 180_000);
  }
});
