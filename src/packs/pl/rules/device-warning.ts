import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { REG_817_FROM, reg817 } from '../basis.js';
import { AD_SIGNALS } from '../lexicon.js';

const WARNING = 'To jest wyrób medyczny. Używaj go zgodnie z instrukcją używania lub etykietą.';
/** § 3 ust. 2: products without a medical purpose (Annex XVI MDR) and accessories. */
const WARNING_ANNEX_XVI = 'Dla bezpieczeństwa używaj zgodnie z instrukcją używania lub etykietą.';

/**
 * The mandatory warning of a public device ad, word for word. The 2019 bill and the 2022 drafts
 * still circulate on shop templates; they were never adopted and are reported as non-compliant.
 */
export const deviceWarning = defineRule({
  id: 'pl/device-warning',
  category: 'missing-required-disclosure',
  severity: 'error',
  legalBasis: [reg817('§ 3 ust. 1 pkt 3 i ust. 2 pkt 3')],
  applies: { products: ['medical-device'], audiences: ['public'], from: REG_817_FROM, when: AD_SIGNALS },
  presence: {
    parts: [{ id: 'warning', any: [WARNING, WARNING_ANNEX_XVI] }],
    outdated: [
      'Dla bezpieczeństwa używaj go zgodnie z instrukcją lub etykietą',
      'W przypadku wątpliwości skonsultuj się ze specjalistą',
      'gdyż ten wyrób medyczny może nie być odpowiedni dla Ciebie',
      'Przed użyciem zapoznaj się z treścią instrukcji używania i etykietą',
      'Używaj go zgodnie z instrukcją użytkowania lub etykietą',
      'Używaj go zgodnie z instrukcją obsługi',
      'To jest wyrób medyczny. Używaj go zgodnie z instrukcją.',
      'stosuj go zgodnie z ulotką',
      'To jest lek',
    ],
    insert: WARNING,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const deviceWarningDocs: RuleDocs = {
  note: 'The regulation is in force from 2023-05-13; ads started earlier could run unchanged until 2023-06-30. A linter cannot know when an ad started, so the rule applies from the in-force date. Upper case and line breaks are tolerated; missing Polish letters are not (the wording is fixed).',
  examples: {
    invalid: [
      { text: 'Nowy glukometr GlukoPro – wynik w 5 sekund. Już w aptekach!', context: { product: 'medical-device' } },
      {
        text: 'Ciśnieniomierz PulsoMed – kup w naszym sklepie. To jest wyrób medyczny. Dla bezpieczeństwa używaj go zgodnie z instrukcją lub etykietą. W przypadku wątpliwości skonsultuj się ze specjalistą.',
        context: { product: 'medical-device' },
      },
      { text: 'Inhalator NebuMini – kup online. Pamiętaj: to wyrób medyczny, stosuj go zgodnie z ulotką.', context: { product: 'medical-device' } },
    ],
    valid: [
      {
        text: 'Ciśnieniomierz PulsoMed A2 – kup w naszym sklepie. TO JEST WYRÓB MEDYCZNY. UŻYWAJ GO ZGODNIE Z INSTRUKCJĄ UŻYWANIA LUB ETYKIETĄ.',
        context: { product: 'medical-device' },
      },
      { text: 'Soczewki kolorowe ColorLook – kup online. Dla bezpieczeństwa używaj zgodnie z instrukcją używania lub etykietą.', context: { product: 'medical-device' } },
      { text: 'Nowy glukometr GlukoPro – już w aptekach!', context: { product: 'medical-device' }, asOf: '2023-03-01' },
      { text: 'Szkolenie dla lekarzy: kup bilet na warsztaty z obsługi nowego aparatu USG.', context: { product: 'medical-device', audience: 'professional' } },
    ],
  },
};
