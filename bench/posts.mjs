// Assembles realistic posts (100 B to 5 KB) from the hand-written sentence pools in fixtures/,
// with a seeded generator so every run and every contender sees exactly the same texts.
import { readFileSync } from 'node:fs';

const here = new URL('./fixtures/', import.meta.url);
export const LANGS = ['pl', 'de', 'ru'];
export const pool = (lang) => readFileSync(new URL(`${lang}.txt`, here), 'utf8').split('\n').filter(Boolean);

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bytes = (s) => Buffer.byteLength(s, 'utf8');

/** `count` posts of one language, sizes log-uniform in [100, 5000] bytes. */
export function posts(lang, count, seed = 7) {
  return [...eachPost(lang, count, seed)];
}

/** The same posts as `posts`, made one at a time (a loop over them need not hold them all). */
export function* eachPost(lang, count, seed = 7) {
  const sentences = pool(lang);
  const rand = rng(seed + lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
  for (let i = 0; i < count; i++) {
    const target = Math.round(100 * Math.pow(50, rand()));
    let text = '';
    while (bytes(text) < target) {
      const s = sentences[Math.floor(rand() * sentences.length)];
      const sep = text === '' ? '' : rand() < 0.3 ? '\n\n' : ' ';
      text += sep + s;
    }
    // Trim back to the target on a character boundary, but never below 100 B.
    while (bytes(text) > Math.max(target, 100) + 200) text = text.slice(0, text.lastIndexOf(' '));
    yield text;
  }
}

/** One long text of at least `size` bytes, mixing the three languages paragraph by paragraph. */
export function longText(size, seed = 11) {
  const rand = rng(seed);
  const pools = LANGS.map(pool);
  const parts = [];
  let total = 0;
  while (total < size) {
    const p = pools[Math.floor(rand() * pools.length)];
    const s = p[Math.floor(rand() * p.length)];
    parts.push(s);
    total += bytes(s) + 1;
  }
  return parts.join(rand() < 0.5 ? '\n' : ' ');
}
