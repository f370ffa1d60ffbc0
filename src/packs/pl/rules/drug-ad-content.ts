import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { pf } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/**
 * Three drug-ad content bans of art. 55 ust. 2 pkt 1 Pf that no other rule covers (audit 2026-11,
 * finding 9). Classes of phrasings:
 * - lit. b: even a healthy person improves ("nawet zdrowi", "także gdy nic Ci nie dolega");
 * - lit. d: the drug presented as a food, cosmetic or everyday consumer article;
 * - lit. e: efficacy or safety derived from natural origin ("naturalny, więc bezpieczny").
 * Wording checked on sip.lex.pl (art. 55, t.j. Dz.U. 2022 poz. 2301), 2026-11-30.
 */
export const drugAdContent = defineRule({
  id: 'pl/drug-ad-content',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [
    pf('art. 55 ust. 2 pkt 1 lit. b', 'nawet osoba zdrowa przyjmująca produkt leczniczy poprawi swój stan zdrowia'),
    pf('art. 55 ust. 2 pkt 1 lit. d', 'produkt leczniczy jest środkiem spożywczym, produktem kosmetycznym lub innym artykułem konsumpcyjnym'),
    pf('art. 55 ust. 2 pkt 1 lit. e', 'skuteczność lub bezpieczeństwo stosowania produktu leczniczego wynika z jego naturalnego pochodzenia'),
  ],
  applies: { products: ['drug'], audiences: ['public'] },
  match: {
    patterns: [
      // lit. b: the healthy user who still gains
      'nawet ~1 (zdrow*|zdrowi)',
      'nawet (gdy|jeśli|kiedy) nic ~1 (dolega|boli)',
      '(także|również|też) (dla|gdy|jeśli|kiedy) ~2 (zdrow*|zdrowi)',
      '(także|również|też) (gdy|jeśli|kiedy) nic ~1 (dolega|boli)',
      '(zdrow*|zdrowi) ~3 (poczuj*|poczują|czuć) ~2 lepiej',
      // prevention for someone not ill: "dostaje B., żeby nie zachorować"
      '(żeby|aby|by|żebyś|abyś) nie (zachorować|zachorował*|chorować|złapać|zarazić)',
      // lit. d: presented as food, cosmetic or an everyday article
      '(zwykł*|zwyczajn*|codzienn*) (produkt*|jedzeni*|żywnoś*|przekąsk*|cukierk*|kosmetyk*|witamin*|witaminka|witaminki|suplement*)',
      '(jak|niczym) (cukierek|cukierki|cukierka|witaminka|witaminki|żelka|żelki|sok|herbatka|deser)',
      '(smaczn*|pyszn*) (jak|niczym) ~1 (cukier*|deser*|żelk*|sok*|słodycz*)',
      // lit. e: natural origin as the reason for efficacy or safety
      '(naturaln*|roślinn*|ziołow*) ~3 (więc|zatem|dlatego|czyli) ~2 (bezpieczn*|skuteczn*|łagodn*|nieszkodliw*)',
      '(bo|ponieważ|gdyż) ~2 (naturaln*|roślinn*|ziołow*|natur*)',
      '(bezpieczn*|skuteczn*) ~3 (bo|ponieważ|gdyż|dzięki) ~2 (naturaln*|roślinn*|natur*|zioł*)',
      'moc(|ą) natury ~3 (bezpieczn*|skuteczn*)',
    ],
    unlessSentence: LEGAL_TEXT,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const drugAdContentDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Magnezol Forte – nawet zdrowi poczują przypływ energii po pierwszej tabletce.', context: { product: 'drug' } },
      { text: 'Syrop Tussin smakuje jak cukierek – dzieci proszą o dokładkę.', context: { product: 'drug' } },
      { text: 'Tabletki na sen Dormina są roślinne, więc całkowicie bezpieczne.', context: { product: 'drug' } },
      { text: 'Skuteczny, bo ziołowy – Gastrofit na niestrawność.', context: { product: 'drug' } },
      { text: 'Tabletki Ferrovit to codzienna witaminka, również gdy nic Ci nie dolega.', context: { product: 'drug' } },
      { text: 'Cała rodzina bierze pastylki Imunex, żeby nie zachorować tej zimy.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Gastrofit zawiera wyciąg z rumianku. Stosować zgodnie z ulotką; przed użyciem skonsultuj się z lekarzem.', context: { product: 'drug' } },
      { text: 'Lek roślinny stosowany tradycyjnie w niestrawności. To jest lek.', context: { product: 'drug' } },
      { text: 'Pamiętaj: naturalne pochodzenie nie oznacza, że lek jest bezpieczny dla każdego.', context: { product: 'drug' } },
    ],
  },
};
