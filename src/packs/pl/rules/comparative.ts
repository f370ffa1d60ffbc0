import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, pf, UDL_ART14, UZNK_16, UZNK_16_3 } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

const COMPARATIVES =
  '(lepsz*|lepsi|lepiej|skuteczniejs*|skuteczniej|szybsz*|szybciej|tańsz*|tańsi|taniej|bezpieczniejs*|bezpieczniej|dokładniejs*|dokładniej|trwalsz*|trwalej|mocniejs*|mocniej|nowocześniejs*|wydajniejs*|wydajniej|delikatniejs*|delikatniej|dłużej|precyzyjniej*)';

/** Comparisons with competitors or with other treatments. */
export const comparative = defineRule({
  id: 'pl/comparative',
  category: 'comparative',
  severity: 'error',
  legalBasis: [
    pf('art. 55 ust. 2 pkt 2', 'skutek jest lepszy lub taki sam, jak w przypadku innej metody leczenia albo leczenia innym produktem leczniczym'),
    UDL_ART14,
    UZNK_16_3,
    UZNK_16('pkt 2'),
    MDR_ART7,
  ],
  applies: { products: ['medical-service', 'aesthetic-surgery', 'medical-device', 'drug', 'supplement'] },
  match: {
    patterns: [
      `${COMPARATIVES} ~3 (niż|od)`,
      'w (porównaniu|odróżnieniu|przeciwieństwie) ~1 (z|do|od) ~2 (inn*|konkurenc*|tradycyjn*|klasyczn*|zwykł*|standardow*)',
      'konkurencj(a|i|ę|ą)',
      'konkurencyjn* (klinik*|gabinet*|produkt*|mark*|urządze*|preparat*|lek*|model*|firm*)',
      're:\\d+\\s?(x|razy)\\s(szybciej|skuteczniej|lepiej|mocniej|dluzej|taniej|wydajniej|dokladniej)',
      '(dwukrotnie|trzykrotnie|kilkukrotnie|wielokrotnie|razy) (szybciej|skuteczniej|lepiej|mocniej|dłużej|wydajniej|dokładniej|taniej)',
      'przewyższa(ją)?',
      'bije na głowę',
      'deklasuj*',
      'zamiast (drogich|tradycyjn*|bolesn*|inn*) ~2 (zabieg*|metod*|lek*|implant*|aparat*|urządze*)',
      // constructions: "unlike", "not like at …", "stands out from other clinics", "not every clinic has"
      'w (przeciwieństwie|odróżnieniu) (do|od)',
      'inaczej niż',
      'na tle (innych|konkurencji|pozostałych)',
      'wyróżnia(|ją) nas',
      'nie (każdy|każda|każde) (gabinet*|klinik*|lekarz*|specjalist*|ośrod*|placówk*|laboratori*|producent*) ~2 (posiada|ma|oferuje|może|zapewnia)',
      // "instead of surgery": a safer, gentler or cheaper alternative to another treatment
      '(bezpieczn*|lepsz*|skuteczniejs*|tańsz*|nowocześniejs*|łagodniejs*|mniej) ~2 alternatyw*',
      'zamiast (operacj*|skalpel*|chirurg*|liposukcj*|zastrzyk*|igieł)',
      'bez konieczności ~6 (chirurgiczn*|operacj*|skalpel*)',
      '(zapomnij|zapomnijcie) o ~4 (inn*|tradycyjn*|bolesn*|klasyczn*|metod*|goleni*|depilacj*|okular*|soczew*|skalpel*|operacj*)',
    ],
    allow: [
      '(niż|od) (zazwyczaj|przewidywano|planowano|wcześniej|kiedykolwiek|dotąd|poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli|jutra|dziś|dzisiaj|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)',
      're:(od|niz)\\s\\d',
      're:(od|niz)\\szwykle(?=\\s*([.,;:!?)–-]|$))',
    ],
    unlessSentence: LEGAL_TEXT,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const comparativeDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Nasz ciśnieniomierz mierzy dokładniej niż modele konkurencji.', context: { product: 'medical-device' } },
      { text: 'Leczenie w naszej klinice jest skuteczniejsze od tradycyjnych metod.', context: { product: 'medical-service' } },
      { text: 'Tabletki Bólstop działają dwa razy szybciej niż zwykły paracetamol.', context: { product: 'drug' } },
      { text: 'W przeciwieństwie do innych gabinetów u nas nie czekasz na wizytę.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Lepiej skonsultuj się z lekarzem, zanim zaczniesz ćwiczyć.', context: { product: 'medical-service' } },
      { text: 'Przyjdź nie później niż 15 minut przed zabiegiem.', context: { product: 'medical-service' } },
      { text: 'W piątki kończymy przyjęcia szybciej niż zwykle, bo o 15:00.', context: { product: 'medical-service' } },
      { text: 'Ciśnieniomierz mierzy z dokładnością ±3 mmHg (według instrukcji używania).', context: { product: 'medical-device' } },
    ],
  },
};
