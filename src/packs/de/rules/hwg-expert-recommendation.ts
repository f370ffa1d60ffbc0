import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, caseLaw } from '../basis.js';
import { compose } from '../lexicon.js';

/** Recommendations by doctors, scientists or other health professionals (§ 11 Abs. 1 S. 1 Nr. 2 HWG). */
export const expertRecommendation = defineRule({
  id: 'de/hwg-expert-recommendation',
  category: 'medical-authority-imagery',
  severity: 'error',
  legalBasis: [
    hwg('11', '§ 11 Abs. 1 Satz 1 Nr. 2', 'mit Angaben oder Darstellungen, die sich auf eine Empfehlung von Wissenschaftlern, von im Gesundheitswesen tätigen Personen … beziehen'),
    caseLaw('OLG Köln, 01.04.2011, 6 U 214/10 („die moderne Medizin setzt auf …“)', 'https://mahnerfolg.de/urteile/index.php/unzulaessige-heilmittelwerbung'),
  ],
  // Nr. 2 is not among the items § 11 Abs. 1 S. 2 extends to medical devices.
  applies: { products: ['drug', 'medical-service', 'aesthetic-surgery', 'supplement', 'other'], audiences: ['public'] },
  match: {
    patterns: [
      '(arzte|arztinnen|dermatologen|dermatologinnen|hautarzte|zahnarzte|frauenarzte|kinderarzte|orthopaden|apotheker|apothekerinnen|experten|wissenschaftler|mediziner|hebammen|heilpraktiker) ~1 (empfehlen|empfohlen|raten|vertrauen|schworen)',
      '(arzte|arztinnen|dermatologen|hautarzte|zahnarzte|orthopaden|mediziner|experten|kliniken) setzen auf',
      '(von|vom|durch) ~2 (arzt|arzten|arztinnen|dermatologen|hautarzten|zahnarzten|apothekern|experten|wissenschaftlern|medizinern|hebammen) ~3 empfohlen',
      '(arztlich|dermatologisch|zahnarztlich|klinisch|apothekerlich) empfohlen*',
      'empfohlen von (dr|doktor|prof|arzt*|dermatolog*|experten)',
      'medizin setzt auf',
      // Class: a single health professional or scientist recommending a product.
      ...compose(
        ['arzt', 'arztin', 'zahnarzt', 'zahnarztin', 'dermatologe', 'dermatologin', 'hautarzt', 'hautarztin', 'apotheker', 'apothekerin', 'heilpraktiker', 'heilpraktikerin', 'hebamme', 'experte', 'expertin', 'wissenschaftler', 'wissenschaftlerin', 'professor', 'professorin', 'dr'],
        '~3 (empfiehlt|empfehle|rat|rate|schwort|schwore|vertraut|vertraue) ~5',
        ['produkt*', 'mittel', 'creme', 'serum', 'kapseln', 'tropfen', 'tabletten', 'spray', 'pflaster', 'tee', 'kur', 'nahrungserganzung*', 'praparat*', 'vitamin*', 'pflegeserie', 'serie', 'pflegelinie', 'pflegeprodukt*'],
      ),
      // Class: institutions or experts as witnesses of success.
      '(universitatsklinik*|kliniken|arzte|experten|wissenschaftler|fachleute|mediziner|fachkreise) ~6 (positive|positiven|uberzeug*|bestatig*|begeistert) ~1 (erfahrung*|ergebnis*)',
      'doc approved',
      'arztetipp*',
      // Plural nouns only: "100 % ärztlich geführt" describes the practice, it cites no doctors (de-6).
      're:(?:\\d+\\s?%|\\d+ von \\d+|neun von zehn)\\s+(?:der\\s+)?(?:(?:zahn|haut|frauen|kinder)?arzt(?:e|en|innen)|dermatolog(?:en|innen)|apotheker(?:n|innen)?)(?![\\p{L}\\p{N}])',
    ],
    negation: { window: 3, after: 2 },
    unlessSentence: ['leitlinie*', 'stiko', 'rki', 'hwg', '(empfehlen|raten) ~6 zu'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const expertRecommendationDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Unsere Hautärztin empfiehlt dieses Serum gegen trockene Haut.', context: { product: 'other' } },
      { text: 'Der Heilpraktiker rät zu unseren Vitamin-D-Tropfen im Winter.', context: { product: 'supplement' } },
      { text: 'Als Apothekerin vertraue ich auf dieses Mittel bei Halsweh.', context: { product: 'drug' } },
      // Class: institutions, experts or scientists as witnesses of success (issue 13).
      { text: 'Mehrere Universitätskliniken berichten über positive Erfahrungen mit unserem Eigenbluttherapie-Verfahren.', context: { product: 'medical-service' } },
      { text: 'Fachleute bestätigen die positiven Ergebnisse der Stoßwellentherapie.', context: { product: 'medical-service' } },
      { text: 'Wissenschaftler der Charité haben überzeugende Erfahrungen mit der Methode gemacht.', context: { product: 'medical-service' } },
      { text: 'Von Dermatologen empfohlen: unser Anti-Pickel-Gel mit 5 % Benzoylperoxid.', context: { product: 'drug' } },
      { text: '9 von 10 Zahnärzten empfehlen unsere Aufbissschiene-Therapie.', context: { product: 'medical-service' } },
      { text: 'Die moderne Medizin setzt auf Eigenbluttherapie.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Unsere Zahnärztin empfiehlt eine Kontrolle alle sechs Monate.', context: { product: 'medical-service' } },
      { text: 'Unsere Ärzte haben langjährige Erfahrung in der Implantologie.', context: { product: 'medical-service' } },
      { text: 'Kliniken in ganz Deutschland nutzen das Verfahren bereits.', context: { product: 'medical-service' } },
      { text: 'Von Dermatologen empfohlen: unser Lichtschutzpflaster.', context: { product: 'medical-device' } },
      { text: 'Die STIKO empfiehlt die Grippeimpfung ab 60 Jahren – Termine bei uns.', context: { product: 'medical-service' } },
      { text: 'Ärztlich geleitete Praxis, Behandlung unter ärztlicher Aufsicht.', context: { product: 'medical-service' } },
      // de-6: a practice led by doctors cites no doctors' recommendation.
      { text: 'Minimaler Eingriff, 100 % ärztlich geführt.', context: { product: 'aesthetic-surgery' } },
    ],
  },
};
