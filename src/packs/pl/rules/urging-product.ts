import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { UPNPR_LIMITED_TIME } from '../basis.js';
import { CHILD_PUSH, LEGAL_TEXT, SWITCH_PERSUADE, URGENCY, URGENCY_ALLOW, URGENCY_UNLESS } from '../lexicon.js';

/**
 * Time pressure in ads for devices, drugs and supplements, and pushing children to get a purchase.
 * Persuasion as such is lawful in these ads (unlike clinic information, pl/urging); false scarcity
 * is an unfair practice. `warning`, `verified: false`: the point of the upnpr annex-style list was
 * not re-read in the primary text.
 */
export const urgingProduct = defineRule({
  id: 'pl/urging-product',
  category: 'urging',
  severity: 'warning',
  verified: false,
  legalBasis: [UPNPR_LIMITED_TIME],
  applies: { products: ['medical-device', 'drug', 'supplement', 'other'] },
  match: {
    patterns: [...URGENCY, ...CHILD_PUSH, ...SWITCH_PERSUADE],
    allow: URGENCY_ALLOW,
    unlessSentence: [...LEGAL_TEXT, ...URGENCY_UNLESS],
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const urgingProductDocs: RuleDocs = {
  note: 'UNVERIFIED: art. 7 pkt 7 upnpr (falsely stating that a product is available only for a very limited time) was cited from knowledge [K]; the scarcity claim is unlawful only when untrue, hence a review point.',
  examples: {
    invalid: [
      { text: 'Nie ryzykuj zdrowia swoich bliskich – zamów oczyszczacz już teraz.', context: { product: 'medical-device' } },
      { text: 'Masz zgagę? Sięgnij po tabletki Refluxan.', context: { product: 'drug' } },
      { text: 'Zostały ostatnie sztuki ciśnieniomierza w tej cenie – pospiesz się!', context: { product: 'medical-device' } },
      { text: 'Poproś tatę o plastry z dinozaurami – jest ich aż dwanaście wzorów!', context: { product: 'medical-device' } },
      // class: scarcity of the product itself
      { text: 'Soczewki próbne rozdajemy do wyczerpania produktów – zamów teraz.', context: { product: 'medical-device' } },
      // scarcity of the stock in other words (round 7: new sentences, no content word of a corpus row)
      { text: 'Tabletki na odporność w tej cenie mamy w ograniczonej ilości.', context: { product: 'supplement' } },
      { text: 'Pula rabatowych kuponów jest ograniczona.', context: { product: 'medical-device' } },
      { text: 'Zamawiaj inhalator, dopóki jest jeszcze dostępny w magazynie.', context: { product: 'medical-device' } },
      { text: 'Póki starczy zapasów, maść rozgrzewająca w niższej cenie.', context: { product: 'drug' } },
      { text: 'Zostało tylko 7 zestawów nakładek wybielających w tej cenie.', context: { product: 'medical-device' } },
      { text: 'Limitowana seria glukometrów z etui w sklepie producenta.', context: { product: 'medical-device' } },
      { text: 'Kto chce spróbować kolagenu w proszku, niech się pośpieszy.', context: { product: 'supplement' } },
    ],
    valid: [
      // near misses of scarcity: a shortage notice, a dose limit, a course of use, the law quoted
      { text: 'Z powodu niedoborów w hurtowniach lek wydajemy w ograniczonej ilości.', context: { product: 'drug' } },
      { text: 'Ilość płynu w strzykawce jest ograniczona do 2 ml.', context: { product: 'medical-device' } },
      { text: 'Dopóki objawy nie ustąpią, stosuj maść dwa razy dziennie.', context: { product: 'drug' } },
      { text: 'Art. 7 pkt 7 upnpr: zakazane jest fałszywe twierdzenie, że produkt jest dostępny w ograniczonej ilości.', context: { product: 'supplement' } },
      { text: 'Nie spiesz się z wyborem aparatu słuchowego – test trwa 14 dni.', context: { product: 'medical-device' } },
      { text: 'Ciśnieniomierz dostępny w aptekach i sklepach medycznych.', context: { product: 'medical-device' } },
      { text: 'Przy bólu w klatce piersiowej nie czekaj – dzwoń pod 112.', context: { product: 'drug' } },
      { text: 'Zamów online, odbierz w aptece – wysyłka w 24 godziny.', context: { product: 'medical-device' } },
      // near miss: stock information without a deadline
      { text: 'Produkt chwilowo niedostępny – powiadomimy Cię, gdy wróci do sprzedaży.', context: { product: 'medical-device' } },
    ],
  },
};
