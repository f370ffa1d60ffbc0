import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { REG_817_FROM, reg817 } from '../basis.js';
import { AD_SIGNALS } from '../lexicon.js';

/**
 * Who made the device and who runs the ad, each with its role. "Gwarancja producenta" or a brand
 * hashtag is not a manufacturer statement. The authorised representative is required only when
 * one was designated (non-EU makers), which the text cannot show, so it is not demanded.
 */
export const manufacturerInfo = defineRule({
  id: 'pl/manufacturer-info',
  category: 'missing-manufacturer-info',
  severity: 'error',
  legalBasis: [
    reg817('§ 3 ust. 1 pkt 1–2'),
    {
      kind: 'guidance',
      citation: 'Komunikat Prezesa URPL z 6.10.2025 w sprawie reklamy wyrobów medycznych (rola każdego podmiotu)',
      url: 'https://alertmedyczny.pl/urpl-przypomina-jak-zgodnie-z-prawem-reklamowac-wyroby-medyczne',
    },
  ],
  applies: { products: ['medical-device'], audiences: ['public'], from: REG_817_FROM, when: AD_SIGNALS },
  presence: {
    exact: false,
    parts: [
      {
        id: 'producent',
        any: ['re:(producent|wytworca)\\s*[:\\-–—]', 'producent wyrobu', 'producentem (jest|wyrobu)', 'wyprodukowan* przez', 'wytwórcą jest'],
      },
      {
        id: 'reklamodawca',
        any: ['reklamę prowadzi', 'reklamodawc(a|ą)', 'podmiot prowadzący reklamę', 'reklamę (emituje|rozpowszechnia|publikuje)', 'reklamujący:'],
      },
    ],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const manufacturerInfoDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Nowy glukometr GlukoPro – już w aptekach! To jest wyrób medyczny. Używaj go zgodnie z instrukcją używania lub etykietą.', context: { product: 'medical-device' } },
      {
        text: 'Test ciążowy Early-1 – kup w aptece. Reklamę prowadzi: Apteka Pod Lipą. To jest wyrób medyczny. Używaj go zgodnie z instrukcją używania lub etykietą.',
        context: { product: 'medical-device' },
      },
      { text: 'Ciśnieniomierz PulsoMed – gwarancja producenta 24 miesiące. Kup online!', context: { product: 'medical-device' } },
    ],
    valid: [
      {
        text: 'Ciśnieniomierz PulsoMed A2 – kup online. Producent: PulsoMed GmbH; upoważniony przedstawiciel: PulsoMed Polska sp. z o.o. Reklamę prowadzi: Apteka Pod Lipą.',
        context: { product: 'medical-device' },
      },
      { text: 'Reklamację wadliwego inhalatora złożysz bezpośrednio u producenta.', context: { product: 'medical-device' } },
      { text: 'Nowy glukometr GlukoPro – już w aptekach!', context: { product: 'medical-device' }, asOf: '2023-01-15' },
    ],
  },
};
