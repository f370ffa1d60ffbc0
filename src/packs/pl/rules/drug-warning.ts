import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { DRUG_AD_SIGNALS } from '../lexicon.js';

const TAIL = 'W przypadku wątpliwości skonsultuj się z lekarzem lub farmaceutą.';
const WARNING_1 = `To jest lek. Dla bezpieczeństwa stosuj go zgodnie z ulotką dołączoną do opakowania. Nie przekraczaj maksymalnej dawki leku. ${TAIL}`;
const WARNING_2 = `To jest lek. Dla bezpieczeństwa stosuj go zgodnie z ulotką dołączoną do opakowania i tylko wtedy, gdy jest to konieczne. ${TAIL}`;
const WARNING_3 = `To jest lek. Dla bezpieczeństwa stosuj go zgodnie z ulotką dołączoną do opakowania. Zwróć uwagę na przeciwwskazania. ${TAIL}`;

/** One of the three rotating warnings of a public drug ad, word for word. */
export const drugWarning = defineRule({
  id: 'pl/drug-warning',
  category: 'missing-required-disclosure',
  severity: 'error',
  legalBasis: [
    {
      kind: 'regulation',
      citation:
        '§ 7 ust. 1 i 1a, § 8 ust. 1 rozporządzenia Ministra Zdrowia z dnia 21 listopada 2008 r. w sprawie reklamy produktów leczniczych, w brzmieniu rozporządzenia z dnia 7 lipca 2022 r. (Dz.U. 2022 poz. 1554)',
      url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20220001554',
    },
  ],
  applies: { products: ['drug'], audiences: ['public'], from: '2023-01-26', when: [...DRUG_AD_SIGNALS, '(numer|nr) (jeden|1)'] },
  presence: {
    parts: [{ id: 'warning', any: [WARNING_1, WARNING_2, WARNING_3] }],
    outdated: [
      'Przed użyciem zapoznaj się z treścią ulotki dołączonej do opakowania bądź skonsultuj się z lekarzem lub farmaceutą',
      'Przed użyciem zapoznaj się z ulotką, która zawiera wskazania, przeciwwskazania',
      'każdy lek niewłaściwie stosowany zagraża Twojemu życiu lub zdrowiu',
    ],
    insert: WARNING_1,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const drugWarningDocs: RuleDocs = {
  note: 'The amendment (Dz.U. 2022 poz. 1554) is in force from 2023-01-26; ads first disseminated earlier could run until 2024-01-26. The catalogue names only the audiovisual form (§ 7); secondary sources (kancelariadbs.pl, 2022–2023) report the same three warnings for audio and visual forms, which is how the rule reads it.',
  examples: {
    invalid: [
      { text: 'Tabletki Dolorin 200 mg na ból głowy – dostępne bez recepty w każdej aptece.', context: { product: 'drug' } },
      {
        text: 'Syrop Kaszlostop – zapytaj w aptece. Przed użyciem zapoznaj się z treścią ulotki dołączonej do opakowania bądź skonsultuj się z lekarzem lub farmaceutą, gdyż każdy lek niewłaściwie stosowany zagraża Twojemu życiu lub zdrowiu.',
        context: { product: 'drug' },
      },
      { text: 'Masz zgagę? Sięgnij po Refluxan. To jest lek. Stosuj go zgodnie z ulotką.', context: { product: 'drug' } },
    ],
    valid: [
      {
        text: 'Tabletki Dolorin 200 mg – dostępne bez recepty. To jest lek. Dla bezpieczeństwa stosuj go zgodnie z ulotką dołączoną do opakowania. Zwróć uwagę na przeciwwskazania. W przypadku wątpliwości skonsultuj się z lekarzem lub farmaceutą.',
        context: { product: 'drug' },
      },
      { text: 'Tabletki Dolorin – dostępne bez recepty w każdej aptece.', context: { product: 'drug' }, asOf: '2022-12-01' },
      { text: 'Materiał dla farmaceutów: Dolorin 200 mg, dostępny w aptekach od marca.', context: { product: 'drug', audience: 'professional' } },
    ],
  },
};
