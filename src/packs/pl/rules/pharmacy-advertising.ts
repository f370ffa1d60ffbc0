import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { pf } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/** Promotions of a pharmacy or its activity (discounts, contests, loyalty deals). */
export const pharmacyAdvertising = defineRule({
  id: 'pl/pharmacy-advertising',
  category: 'price-promotion-lottery',
  severity: 'error',
  legalBasis: [pf('art. 94a ust. 1', 'Zabroniona jest reklama aptek i punktów aptecznych oraz ich działalności')],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      'aptek* ~4 (promocj*|rabat*|zniżk*|gratis*|taniej|okazj*|konkurs*|wyprzedaż*|kupon*|voucher*)',
      're:(promocj|rabat|znizk|gratis|konkurs|wyprzedaz|kupon|-\\s?\\d{1,2}\\s?%)\\p{L}*[^.!?\\n]{0,60}apte(c|k)\\p{L}*',
      're:aptek\\p{L}*[^.!?\\n]{0,40}-\\s?\\d{1,2}\\s?%',
      'program* lojalnościow* ~3 aptek*',
    ],
    unlessSentence: LEGAL_TEXT,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const pharmacyAdvertisingDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Apteka Pod Lipą: -20% na wszystkie witaminy tylko w ten weekend!', context: { product: 'drug' } },
      { text: 'Konkurs dla klientów – nagrody do odebrania w naszej aptece.', context: { product: 'drug' } },
      { text: 'Karta stałego klienta – rabaty w aptekach sieci Zdrowie+ na każde zakupy.' },
    ],
    valid: [
      { text: 'Apteka Pod Lipą czynna całą dobę, ul. Lipowa 5.', context: { product: 'drug' } },
      { text: 'Nowy glukometr GlukoPro – już w aptekach.', context: { product: 'medical-device' } },
      { text: 'Zabroniona jest reklama aptek i ich działalności (art. 94a Prawa farmaceutycznego).', context: { product: 'drug' } },
    ],
  },
};
