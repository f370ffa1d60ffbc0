import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { uwm } from '../basis.js';
import { LEGAL_TEXT, PROMOTION, PROMOTION_ALLOW, PROMOTION_UNLESS } from '../lexicon.js';

/**
 * Discount codes, free samples, contests for devices and drugs. Samples are advertising
 * (art. 58 ust. 1 pkt 7 UWM) and must meet every ad rule; price cuts must show the lowest price
 * of the last 30 days (Omnibus). A review flag, not a ban.
 */
export const productPromotion = defineRule({
  id: 'pl/product-promotion',
  category: 'price-promotion-lottery',
  severity: 'warning',
  legalBasis: [
    uwm('art. 58 ust. 1 pkt 7', 'przekazywania próbek wyrobów w celu ich promocji'),
    {
      kind: 'statute',
      citation: 'art. 4 ust. 2 ustawy z dnia 9 maja 2014 r. o informowaniu o cenach towarów i usług (najniższa cena z 30 dni przed obniżką)',
      url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20140000915',
    },
  ],
  applies: { products: ['medical-device', 'drug', 'supplement'], audiences: ['public'] },
  match: {
    patterns: PROMOTION,
    allow: PROMOTION_ALLOW,
    unlessSentence: [...LEGAL_TEXT, ...PROMOTION_UNLESS],
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const productPromotionDocs: RuleDocs = {
  note: 'No statute bans discounts on devices; samples and contests make the message advertising (art. 58 ust. 1 pkt 7 UWM) and a price cut needs the Omnibus 30-day price. Hence warning.',
  examples: {
    invalid: [
      { text: 'Odbierz bezpłatną próbkę żelu nawilżającego IntimaGel!', context: { product: 'medical-device' } },
      { text: 'Z moim kodem ANIA15 kupicie irygator 15% taniej.', context: { product: 'medical-device' } },
      { text: 'Wygraj jeden z 10 ciśnieniomierzy w naszym konkursie!', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Ciśnieniomierz naramienny PulsoMed A2 – cena 249 zł.', context: { product: 'medical-device' } },
      { text: 'Bezpłatna infolinia producenta: 800 100 200.', context: { product: 'medical-device' } },
      { text: 'Wyrób refundowany przez NFZ – bezpłatny dla pacjentów z cukrzycą typu 1.', context: { product: 'medical-device' } },
    ],
  },
};
