import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { UWM_FROM, uwm } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/** Claims that a device needs no servicing, calibration, inspection or updates. */
export const maintenanceClaim = defineRule({
  id: 'pl/maintenance-claim',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [
    uwm(
      'art. 55 ust. 3',
      'nie może wprowadzać w błąd co do zasad i warunków konserwacji, okresowej lub doraźnej obsługi serwisowej, aktualizacji oprogramowania, okresowych lub doraźnych przeglądów, regulacji, kalibracji, wzorcowań, sprawdzeń lub kontroli bezpieczeństwa',
    ),
  ],
  applies: { products: ['medical-device'], from: UWM_FROM },
  match: {
    patterns: [
      'nie (wymaga|wymagają) ~3 (przegląd*|serwis*|kalibracj*|konserwacj*|aktualizacj*|kontrol*|wymian*)',
      'bezobsługow*',
      'bez (przeglądów|serwisu|serwisowania|kalibracji|konserwacji|aktualizacji)',
      'nigdy nie ~2 (kalibr*|serwis*|konserw*)',
      'dożywotni* ~1 (bez|żadnego) ~1 (serwis*|przegląd*|kalibracj*)',
    ],
    unlessSentence: LEGAL_TEXT,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const maintenanceClaimDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Koncentrator tlenu nie wymaga żadnych przeglądów ani kalibracji przez cały okres użytkowania.', context: { product: 'medical-device' } },
      { text: 'Całkowicie bezobsługowy glukometr – zapomnij o serwisie.', context: { product: 'medical-device' } },
      { text: 'Ciśnieniomierz działa latami bez kalibracji.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Koncentrator wymaga przeglądu co 12 miesięcy – serwis odbierze urządzenie z domu.', context: { product: 'medical-device' } },
      { text: 'Kalibrację ciśnieniomierza zalecamy co 2 lata, zgodnie z instrukcją używania.', context: { product: 'medical-device' } },
      { text: 'Przegląd techniczny wykonuje autoryzowany serwis producenta.', context: { product: 'medical-device' } },
    ],
  },
};
