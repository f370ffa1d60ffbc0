import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, NIL_GUIDANCE, UDL_ART14 } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/**
 * Valuations and superlatives ("najlepszy", "najnowocześniejszy sprzęt", "nr 1", "jedyny").
 * For clinics the NIL reads art. 14 UDL as banning them outright; for devices and drugs they are
 * claims that need substantiation (MDR art. 7), so the same vocabulary applies.
 */
export const superlative = defineRule({
  id: 'pl/superlative',
  category: 'superlative',
  severity: 'error',
  legalBasis: [UDL_ART14, NIL_GUIDANCE, MDR_ART7],
  applies: { products: ['medical-service', 'aesthetic-surgery', 'medical-device', 'drug', 'supplement'] },
  match: {
    patterns: [
      'najlepsz*',
      'najlepsi',
      'najskuteczniejs*',
      'najnowocześniejs*',
      'najtańs*',
      'najszybs*',
      'najbezpieczniejs*',
      'najdokładniejs*',
      'najsilniejs*',
      'najzdrowsz*',
      'najwyższ* (jakości|poziom*|standard*|klas*)',
      'najkrótsz* (termin*|czas*|kolejk*)',
      'najnowsz* ~1 (technolog*|sprzęt*|urządze*|aparat*|metod*|laser*|generacj*|rozwiąza*|techni*|materiał*)',
      '(najskuteczniej|najtaniej|najszybciej|najbezpieczniej|najdokładniej)',
      'najlepiej ~1 (wyposażon*|ocenian*|wykwalifikowan*|wyszkolon*|dobran*|sprzedając*)',
      'najbardziej (skuteczn*|zaawansowan*|nowoczesn*|doświadczon*|bezpieczn*|polecan*|precyzyjn*)',
      'najwięcej (zadowolon*|pacjent*|klient*|zabiegów)',
      'jedyn(y|a|e|ego|ej|emu|ym|ych|ą|i)',
      '(numer|nr|no.|no) (1|jeden)',
      'lider* (rynku|w|wśród|branży)',
      'wiodąc* (klinik*|gabinet*|ośrod*|producent*|mark*|centr*|specjali*|placówk*)',
      'bezkonkurencyjn*',
      'niezrównan*',
      'ultranowoczesn*',
      'światowej klasy',
      'klasy premium',
      'topow*',
      'perfekcyjn*',
      'rewolucyjn*',
      'przełomow*',
      'doskonał(y|a|e|ego|ej|ym|ych|ą|ymi)',
    ],
    allow: [
      'najlepsz* (życzenia|życzeń|pozdrowienia)',
      // A superlative quoted as a word ("przymiotniki takie jak „najlepszy”") is talked about, not used.
      '(„|"|«) (najlepsz*|najtańs*|najnowocześniejs*|najkrótsz*|najskuteczniejs*|najtaniej|najszybciej|najskuteczniej|jedyn*) (”|"|“|»)',
      'jak (najszybciej|najtaniej|najskuteczniej|najbezpieczniej|najdokładniej)',
      'jedyn(e|a|y|ą) (co|czego|czym)',
      'jedyn* (wymog*|wymóg|warunk*|warunek|ograniczeni*|przeciwwskazani*|minus*|dokument*|różnic*|zmian*|skutk*|objaw*)',
      'jedyn* ~3 (czynn*|otwart*|dyżurując*|dostępn*) ~3 (w|na) (gminie|powiecie|mieście|okolicy|weekend*|niedziel*|święt*)',
    ],
    unlessSentence: ['(według|wg|w) (rankingu|raportu|plebiscytu|zestawienia|badania)', 'ranking*', ...LEGAL_TEXT],
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const superlativeDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Najlepsza klinika stomatologiczna w mieście!', context: { product: 'medical-service' } },
      { text: 'Jesteśmy nr 1 w implantologii.', context: { product: 'medical-service' } },
      { text: 'To jedyny taki aparat słuchowy na rynku.', context: { product: 'medical-device' } },
      { text: 'Zabiegi wykonujemy na najnowocześniejszym sprzęcie w regionie – zapraszamy!', context: { product: 'medical-service' } },
      { text: 'Pracują u nas najlepsi ortodonci i najlepiej wyposażone gabinety w Poznaniu.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Najlepiej skonsultuj się z lekarzem przed zabiegiem.', context: { product: 'medical-service' } },
      { text: 'Najlepsze życzenia świąteczne od całego zespołu!', context: { product: 'medical-service' } },
      { text: 'Klinika zajęła 2. miejsce według rankingu Medicover 2023 – najlepsza w regionie.', context: { product: 'medical-service' } },
      { text: 'Po urazie zęba zadzwoń jak najszybciej – przyjmiemy Cię tego samego dnia.', context: { product: 'medical-service' } },
      { text: 'Najnowsze wytyczne PTK omawiamy w artykule na blogu.', context: { product: 'medical-service' } },
      { text: 'Nie jesteśmy najtańszym gabinetem w mieście i nie udajemy, że jest inaczej.', context: { product: 'medical-service' } },
    ],
  },
};
