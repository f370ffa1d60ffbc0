/**
 * A small, dependency-free language guess for routing (`jurisdictions: 'auto'`): script,
 * letters only one candidate language has, and frequent function words. The `medad/detect`
 * adapter (franc plus these signals) is better on hard cases; this one keeps the core working
 * without it.
 */
import type { DetectedLanguage } from './types.js';

// Space-separated: the lists are data, and a string costs a third of an array literal in the bundle.
const STOP: Record<string, string> = {
  pl: 'i w z na nie się do jest to że dla po od oraz lub jak przez który która są twój twoje już tylko przy bez czy ze co także może',
  de: 'und der die das ist nicht mit für sie ihre ihr wir ein eine den dem des zu auf bei von auch sich oder wie nur noch im ohne unsere jetzt',
  en: 'the and of to is for with your you our we are this that it on in be no not or best at',
  ru: 'и в не на с что по для это как от мы вы все без или только уже ваш наш при после так у же из',
  uk: 'і та що це як від для без або ваш наш вже лише також після й з у',
  bg: 'и на за да се от с не е са като най по това който във със',
};
// Looked up once per word and candidate language: a set, not `Array#includes` (that scan was 6 % of
// a check with `jurisdictions: 'auto'`). Built on the first guess, with WORDS: only 'auto' asks, and
// at import the two were ~1 % of `import('medad')` + `createBuiltinChecker()` (issue 11, cold start).
// Module-private and never written after: no caller can see or change them.
let STOP_WORDS: Record<string, Set<string>> | undefined;
let WORDS: RegExp | undefined;
const LETTERS: Record<string, RegExp> = {
  pl: /[ąęłńśźżćó]/g,
  de: /[äöüß]/g,
  ru: /[ыэъё]/g,
  uk: /[іїєґ]/g,
  be: /[ў]/g,
  cs: /[ěřůťď]/g,
  sk: /[ľĺŕô]/g,
};

/**
 * Guess the language of `text`: ISO 639-1 code, a rough confidence in [0, 1], and runs in another
 * language (a German line in a Polish post) so that each pack reads its own part.
 */
export function detectLite(text: string): DetectedLanguage {
  const main = guess(text);
  if (main.code === 'und' || text.length > 20000) return main;
  const segments: Array<{ start: number; end: number; code: string }> = [];
  let start = 0;
  // Lines and sentences; a piece of three words or more with a confident other language is a run.
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 0x2e && c !== 0x21 && c !== 0x3f) continue;
    const end = Math.min(text.length, i + 1);
    const piece = text.slice(start, end);
    // guess() made WORDS.
    if ((piece.match(WORDS!)?.length ?? 0) >= 3) {
      const g = guess(piece);
      if (g.code !== main.code && g.code !== 'und' && g.confidence >= 0.6) segments.push({ start, end, code: g.code });
    }
    start = end;
  }
  return segments.length > 0 ? { ...main, segments } : main;
}

function guess(text: string): DetectedLanguage {
  const sample = (text.length > 20000 ? text.slice(0, 20000) : text).toLowerCase();
  // From a string: see MARKS in normalize.ts.
  const words = sample.match((WORDS ??= RegExp('\\p{L}+', 'gu'))) ?? [];
  if (words.length === 0) return { code: 'und', confidence: 0 };
  let cyr = 0;
  let lat = 0;
  for (const w of words) {
    if (/[\u0400-\u04FF]/.test(w)) cyr += w.length;
    else if (/[a-zà-ɏ]/.test(w)) lat += w.length;
  }
  const candidates = (cyr > lat ? 'ru uk bg be' : 'pl de en cs sk').split(' ');
  const score: Record<string, number> = {};
  for (const c of candidates) score[c] = 0;
  STOP_WORDS ??= Object.fromEntries(Object.entries(STOP).map(([lang, words]) => [lang, new Set(words.split(' '))]));
  for (const c of candidates) {
    const re = LETTERS[c];
    if (re) score[c]! += (sample.match(re)?.length ?? 0) * 2;
    const stop = STOP_WORDS[c];
    if (stop) for (const w of words) if (stop.has(w)) score[c]! += 1;
  }
  // Ukrainian and Belarusian letters exclude Russian outright; Czech/Slovak letters exclude Polish.
  if (score.uk && (sample.match(LETTERS.uk!)?.length ?? 0) > 0) score.ru = Math.min(score.ru ?? 0, score.uk - 1);
  if ((sample.match(LETTERS.be!)?.length ?? 0) > 0) score.ru = 0;
  if ((sample.match(LETTERS.cs!)?.length ?? 0) + (sample.match(LETTERS.sk!)?.length ?? 0) > 0) score.pl = 0;
  const ranked = Object.entries(score).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0) return { code: cyr > lat ? 'ru' : 'und', confidence: cyr > lat ? 0.3 : 0 };
  const margin = best[1] - (second?.[1] ?? 0);
  return { code: best[0], confidence: Math.min(1, 0.4 + margin / (best[1] + 2)) };
}
