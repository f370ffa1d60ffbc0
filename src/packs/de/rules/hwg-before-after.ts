import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, caseLaw } from '../basis.js';
import { AESTHETIC_PROCEDURES, LEGAL_EXPLANATION } from '../lexicon.js';

/**
 * Before–after comparisons for operative plastic-surgical procedures without medical necessity,
 * including filler injections (§ 11 Abs. 1 S. 3 Nr. 1 HWG). A per se ban (abstract endangerment).
 *
 * Courts read „operativ“ by risk, not by incision: reshaping with hyaluron injections is an
 * operative plastic-surgical procedure (BGH I ZR 170/24), so clinics that declare such posts as a
 * `medical-service` are covered too, as long as the post names an injectable or an operative
 * procedure (AESTHETIC_PROCEDURES). The exemption for medically necessary procedures counts where
 * the post states the necessity anywhere (OLG Koblenz via omsels: the ad itself must show it), not
 * only in the sentence with the comparison.
 */
export const beforeAfter = defineRule({
  id: 'de/hwg-before-after',
  category: 'before-after',
  severity: 'error',
  legalBasis: [
    hwg('11', '§ 11 Abs. 1 Satz 3 Nr. 1', 'für die in § 1 Absatz 1 Nummer 2 Buchstabe c genannten operativen plastisch-chirurgischen Eingriffe darf nicht mit der Wirkung einer solchen Behandlung durch vergleichende Darstellung des Körperzustandes oder des Aussehens vor und nach dem Eingriff geworben werden'),
    caseLaw('BGH, 31.07.2025, I ZR 170/24 (Hyaluron-Unterspritzung)', 'http://www.caselaw.de/document?di=c348e5e4-c431-4e90-8030-ff6ef4e60935'),
    caseLaw('OLG Koblenz, 23.04.2024, 9 U 1097/23 (Zeichnungen/Avatare)', 'https://bergmannpartner.com/news/vergleichende-werbung-fuer-lippenunterspritzung-unzulaessig'),
  ],
  applies: {
    products: ['aesthetic-surgery', 'medical-service'],
    audiences: ['public'],
    when: AESTHETIC_PROCEDURES,
    unless: ['medizinisch (notwendig*|indiziert*|erforderlich*)', 'medizinische (notwendigkeit|indikation)', 'krankenkasse* ~3 (ubernimmt|ubernommen|ubernahme|bezahlt|tragt)'],
  },
  assetTags: ['before-after'],
  match: {
    patterns: [
      'vorher nachher*',
      'vorhernachher*',
      'before ~1 after',
      'beforeafter',
      'beforeandafter',
      'vor und nach (der|dem) (op|operation|eingriff|unterspritzung|behandlung|korrektur)',
      'links vorher',
      'rechts nachher',
      'so sah (sie|er|ich) vorher aus',
      'swipe ~3 (ergebnis|nachher|resultat|vorher)',
      '(ergebnis|resultat) ~2 (direkt|sofort|unmittelbar) nach (der|dem)',
      // Class: two states of the body side by side in time or place.
      '(tag|woche|monat) ~1 (vs|versus) ~2 (tag|woche|monat)',
      '(links|rechts|oben|unten) ~3 (ausgangsbefund|ausgangssituation|ausgangszustand)',
      '(links|rechts|oben|unten) ~3 (monate|wochen|tage) nach',
      'seht selbst',
      'glow up',
      'glowup',
      // Class: the change shown as the patients' own ("Sehen Sie selbst die beeindruckenden
      // Transformationen unserer Patienten") — de-7.
      'sehen sie selbst ~5 (ergebnis*|transformation*|verwandlung*|veranderung*|resultat*)',
      '(transformation*|verwandlung*|veranderung*) ~3 (unserer|meiner|ihrer) (patient*|kund*)',
    ],
    allow: ['nachher pflege', 'nachsorge'],
    negation: { window: 3, after: 0 },
    unlessSentence: [
      ...LEGAL_EXPLANATION,
      '(bitte|verzichten|meiden|vermeiden|kuhlen)',
      '(kein|keine) (aspirin|alkohol|sport|sauna|sonne|blutverdunn*)',
      // a clinic saying it does not show such pictures
      '(zeigen|zeige|posten|veroffentlichen) (wir|ich) ~2 (nicht|keine)',
    ],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const beforeAfterDocs: RuleDocs = {
  note: 'Since BGH I ZR 170/24 the rule also runs for `medical-service` posts that name an injectable (Hyaluron, Filler, Botox) or an operative procedure. Non-invasive procedures (laser hair removal, HIFU, cryolipolysis) are not covered: for them only § 3 HWG / § 5 UWG, if misleading. Filler injections count as operative plastic-surgical procedures (BGH I ZR 170/24, OLG Köln 6 U 77/23); whether Botox does was only partly decided (UNVERIFIED). Exempt only where the ad shows a medical necessity. The image itself needs review (asset tag `before-after`).',
  examples: {
    invalid: [
      // Class: two states of the body side by side in time or place (issue 13).
      { text: 'Woche 1 versus Woche 6: So hat sich die Kinnlinie mit Hyaluron verändert.', context: { product: 'medical-service' } },
      { text: 'Oben der Ausgangszustand der Nase, unten das Profil zwei Monate später.', context: { product: 'aesthetic-surgery' } },
      { text: 'Seht selbst, was zwei Einheiten Botox an der Stirn bewirken! 📸', context: { product: 'medical-service' } },
      { text: 'Vorher ➡️ Nachher: Lippen mit 1 ml Hyaluron 💋 Swipe für das Ergebnis! #vorhernachher', context: { product: 'aesthetic-surgery' } },
      { text: 'Unsere Vorher-Nachher-Bilder zur Nasenkorrektur finden Sie in der Galerie.', context: { product: 'aesthetic-surgery' } },
      { text: 'Brustvergrößerung: links vorher, rechts nachher – 6 Wochen nach der OP.', context: { product: 'aesthetic-surgery' } },
      { text: 'Neue Ergebnisse unserer Lidstraffung!', context: { product: 'aesthetic-surgery', assets: [{ kind: 'image', tags: ['before-after'] }] } },
      { text: 'Kinnaufbau mit Hyaluronsäure: vorher / nachher bei unserer Patientin, 3 Wochen später.', context: { product: 'medical-service' } },
      { text: 'Zornesfalte weg! Vorher-Nachher nach einer Sitzung Botox in unserer Praxis.', context: { product: 'medical-service' } },
      { text: 'Liposuktion an Bauch und Hüfte – Vorher/Nachher unserer Patientin. Termine im Januar frei.', context: { product: 'medical-service' } },
      // Class of de-7: the change shown as the patients' own.
      { text: 'Sehen Sie selbst die Veränderung nach der Nasenkorrektur.', context: { product: 'aesthetic-surgery' } },
      { text: 'Die Verwandlung unserer Patientin nach der Lidstraffung.', context: { product: 'aesthetic-surgery' } },
      { text: 'Transformationen unserer Kundinnen: Brustvergrößerung, sechs Monate später.', context: { product: 'aesthetic-surgery' } },
      { text: 'Haartransplantation mit DHI – sehen Sie selbst die Resultate.', context: { product: 'aesthetic-surgery' } },
      { text: 'Sehen Sie selbst: Lippen mit Hyaluron, das Ergebnis nach zwei Wochen.', context: { product: 'aesthetic-surgery' } },
      { text: 'Eindrucksvolle Verwandlungen unserer Patienten nach der Fettabsaugung.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'Seht selbst, wie unser neues Wartezimmer aussieht!', context: { product: 'medical-service' } },
      { text: 'Für operative plastisch-chirurgische Eingriffe darf nach dem HWG nicht mit Bildern vor und nach der Operation geworben werden.', context: { product: 'aesthetic-surgery' } },
      { text: 'Vor und nach der Behandlung bitte kein Aspirin und keine Sauna.', context: { product: 'aesthetic-surgery' } },
      { text: 'Vorher-Nachher: So hat sich das Zahnfleisch nach der Parodontitistherapie erholt.', context: { product: 'medical-service' } },
      { text: 'Lipödem Stadium III: Die Liposuktion war medizinisch notwendig, die Krankenkasse hat sie übernommen. Vorher – nachher im Vergleich.', context: { product: 'medical-service' } },
      { text: 'Laser-Haarentfernung an den Beinen: vorher / nachher nach sechs Sitzungen.', context: { product: 'medical-service' } },
      { text: 'Vorher-Nachher unserer Filler-Patientinnen zeigen wir nicht – das verbietet das Gesetz. Gern beraten wir Sie persönlich.', context: { product: 'medical-service' } },
      // Near misses of the de-7 class: the practice's location, a building, how grafts are taken.
      { text: 'Nach der Fettabsaugung: sehen Sie selbst, wie ruhig unsere Klinik liegt.', context: { product: 'aesthetic-surgery' } },
      { text: 'Die Verwandlung des Altbaus in unsere Klinik für Lidstraffung dauerte zwei Jahre.', context: { product: 'aesthetic-surgery' } },
      { text: 'Bei der Haartransplantation werden Grafts aus dem Hinterkopf entnommen und eingesetzt.', context: { product: 'aesthetic-surgery' } },
      { text: 'Veränderungen Ihrer Haut nach der Operation besprechen wir bei der Kontrolle.', context: { product: 'aesthetic-surgery' } },
    ],
  },
};
