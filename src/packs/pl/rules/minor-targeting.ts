import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { UWM_FROM, uwm } from '../basis.js';
import { LEGAL_TEXT, MINOR_APPEAL } from '../lexicon.js';

/** Direct appeals to children, or asking children to make their parents buy. */
export const minorTargeting = defineRule({
  id: 'pl/minor-targeting',
  category: 'minor-targeting',
  severity: 'error',
  legalBasis: [
    uwm(
      'art. 55 ust. 2 pkt 2',
      'zawierać bezpośredniego wezwania dzieci do nabycia reklamowanych wyrobów lub do nakłonienia rodziców lub innych osób dorosłych do kupienia im reklamowanych wyrobów',
    ),
  ],
  applies: { products: ['medical-device', 'medical-service', 'aesthetic-surgery'], audiences: ['public'], from: UWM_FROM },
  match: {
    patterns: MINOR_APPEAL,
    unlessSentence: LEGAL_TEXT,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const minorTargetingDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Hej dzieci! Plasterki z dinozaurami już w aptekach – poproś mamę, żeby kupiła!', context: { product: 'medical-device' } },
      { text: 'Dzieciaki, zbierzcie całą kolekcję plastrów z bohaterami bajek!', context: { product: 'medical-device' } },
      { text: 'Powiedz rodzicom, że chcesz aparat na zęby w kolorze tęczy!', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Plastry dla dzieci z hipoalergicznym klejem – do zaopatrywania drobnych ran.', context: { product: 'medical-device' } },
      { text: 'Rodzicu, przed użyciem inhalatora u dziecka przeczytaj instrukcję używania.', context: { product: 'medical-device' } },
      { text: 'Przyjmujemy małych pacjentów od 3. roku życia, wizytę umawia rodzic.', context: { product: 'medical-service' } },
    ],
  },
};
