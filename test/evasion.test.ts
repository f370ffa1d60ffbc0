/**
 * Evasion: every invalid example of every built-in rule, perturbed the way copy slips past naive
 * checkers (zero-width characters, soft hyphens, look-alike letters, letter spacing, combining
 * accents and stress marks, full-width letters, Latin transliteration of Russian), must still be
 * flagged by the same rule. Perturbations apply to the excerpt the rule flags in the original.
 * Where a perturbation cannot apply, the case is listed with its reason (never skipped silently).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks, createBuiltinChecker, createChecker, definePack, defineRule, ruPack, type CheckOptions, type Example } from '../src/index.js';
import { getCompiledPack } from '../src/core/compile.js';
import { segment } from '../src/core/lexicon.js';
import { readAsWords, readShared, type Lexicon, type Scratch } from '../src/core/evasion.js';
import { normalizeText, transliterateRu, type Shadow } from '../src/core/normalize.js';

const checker = createBuiltinChecker();
const asObj = (e: Example) => (typeof e === 'string' ? { text: e } : e);
const WORD = /\p{L}+/gu;

/** Apply `f` to each word (≥ 2 letters) of `s`; returns null when no word changed. */
function perWord(s: string, f: (w: string) => string | null): string | null {
  let changed = false;
  const out = s.replace(WORD, (w) => {
    if (w.length < 2) return w;
    const r = f(w);
    if (r === null || r === w) return w;
    changed = true;
    return r;
  });
  return changed ? out : null;
}
const insertAfterFirst = (ch: string) => (w: string) => w[0] + ch + w.slice(1);

