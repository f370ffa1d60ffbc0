import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, uwg } from '../basis.js';

/** Advertising aimed at children under 14 (§ 11 Abs. 1 S. 1 Nr. 12 HWG; also medical devices via S. 2). */
export const children = defineRule({
  id: 'de/hwg-children',
  category: 'minor-targeting',
  severity: 'error',
  legalBasis: [
    hwg('11', '§ 11 Abs. 1 Satz 1 Nr. 12', 'mit Werbemaßnahmen, die sich ausschließlich oder überwiegend an Kinder unter 14 Jahren richten'),
    uwg('3', 'Anhang zu § 3 Abs. 3 Nr. 28'),
  ],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      '(hey|hallo|hi|liebe) (kids|kinder)',
      '(kids|kinder) aufgepasst',
      'fur (kids|schulkinder)',
      '(sag|sagt|frag|fragt) (deinen|deine|euren|eure) (eltern|mama|papa)',
      '(mama|papa|eltern) ~3 (kaufen|besorgen|mitbringen) (lassen|soll|sollen)',
      'kinder unter 14',
      // Class: a prize or collecting game addressed to children ("Mit der Kids Card ein Fahrrad gewinnen",
      // "Für alle Kinder: sammeln und gewinnen") — LG Potsdam 2 O 73/17.
      '(kinder|kindern|kids|schuler*) ~6 (gewinn*|verlos*|sammeln|sammelt|mitmachen)',
      '(gewinn*|verlos*|sammeln|sammelt|mitmachen) ~6 (fur|an) ~1 (kinder|kindern|kids|schuler*)',
    ],
    negation: { window: 3, after: 0 },
    unlessSentence: ['impf*', 'vorsorge*', 'u untersuchung*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const childrenDocs: RuleDocs = {
  examples: {
    invalid: [
      // Class of de-4: a prize or collecting game addressed to children.
      { text: 'Alle Kids bis 12 sammeln Zahnputz-Sterne und gewinnen eine Überraschung!', context: { product: 'medical-service' } },
      { text: 'Für Kinder: Stempel sammeln und einen Roller gewinnen!', context: { product: 'drug' } },
      { text: 'Unter allen Kindern verlosen wir ein Kuscheltier.', context: { product: 'medical-service' } },
      'Hey Kids! Mit den Hustenbärchen wird Husten zum Kinderspiel – sag deinen Eltern Bescheid!',
      { text: 'Kinder aufgepasst: Die coolen Pflaster mit Dino-Motiven gibt es jetzt in der Apotheke!', context: { product: 'medical-device' } },
      'Liebe Kinder, fragt eure Mama nach den leckeren Vitamin-Gummis!',
    ],
    valid: [
      // Near misses that must stay clean (de-4 classes).
      { text: 'Kinder unter 6 Jahren bringen bitte ihr Vorsorgeheft mit.', context: { product: 'medical-service' } },
      { text: 'Zusammen mit Ihrem Kind zeigen wir Ihnen die richtige Putztechnik.', context: { product: 'medical-service' } },
      { text: 'Für Kinder haben wir ein eigenes Spielzimmer.', context: { product: 'medical-service' } },
      'Liebe Eltern, denken Sie an die U-Untersuchungen Ihrer Kinder.',
      'Wir impfen Kinder unter 14 Jahren nach STIKO-Empfehlung – Termine online.',
      'Hustensaft für Kinder ab 2 Jahren: Fragen Sie in Ihrer Apotheke nach der richtigen Dosierung.',
    ],
  },
};
