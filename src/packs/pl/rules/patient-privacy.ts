import { defineRule } from '../../../core/define.js';
import { LazyProgram, newRxCache } from '../../../core/rx.js';
import type { RuleDocs } from '../../../core/types.js';
import type { RuleFunctionContext } from '../../../core/types.js';
import { guardedFind } from '../guard.js';
import { LEGAL_TEXT } from '../lexicon.js';

/** Statements that the patient agreed or that the data were anonymised: they cancel the finding. */
const CONSENT = [
  'za ~1 zgodą',
  'wyraził* ~1 zgodę',
  'zgod(a|ą|ę|y) ~2 (pacjent*|publikacj*|udostępnieni*|rodzic*|opiekun*)',
  'zanonimizowan*',
  'anonimizacj*',
  'wizerunek ~1 (zamaskowany|ukryty|zasłonięty)',
  'po usunięciu danych',
];

const IDENTIFIERS = [
  'kciuki ~2 (pani|panie|pana|panu|panią)',
  're:(?<![+\\d])\\d{11}(?!\\d)',
  're:(data urodzenia|ur\\.)\\W{0,3}\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}',
];

/** "pani Ewa z Nowego Sącza", "pacjentka Anna Kowalska", "pan Jan, 54 lata, z Radomia". */
const WHO = String.raw`(?:[Pp]an(?:i|a|u|ią|em)?|[Pp]acjent(?:ka|ki|ce|kę|ką|a|owi|em)?|[Nn]asz(?:a|ej|ego|ą)? pacjent\p{L}*)`;
const NOT_TITLE = String.raw`(?!(?:Doktor|Profesor|Magister|Dyrektor|Prezes|Redaktor)(?!\p{L}))`;
const SURNAME = String.raw`\s+\p{Lu}\p{Ll}+`;
const AGE = String.raw`,\s*(?:lat\s*\d{1,3}|\d{1,3}\s*(?:l\.|lat|lata))`;
const TOWN = String.raw`,?\s+(?:z|ze)\s+\p{Lu}\p{Ll}+`;
// Run on the engine's matcher, parsed on first use (issue 11, cold start): as `RegExp`s with
// `\p{Lu}`/`\p{Ll}` they cost ~5 ms to construct at import and ~5–8 ms more on the first run.
const rx = newRxCache();
const NAMED_PATIENT = new LazyProgram(String.raw`(?<![\p{L}\p{N}])${WHO}\s+${NOT_TITLE}\p{Lu}\p{Ll}+(?:${SURNAME}|(?:${AGE})?${TOWN})`, rx);
/** "Marta, 28 lat, z Gdyni", "Kasia (41) z Opola": first name, age and town identify a patient without "pani". */
const NAME_AGE_TOWN = new LazyProgram(String.raw`(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}(?:,\s*|\s*\()\d{1,2}(?:\s*(?:l\.|lat|lata))?\)?,?\s+(?:z|ze)\s+\p{Lu}\p{Ll}+`, rx);
const HEALTH = /pacjent|zabieg|lecze|metamorfoz|operac|diagnoz|wynik|chor|przed i po|rezonans|rtg|tomograf|usg|guz|nowotw|implant|ciąż|porod|poród|terapi|rehabilit/iu;

/**
 * Names, PESEL numbers and other identifying details of patients, or a patient's face, without
 * a stated consent. The doctor's own name and an anonymised case ("pacjentka, 45 lat") pass.
 */
export const patientPrivacy = defineRule({
  id: 'pl/patient-privacy',
  category: 'patient-privacy',
  severity: 'error',
  legalBasis: [
    {
      kind: 'statute',
      citation: 'art. 40 ust. 1 i ust. 2 pkt 4 ustawy z dnia 5 grudnia 1996 r. o zawodach lekarza i lekarza dentysty',
      url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19970280152',
    },
    {
      kind: 'statute',
      citation: 'art. 13 i art. 14 ust. 2 pkt 3 ustawy z dnia 6 listopada 2008 r. o prawach pacjenta i Rzeczniku Praw Pacjenta',
      url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20090520417',
    },
    {
      kind: 'regulation',
      citation: 'art. 9 ust. 1 rozporządzenia (UE) 2016/679 (RODO)',
      url: 'https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32016R0679',
    },
  ],
  applies: { audiences: ['public'] },
  test(ctx: RuleFunctionContext) {
    if (ctx.find(CONSENT).length > 0) return [];
    const ids = guardedFind(ctx, { patterns: IDENTIFIERS, unlessSentence: LEGAL_TEXT });
    const named = HEALTH.test(ctx.text)
      ? [...NAMED_PATIENT.all(ctx.text), ...NAME_AGE_TOWN.all(ctx.text)].map(([start, end]) => ({ range: { start, end } }))
      : [];
    const all = [...ids, ...named];
    if (all.length === 0 && ctx.hasAssetTag('patient-face')) return [{ range: null, variant: 'asset' }];
    return all;
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const patientPrivacyDocs: RuleDocs = {
  note: 'Art. 40 uzl (medical secrecy, released by the patient’s consent) is verified through secondary sources; the wording of art. 13–14 of the patient-rights act and the KEL 2025 numbering are UNVERIFIED. Asset tag patient-face raises a finding unless consent is stated.',
  examples: {
    invalid: [
      { text: 'Tak wyglądał rezonans naszej pacjentki (dane: Anna Wiśniewska, PESEL 85010112345) – guz miał wielkość śliwki.', context: { product: 'medical-service' } },
      { text: 'Zobacz metamorfozę pani Ewy z Nowego Sącza po zabiegu!', context: { product: 'aesthetic-surgery' } },
      { text: 'Trzymamy kciuki za pana Jana Kowalskiego, który wczoraj przeszedł operację biodra.', context: { product: 'medical-service' } },
      { text: 'Efekt leczenia ortodontycznego po 18 miesiącach.', context: { product: 'medical-service', assets: [{ kind: 'image', tags: ['patient-face'] }] } },
      { text: 'Marta, 28 lat, z Gdyni po trzech zabiegach laserem pozbyła się blizn potrądzikowych.', context: { product: 'aesthetic-surgery' } },
      { text: 'Kasia (41) z Opola – leczenie kanałowe zakończone w jeden dzień.', context: { product: 'medical-service' } },
      { text: 'Wyniki rezonansu: Tomek, 17 lat, ze Zgierza, zerwane więzadło krzyżowe.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Pacjentka, 45 lat, zgłosiła się z bólem kolana – opis przypadku bez danych osobowych.', context: { product: 'medical-service' } },
      { text: 'Przy rejestracji podaj numer PESEL i numer telefonu.', context: { product: 'medical-service' } },
      { text: 'Publikujemy zdjęcie pani Ewy z Nowego Sącza za jej pisemną zgodą.', context: { product: 'aesthetic-surgery' } },
      { text: 'Lek. Anna Nowak, specjalista dermatologii, przyjmuje we wtorki.', context: { product: 'medical-service' } },
      { text: 'Zespół przyjmuje pacjentów z Gdyni i okolic, rejestracja od 8:00.', context: { product: 'medical-service' } },
      { text: 'Dr Marta Lis, 28 lat doświadczenia w leczeniu kanałowym.', context: { product: 'medical-service' } },
      { text: 'Marta, 28 lat, z Gdyni wyraziła zgodę na publikację zdjęć po zabiegu.', context: { product: 'aesthetic-surgery' } },
    ],
  },
};