const LAT_TO_CYR: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у' };
const CYR_TO_LAT: Record<string, string> = { а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y' };
function lookalike(w: string): string | null {
  if (w.length < 3) return null; // a 2-letter word with one swapped letter has no majority script
  for (let i = 0; i < w.length; i++) {
    const sub = LAT_TO_CYR[w[i]!] ?? CYR_TO_LAT[w[i]!];
    if (sub) return w.slice(0, i) + sub + w.slice(i + 1);
  }
  return null;
}
const VOWEL = /[aeiouyаеиоуыэюяё]/i;
function accent(w: string): string | null {
  const i = w.search(VOWEL);
  return i < 0 ? null : w.slice(0, i + 1) + '\u0301' + w.slice(i + 1);
}
function fullWidth(w: string): string | null {
  if (!/[A-Za-z]/.test(w)) return null;
  return w.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
const RU_LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ы: 'y', ь: "'", ю: 'yu', я: 'ya',
};
/** Latin spelling of a Russian excerpt, or null with the reason it cannot round-trip. */
function translit(s: string): string | { skip: string } {
  const lower = s.toLowerCase();
  if (/[эъ]/.test(lower)) return { skip: 'э/ъ have no unambiguous Latin spelling in simple transliteration' };
  if (/тс|шч|йа|йу|ыу|ыа/.test(lower)) return { skip: 'letter pair reads back as a different letter (тс→ts→ц, шч→shch→щ, …)' };
  if (!/[а-яё]/.test(lower)) return { skip: 'no Cyrillic in the excerpt' };
  // Capitals stay capitals ("Ne tyanite"): a sentence that starts in lower case is no sentence start.
  return [...s].map((c) => {
    const lat = RU_LAT[c.toLowerCase()];
    if (lat === undefined) return c;
    return c === c.toLowerCase() ? lat : lat.charAt(0).toUpperCase() + lat.slice(1);
  }).join('');
}
// A letter with its combining marks (a stress mark stays on its vowel when letters are spaced).
const SPACED_WORD = /(?:\p{L}\p{M}*)+/gu;
const LETTER = /\p{L}\p{M}*/gu;
function letterSpace(text: string, start: number, end: number): string | { skip: string } {
  const excerpt = text.slice(start, end);
  for (const m of excerpt.matchAll(SPACED_WORD)) {
    if (m[0].length < 4) continue;
    const a = start + m.index;
    const b = a + m[0].length;
    // A single-letter word next to the spaced one would be glued to it ("w n a j…" → "wnaj…").
    const before = text.slice(0, a).match(/(?:^|[^\p{L}])(\p{L})[ \u00A0]$/u);
    const after = text.slice(b).match(/^[ \u00A0](\p{L})(?:[^\p{L}]|$)/u);
    if (before || after) continue;
    return text.slice(0, a) + (m[0].match(LETTER) ?? []).join(' ') + text.slice(b);
  }
  return { skip: 'no word of 4+ letters in the excerpt that is not next to a one-letter word' };
}

type Perturb = (text: string, start: number, end: number, jurisdiction: string) => string | { skip: string };
const inExcerpt = (name: string, f: (w: string) => string | null): Perturb => (text, s, e) => {
  const r = perWord(text.slice(s, e), f);
  return r === null ? { skip: `${name} does not apply to any word of the excerpt` } : text.slice(0, s) + r + text.slice(e);
};
const PERTURBATIONS: Record<string, Perturb> = {
  'zero-width space': inExcerpt('zero-width space', insertAfterFirst('\u200B')),
  'soft hyphen': inExcerpt('soft hyphen', insertAfterFirst('\u00AD')),
  'word joiner + ZWNJ': inExcerpt('invisible joiners', (w) => w[0] + '\u2060' + w.slice(1, -1) + '\u200C' + w.slice(-1)),
  'Latin/Cyrillic look-alike': inExcerpt('look-alike', lookalike),
  'combining accent / stress mark': inExcerpt('accent', accent),
  'full-width letters': (text, s, e, j) => (j === 'RU' && !/[A-Za-z]/.test(text.slice(s, e)) ? { skip: 'Cyrillic has no full-width forms' } : inExcerpt('full-width', fullWidth)(text, s, e, j)),
  'letter spacing': (text, s, e) => letterSpace(text, s, e),
  'Russian in Latin letters': (text, s, e, j) => {
    if (j !== 'RU') return { skip: 'transliteration applies to Russian only' };
    const t = translit(text.slice(s, e));
    return typeof t === 'string' ? text.slice(0, s) + t + text.slice(e) : t;
  },
};


// ---- evasions measured by retention (issue 14) ----------------------------------------------------
// Each is applied to the words of the excerpt the rule flags; the share of examples still flagged
// by the same rule must be ≥ 95 % per perturbation (printed, with the misses, for review).
const CAPS_LAT_TO_CYR: Record<string, string> = { A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У' };
const CAPS_CYR_TO_LAT: Record<string, string> = Object.fromEntries(Object.entries(CAPS_LAT_TO_CYR).map(([l, c]) => [c, l]));
/** Every letter that has a look-alike in the other script swapped (most letters of most words). */
function lookalikeMost(w: string): string | null {
  if (w.length < 3) return null;
  return [...w].map((c) => LAT_TO_CYR[c] ?? CYR_TO_LAT[c] ?? CAPS_LAT_TO_CYR[c] ?? CAPS_CYR_TO_LAT[c] ?? c).join('');
}
const GREEK: Record<string, string> = {
  a: 'α', o: 'ο', p: 'ρ', i: 'ι', k: 'κ', t: 'τ', x: 'χ', A: 'Α', B: 'Β', E: 'Ε', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν',
  O: 'Ο', P: 'Ρ', T: 'Τ', X: 'Χ', Y: 'Υ', Z: 'Ζ', а: 'α', о: 'ο', р: 'ρ', к: 'κ', т: 'τ', х: 'χ', е: 'ε',
};
const greek = (w: string): string | null => (w.length < 3 ? null : [...w].map((c) => GREEK[c] ?? c).join(''));
const SMALL: Record<string, string> = Object.fromEntries([...'abcdefghijklmnoprstuvwyz'].map((c, i) => [c, 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ'[i]!]));
const smallCaps = (w: string): string | null => (/[a-z]/i.test(w) ? [...w.toLowerCase()].map((c) => SMALL[c] ?? c).join('') : null);
const LEET: Record<string, string> = { a: '4', e: '3', o: '0', i: '1', а: '4', е: '3', о: '0' };
/** One letter inside the word (not its first or last) written as a digit: "gw4rancja", "l3czy". */
function leet(w: string): string | null {
  for (let i = 1; i < w.length - 1; i++) {
    const d = LEET[w[i]!.toLowerCase()];
    if (d) return w.slice(0, i) + d + w.slice(i + 1);
  }
  return null;
}
const between = (sep: string) => (w: string) => [...w].join(sep);
const middle = (w: string) => Math.ceil(w.length / 2);
const emojiInside = (w: string): string | null => (w.length < 4 ? null : w.slice(0, middle(w)) + '🔥' + w.slice(middle(w)));
const VOWEL_AT = /[aeiouyąęóаеиоуыэюяё]/iu;
/** The first vowel after the first letter, repeated: "naajlepsza", "гааарантия". */
const stretch = (times: number) => (w: string): string | null => {
  if (w.length < 4) return null;
  const i = w.slice(1).search(VOWEL_AT) + 1;
  return i <= 0 ? null : w.slice(0, i) + w[i]!.repeat(times) + w.slice(i + 1);
};
/** The longest word of the excerpt changed by `f`. */
const longestWord = (name: string, f: (w: string) => string | null): Perturb => (text, s, e) => {
  const words = [...text.slice(s, e).matchAll(/\p{L}+/gu)].sort((a, b) => b[0].length - a[0].length);
  const w = words[0];
  const r = w && w[0].length >= 6 ? f(w[0]) : null;
  if (!w || !r) return { skip: `${name}: no word of 6+ letters in the excerpt` };
  const at = s + w.index;
  return text.slice(0, at) + r + text.slice(at + w[0].length);
};
/** The excerpt as one hashtag of its words (2–4 words of letters only). */
const hashtag = (camel: boolean): Perturb => (text, s, e) => {
  const words = text.slice(s, e).split(/\s+/u);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{L}+$/u.test(w))) return { skip: 'the excerpt is not 2–4 plain words' };
  const tag = words.map((w) => (camel ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w.toLowerCase())).join('');
  return text.slice(0, s) + '#' + tag + text.slice(e);
};
/** Every letter of the excerpt spaced, with single spaces between the words too. */
const spacedPhrase: Perturb = (text, s, e) => {
  const ex = text.slice(s, e);
  if (!/^[\p{L}\s]+$/u.test(ex) || !/\s/u.test(ex)) return { skip: 'the excerpt is not several plain words' };
  if (/(?:^|[^\p{L}])\p{L}\s$/u.test(text.slice(0, s)) || /^\s\p{L}(?:[^\p{L}]|$)/u.test(text.slice(e))) return { skip: 'a one-letter word next to the excerpt would join it' };
  return text.slice(0, s) + [...ex.replace(/\s+/gu, '')].join(' ') + text.slice(e);
};
const caps: Perturb = (text, s, e) => text.slice(0, s) + text.slice(s, e).toUpperCase() + text.slice(e);
const RETENTION: Record<string, Perturb> = {
  'look-alikes on most letters': inExcerpt('look-alikes', lookalikeMost),
  'all caps with look-alikes': (text, s, e, j) => {
    const up = caps(text, s, e, j) as string;
    return inExcerpt('look-alikes', lookalikeMost)(up, s, e, j);
  },
  'Greek look-alikes': inExcerpt('Greek', greek),
  'small capitals': (text, s, e, j) => (j === 'RU' ? { skip: 'Cyrillic has no small capitals in use' } : inExcerpt('small caps', smallCaps)(text, s, e, j)),
  'ALL CAPS': caps,
  'digits for letters': inExcerpt('leetspeak', leet),
  'dots between letters': inExcerpt('dots', between('.')),
  'hyphens between letters': inExcerpt('hyphens', between('-')),
  'underscores between letters': inExcerpt('underscores', between('_')),
  'letter spacing, single spaces between words': spacedPhrase,
  'hyphenated line break': longestWord('line break', (w) => w.slice(0, middle(w)) + '-\n' + w.slice(middle(w))),
  'emoji inside words': inExcerpt('emoji', emojiInside),
  'Markdown emphasis inside a word': longestWord('emphasis', (w) => '**' + w.slice(0, 3) + '**' + w.slice(3)),
  'repeated letter (double)': inExcerpt('double', stretch(2)),
  'repeated letter (triple)': inExcerpt('triple', stretch(3)),
  'CamelCase hashtag': hashtag(true),
  'lower-case hashtag': hashtag(false),
};
const MIN_RETENTION = 0.95;
// A stray legal-looking word appended to the violating sentence is not a quotation of the law.
const LEGAL_DECOYS = [' (art. 1)', ' #gif', ' – nie wolno przegapić', ' #uokik', ' (§ 2)'];
const decoyRetention = new Map(LEGAL_DECOYS.map((d) => [d, { tried: 0, lost: [] as string[] }]));
/** The text with `decoy` put at the end of the sentence that holds [start, end). */
function appendToSentence(text: string, end: number, decoy: string): string {
  const stop = text.slice(end).search(/[.!?]/u);
  const at = stop < 0 ? text.length : end + stop;
  return text.slice(0, at) + decoy + text.slice(at);
}
/** Per perturbation: examples it applied to and the ones the rule no longer flags. */
const retention = new Map<string, { tried: number; lost: string[] }>(Object.keys(RETENTION).map((k) => [k, { tried: 0, lost: [] }]));

// Some rules find their trigger with their own function on the caller's text (capitalised
// personal names): the engine's shadow is lower-cased, so such functions see the raw text and a
// perturbed name is, by design of those rules, not recognised as a name. They are found by
// checking the same example with the function removed; those cases are listed, not hidden.
const withoutFunctions = createChecker({
  packs: builtinPacks().map((p) => ({ ...p, rules: p.rules.map(({ test: _fn, ...r }) => r) })),
});
const skipped: string[] = [];
// Per-example misses accepted for now, each with its reason; the retention figures above still
// count them. Remove an entry when the reading improves (the test then runs again). Empty since
// the transliteration and look-alike fixes of issue 14; keep the mechanism for new packs.
const KNOWN_EXAMPLE_GAPS: Record<string, string> = {
};
for (const pack of builtinPacks()) {
  describe(`evasion, pack ${pack.jurisdiction}`, () => {
    for (const rule of pack.rules) {
      rule.examples.invalid.map(asObj).forEach((ex, i) => {
        const opts: CheckOptions = {
          jurisdictions: [pack.jurisdiction],
          ...(ex.context ? { context: ex.context } : {}),
          ...(ex.asOf ? { asOf: ex.asOf } : {}),
        };
        const original = checker.check(ex.text, opts).findings.find((f) => f.ruleId === rule.id && f.range);
        if (!original?.range) {
          skipped.push(`${rule.id} invalid #${i + 1}: document-level finding (a missing wording or an asset tag), no text to perturb`);
          return;
        }
        const byFunction = rule.test && !withoutFunctions.check(ex.text, opts).findings.some((f) => f.ruleId === rule.id && f.range);
        if (byFunction) {
          skipped.push(`${rule.id} invalid #${i + 1}: found by the rule's own test() on the raw text (capitalised names), not by patterns`);
          return;
        }
        const { start, end } = original.range;
        if (pack.jurisdiction === 'PL') {
          for (const [decoy, r] of decoyRetention) {
            const variant = appendToSentence(ex.text, end, decoy);
            r.tried++;
            if (!checker.check(variant, opts).findings.some((f) => f.ruleId === rule.id)) r.lost.push(`${rule.id} #${i + 1}: ${JSON.stringify(variant)}`);
          }
        }
        for (const [name, perturb] of Object.entries(RETENTION)) {
          const variant = perturb(ex.text, start, end, pack.jurisdiction);
          if (typeof variant !== 'string') continue;
          const r = retention.get(name)!;
          r.tried++;
          const hits = checker.check(variant, opts).findings.filter((f) => f.ruleId === rule.id);
          if (hits.length === 0) r.lost.push(`${rule.id} #${i + 1}: ${JSON.stringify(variant.slice(Math.max(0, start - 20), start + (end - start) * 3 + 20))}`);
        }
        for (const [name, perturb] of Object.entries(PERTURBATIONS)) {
          const variant = perturb(ex.text, start, end, pack.jurisdiction);
          if (typeof variant !== 'string') {
            skipped.push(`${rule.id} invalid #${i + 1} / ${name}: ${variant.skip}`);
            continue;
          }
          const gap = KNOWN_EXAMPLE_GAPS[`${rule.id} invalid #${i + 1} / ${name}`];
          if (gap) {
            skipped.push(`${rule.id} invalid #${i + 1} / ${name}: known gap: ${gap}`);
            continue;
          }
          it(`${rule.id} invalid #${i + 1} survives ${name}`, () => {
            const report = checker.check(variant, opts);
            const hits = report.findings.filter((f) => f.ruleId === rule.id);
            expect(hits.length, `${JSON.stringify(variant)} → ${JSON.stringify(report.findings.map((f) => f.ruleId))}`).toBeGreaterThan(0);
            for (const f of hits) if (f.range) expect(variant.slice(f.range.start, f.range.end)).toBe(f.excerpt);
          });
        }
      });
    }
  });
}

describe('evasion retention (every invalid example of every rule, perturbed)', () => {
  for (const name of Object.keys(RETENTION)) {
    it(`${name}: ≥ ${MIN_RETENTION * 100} % still flagged`, () => {
      const { tried, lost } = retention.get(name)!;
      const kept = (tried - lost.length) / tried;
      console.info(`evasion retention, ${name}: ${(100 * kept).toFixed(1)} % of ${tried}${lost.length ? `; lost:\n  ${lost.join('\n  ')}` : ''}`);
      expect(tried).toBeGreaterThan(20);
      expect(kept, lost.join('\n')).toBeGreaterThanOrEqual(MIN_RETENTION);
    });
  }
});

describe('a stray legal word is not a quotation of the law (Polish examples)', () => {
  for (const decoy of LEGAL_DECOYS) {
    it(`"${decoy}" appended to the sentence: ≥ ${MIN_RETENTION * 100} % still flagged`, () => {
      const { tried, lost } = decoyRetention.get(decoy)!;
      const kept = (tried - lost.length) / tried;
      console.info(`legal decoy ${JSON.stringify(decoy)}: ${(100 * kept).toFixed(1)} % of ${tried}${lost.length ? `; lost:\n  ${lost.join('\n  ')}` : ''}`);
      expect(tried).toBeGreaterThan(20);
      expect(kept, lost.join('\n')).toBeGreaterThanOrEqual(MIN_RETENTION);
    });
  }
});

describe('evasion bookkeeping', () => {
  it('lists every perturbation it could not apply, with a reason', () => {
    for (const s of skipped) expect(s).toMatch(/: \S/);
    // Printed so a reviewer sees them; the list is data-driven (it follows the packs' examples).
    if (skipped.length) console.info(`evasion: ${skipped.length} perturbations not applicable:\n  ${skipped.join('\n  ')}`);
  });
});

// What the evasion folding must not touch: numbers, prices, dates, product codes, English
// hashtags, German umlauts and real double letters, compounds with hyphens, addresses, and real
// citations of the law (the quotation exception still applies to them).
describe('near misses stay unflagged', () => {
  const NEAR_MISSES: Array<[jurisdiction: string, text: string]> = [
    ['PL', 'Dziękujemy za wizytę! #smile #dentist #teeth #instagood #nofilter #happyday #bestfriends #TheBestDay'],
    ['PL', 'Zza szyby widać park. Anna i Hanna zapraszają na kawę, a pan Jerzy na herbatę.'],
    ['PL', 'Mama-i-dziecko: zajęcia w sobotę. Anty-smog. Biało-czerwona flaga na 11.11.'],
    ['PL', 'Napisz do nas: rejestracja@klinika.pl albo www.klinika.pl/kontakt. Do zobaczenia!'],
    ['PL', 'Zgodnie z art. 55 ust. 1 ustawy Prawo farmaceutyczne reklama leku nie może gwarantować skutków jego stosowania.'],
    ['PL', 'Prezes UOKiK uznał, że hasło „najlepsza klinika w mieście” wprowadzało pacjentów w błąd.'],
    ['PL', 'Nie wolno reklamować leków na receptę – przypomina GIF.'],
    ['DE', 'Unsere Gäste fühlen sich bei uns wohl. Wasser, Kaffee und Tee stehen bereit. #teamwork #happy #smile'],
    ['DE', 'Danke an unser Team! #bestfriends #bestoftheday #TopOfTheDay #BestFriendsForever'],
    ['DE', 'Termine: Mo–Fr 8–18 Uhr, Behandlung in 3D, Vitamin B12, 24h Notdienst. Baden-Württemberg, Rheinland-Pfalz.'],
    ['DE', 'Bestellen Sie Ihre Zahnbürste online: Modell T3, Serie A5, 4x4 Bürstenkopf, H2O-Spülung.'],
    ['DE', 'Nach § 11 Abs. 1 Nr. 3 HWG ist Werbung mit Gutachten verboten.'],
    ['RU', 'Спасибо за визит! #smile #teeth #instagood #TheBestDay'],
    // Single letters that are words, initials and abbreviations written with spaces: joined or
    // not, they spell nothing a rule reads.
    ['PL', 'Krótkie polskie słowa to a i w z u o – zapisane osobno.'],
    ['PL', 'Badanie U S G jamy brzusznej wykonamy w piątek, wynik odbierzesz w rejestracji.'],
    ['PL', 'Na półce stoją książki J. K. Rowling i A. A. Milne’a.'],
    ['DE', 'Unser Team: Dr. M. K. Weber und Dr. J. R. R. Schmidt. Termine nach Vereinbarung.'],
    ['RU', 'Книги А. С. Пушкина и Л. Н. Толстого в нашей библиотеке.'],
    // Ordinary lower-case hashtags: some split into words of the packs, none into a claim.
    ['PL', 'Dzień dobry! #kawazrana #sobotarano #pieseczek #latonadmorzem #dziendobry #zespolkliniki #nowafryzura #poniedzialek'],
    ['PL', 'Dziękujemy za wizytę #uśmiech #zdrowezęby #higienistka #rodzinnie #wtorek #pogodnie #naszzespol'],
    ['DE', 'Schönes Wochenende! #guteslaune #sommerzeit #kaffeepause #mittwochsmotivation #teamausflug #praxisleben'],
    ['RU', 'Доброе утро! #доброеутро #кофесутра #летонадаче #котики #нашакоманда #понедельник'],
  ];
  for (const [j, text] of NEAR_MISSES) {
    it(`${j}: ${text.slice(0, 60)}…`, () => {
      expect(checker.check(text, { jurisdictions: [j] }).findings.map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
    });
  }
  // Content rules only: the price list lacks a device's mandatory wordings, which is not the point here.
  it('PL: numbers, prices, dates and codes are not read as letters', () => {
    const text = 'Cennik: implant 3500 zł, korona 1200 zł. Rejestracja 24h, skan 3D, witamina B12 i D3, COVID-19, model T3, zestaw 4x4, 2w1. Termin: 12.05.2025, godz. 10.30.';
    const report = checker.check(text, { jurisdictions: ['PL'] });
    expect(report.findings.filter((f) => f.range).map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
  });
});

// Run-together words are read with the packs' whole vocabulary, not only the words rules list: a
// superlative by its form ("najcudowniejsza", "freundlichste": in no list), a stem with an ending
// of its language ("widoczn-a"), one-letter prepositions ("z", "к").
describe('hashtags are read with words no rule lists', () => {
  const cases: Array<[string, string, string, string]> = [
    ['PL', 'Oto #najcudowniejszaklinika w mieście.', 'pl/superlative', 'najcudowniejszaklinika'],
    ['PL', 'Polecamy #najszerszywybór implantów.', 'pl/superlative', 'najszerszywybór'],
    ['PL', 'Efekt #widocznazdnianadzień!', 'pl/guarantee', 'Efekt #widocznazdnianadzień'],
    ['DE', 'Wir sind die #freundlichstepraxis der Stadt.', 'de/mbo-superlative', 'freundlichstepraxis'],
    ['RU', 'Подберём крем #безвизитакврачу.', 'ru/no-doctor-needed', 'безвизитакврачу'],
    ['RU', 'Без корсета останетесь #прикованыккровати.', 'ru/health-scare', 'прикованыккровати'],
  ];
  for (const [j, text, ruleId, excerpt] of cases) {
    it(`${j}: ${text} → ${ruleId}`, () => {
      const f = checker.check(text, { jurisdictions: [j] }).findings.find((x) => x.ruleId === ruleId);
      expect(f?.excerpt).toBe(excerpt);
    });
  }
  const lexicons = builtinPacks().map((p) => getCompiledPack(p).lexicon);
  const split = (w: string) => {
    let out = '';
    let last = 0;
    for (const k of segment(lexicons, w)) out += w.slice(last, (last = k)) + ' ';
    return out + w.slice(last);
  };
  it('a superlative known by its form stays one word; runs split at the words of the packs', () => {
    expect(split('najtanszy')).toBe('najtanszy');
    expect(split('najdokladniejszy')).toBe('najdokladniejszy');
    expect(split('poniedzialek')).toBe('poniedzialek');
    expect(split('najszerszywybor')).toBe('najszerszy wybor');
    expect(split('zwalczazapalenie')).toBe('zwalcza zapalenie');
    expect(split('биологическиактивнаядобавка')).toBe('биологически активная добавка');
  });
});

// Russian in Latin letters next to Cyrillic: the look-alike context is the sentence (a Cyrillic
// sentence is not flipped to Latin by the next one), "sch" after a prefix in -с is с + ч, double
// consonants are spelling, not stretching.
describe('Russian in Latin letters', () => {
  it('"sch" is щ, except after a prefix in -с or before -чик', () => {
    const t = 'pomosch\' esche ischeznut raschet podpischikov schuka';
    expect(transliterateRu(normalizeText(t, { diacritics: true })).text).toBe('помощь еще исчезнут расчет подписчиков щука');
  });
  it('a Cyrillic sentence keeps its script next to a sentence in Latin letters', () => {
    const text = 'Тонометр на плечо — 1 990 ₽. Pered primeneniem prokonsul\'tiruytes\' so spetsialistom.';
    const f = checker.check(text, { jurisdictions: ['RU'], context: { product: 'medical-device' } }).findings.find((x) => x.ruleId === 'ru/contraindication-warning');
    expect(f?.excerpt).toBe("Pered primeneniem prokonsul'tiruytes' so spetsialistom");
  });
  it('double consonants stay (only a doubled vowel is read as stretching)', () => {
    const text = 'Mnenie professora. Wasser und Anna. Ванна готова. naajlepsza';
    const shadow = readAsWords(normalizeText(text, { diacritics: true }), text, builtinPacks().map((p) => getCompiledPack(p).lexicon));
    expect(shadow.text).toBe('mnenie professora. wasser und anna. ванна готова. najlepsza');
  });
});

// Packs that read one text share a view when their vocabularies answer its questions alike
// (readShared, issue 11): each pack's view must be exactly the one it reads alone.
describe('a view shared among packs is the one each pack reads alone', () => {
  const lexicons = builtinPacks().map((p) => getCompiledPack(p).lexicon);
  const texts = [
    // Nothing to ask: every pack gets the same view.
    'Zapraszamy na konsultację w naszej klinice.',
    // Stretched vowels, a hashtag in one piece, digits for letters, a separator chain: the
    // vocabularies decide, and they differ (Polish "najlepsza", German "schmerzfrei").
    'naajlepsza #najlepszaklinika gw4rancja g.w.a.r.a.n.c.j.a',
    'Sooo schmeeerzfrei! #schmerzfreibehandlung 100% w1rksam',
    'Лууучшая клиника #лучшаяклиника гарант1я',
    'Wasser und Anna. terapii i historii. Ванна и терапии.',
    ...builtinPacks().flatMap((p) => p.rules.flatMap((r) => r.examples.invalid.map((e) => asObj(e).text))),
  ];
  it('for every invalid example and the cases above, in every order of the packs', () => {
    let shared = 0;
    for (const text of texts) {
      const folded = normalizeText(text, { diacritics: true });
      const alone = lexicons.map((l) => readAsWords(folded, text, [l]));
      for (const order of [[0, 1, 2], [2, 1, 0], [1, 0, 2]]) {
        const reads: Parameters<typeof readShared>[0] = [];
        for (const i of order) {
          const view = readShared(reads, folded, text, lexicons[i]!);
          expect(view.text).toBe(alone[i]!.text);
          expect([...view.starts]).toEqual([...alone[i]!.starts]);
          expect([...view.ends]).toEqual([...alone[i]!.ends]);
        }
        shared += 3 - reads.length;
      }
    }
    // Sharing happens (most texts ask nothing a pack answers differently).
    expect(shared).toBeGreaterThan(texts.length);
  });
  it('a vocabulary that answers one question differently gets its own view', () => {
    const text = 'naajlepsza klinika';
    const folded = normalizeText(text, { diacritics: true });
    const reads: Parameters<typeof readShared>[0] = [];
    const [pl, de] = lexicons;
    expect(readShared(reads, folded, text, de!).text).toBe('naajlepsza klinika');
    expect(readShared(reads, folded, text, pl!).text).toBe('najlepsza klinika');
    expect(reads).toHaveLength(2);
  });
});

// A checker refills one copy of the shadow for its readings (issue 11: three typed arrays per pack
// reading were most of what a steady check allocated outside the JS heap). A view made of that
// copy (digits read as letters) must never be refilled while it lives: not by the next text, not
// by a check started from a rule function half-way through a pack, not by another checker.
describe("a checker's scratch copy of the shadow is never a live view", () => {
  const lexicons = builtinPacks().map((p) => getCompiledPack(p).lexicon);
  // Long texts with digits for letters first (their views are made of the copy), then shorter
  // ones that fit in it, one longer than any copy kept, and emoji (surrogate units). The first
  // starts with invisible characters: its view's offsets are not the identity that most texts'
  // are, so a view refilled with another text's offsets shows in its findings' ranges.
  const texts = [
    '\u200b\u00ad\u200bNasza gw4rancja jest pełna, a skut3czna terapia trwa krótko. '.repeat(6),
    'Die b3ste Praxis heilt schm3rzfrei. '.repeat(5),
    'Лучшая клиника: гарант1я результата, л3чим без боли. '.repeat(4),
    'gw4rancja',
    'naajlepsza #najlepszaklinika g.w.a.r.a.n.c.j.a 🔥',
    'Naj🔥lepsza klinika, 100% w1rksam.',
    'Zapraszamy na konsultację. '.repeat(400) + 'gw4rancja efektu',
    'b3st3',
  ];
  it('views read with one scratch equal views read alone, after every later reading', () => {
    const scratch: Scratch = [];
    const kept: Array<[Shadow, Shadow]> = [];
    let spares = 0;
    for (const text of [...texts, ...texts]) {
      const folded = normalizeText(text, { diacritics: true });
      const reads: Parameters<typeof readShared>[0] = [];
      for (const lex of lexicons) {
        kept.push([readShared(reads, folded, text, lex, scratch), readAsWords(folded, text, [lex])]);
        expect(scratch.length).toBeLessThan(2);
        spares += scratch.length;
      }
    }
    expect(spares).toBeGreaterThan(4);
    for (const [view, alone] of kept) {
      expect(view.text).toBe(alone.text);
      expect([...view.starts]).toEqual([...alone.starts]);
      expect([...view.ends]).toEqual([...alone.ends]);
    }
  });
  it('a reading that throws half-way leaves the scratch fit for the next one', () => {
    const scratch: Scratch = [];
    const plain = 'Zapraszamy na konsultację w naszej klinice.';
    readAsWords(normalizeText(plain, { diacritics: true }), plain, lexicons, undefined, scratch);
    expect(scratch).toHaveLength(1);
    const text = texts[0]!;
    const broken = new Proxy({}, { get: () => { throw new Error('lexicon'); } }) as Lexicon;
    expect(() => readAsWords(normalizeText(text, { diacritics: true }), text, [broken], undefined, scratch)).toThrow('lexicon');
    expect(scratch).toHaveLength(0);
    for (const t of texts) {
      const f = normalizeText(t, { diacritics: true });
      const view = readAsWords(f, t, lexicons, undefined, scratch);
      const alone = readAsWords(f, t, lexicons);
      expect([view.text, [...view.starts], [...view.ends]]).toEqual([alone.text, [...alone.starts], [...alone.ends]]);
    }
  });

  // A rule function that checks other texts, with its own checker and another, between the
  // reading of its pack's view and the use of it.
  let during: (() => void) | undefined;
  const words = definePack({
    jurisdiction: 'XS',
    languages: ['pl'],
    name: 'Scratch',
    rules: [
      defineRule({
        id: 'xs/fn',
        category: 'misleading-property',
        severity: 'warning',
        legalBasis: [{ kind: 'statute', citation: 'art. 55 Pf', url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU2001001264' }],
        test: ({ find }) => {
          during?.();
          return find(['gwarancja', 'skuteczna']).map((range) => ({ range }));
        },
      }),
      defineRule({
        id: 'xs/words',
        category: 'misleading-property',
        severity: 'warning',
        legalBasis: [{ kind: 'statute', citation: 'art. 55 Pf', url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU2001001264' }],
        match: { patterns: ['gwarancja', 'skuteczna', 'beste', 'гарантия'] },
      }),
    ],
    messages: { en: { 'xs/fn': { message: 'Fn.' }, 'xs/words': { message: 'Words.' } } },
  });
  const make = () => createChecker({ packs: [...builtinPacks(), words] });
  const opts: CheckOptions = { jurisdictions: ['XS', 'PL', 'DE', 'RU'], asOf: '2025-06-01' };
  const found = (c: ReturnType<typeof make>, t: string) => c.check(t, opts).findings.map((f) => [f.ruleId, f.range]);
  const fresh = texts.map((t) => found(make(), t));
  it('the packs find what they find alone (the case this guards)', () => {
    expect(fresh[0]).toContainEqual(['xs/fn', { start: 9, end: 18 }]);
    expect(fresh[0]).toContainEqual(['xs/words', { start: 9, end: 18 }]);
  });
  it('two checkers interleaved, and checks started inside a check, find what fresh checkers find', () => {
    const [a, b] = [make(), make()];
    try {
      for (let i = 0; i < 2 * texts.length; i++) {
        const k = i % texts.length;
        // The nested checks run on the texts after this one: other lengths, other offsets.
        during = () => {
          during = undefined;
          for (const t of [...texts.slice(k + 1), ...texts.slice(0, k)]) {
            expect(found(a, t)).toEqual(fresh[texts.indexOf(t)]);
            expect(found(b, t)).toEqual(fresh[texts.indexOf(t)]);
          }
        };
        expect(found(i % 2 ? a : b, texts[k]!)).toEqual(fresh[k]);
        expect(found(i % 2 ? b : a, texts[(k + 3) % texts.length]!)).toEqual(fresh[(k + 3) % texts.length]);
      }
    } finally {
      during = undefined;
    }
  });
});

// The folding must keep each finding's range on the caller's characters (the test above checks
// excerpt = text at range for every perturbation; here the exact ranges of a few).
describe('evasion findings point at the original characters', () => {
  const cases: Array<[string, string, string]> = [
    ['PL', 'U nas g.w.a.r.a.n.c.j.a efektu!', 'g.w.a.r.a.n.c.j.a efektu'],
    ['PL', 'Naj🔥lepsza klinika w mieście.', 'Naj🔥lepsza klinika'],
    ['PL', 'To jest naj-\nlepsza klinika w mieście.', 'naj-\nlepsza klinika'],
    ['PL', 'Oto #NajlepszaKlinika w mieście.', 'NajlepszaKlinika'],
    ['DE', 'Die ВЕЅТЕ Klinik in Berlin.', 'ВЕЅТЕ Klinik'],
  ];
  for (const [j, text, excerpt] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(excerpt)}`, () => {
      const f = checker.check(text, { jurisdictions: [j] }).findings.find((x) => x.range);
      expect(f?.excerpt).toBe(excerpt);
      expect(text.slice(f!.range!.start, f!.range!.end)).toBe(excerpt);
    });
  }
});

// A pack's words say how its own view is read, never another pack's: with every registered
// pack's vocabulary, a Polish pack's `skór(ze|y|ę|a)` ("skore" once folded) made the RU pack read
// the stretched-looking "skoree" of «как можно скорее» in Latin letters as "skore", and the
// RU pack's findings changed with the packs registered beside it.
describe('each pack reads evasive spellings with its own vocabulary', () => {
  const skin = definePack({
    jurisdiction: 'XP',
    languages: ['pl'],
    name: 'Skin words',
    rules: [
      defineRule({
        id: 'xp/skin',
        category: 'misleading-property',
        severity: 'warning',
        legalBasis: [{ kind: 'statute', citation: 'art. 55 Pf', url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU2001001264' }],
        match: { patterns: ['skór(ze|y|ę|a)'] },
      }),
    ],
    messages: { en: { 'xp/skin': { message: 'Skin.' } } },
  });
  const ruAlone = createChecker({ packs: [ruPack] });
  const ruBeside = createChecker({ packs: [ruPack, skin] });
  const urgency = (c: typeof ruAlone, text: string) =>
    c.check(text, { jurisdictions: ['RU'], context: { product: 'medical-device' } }).findings.filter((f) => f.ruleId === 'ru/urgency').map((f) => f.excerpt);
  it('the RU pack finds «kak mozhno skoree» beside a pack that knows "skore"', () => {
    const text = 'Sovetuyu priobresti tonometr kak mozhno skoree, poka deystvuet tsena.';
    expect(urgency(ruAlone, text)).toEqual(['priobresti tonometr kak mozhno skoree']);
    expect(urgency(ruBeside, text)).toEqual(urgency(ruAlone, text));
  });
  it('near miss: advice to see a doctor soon is no urgency, alone or beside', () => {
    const text = 'Pri boli v grudi obratites k vrachu kak mozhno skoree.';
    expect(urgency(ruAlone, text)).toEqual([]);
    expect(urgency(ruBeside, text)).toEqual([]);
  });
  it('the other pack still reads its own stretched word', () => {
    const found = ruBeside.check('Gładka skóóóra bez zmarszczek.', { jurisdictions: ['XP'] }).findings.map((f) => f.excerpt);
    expect(found).toEqual(['skóóóra']);
  });
});
