import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg } from '../basis.js';
import { DRUG_AD } from '../lexicon.js';

/** Pflichtangaben of a drug advertisement to the Fachkreise (§ 4 Abs. 1 HWG). */
export const pflichtangabenFachkreise = defineRule({
  id: 'de/hwg-pflichtangaben-fachkreise',
  category: 'missing-manufacturer-info',
  severity: 'error',
  legalBasis: [
    hwg('4', '§ 4 Abs. 1 Satz 1 Nr. 1, 3, 5 und 6', 'Jede Werbung für Arzneimittel … muss folgende Angaben enthalten: 1. den Namen oder die Firma und den Sitz des pharmazeutischen Unternehmers, … 3. die Zusammensetzung des Arzneimittels …, 5. die Gegenanzeigen, 6. die Nebenwirkungen'),
  ],
  applies: { products: ['drug'], audiences: ['professional'], when: DRUG_AD },
  presence: {
    exact: false,
    parts: [
      { id: 'pharmazeutischer Unternehmer', any: ['gmbh', 'ag', 'se', 'kg', 'kgaa', 'ltd', 'b v', 'pharmazeutischer unternehmer*', 'zulassungsinhaber*'] },
      { id: 'Zusammensetzung', any: ['zusammensetzung', 'wirkstoff*', 'enthalt*'] },
      { id: 'Gegenanzeigen', any: ['gegenanzeige*', 'kontraindikation*'] },
      { id: 'Nebenwirkungen', any: ['nebenwirkung*'] },
    ],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const pflichtangabenFachkreiseDocs: RuleDocs = {
  note: 'In advertising to the public Nr. 1, 3, 5 and 6 may be left out (§ 4 Abs. 3 S. 3), so the rule only runs for the Fachkreise. „Verschreibungspflichtig“ (Nr. 7a) is not checked: the text does not say whether the drug is Rx.',
  examples: {
    invalid: [
      { text: 'Für Fachkreise: Cardiolan® 5 mg – die neue Option in der Hypertonie-Therapie. Jetzt Muster anfordern!', context: { product: 'drug', audience: 'professional' } },
      {
        text: 'Fachinformation: Dermasol 0,1 % Creme. Wirkstoff: Mometasonfuroat. Nebenwirkungen: selten Brennen.',
        context: { product: 'drug', audience: 'professional' },
      },
      { text: 'Neu für Ihre Praxis: Gastrozol 20 mg Kapseln bei Refluxösophagitis.', context: { product: 'drug', audience: 'professional' } },
    ],
    valid: [
      {
        text: 'Cardiolan® 5 mg Tabletten. Zusammensetzung: 1 Tablette enthält 5 mg Amlodipin. Gegenanzeigen: Schock. Nebenwirkungen: Ödeme, Kopfschmerz. Verschreibungspflichtig. Pharmazeutischer Unternehmer: Musterpharma GmbH, Berlin.',
        context: { product: 'drug', audience: 'professional' },
      },
      { text: 'ImmunoPlus Lutschtabletten – jetzt in Ihrer Apotheke.', context: { product: 'drug', audience: 'public' } },
      { text: 'Für Fachkreise: Unser neues Wundpflaster mit Silberionen.', context: { product: 'medical-device', audience: 'professional' } },
    ],
  },
};
