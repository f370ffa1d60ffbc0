import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { caseLaw, hwg } from '../basis.js';
import { LEGAL_EXPLANATION } from '../lexicon.js';

/**
 * Gifts, vouchers and bonus points offered with a medical product (§ 7 Abs. 1 HWG). Class of
 * phrasings: a gift word (Gutschein, Geschenk, Zugabe, gratis dazu, Bonuspunkte) offered with the
 * purchase or use of the advertised product. Doctors' fees are `de/goae-discount`'s, so the rule
 * stays off for services; supplements fall under the HWG only with disease claims, so off there too.
 */
export const gifts = defineRule({
  id: 'de/hwg-gifts',
  category: 'price-promotion-lottery',
  severity: 'error',
  legalBasis: [
    hwg('7', '§ 7 Abs. 1 Satz 1', 'Es ist unzulässig, Zuwendungen und sonstige Werbegaben (Waren oder Leistungen) anzubieten, anzukündigen oder zu gewähren …, es sei denn, dass …'),
    caseLaw('BGH, 17.07.2025, I ZR 43/24 (Payback-Punkte beim Hörgerätekauf)', 'https://hoerakustik.net/die-entscheidung-des-monats/entscheidung-des-monats-september-payback-punkte-werbegaben-und-co-der-bundesgerichtshof-entscheidet'),
  ],
  applies: { products: ['medical-device', 'drug', 'other'], audiences: ['public'] },
  match: {
    patterns: [
      '*gutschein',
      '*gutscheine',
      'gutschein*',
      '(gratis|kostenlos|umsonst|geschenkt) dazu',
      'dazu (gratis|kostenlos|geschenkt)',
      '(als|ein|eine|mit|unser*) (geschenk|dankeschon|willkommensgeschenk|pramie)',
      '*geschenk (zu|zum|beim|bei|fur) ~3 (kauf*|bestellung*|horgerat*|brille*|einkauf*)',
      'gratiszugabe*',
      'zugabe*',
      '(payback|bonus|treue)punkte',
      'payback',
      '(beim|bei|zum) (kauf|einkauf|bestellung) ~8 (gratis|kostenlos*|geschenkt|geschenk|gutschein*|dazu|obendrauf)',
      'zu (jedem|jeder|ihrem|ihrer|deinem|deiner) ~3 (gratis|geschenkt|obendrauf)',
    ],
    // A cash discount is allowed for products without fixed prices (§ 7 Abs. 1 S. 1 Nr. 2 lit. a).
    // A gift voucher the customer buys for someone else is a sale, not a gift.
    allow: ['gutschein* fur ~2 (buch*|kino*)', 'geschenkgutschein*'],
    negation: { window: 3, after: 0 },
    unlessSentence: [...LEGAL_EXPLANATION, 'geringwertig*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const giftsDocs: RuleDocs = {
  note: 'Exempt are low-value items („geringwertige Kleinigkeiten“: about 1 € by BGH I ZR 43/24, which the HansOLG 3 U 83/21 had set at 5 € for non-price-bound products), cash discounts and the same goods in quantity for products without fixed prices (Nr. 2), customary accessories and services (Nr. 3), information (Nr. 4): the value cannot be read from the text, so a review decides. Vouchers redeemable on a later purchase count as gifts.',
  examples: {
    invalid: [
      { text: 'Neue Hörgeräte bei HörWelt – und obendrauf ein 50-€-Einkaufsgutschein für Ihren nächsten Besuch!', context: { product: 'medical-device' } },
      { text: 'Zu jeder Gleitsichtbrille gibt es eine Sonnenbrille gratis dazu.', context: { product: 'medical-device' } },
      { text: 'Sammle beim Kauf deiner Kontaktlinsen Payback-Punkte und löse sie gegen Prämien ein.', context: { product: 'medical-device' } },
      { text: 'Beim Kauf von zwei Packungen Brausetabletten gibt es eine Kosmetiktasche geschenkt.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Hörgeräte-Batterien jetzt 10 % günstiger – nur im Dezember.', context: { product: 'medical-device' } },
      { text: 'Eine Zugabe können wir Ihnen nach dem Heilmittelwerbegesetz nicht anbieten, aber eine ausführliche Beratung.', context: { product: 'medical-device' } },
      { text: 'Geschenkgutscheine für unser Café können Sie an der Kasse kaufen.', context: { product: 'other' } },
      { text: 'Zu jeder Brille bekommen Sie ein Putztuch mit unserem Logo – eine geringwertige Kleinigkeit.', context: { product: 'medical-device' } },
    ],
  },
};
