import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { caseLaw, mbo } from '../basis.js';

/** Free consultations or trial treatments as a lure (§ 27 Abs. 3 MBO-Ä, VG Münster 5 K 3488/21). */
export const freeConsultation = defineRule({
  id: 'de/mbo-free-consultation',
  category: 'price-promotion-lottery',
  severity: 'warning',
  legalBasis: [
    caseLaw('VG Münster, 03.03.2022, 5 K 3488/21 (kostenlose Beratung als berufswidrige Werbung)', 'https://christmann-law.de/neuigkeiten-mainmenu-66/1258-werbung-fuer-bestimmten-behandlungserfolg-ist-verboten-vg-muenster-03-03-2022.html'),
    mbo('§ 27 Abs. 3 Satz 2'),
  ],
  applies: { products: ['medical-service', 'aesthetic-surgery'] },
  match: {
    patterns: [
      '(kostenlos*|gratis) ~1 (beratung*|erstberatung*|beratungsgesprach*|erstgesprach*|vorgesprach*|probebehandlung*|hautanalyse*|zahnreinigung*|check*|analyse*)',
      // Class: a free examination, a medical service given away (§ 7 HWG) — de-5.
      '(kostenlos*|gratis) ~1 (untersuchung*|erstuntersuchung*|voruntersuchung*|eingangsuntersuchung*)',
      '(beratung*|erstberatung*|erstgesprach*|probebehandlung*) ~3 (gratis|kostenlos|umsonst|geschenkt)',
    ],
    negation: { window: 2, after: 0 },
    unlessSentence: ['krankenkasse*', 'kassenleistung*', 'gesetzlich*', 'kassenpatient*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const freeConsultationDocs: RuleDocs = {
  note: 'Decided by one administrative court on the Berufsordnung of Westfalen-Lippe; treated as guidance-strength.',
  examples: {
    invalid: [
      // Class of de-5: a free examination.
      { text: 'Gratis Voruntersuchung für alle Implantat-Interessenten im März.', context: { product: 'medical-service' } },
      { text: 'Jetzt kostenlose Erstberatung für Ihre Lidstraffung vereinbaren!', context: { product: 'aesthetic-surgery' } },
      { text: 'Gratis Hautanalyse zu jeder Behandlung im Mai.', context: { product: 'medical-service' } },
      { text: 'Ihr Beratungsgespräch ist bei uns kostenlos – rufen Sie an.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'Die Untersuchung ist für Kassenpatienten kostenlos, die Kasse übernimmt sie.', context: { product: 'medical-service' } },
      { text: 'Kostenlose Parkplätze finden Sie direkt vor der Praxis.', context: { product: 'medical-service' } },
      { text: 'Die Beratung zur Darmkrebsvorsorge ist eine Leistung der gesetzlichen Krankenkasse.', context: { product: 'medical-service' } },
      { text: 'Die Kosten des Beratungsgesprächs richten sich nach der GOÄ.', context: { product: 'aesthetic-surgery' } },
    ],
  },
};
