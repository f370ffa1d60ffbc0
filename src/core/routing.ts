/**
 * Which packs read which part of a text when the caller lets medad choose (`jurisdictions:
 * 'auto'`). The rule: a post is never reported clean because no pack ran. When the language
 * guess is confident and names a loaded pack's language, that pack reads the text (and packs of
 * other languages read their own runs of a mixed post). When it is not — a two-word post, a
 * Ukrainian-looking Russian sentence, a Czech-looking Polish one — every pack whose script the
 * text uses reads it, and the report says so (`routing.mode === 'fallback'`).
 */
import type { DetectedLanguage, Routing, RulePack } from './types.js';

/** Scripts of the languages packs are written for; an unlisted language is taken to be Latin. */
const SCRIPT_OF: Record<string, Script> = {
  ru: 'Cyrl', uk: 'Cyrl', be: 'Cyrl', bg: 'Cyrl', sr: 'Cyrl', mk: 'Cyrl', kk: 'Cyrl',
  el: 'Grek',
};
type Script = 'Latn' | 'Cyrl' | 'Grek';
const scriptOf = (lang: string): Script => SCRIPT_OF[lang] ?? 'Latn';

/** Below this confidence a detector's guess does not decide the law alone. */
export const ROUTING_CONFIDENCE = 0.5;
/** A script counts as used by the text from this many letters on (one stray letter is noise). */
const MIN_SCRIPT_LETTERS = 2;

export interface PackRoute {
  pack: RulePack;
  /** Runs of the text this pack reads; undefined = the whole text. */
  segments?: Array<{ start: number; end: number }>;
}

export interface RouteResult {
  routes: PackRoute[];
  routing: Routing;
}

/** Letters per script, counted once over the text (linear, no regex per character). */
export function countScripts(text: string): Record<Script, number> {
  const n: Record<Script, number> = { Latn: 0, Cyrl: 0, Grek: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) n.Latn++;
    else if (c >= 0x400 && c <= 0x52f) n.Cyrl++;
    else if (c >= 0x370 && c <= 0x3ff) n.Grek++;
  }
  return n;
}

const isBreak = (c: number) => c === 10 || c === 13 || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;

/**
 * Lines and sentences whose letters are mostly in `script`, merged when adjacent. Linear: one
 * pass to cut pieces, one count per piece.
 */
export function scriptRuns(text: string, script: Script): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isBreak(text.charCodeAt(i))) continue;
    const end = Math.min(text.length, i + 1);
    const n = countScripts(text.slice(start, end));
    const all = n.Latn + n.Cyrl + n.Grek;
    if (n[script] >= MIN_SCRIPT_LETTERS && n[script] * 2 >= all) {
      const last = runs[runs.length - 1];
      if (last && last.end >= start) last.end = end;
      else runs.push({ start, end });
    }
    start = end;
  }
  return runs;
}

/**
 * Decide the packs for an auto-routed text from the detector's answer. Pure: the detector ran
 * before, so this can be tested with any answer, junk included.
 */
export function routeAuto(text: string, packs: readonly RulePack[], detected: DetectedLanguage): RouteResult {
  const letters = countScripts(text);
  const used = (s: Script) => letters[s] >= MIN_SCRIPT_LETTERS;
  const packScripts = new Set(packs.flatMap((p) => p.languages.map(scriptOf)));
  const readable = [...packScripts].filter(used);
  if (readable.length === 0) {
    const names = [...packScripts].map((s) => ({ Latn: 'Latin', Cyrl: 'Cyrillic', Grek: 'Greek' })[s]).join(', ');
    return { routes: [], routing: { mode: 'none', reason: `the text has no letters in the scripts of the loaded packs (${names})` } };
  }
  const code = detected.code;
  const confident = detected.reliable ?? detected.confidence >= ROUTING_CONFIDENCE;
  const main = packs.filter((p) => p.languages.includes(code));
  // Runs the detector found in other loaded languages (a German slogan in a Polish post).
  const segs = (detected.segments ?? []).filter((s) => s.code !== code && s.end > s.start);
  if (main.length > 0 && confident) {
    const routes: PackRoute[] = main.map((pack) => ({ pack }));
    for (const pack of packs) {
      if (main.includes(pack)) continue;
      const own = segs.filter((s) => pack.languages.includes(s.code)).map(({ start, end }) => ({ start, end }));
      if (own.length > 0) routes.push({ pack, segments: own });
    }
    // A script the main language does not use, but the text does (a Russian line under a Polish
    // post, with a detector that gives no runs): its packs read the runs written in that script.
    const mainScripts = new Set(main.flatMap((p) => p.languages.map(scriptOf)));
    for (const s of readable) {
      if (mainScripts.has(s)) continue;
      const runs = scriptRuns(text, s);
      if (runs.length === 0) continue;
      for (const pack of packs) {
        if (routes.some((r) => r.pack === pack) || !pack.languages.some((l) => scriptOf(l) === s)) continue;
        routes.push({ pack, segments: runs });
      }
    }
    return { routes, routing: routes.length > 1 ? { mode: 'segments', reason: `main language ${code}; other languages in parts of the text` } : { mode: 'detected' } };
  }
  const guess = code === 'und' ? 'no language could be told' : `guessed "${code}" at confidence ${Number(detected.confidence.toFixed(2))}${main.length ? '' : ', not a language of the loaded packs'}`;
  // With one script, every pack for it reads the whole text; with several (a post in Polish and
  // Russian), each pack reads the lines and sentences of its own script.
  const routes: PackRoute[] = [];
  for (const pack of packs) {
    const scripts = readable.filter((s) => pack.languages.some((l) => scriptOf(l) === s));
    if (scripts.length === 0) continue;
    if (readable.length === 1) routes.push({ pack });
    else {
      const runs = scripts.flatMap((s) => scriptRuns(text, s)).sort((a, b) => a.start - b.start);
      if (runs.length > 0) routes.push({ pack, segments: runs });
    }
  }
  return { routes, routing: { mode: 'fallback', reason: `language uncertain (${guess}); checked against every pack for the text's script` } };
}
