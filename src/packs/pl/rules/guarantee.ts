import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, pf, UDL_ART14, UZNK_16 } from '../basis.js';
import { DISAPPEAR, LEGAL_TEXT, SYMPTOMS, TESTIMONIAL_VOICE } from '../lexicon.js';

/**
 * Promises of a certain, permanent, immediate, safe or painless result (categories.md: result,
 * timing, certainty, safety, painlessness, "no side effects", "no downtime"). Written as classes,
 * see the comments in `patterns`. A device warranty ("gwarancja producenta 24 miesiące"), the NFZ
 * term "świadczenia gwarantowane" and negated promises ("nie gwarantujemy efektu") are not.
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
      // certainty: guaranteed, 100 %, "na pewno", "u każdego", "obiecujemy"
      'gwarantuj(ę|e|emy|esz|ą|ecie)',
      'gwarantowan(y|a|e|ego|ej|ym|ą)',
      'zagwarantuj*',
      'zagwarantowa*',
      'gwarancj* ~2 (efekt*|rezultat*|skuteczn*|wyleczeni*|sukces*|satysfakcj*|powodzeni*|poprawy|ulgi|zadowoleni*)',
      '(100|sto) (%|procent) ~1 (skuteczn*|pewnoś*|gwarancj*|bezpieczn*|efekt*)',
      'w 100 (%|procentach)',
      'na pewno (pomoż*|zadział*|działa|wylecz*|usun*|zniknie|znikną|poczujesz|schudniesz|odzyskasz)',
      'z pewnością (pomoż*|zadział*|wylecz*|usun*|zniknie|znikną|poczujesz|schudniesz|odzyskasz)',
      'pewn(y|ego|ym) (efekt*|rezultat*|skutek*)',
      'pewność (efekt*|rezultat*|skutk*)',
      'zawsze działa',
      'obiecuj(ę|emy)',
      '(pomaga|pomoże|działa|zadziała|skuteczn*) ~2 (każdemu|zawsze)',
      '(u|dla) (wszystkich|każdego) (pacjent*|pacjentów|klient*|osób|użytkownik*)',
      '(wystarczy|wystarczyło|wystarczą) ~2 (jedn*|jeden|1|tylko) ~1 (zabieg*|opakowani*|wizyt*|sesj*|tabletk*|kapsułk*|dawk*|aplikacj*)',
      // permanence: forever, for life, for many years, never again, "zapomnisz o"
      'na zawsze',
      'na stałe',
      'na całe życie',
      'dożywotni* (efekt*|rezultat*)',
      '(przez|na) (wiele|długie|kolejne) lat*',
      'trwale (usuwa*|likwiduj*|leczy|pozbyw*|pozbędziesz|odbudowuj*|regeneruj*|naprawia*|usuni*)',
      'trwał(y|e|ego|ych|ym|ymi|ą|a|emu) (efekt*|rezultat*|wynik*|popraw*|usuwani*|usunięci*|sposób)',
      'długotrwał(y|e|ego|ych|ym|ymi|ą|a) (efekt*|rezultat*|wynik*)',
      'efekt* ~2 utrzymuj* ~2 latami',
      'nigdy więcej',
      '(zapomnij|zapomnijcie|zapomnisz|zapomnieć) o',
      'nie (wróci|wrócą|wraca|wracają|odrośnie|odrosną|nawróci)',
      'koniec z',
      'pożegnaj(|cie) (się|zmarszcz*|ból*|cellulit*|tłuszcz*|kilogram*|okular*|problem*)',
      // safety and painlessness: "bez ryzyka", "bezbolesny", "no side effects", "no downtime"
      'bez (ryzyka|bólu|blizn|powikłań|krwiaków|siniaków)',
      '(bez|brak) (skutków|efektów|działań) (ubocznych|niepożądanych)',
      'bez żadnych (skutków|działań|ryzyk*|powikłań)',
      'bez ~1 (efektu|efekt) (jojo|jo-jo)',
      'nie (powoduje|wywołuje|daje|ma) ~2 (skutków|efektów|działań|powikłań) ~1 (ubocznych|niepożądanych)',
      'nie (powoduje|wywołuje|daje|ma) (skutków|efektów|działań|powikłań)',
      'brak (bólu|blizn|powikłań|ryzyka|krwiaków|siniaków|downtime*)',
      'bezbolesn(y|a|e|ie|ego|ej|ym|ą|ość|ości)',
      'bezboleśnie',
      'niebolesn*',
      'nie boli',
      'nic nie poczujesz',
      'w pełni (chroni*|bezpieczn*|skuteczn*|bezbolesn*)',
      'całkowicie (usuwa*|bezpieczn*|bezbolesn*|likwiduj*|niebolesn*)',
      'bezpieczn* (alternatyw*|rozwiązani*|metod*)',
      '(zabieg|metoda|terapia|preparat|procedura|urządzenie|lek|produkt) (jest|są) ~1 bezpieczn*',
      '(bez|brak) ~3 rekonwalescencj*',
      'nie wymaga* ~3 rekonwalescencj*',
      'bez downtime*',
      '(natychmiast|zaraz) po (zabiegu|wizycie|sesji|aplikacji)',
      'od razu po (zabiegu|wizycie|sesji|aplikacji)',
      // speed and timing: immediate results, results after N days or one session
      'natychmiastow* (efekt*|ulg*|rezultat*|poprawa|działani*|odmłodzeni*|wynik*)',
      'efekt* ~2 natychmiast*',
      'efekt* ~2 od razu',
      'od razu (widoczn*|efekt*|ulg*)',
      'błyskawiczn* ~3 (usuwa*|likwid*|ulg*|efekt*|działa*|znosi*)',
      'z miejsca ~3 (usuwa*|likwid*|ulg*|efekt*|działa*|znosi*)',
      'jak ręką odjął',
      'pryśnie',
      '(efekt*|działa*|ulg*|popraw*|widoczn*|odczuwaln*|rezultat*) ~3 od pierwsz* (dnia|zabieg*|użyci*|stosowani*|aplikacj*|dawk*|wizyt*|sesj*)',
      'już po (pierwsz*|jedn*|1) (zabieg*|wizyc*|sesj*|użyci*|aplikacj*|dawce|tabletce|dniu|tygodniu|kapsułk*)',
      'po (pierwsz*|jedn*) (zabieg*|wizyc*|sesj*|użyci*|aplikacj*) ~3 (popraw*|efekt*|ulg*|rezultat*|zmniejsz*|wyelimin*|zniknie|znikają)',
      're:(efekt|rezultat|popraw|ulg|wolny|wolnego|uwoln|schudn|pozb|wylecz|znikn|gladk|mlodsz)\\p{L}*[^.!?\\n]{0,40}\\s(w|przez|po|juz\\spo|zaledwie|tylko)\\s\\d+\\s(dni|dniach|tygodni\\p{L}*|minut\\p{L}*|godzin\\p{L}*|miesiac\\p{L}*|zabieg\\p{L}*|sesj\\p{L}*|aplikacj\\p{L}*)',
      're:po\\s\\d+\\s(dniach|tygodniach|zabiegach|sesjach|aplikacjach)[^.!?\\n]{0,40}(efekt|rezultat|zniknie|znikna|znika|popraw)\\p{L}*',
      're:juz\\spo\\s(\\d+|jednym|dwoch|trzech|kilku)\\s(dni|dniach|tygodni|tygodniach|zabiegach|sesjach|minutach|godzinach|miesiacu|miesiacach|kapsulkach|tabletkach|dawkach)',
      // results that disappear or are eliminated ("zmarszczki znikają", "znikają przebarwienia")
      `${DISAPPEAR} ~3 ${SYMPTOMS}`,
      `${SYMPTOMS} ${DISAPPEAR}`,
      `${SYMPTOMS} (już|szybko|całkowicie|bezpowrotnie|natychmiast|same) ${DISAPPEAR}`,
      `(wyelimin*|eliminuj*|eliminacj*|zlikwid*|likwidacj*) ~2 ${SYMPTOMS}`,
      '(zniknie|znikną|zniknął|zniknęła|znika|znikają) ~2 (bez|w|po)',
      'pozbędziesz się',
      // a certain future result in the reader's or the clinic's voice
      '(wyleczymy|wyleczę|uleczymy|pozbędziemy)',
      '(wygładzą|wygładzi|odmłodzą|odmłodzi|wyszczuplą|wyszczupli|wymodelują|wymodeluje|przywrócą|przywróci) ~3 (zmarszcz*|skór*|sylwetk*|kontur*|twarz*|blask*|jędrnoś*|młodoś*)',
      'poczujesz się ~2 (lepiej|młodo|młodziej|pewn*|piękn*|świetnie|jak)',
      'nie (zachorujesz|zachoruje|zachorujecie|zachorowała|zachorował|dopuścisz)',
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
      // a before/after caption ("efekt przed i po 4 tygodniach") is pl/before-after, not a promise
      'przed i po',
    ],
    // A patient's own words are a testimonial (pl/testimonial), not the advertiser's promise.
    unlessSentence: [...LEGAL_TEXT, ...TESTIMONIAL_VOICE],
    // "zagwarantować się nie da", "gwarancji efektu nie dajemy": a negation right after counts too
    negation: { window: 5, after: 3 },
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
