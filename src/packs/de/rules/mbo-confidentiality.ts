import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { baek, mbo } from '../basis.js';
import { CONSENT } from '../lexicon.js';

/** Details that identify a patient: initials with age, town, date or diagnosis; review replies (§ 9 MBO-Ä). */
export const confidentiality = defineRule({
  id: 'de/mbo-confidentiality',
  category: 'patient-privacy',
  severity: 'error',
  legalBasis: [
    mbo('§ 9 Abs. 1', 'Ärztinnen und Ärzte haben über das, was ihnen in ihrer Eigenschaft als Ärztin oder Arzt anvertraut oder bekannt geworden ist – auch über den Tod der Patientin oder des Patienten hinaus – zu schweigen.'),
    { kind: 'statute', citation: '§ 203 Abs. 1 Nr. 1 StGB', url: 'https://www.gesetze-im-internet.de/stgb/__203.html' },
    baek('Regel 1 „Ärztliche Schweigepflicht beachten“'),
  ],
  match: {
    patterns: [
      're:(?:frau|herr|patientin|patient)\\s+\\p{L}{1,3}\\.?\\s*\\(\\s*\\d{1,3}\\s*\\)',
      // One class for the gap: "\s*,?\s*" would split a run of spaces in quadratically many ways.
      're:(?:frau|herr)\\s+\\p{L}\\.[\\s,]*\\d{1,3}\\s*(?:jahre|j\\.)',
      're:(?:patientin|patienten|patient|frau|herr)\\s+\\p{L}{2,}\\s+\\p{L}\\.',
      // In the pattern language (compounds via the leading "*", a date as a word starting with a digit):
      // linear by construction, where the raw regex needed a lookbehind to stay linear.
      '(ihre|ihr|ihrer|ihrem) *(behandlung*|eingriff*|operation*|op|termin*|untersuchung*|befund*|diagnose*) (am|vom) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*)',
      'heute im op ~3 (frau|herr|patientin|patient|unsere|meine)',
      '(meine|unsere) (patientin|patient) ~3 (aus|von) ~1 (heute|gestern|vorhin)',
      '(patientin|patient) (von|aus) (heute|gestern)',
      'sie waren ~3 (am|bei) ~6 (behandlung*|diagnose|befund*|therapie|op|eingriff|wurzel*|implant*)',
      'bei (ihrem|ihrer) (besuch|behandlung|termin) am',
      're:sie waren am\\s+\\d{1,2}\\.\\s?\\d{1,2}\\.?(?:\\s?\\d{2,4})?\\s+(?:bei uns|wegen|zur|zum|in unserer)',
      // Class: a patient identified by first name, age and town ("Anna (34) aus Köln", "Tom, 41, aus Bonn").
      're:(?<![\\p{L}\\p{N}])\\p{L}{2,15}(?:\\s*\\(\\s*\\d{1,2}\\s*\\)|,\\s*\\d{1,2}(?:\\s+jahre)?,?)\\s+aus\\s+\\p{L}{3,}',
      // Class: a public reply telling the patient what was found or done ("Ich habe Ihre Scheideninfektion
      // diagnostiziert") — DSB D550.747; § 9 MBO-Ä.
      '(ich|wir) (habe|haben) (ihre|ihren|ihr|deine|deinen|dein|seine|seinen) ~3 (diagnostiziert|festgestellt|behandelt|operiert|therapiert|entfernt)',
      'wie ~2 (wissen|besprochen) ~3 (ihre|ihr) (diagnose|befund*|behandlung)',
      '(rontgenbild*|mrt|ct|befund*|laborwert*) ~1 (meiner|meines|unserer|unseres) (patientin|patienten)',
    ],
    negation: { window: 2, after: 0 },
    unlessSentence: CONSENT,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const confidentialityDocs: RuleDocs = {
  note: 'Even the fact that someone is a patient is confidential (ÄK Nordrhein). A stated, documented consent is honoured but the finding cannot check it.',
  examples: {
    invalid: [
      // Class of de-4: a public reply telling the patient what was found or done.
      { text: 'Liebe Frau K., wir haben Ihren Bandscheibenvorfall damals erfolgreich operiert.', context: { product: 'medical-service' } },
      { text: 'Ich habe Ihre Depression diagnostiziert und Ihnen eine Therapie empfohlen.', context: { product: 'medical-service' } },
      { text: 'Hallo Tom, wir haben deine Zyste entfernt, das weißt du doch.', context: { product: 'medical-service' } },
      // Class: a patient identified by first name, age and town, or by the date and reason of a visit (issue 13).
      { text: 'Heute bei uns: Lena (27) aus Potsdam hat ihre Zahnspange bekommen!', context: { product: 'medical-service' } },
      { text: 'Danke an Jürgen, 58, aus Kiel für sein Vertrauen bei der Knie-OP.', context: { product: 'medical-service' } },
      { text: 'Sie waren am 3.4. zur Wurzelbehandlung bei uns – danke für Ihre Bewertung.', context: { product: 'medical-service' } },
      { text: 'Heute im OP: Frau K. (58) aus Wanne-Eickel, schon ihr drittes Melanom – drückt ihr die Daumen! 🙏', context: { product: 'medical-service' } },
      'Antwort der Praxis: Sie waren am 12.3. bei uns zur Wurzelbehandlung, die Diagnose war eindeutig.',
      'Spannender Fall: das Röntgenbild meiner Patientin mit Trümmerbruch nach dem Reitunfall gestern.',
    ],
    valid: [
      // Near misses that must stay clean (de-4 classes).
      { text: 'Wir haben Ihre Nachricht erhalten und melden uns morgen.', context: { product: 'medical-service' } },
      { text: 'Wir haben Ihre Bewertung gelesen; bitte rufen Sie uns für ein persönliches Gespräch an.', context: { product: 'medical-service' } },
      { text: 'Ich habe Ihre Anfrage an die Verwaltung weitergeleitet.', context: { product: 'medical-service' } },
      { text: 'Unsere Praxis in Potsdam ist seit 27 Jahren für Sie da.', context: { product: 'medical-service' } },
      { text: 'Kinder ab 6 Jahren aus allen Kitas der Stadt sind willkommen.', context: { product: 'medical-service' } },
      'Unsere Patientinnen und Patienten finden hier Infos zur Patientenverfügung.',
      'Mit schriftlicher Einwilligung von Frau K. (58) teilen wir ihren Heilungsverlauf.',
      'Vielen Dank für Ihre Bewertung. Zu einzelnen Behandlungen äußern wir uns wegen der Schweigepflicht nicht öffentlich.',
    ],
  },
};
