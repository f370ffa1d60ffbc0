import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, pf, UDL_ART14, UZNK_16 } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/**
 * Promises of a certain, permanent, immediate, safe or painless result. A device warranty
 * ("gwarancja producenta 24 miesiące") and the NFZ term "świadczenia gwarantowane" are not.
 */
export const guarantee = defineRule({
  id: 'pl/guarantee',
  category: 'guarantee',
  severity: 'error',
  legalBasis: [
    pf('art. 55 ust. 2 pkt 2', 'zapewniają, że przyjmowanie produktu leczniczego gwarantuje właściwy skutek, nie towarzyszą mu żadne działania niepożądane'),
    MDR_ART7,
    UDL_ART14,
    UZNK_16('pkt 2'),
  ],
  match: {
    patterns: [
      'gwarantuj(ę|e|emy|esz|ą|ecie)',
      'gwarantowan(y|a|e|ego|ej|ym|ą)',
      'zagwarantuj*',
      'zagwarantowa*',
      'gwarancj* ~2 (efekt*|rezultat*|skuteczn*|wyleczeni*|sukces*|satysfakcj*|powodzeni*|poprawy|ulgi|zadowoleni*)',
      '(100|sto) (%|procent) ~1 (skuteczn*|pewnoś*|gwarancj*|bezpieczn*|efekt*)',
      'w 100 (%|procentach)',
      'na pewno (pomoż*|zadział*|działa|wylecz*|usun*|zniknie|znikną|poczujesz|schudniesz|odzyskasz)',
      'pewn(y|ego|ym) (efekt*|rezultat*|skutek*)',
      'pewność (efekt*|rezultat*|skutk*)',
      'zawsze działa',
      'na zawsze',
      'trwale (usuwa*|likwiduj*|leczy|pozbyw*|pozbędziesz|odbudowuj*)',
      'trwał(y|ego|ym) (efekt*|rezultat*)',
      'w pełni (chroni*|bezpieczn*|skuteczn*|bezbolesn*)',
      'całkowicie (usuwa*|bezpieczn*|bezbolesn*|likwiduj*)',
      'natychmiastow* (efekt*|ulg*|rezultat*|poprawa|działani*|odmłodzeni*)',
      'efekt* ~2 natychmiast*',
      'efekt* ~2 od razu',
      'od razu (widoczn*|efekt*|ulg*)',
      'już po (pierwsz*|jedn*|1) (zabieg*|wizyc*|sesj*|użyci*|aplikacj*|dawce|tabletce|dniu|tygodniu)',
      '(zniknie|znikną|zniknął|zniknęła|znika|znikają) ~2 (bez|w|po)',
      'pozbędziesz się',
      're:(efekt|rezultat|popraw|ulg)\\p{L}*[^.!?\\n]{0,25}\\spo\\s\\d+\\s(dni|dniach|tygodni\\p{L}*|miesiac\\p{L}*|zabieg\\p{L}*|sesj\\p{L}*|aplikacj\\p{L}*)',
      're:po\\s\\d+\\s(dniach|tygodniach|zabiegach|sesjach|aplikacjach)[^.!?\\n]{0,40}(efekt|rezultat|zniknie|znikna|znika|popraw)\\p{L}*',
      're:juz\\spo\\s(\\d+|jednym|dwoch|trzech|kilku)\\s(dni|dniach|tygodni|tygodniach|zabiegach|sesjach|minutach|godzinach|miesiacu|miesiacach)',
      'bez (ryzyka|bólu|rekonwalescencji|blizn|powikłań)',
      'bez (skutków|efektów) ubocznych',
      'bez działań niepożądanych',
      'bez żadnych (skutków|działań|ryzyk*|powikłań)',
      'bezbolesn(y|a|e|ie|ego|ej|ym|ą)',
      'zwrot (pieniędzy|kosztów)',
      'oddamy ~1 pieniądze',
      're:(schudn|zrzuc|strac)\\p{L}*[^.!?\\n]{0,25}\\d+\\s?kg',
      're:\\d+\\s?kg\\s(w|przez)\\s(\\d+\\s)?(tydzien|tygodni\\p{L}*|miesiac\\p{L}*|dni|dzien)',
    ],
    allow: [
      'gwarancj* (producent*|sprzedawc*|na)',
      'gwarancj* ~2 (miesi*|lat|rok*|miesięcy)',
      'okres* gwarancj*',
      'kart* gwarancyjn*',
      'naprawa gwarancyjn*',
      'świadcze* gwarantowan*',
      'koszyk* świadczeń gwarantowanych',
      'gwarant* ~2 (dyskrecj*|poufnoś*|ochron*|termin*|miejsc*|parking*|dostęp*|przetwarzani*|prywatnoś*|anonimowoś*)',
      'gwarantowan* (termin*|miejsc*|dostęp*)',
      'bez bólu ~1 (głowy|zęba|brzucha|pleców)',
    ],
    unlessSentence: LEGAL_TEXT,
    negation: { window: 5 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const guaranteeDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Gwarantujemy efekt już po pierwszym zabiegu!', context: { product: 'medical-service' } },
      { text: 'Po 7 dniach noszenia opaski ból kolana zniknie na zawsze.', context: { product: 'medical-device' } },
      { text: 'Zabieg jest całkowicie bezbolesny i bez skutków ubocznych.', context: { product: 'aesthetic-surgery' } },
      { text: 'Schudnij 10 kg w miesiąc z naszym programem!', context: { product: 'other' } },
      { text: 'Gwarancja efektu albo zwrot pieniędzy.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Gwarancja producenta 24 miesiące, szczegóły w karcie gwarancyjnej.', context: { product: 'medical-device' } },
      { text: 'Nie gwarantujemy efektu – każdy organizm reaguje inaczej.', context: { product: 'medical-service' } },
      { text: 'Gwarantujemy dyskrecję i ochronę danych osobowych.', context: { product: 'medical-service' } },
      { text: 'Leczenie kanałowe jest w koszyku świadczeń gwarantowanych NFZ.', context: { product: 'medical-service' } },
      { text: 'Nie jesteśmy w stanie zagwarantować, że jeden zabieg wystarczy.', context: { product: 'medical-service' } },
    ],
  },
};
