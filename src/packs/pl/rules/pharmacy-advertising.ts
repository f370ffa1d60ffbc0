import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { pf } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/** Pharmacies (ust. 1) and the non-pharmacy outlets of ust. 1a that sell drugs or devices. */
const OUTLETS = ['(aptek*|aptecz*|drogeri*)', 'sklep* (zielarsk*|zielarsko|medyczn*)'];
const PROMO = '(promocj*|rabat*|zniżk*|gratis*|taniej|okazj*|konkurs*|wyprzedaż*|kupon*|voucher*)';

/**
 * Promotions of a pharmacy or its activity (discounts, contests, loyalty deals), and since ust. 1a
 * of non-pharmacy outlets (drugstores, herbal and medical shops) for the drugs and devices they
 * sell. A `warning`, not an `error`: the CJEU held the absolute ban contrary to EU law (C-200/24,
 * 19.06.2025), inspectors stopped imposing fines and the amendment (UD291) is still a draft; see
 * the note. An influencer naming where she bought a cream ("krem z apteki, kod ANIA10") advertises
 * the cream, not the pharmacy: a sentence with a personal code is left to pl/undisclosed-advertising.
 */
export const pharmacyAdvertising = defineRule({
  id: 'pl/pharmacy-advertising',
  category: 'price-promotion-lottery',
  severity: 'warning',
  legalBasis: [
    pf('art. 94a ust. 1', 'Zabroniona jest reklama aptek i punktów aptecznych oraz ich działalności'),
    pf('art. 94a ust. 1a'),
    {
      kind: 'case-law',
      citation: 'wyrok TSUE z dnia 19 czerwca 2025 r., C-200/24 (Komisja przeciwko Polsce – reklama aptek)',
      url: 'https://www.rp.pl/opinie-prawne/art43839311-reklama-aptek-wykonanie-wyroku-tsue-czy-zakaz-2-0',
    },
  ],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      ...OUTLETS.map((o) => `${o} ~4 ${PROMO}`),
      're:(promocj|rabat|znizk|gratis|konkurs|wyprzedaz|kupon|-\\s?\\d{1,2}\\s?%)\\p{L}*[^.!?\\n]{0,60}(apte(c|k)|drogeri|punkt\\p{L}*\\saptecz|sklep\\p{L}*\\szielars)\\p{L}*',
      're:(aptek|drogeri|sklep\\p{L}*\\szielars)\\p{L}*[^.!?\\n]{0,80}(-\\s?\\d{1,2}\\s?%|promocj|rabat|znizk|wyprzedaz|\\d\\sw\\scenie\\s\\d)',
      'program* lojalnościow* ~3 (aptek*|aptecz*)',
      // price lures for drugs: "tanie leki", "najniższe ceny leków"
      '(tanie|tanich|tańsze|tańszych) (leki|leków)',
      '(najniższ*|najkorzystniejsz*) cen* ~4 (lek*|aptek*)',
    ],
    unlessSentence: [...LEGAL_TEXT, 'kod*', 'kodem'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const pharmacyAdvertisingDocs: RuleDocs = {
  note: 'Art. 94a ust. 1 Pf is still in the statute book, but the CJEU (C-200/24, 19.06.2025) held the absolute ban contrary to EU law; the Commission sent a formal notice (01.2026), courts reopen fines and inspectors have stopped imposing new ones. The amendment replacing it with a catalogue of content bans (UD291, 11.12.2025) was still a draft in the last sources found (02.2026). Reported as a warning until the amendment is enacted; re-grade then.',
  examples: {
    invalid: [
      { text: 'Apteka Pod Lipą: -20% na wszystkie witaminy tylko w ten weekend!', context: { product: 'drug' } },
      { text: 'Konkurs dla klientów – nagrody do odebrania w naszej aptece.', context: { product: 'drug' } },
      { text: 'Karta stałego klienta – rabaty w aptekach sieci Zdrowie+ na każde zakupy.' },
      { text: 'Drogeria Natura: tabletki przeciwbólowe i testy ciążowe 2 w cenie 1, promocja do niedzieli!', context: { product: 'drug' } },
      { text: 'Sklep zielarsko-medyczny Rumianek – wyprzedaż syropów na kaszel i ciśnieniomierzy.', context: { product: 'drug' } },
      { text: 'Wielki konkurs z nagrodami w punkcie aptecznym w Lipnicy – wystarczy paragon.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Apteka Pod Lipą czynna całą dobę, ul. Lipowa 5.', context: { product: 'drug' } },
      { text: 'Nowy glukometr GlukoPro – już w aptekach.', context: { product: 'medical-device' } },
      { text: 'Zabroniona jest reklama aptek i ich działalności (art. 94a Prawa farmaceutycznego).', context: { product: 'drug' } },
      { text: 'Mój ulubiony krem z apteki, z kodem OLA10 masz -10% w sklepie marki.', context: { product: 'other' } },
      { text: 'Drogeria przy rynku zaprasza od 8:00 do 20:00, w soboty do 15:00.', context: { product: 'drug' } },
    ],
  },
};
