import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, caseLaw } from '../basis.js';

/** Contests, raffles and give-aways for medical products or treatments (§ 11 Abs. 1 S. 1 Nr. 13, § 7 HWG). */
export const lottery = defineRule({
  id: 'de/hwg-lottery',
  category: 'price-promotion-lottery',
  severity: 'error',
  legalBasis: [
    hwg('11', '§ 11 Abs. 1 Satz 1 Nr. 13', 'mit Preisausschreiben, Verlosungen oder anderen Verfahren, deren Ergebnis vom Zufall abhängig ist, sofern diese Maßnahmen oder Verfahren einer unzweckmäßigen oder übermäßigen Verwendung von Arzneimitteln Vorschub leisten'),
    hwg('7', '§ 7 Abs. 1'),
    caseLaw('KG, 22.05.2017, 5 W 94/17 (Schönheits-OP als Gewinnspielpreis)', 'https://www.gewinnspiel-wissen.de/kg-berlin-radio-gewinnspiel-mit-hauptpreis-schoenheits-op-wettbewerbswidrig/'),
  ],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      // Class: a contest for the best entry ("Wir suchen den originellsten Spruch"), a prize with its value
      // ("… im Wert von 3.000 € ab") — de-4, LG Hamburg 406 HKO 101/12.
      '(suchen|gesucht|kuren|pramieren) ~2 #superlative',
      '(gewinn*|sahne|abstauben|staube|abraumen|verlos*) ~6 im wert von #money',
      'im wert von #money ~3 (ab|gewinnen)',
      // Class: act and win — a purchase, prescription or entry sent in for a chance ("Jetzt Rezept einsenden und gewinnen!", BGH I ZR 214/18) — de-5.
      '(einsenden|einreichen|einlosen|mitmachen|teilnehmen|sammeln|bestellen|kaufen|abschicken|hochladen|teilen|liken) und gewinnen',
      'gewinnspiel*', 'verlos*', 'preisausschreiben', 'giveaway*', 'give away', 'zu gewinnen', 'gewinn(e|t|en) (eine|einen|ein|1)'],
    // "gewinnen" with trust, time or health as its object wins no prize ("das Vertrauen der Kinder zu
    // gewinnen", "Vitalität zurück zu gewinnen"); a purpose clause ("um … zu gewinnen") neither.
    allow: [
      '(vertrauen|zeit|abstand|lebensqualitat|vitalitat|kraft|energie|freiheit|selbstvertrauen|selbstbewusstsein|sicherheit|einblick*|ruckhalt|lebensfreude|beweglichkeit|mobilitat) ~6 zu gewinnen',
      'zuruck zu gewinnen',
      'um ~8 zu gewinnen',
    ],
    negation: { window: 2, after: 0 },
    unlessSentence: ['(zugunsten|spende*|benefiz*|tombola)', 'hwg'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const lotteryDocs: RuleDocs = {
  note: 'Nr. 13 does not extend to medical devices, but § 7 (Werbegaben) does; the KG applied § 7 to an operation as a prize.',
  examples: {
    invalid: [
      // Class of de-4: a contest for the best entry, a prize with its value.
      { text: 'Wir küren das schönste Lächeln des Sommers – dem Gewinner winkt ein Bleaching.', context: { product: 'medical-service' } },
      { text: 'Zu gewinnen gibt es eine Zahnreinigung im Wert von 120 €.', context: { product: 'medical-service' } },
      { text: 'Gesucht: die kreativste Story – gewinnen Sie ein Lippen-Treatment im Wert von 300 €!', context: { product: 'aesthetic-surgery' } },
      { text: 'GIVEAWAY: Wir verlosen eine Lippenunterspritzung! Einfach liken und drei Freundinnen markieren.', context: { product: 'aesthetic-surgery' } },
      { text: 'Gewinnspiel: Zu gewinnen gibt es 3 × ein Jahresvorrat Magnesium-Tabletten.', context: { product: 'drug' } },
      { text: 'Gewinne eine professionelle Zahnreinigung – Teilnahme bis Freitag!', context: { product: 'medical-service' } },
      // Class of de-5: act and win.
      { text: 'Kassenbon hochladen und gewinnen: Vitamin D3 im Aktionsregal.', context: { product: 'supplement' } },
    ],
    valid: [
      // Near misses that must stay clean (de-4 classes).
      { text: 'Unser Ziel ist es, das Vertrauen unserer Angstpatienten zu gewinnen.', context: { product: 'medical-service' } },
      { text: 'Bestellen Sie Ihr Rezept vor und gewinnen Sie Zeit in der Apotheke.', context: { product: 'drug' } },
      { text: 'Nach der Reha gilt es, Kraft und Beweglichkeit zurück zu gewinnen.', context: { product: 'medical-service' } },
      { text: 'Um Zeit zu gewinnen, füllen Sie den Anamnesebogen bitte vorab aus.', context: { product: 'medical-service' } },
      'Unsere Tombola beim Sommerfest ist zugunsten der Kinderkrebshilfe – Preise sind Bücher und Kinogutscheine.',
      'Die Verlosung der Preise findet nicht statt; stattdessen spenden wir an die Tafel.',
      { text: 'Kein Gewinnspiel, keine Rabatte: Wir beraten Sie sachlich.', context: { product: 'medical-service' } },
    ],
  },
};
