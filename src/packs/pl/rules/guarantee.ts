import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, pf, UDL_ART14, UZNK_16 } from '../basis.js';
import { LEGAL_TEXT, TESTIMONIAL_VOICE } from '../lexicon.js';

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
      // class: harmlessness as a fact ("olejek nie może zaszkodzić zdrowiu", "preparat jest nieszkodliwy")
      '@harmless',
      'nie (szkodzi|szkodzą|zaszkodzi|zaszkodzą) ~2 @harm-object',
      'nie (może|mogą) (zaszkodzić|szkodzić) ~2 @harm-object',
      '(żaden|żadnym) (sposób|stopniu) nie (szkodzi|szkodzą|zaszkodzi|zaszkodzą)',
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
      'do końca życia',
      '(efekt*|rezultat*|uśmiech*|wynik*) ~2 na lata',
      'dożywotni* (efekt*|rezultat*)',
      '(przez|na) (wiele|długie|kolejne) lat*',
      'trwale (usuwa*|likwiduj*|leczy|pozbyw*|pozbędziesz|odbudowuj*|regeneruj*|naprawia*|usuni*)',
      'trwał(y|e|ego|ych|ym|ymi|ą|a|emu) (efekt*|rezultat*|wynik*|popraw*|usuwani*|usunięci*|sposób)',
      'długotrwał(y|e|ego|ych|ym|ymi|ą|a) (efekt*|rezultat*|wynik*)',
      'efekt* ~2 utrzymuj* ~2 latami',
      'nigdy więcej',
      '(zapomnij|zapomnijcie|zapomnisz|zapomnieć) o',
      '(możesz|możecie|można) zapomnieć',
      'nie (wróci|wrócą|wraca|wracają|odrośnie|odrosną|nawróci)',
      'koniec z',
      'pożegnaj(|cie) (się|zmarszcz*|ból*|cellulit*|tłuszcz*|kilogram*|okular*|problem*)',
      // safety and painlessness: "bez ryzyka", "bezbolesny", "no side effects", "no downtime"
      'bez (ryzyka|bólu|blizn|powikłań|krwiaków|siniaków)',
      '(bez|brak) (skutków|efektów|działań) (ubocznych|niepożądanych)',
      '(bez|brak) (skutku|efektu|działania) (ubocznego|niepożądanego)',
      'bezpieczn* dla (każdego|wszystkich|każdej)',
      'zawsze skuteczn*',
      'murowan*',
      'niezawodn* (efekt*|metod*|skuteczn*)',
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
      'bezpieczn* ~4 (alternatyw*|rozwiązani*|metod*)',
      '(zabieg|metoda|terapia|preparat|procedura|urządzenie|lek|produkt) (jest|są) ~1 bezpieczn*',
      // safety or painlessness said of the treatment, whatever its name: "Zabieg Lipolaser Duo jest
      // bezpieczny", "Chirurgia w naszej klinice jest atraumatyczna", "wykonywane są bezpiecznie i
      // sprawnie", "bardzo bezpieczna procedura"
      '@treatment ~4 (jest|są) ~1 (bezpieczn*|atraumatyczn*|bezbolesn*|niebolesn*)',
      '(bezpieczn*|bezpiecznie|bezbolesn*|bezboleśnie|atraumatyczn*|nieinwazyjn*) (i|oraz) (sprawn*|szybk*|skuteczn*|komfortow*|bezbolesn*|bezboleśnie|bezpieczn*|bezpiecznie|precyzyjn*|wygodn*)',
      '(wykonywan*|przeprowadzan*) (są|jest) ~1 (bezpiecznie|bezboleśnie|atraumatycznie|komfortowo)',
      '(bardzo|niezwykle|absolutnie|zupełnie|maksymalnie|niezmiernie) bezpieczn*',
      // the treatment "works safely", the teeth "are not damaged": harmlessness asserted as a fact
      '(działa|działają|działający|działająca|działające|działając) (bezpiecznie|bezboleśnie)',
      'nie (ulega|ulegają|ulegnie|ulegną) ~1 (uszkodzeni*|zniszczeni*|osłabieni*|podrażnieni*|uszkodzeni*)',
      '(zapewnia*|daje|dają|dajemy) ~4 (bezpieczeństw*|bezbolesnoś*)',
      // no pain or risk in a negative sentence of the ad's own: "nie powoduje bólu", "pacjenci nie
      // odczuwają dyskomfortu", "nie wiąże się z ryzykiem", "nie narażając klientów na ból"
      'nie (powoduje|powodują|wywołuje|wywołują|sprawia|sprawiają) ~1 (bólu|bólów|dyskomfortu)',
      '(pacje*|klient*|klientk*|osoby|nikt) ~2 nie (odczuwa*|czuj*|poczuj*) ~2 (bólu|bólów|dyskomfortu)',
      'nie (wiąże|wiążą) się z ~2 (ryzyk*|bólem|skutkami|powikłaniami|dyskomfortem)',
      // a negative list goes on with "ani" ("bez skutków ubocznych ani efektu jojo", "nie powoduje
      // bólu ani obrzęku"): the match takes in the "ani" part, so it is not read as a negation after it
      '(bez|brak) ~3 ani (bólu|ryzyka|blizn|powikłań|efektu|skutków|krwiaków|siniaków|rekonwalescencji|dyskomfortu|obrzęku|obrzęków)',
      'nie (powoduje|powodują|wywołuje|wywołują|sprawia|sprawiają) ~3 ani (bólu|ryzyka|blizn|powikłań|skutków|krwiaków|siniaków|dyskomfortu|obrzęku|obrzęków|zaczerwienienia)',
      'nie (naraża*|narażając) ~3 na ~2 (ból*|ryzyk*|powikła*|rekonwalescencj*|dyskomfort*|skutki)',
      // "nie tylko bezbolesny, ale i skuteczny": "nie tylko" adds, it does not deny
      'nie tylko ~2 (bezbolesn*|bezboleśnie|bezpieczn*|bezpiecznie|atraumatyczn*|natychmiastow*|trwał*)',
      // the result promised in the clinic's voice: "spełnimy Twoje marzenia", "masz pewność"
      'spełni(|my|ą) ~3 (marzeni*|oczekiwani*)',
      '(masz|macie|zyskujesz|zyskasz|dajemy) pewność',
      '(bez|brak) ~3 rekonwalescencj*',
      'nie wymaga* ~3 rekonwalescencj*',
      'bez downtime*',
      // efficacy asserted of the outcome: "90% można skutecznie zrekompensować". ("skuteczna
      // terapia" alone is not: earlier batches label "skuteczny plan leczenia" compliant.)
      // removal only of a complaint ("skutecznie usuwa przebarwienia"; a toothpaste that "usuwa osad" is not a promise)
      'skutecznie (usuwa*|usunie|usunąć) ~2 @symptom',
      'skutecznie (likwid*|zlikwid*|wylecz*|zrekompens*|pozby*|zwalcz*|zniweluj*|niweluj*|wyelimin*|eliminuj*|zredukuj*|redukuj*|przywróc*|przywraca*)',
      'w żadnym stopniu nie (ogranicza*|przeszkadza*|utrudnia*|zmienia*)',
      // no marks left and a quick return to normal life: the "no downtime" promise in other words
      'nie (pozostawia|pozostawiają|zostawia|zostawiają) ~2 (blizn*|śladów|śladu|przebarwień|zasinień|siniaków|obrzęków)',
      '(szybko|szybki|szybkiego|natychmiast|błyskawicznie|zaraz) ~3 (wrócić|wrócisz|wracasz|wracają|powrót|powrotu) ~3 (codzienn*|normaln*|prac*|aktywnoś*|zajęć|obowiązk*)',
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
      're:po\\s\\d+\\s(dniach|tygodniach|zabiegach|sesjach|aplikacjach)[^.!?\\n]{0,40}(efekt|rezultat|zniknie|znikna|znika|popraw)\\p{L}*',
      're:juz\\spo\\s(\\d+|jednym|dwoch|trzech|kilku)\\s(dni|dniach|tygodni|tygodniach|zabiegach|sesjach|minutach|godzinach|miesiacu|miesiacach|kapsulkach|tabletkach|dawkach)',
      // results that disappear or are eliminated ("zmarszczki znikają", "znikają przebarwienia")
      '@disappear ~3 @symptom',
      '@symptom @disappear',
      '@symptom (już|szybko|całkowicie|bezpowrotnie|natychmiast|same) @disappear',
      '(wyelimin*|eliminuj*|eliminacj*|zlikwid*|likwidacj*) ~2 @symptom',
      // a result near a span of time or of treatments ("efekty już po 1 zabiegu", "poprawa w 2 tygodnie")
      '@result-noun ~3 #time-span',
      '#time-span ~3 @result-noun',
      '@visible ~3 #time-span',
      '#time-span ~3 @visible',
      // freed from an addiction or complaint within a span ("do wolnego człowieka w 25 dni")
      '(wolny|wolna|wolnego|wolnym|uwolni*|uwalniając*) ~4 #time-span',
      // a result promised in the future tense ("przyniesie zdumiewająco korzystne efekty"), or
      // expected "already after a few days" in words #time-span does not read
      '(przyniesie|przyniosą|zapewni|zapewnią) ~3 (efekt*|rezultat*|popraw*|ulg*)',
      '@result-noun ~5 (już|zaledwie|dosłownie) ~1 po (upływie|kilku|paru|kilkunastu|tygodniu|miesiącu|dniu|dobie)',
      // speed said of the result with no span at all: "szybkie i widoczne efekty", "rezultaty
      // widoczne praktycznie od razu", "poprawa następuje błyskawicznie"
      '(szybk*|błyskawiczn*|ekspresow*|piorunując*|natychmiastow*) ~2 @result-noun',
      // a complaint relieved within a span: "łagodzi ból stawów już po tygodniu", "wygładza zmarszczki
      // w 2 tygodnie" ("znieczulenie znosi ból na 2 godziny" is a duration, so not "znosi")
      '(łagodz*|usuwa*|usunie|likwiduj*|zlikwiduje|zmniejsza*|zmniejszy|redukuj*|zredukuje|eliminuj*|wyeliminuje|wygładza*|wygładzi|spłyca*|spłyci) ~2 @symptom ~4 #time-span',
      // slimming without effort: "odchudza bez wysiłku i diety", "schudniesz bez wyrzeczeń"
      '(schud*|odchudza*|chudni*|spala*|spalisz|zrzuc*|zrzucisz|stracisz) ~3 bez (wysiłku|diety|diet|ćwiczeń|wyrzeczeń|głodzenia|liczenia)',
      '@result-noun ~2 (natychmiast|szybko|błyskawicznie|ekspresowo)',
      '@result-noun ~2 od razu',
      // "trwałe i naturalne rezultaty": an adjective may sit between
      'trwał(y|e|ego|ych|ym|ymi|ą|emu) ~2 (efekt*|rezultat*|wynik*)',
      // "zero bólu, zero rekonwalescencji"
      'zero (bólu|blizn|ryzyka|rekonwalescencji|powikłań|skutków|dyskomfortu|przestoj*|downtime*|siniaków|obrzęków)',
      // "jedna sesja wystarczy": the single treatment, subject first
      '(jedn*|jeden|1) (zabieg*|sesj*|aplikacj*|kapsułk*|tabletk*|dawk*|seri*) (wystarczy|wystarcza|wystarczą)',
      '(zniknie|znikną|zniknął|zniknęła|znika|znikają) ~2 (bez|w|po)',
      'pozbędziesz się',
      // a certain future result in the reader's or the clinic's voice
      '(wyleczymy|wyleczę|uleczymy|pozbędziemy)',
      // classes (round 10, vocabularies written from the language, not from posts): a cure promised
      // for a named disease or complaint ("zlikwidujemy Twoją migrenę", "astmę pokonasz"), or the
      // disease going away ("łuszczyca zniknie", "z nami alergia to przeszłość")
      '@cure-promise ~3 @disease',
      '@disease ~2 @cure-promise',
      '@cure-promise ~3 @symptom',
      '@disease ~3 @gone',
      '@gone ~3 @disease',
      // an easy or sure way out presented as the remedy ("prosty sposób na pozbycie się problemu",
      // "skuteczny sposób na wypełnienie zmarszczek", "szybka recepta na migrenę")
      '(skuteczn*|sprawdzon*|prost*|szybk*|niezawodn*|pewn*|genialn*|błyskawiczn*) (sposób|sposoby|sposobem|metod*|rozwiązani*|remedium|recept*|odpowiedź|broń) na',
      '(wygładzą|wygładzi|odmłodzą|odmłodzi|wyszczuplą|wyszczupli|wymodelują|wymodeluje|przywrócą|przywróci) ~3 (zmarszcz*|skór*|sylwetk*|kontur*|twarz*|blask*|jędrnoś*|młodoś*)',
      'poczujesz się ~2 (lepiej|młodo|młodziej|pewn*|piękn*|świetnie|jak)',
      'nie (zachorujesz|zachoruje|zachorujecie|zachorowała|zachorował|dopuścisz)',
      'zwrot (pieniędzy|kosztów)',
      'oddamy ~1 pieniądze',
      're:(schudn|zrzuc|strac)\\p{L}*[^.!?\\n]{0,25}\\d+\\s?kg',
      're:\\d+\\s?kg\\s(w|przez)\\s(\\d+\\s)?(tydzien|tygodni\\p{L}*|miesiac\\p{L}*|dni|dzien)',
    ],
    // (Allow patterns are matched leftmost without overlap, so the ones that start at the result
    // word come first: a shorter one starting earlier would hide them.)
    allow: [
      // the honest limit: "efekty nie są widoczne od razu" (the negation sits inside the match)
      // (a group, not @result-noun: after a class a skipped word may be cut short, so "nie" would
      // also match the end of "praktycznie"; reported, src/core/pattern.ts)
      '(efekt*|rezultat*|popraw*|ulg*|różnic*|odmłodzeni*|wygładzeni*) ~2 nie ~2 od razu',
      '(efekt*|rezultat*|popraw*|ulg*|różnic*|odmłodzeni*|wygładzeni*) ~2 nie ~2 (natychmiast|szybko|błyskawicznie|ekspresowo)',
      // a usual course is not a promise: "poprawa zwykle pojawia się po kilku tygodniach" (a group,
      // not @result-noun, so "niezwykle" cannot be read as "nie zwykle")
      '(efekt*|rezultat*|popraw*|ulg*|różnic*|odmłodzeni*|wygładzeni*) ~2 (zwykle|zazwyczaj|przeważnie|najczęściej|średnio)',
      // the clinic checks the result at a follow-up: "rezultat ocenimy po miesiącu"
      '@result-noun ~2 (ocenimy|ocenia|oceni|ocenić|oceniamy|omówimy|sprawdzimy|sprawdza|kontrolujemy)',
      // the promise as the object of a (negated) guarantee: "nie jesteśmy w stanie zagwarantować, że
      // jeden zabieg wystarczy" (the negation sits too far back for the window)
      '(zagwarantować|gwarantować|obiecać|obiecywać|przewidzieć|przesądzić) (że|iż) ~6 (wystarczy|wystarcza|wystarczą)',
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
      // a patient's question in an FAQ heading, and data security
      'czy ~6 (bezpieczn*|atraumatyczn*|bezbolesn*|boli|nieszkodliw*)',
      'czy ~6 nie (zaszkodzi|zaszkodzą|szkodzi|szkodzą|może|mogą)',
      // the negated statement ("zabieg nie jest bezbolesny"): the negation sits inside the match
      'nie (jest|są|będzie|będą|był|była|było|były) ~1 (bezpieczn*|atraumatyczn*|bezbolesn*|niebolesn*|nieszkodliw*)',
      'bezpieczeństw* (danych|płatności|transakcji|osobowych|sanitarn*|epidemiologiczn*|higieniczn*|pracy)',
      // a feeling of safety (a therapist's manner) is not a safety promise about a treatment
      'poczuci* bezpieczeństw*',
      // safety qualified by who it is safe for ("bezpieczne u większości pacjentów")
      'bezpieczn* (u|dla) (większości|wielu|zdecydowanej)',
      // a before/after caption ("efekt przed i po 4 tygodniach") is pl/before-after, not a promise
      'przed i po',
      // a comparative ("bezpieczniejsze niż tradycyjne metody") is pl/comparative, not an absolute promise
      'bezpieczniej*',
      // money, not an effect: "refundowane w 100%", "bez ryzyka utraty zadatku"
      '(refund*|dofinansow*|finansowan*|sfinansowan*|pokrywa*|pokryt*|zwraca*|zwrócon*|opłacan*) ~2 w 100',
      'w 100 (%|procentach) ~2 (refund*|dofinansow*|finansowan*|sfinansowan*|pokrywa*|pokryt*|zwraca*|zwrócon*|opłacan*)',
      'bez ryzyka ~3 (zadatk*|zaliczk*|pieniędzy|środków|rezerwacj*|kosztów|opłat*|finansow*)',
      // a question is not a promise: "czy zabieg przyniesie efekty?"
      'czy ~4 (przyniesie|przyniosą|zapewni|zapewnią|spełni|spełnią)',
      // a condition or a question, not a promise: "zanim minie infekcja", "czy alergia przejdzie?";
      // aftercare: "ból po ekstrakcji minie po 2 dniach"
      '(zanim|dopóki|aż|jeśli|jeżeli|gdy|kiedy|czy) ~4 @gone',
      // prevention and diagnosis advice: "skutecznym sposobem na uniknięcie próchnicy jest nitkowanie"
      'czy ~4 (sposób|sposoby|metod*|rozwiązani*|recept*)',
      // a question, a side effect that stays visible for a while ("obrzęk bywa widoczny przez kilka dni")
      'czy ~4 @visible',
      '(obrzęk*|zaczerwieni*|siniak*|zasinieni*|krwiak*|opuchlizn*|ślad*|strup*) ~3 @visible',
      '@visible ~2 przez',
      '(sposób|sposoby|sposobem|metod*|rozwiązani*|odpowiedź) na (uniknięci*|zapobieg*|profilaktyk*|sprawdzeni*|ocen*|rozpoznani*|diagnoz*|wykryci*|zdiagnozowani*)',
      '(pozabiegow*|pooperacyjn*|zabiegu|ekstrakcji|operacji|znieczuleniu|iniekcji) ~4 @gone',
      // advice on how to avoid damage: "aby szkliwo nie ulegało uszkodzeniu, …" (not "żeby": folded it is "zęby")
      '(aby|by) ~3 nie (ulega|ulegają|ulegnie|ulegną)',
    ],
    // A patient's own words are a testimonial (pl/testimonial), not the advertiser's promise.
    // A sentence that names what may go wrong ("…, choć może wystąpić obrzęk") is not an absolute promise.
    unlessSentence: [...LEGAL_TEXT, ...TESTIMONIAL_VOICE, '(może|mogą) ~1 (wystąpić|pojawić|wystąpi|wystąpią|dojść)'],
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
      { text: 'Raz wykonany zabieg i o okularach możesz zapomnieć.', context: { product: 'medical-service' } },
      { text: 'Nigdy więcej chrapania – nasza szyna działa od pierwszej nocy.', context: { product: 'medical-device' } },
      { text: 'Nic nie poczujesz, a do pracy wrócisz natychmiast po zabiegu.', context: { product: 'aesthetic-surgery' } },
      { text: 'Przebarwienia bezpowrotnie znikną po serii peelingów.', context: { product: 'aesthetic-surgery' } },
      { text: 'Koniec z bólem kolan – ulga odczuwalna od pierwszego dnia stosowania.', context: { product: 'medical-device' } },
      { text: 'Efekt utrzymuje się latami, a zabieg jest całkowicie niebolesny.', context: { product: 'aesthetic-surgery' } },
      { text: 'Poprawę napięcia skóry zobaczysz w ciągu 2 tygodni.', context: { product: 'aesthetic-surgery' } },
      { text: 'Różnica widoczna z dnia na dzień – sprawdź sama.', context: { product: 'other' } },
      { text: 'W 20 minut wyraźne odmłodzenie spojrzenia.', context: { product: 'aesthetic-surgery' } },
      { text: 'Laseroterapia naczynek w naszym gabinecie jest bezpieczna i skuteczna.', context: { product: 'aesthetic-surgery' } },
      { text: 'Ekstrakcje ósemek wykonujemy atraumatycznie – zabieg Piezosurgery jest atraumatyczny.', context: { product: 'medical-service' } },
      { text: 'Skóra po zabiegu nie zmienia koloru, natomiast zmarszczki znikają w tydzień.', context: { product: 'aesthetic-surgery' } },
      { text: 'Peeling kawitacyjny nie powoduje zaczerwienienia ani obrzęku skóry.', context: { product: 'aesthetic-surgery' } },
      { text: 'Odchudzanie bez efektu jojo ani skutków ubocznych – kapsułki z zieloną herbatą.', context: { product: 'supplement' } },
      { text: 'Depilacja diodowa nie powoduje bólu, a skóra szybko wraca do normy.', context: { product: 'aesthetic-surgery' } },
      { text: 'Dzięki komputerowemu znieczuleniu pacjenci nie czują bólu podczas wkłucia.', context: { product: 'medical-service' } },
      { text: 'Spełnimy Twoje oczekiwania co do nowej sylwetki.', context: { product: 'aesthetic-surgery' } },
      { text: 'Wybierając naszą klinikę masz pewność udanego zabiegu.', context: { product: 'medical-service' } },
      { text: 'Kriolipoliza usuwa tłuszcz, nie narażając pacjentek na ból i długą rekonwalescencję.', context: { product: 'aesthetic-surgery' } },
      { text: 'Zabieg HIFU jest całkowicie nieinwazyjny i bezpieczny.', context: { product: 'aesthetic-surgery' } },
      { text: 'Depilacja laserem Soprano jest nie tylko bezbolesna, ale też szybka.', context: { product: 'aesthetic-surgery' } },
      // classes: no marks left, a quick return to normal life
      { text: 'Laser frakcyjny nie pozostawia śladów, a do pracy wrócisz szybko, nawet następnego dnia.', context: { product: 'aesthetic-surgery' } },
      { text: 'Po zabiegu szybko wracasz do codziennych obowiązków.', context: { product: 'medical-service' } },
      // classes: effective removal of the problem, "does not limit you at all"
      { text: 'Laser skutecznie usuwa przebarwienia u każdego fototypu skóry.', context: { product: 'aesthetic-surgery' } },
      { text: 'Nowoczesne wkładki w żadnym stopniu nie ograniczają aktywności.', context: { product: 'medical-device' } },
      // classes: works safely, no damage, a result in the future tense, results "already after a few days"
      { text: 'Światłoterapia LED działa bezpiecznie nawet na wrażliwej cerze.', context: { product: 'aesthetic-surgery' } },
      { text: 'Przy wybielaniu nakładkowym zęby nie ulegają uszkodzeniu.', context: { product: 'medical-service' } },
      { text: 'Terapia manualna przyniesie trwałą poprawę i ulgę w bólu kręgosłupa.', context: { product: 'medical-service' } },
      { text: 'Pierwszych rezultatów możesz się spodziewać już po kilku dniach stosowania nakładek.', context: { product: 'medical-device' } },
      // classes: speed said of the result without a span, permanence with an adjective between, "zero pain", one session enough
      { text: 'Błyskawiczna poprawa kolorytu cery – peeling kawitacyjny w naszym salonie.', context: { product: 'aesthetic-surgery' } },
      { text: 'Mezoterapia igłowa: rezultaty widoczne praktycznie od razu.', context: { product: 'aesthetic-surgery' } },
      { text: 'Zapewniamy trwałe i naturalne rezultaty powiększania ust.', context: { product: 'aesthetic-surgery' } },
      { text: 'Zero bólu, zero rekonwalescencji – tylko gładka skóra.', context: { product: 'aesthetic-surgery' } },
      { text: 'Jedna sesja wystarczy, by pozbyć się tłuszczu z okolic brzucha.', context: { product: 'aesthetic-surgery' } },
      // classes: a complaint relieved within a span, slimming without effort
      { text: 'Opaska magnetyczna łagodzi ból stawów już po tygodniu.', context: { product: 'medical-device' } },
      { text: 'Herbatka odchudza bez wysiłku i bez diety.', context: { product: 'supplement' } },
      { text: 'Efekty niezwykle szybko, już po 1 zabiegu!', context: { product: 'aesthetic-surgery' } },
      // class @harmless (round 7: new sentences, no content word of a corpus row)
      { text: 'Kapsułki z ekstraktem z karczocha są nieszkodliwe nawet przy długim stosowaniu.', context: { product: 'supplement' } },
      { text: 'Ten żel na hemoroidy nie zaszkodzi kobietom w ciąży.', context: { product: 'drug' } },
      { text: 'Opaska uciskowa w żadnym stopniu nie szkodzi krążeniu.', context: { product: 'medical-device' } },
      { text: 'Nasze soczewki kontaktowe nie mogą zaszkodzić rogówce.', context: { product: 'medical-device' } },
      { text: 'Syrop z babki lancetowatej nie szkodzi żołądkowi ani wątrobie.', context: { product: 'supplement' } },
      { text: 'Plaster rozgrzewający nie szkodzi skórze nawet u alergików.', context: { product: 'medical-device' } },
      { text: 'Ta herbatka ziołowa jest zupełnie nieszkodliwa dla niemowląt.', context: { product: 'supplement' } },
      // class @visible with a span (round 10: sentences written for the class, not taken from a corpus row)
      { text: 'Pogrubienie włosów widoczne już po trzech sesjach osocza.', context: { product: 'aesthetic-surgery' } },
      { text: 'Po 10 dniach zauważysz lżejsze nogi – rajstopy uciskowe Venofit.', context: { product: 'medical-device' } },
      { text: 'Ulga odczuwalna w 24 godziny od pierwszej wizyty u osteopaty.', context: { product: 'medical-service' } },
      { text: 'Po pierwszej sesji zobaczysz jaśniejszą cerę.', context: { product: 'aesthetic-surgery' } },
      { text: 'Już po tygodniu poczujesz lekkość w jelitach.', context: { product: 'supplement' } },
      { text: 'W ciągu 2 tygodni dostrzeżesz mniej siwych włosów.', context: { product: 'medical-service' } },
      // an easy or sure way out as the remedy (round 10: sentences written for the pattern, not taken from a corpus row)
      { text: 'Karboksyterapia to prosty sposób na cienie pod oczami.', context: { product: 'aesthetic-surgery' } },
      { text: 'Fala uderzeniowa – skuteczna metoda na ostrogę piętową.', context: { product: 'medical-service' } },
      { text: 'Stymulator TENS to szybki sposób na napięciowe bóle karku.', context: { product: 'medical-device' } },
      { text: 'Nici liftingujące: sprawdzone rozwiązanie na opadające policzki.', context: { product: 'aesthetic-surgery' } },
      { text: 'Kapsułki z melisą – pewna recepta na spokojny sen.', context: { product: 'supplement' } },
      { text: 'Terapia manualna jako niezawodny sposób na sztywny kark.', context: { product: 'medical-service' } },
      // classes @disease, @cure-promise, @gone (round 10: sentences written for the classes, not taken from a corpus row)
      { text: 'W naszym centrum raz na zawsze wyleczymy Twoją migrenę.', context: { product: 'medical-service' } },
      { text: 'Po serii wlewów zlikwidujemy przewlekłą boreliozę.', context: { product: 'medical-service' } },
      { text: 'Dzięki laseroterapii pozbędziesz się trądziku różowatego.', context: { product: 'aesthetic-surgery' } },
      { text: 'Astmę pokonasz w trzy miesiące z programem oddechowym.', context: { product: 'medical-service' } },
      { text: 'Z poduszką Somnus bezsenność zniknie już pierwszej nocy.', context: { product: 'medical-device' } },
      { text: 'Z kapsułkami Gastrin refluks odejdzie w niepamięć.', context: { product: 'supplement' } },
      { text: 'Po kuracji w naszym ośrodku łuszczyca to przeszłość.', context: { product: 'medical-service' } },
      { text: 'Nasz krem sprawi, że zniknie egzema na dłoniach.', context: { product: 'other' } },
      // @symptom widened with the vocabulary of aesthetic medicine (round 10: sentences written for the class, not taken from a corpus row)
      { text: 'Po liftingu nićmi opadające chomiki znikają bez śladu.', context: { product: 'aesthetic-surgery' } },
      { text: 'Skutecznie usuwamy drugi podbródek jednym zabiegiem kriolipolizy.', context: { product: 'aesthetic-surgery' } },
      { text: 'Peeling kawitacyjny wyeliminuje zaskórniki i rozszerzone pory.', context: { product: 'aesthetic-surgery' } },
      { text: 'Podolog zlikwiduje odciski i modzele w godzinę.', context: { product: 'medical-service' } },
      { text: 'Bruzdy nosowo-wargowe znikną po jednym wypełnieniu.', context: { product: 'aesthetic-surgery' } },
      { text: 'Laser naczyniowy pozbędzie się rumienia i sińców pod oczami.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'Gwarancja producenta 24 miesiące, szczegóły w karcie gwarancyjnej.', context: { product: 'medical-device' } },
      { text: 'Nie gwarantujemy efektu – każdy organizm reaguje inaczej.', context: { product: 'medical-service' } },
      { text: 'Gwarantujemy dyskrecję i ochronę danych osobowych.', context: { product: 'medical-service' } },
      { text: 'Leczenie kanałowe jest w koszyku świadczeń gwarantowanych NFZ.', context: { product: 'medical-service' } },
      { text: 'Nie jesteśmy w stanie zagwarantować, że jeden zabieg wystarczy.', context: { product: 'medical-service' } },
      { text: 'Zagwarantować efektu się nie da – wynik zależy od organizmu.', context: { product: 'aesthetic-surgery' } },
      { text: 'Test ciążowy pokazuje wynik od pierwszego dnia spodziewanej miesiączki.', context: { product: 'medical-device' } },
      { text: 'Efekt przed i po 3 miesiącach leczenia – zdjęcia za zgodą pacjentki.', context: { product: 'medical-service' } },
      { text: 'Wyniki badań krwi odbierzesz w 24 h w aplikacji.', context: { product: 'medical-service' } },
      { text: 'Efekty uboczne omówimy podczas konsultacji przed zabiegiem.', context: { product: 'aesthetic-surgery' } },
      { text: 'Zabieg trwa 20 minut, wizyta kontrolna po 2 tygodniach.', context: { product: 'medical-service' } },
      { text: 'Czy zabieg jest bezpieczny? O przeciwwskazaniach porozmawiamy na konsultacji.', context: { product: 'aesthetic-surgery' } },
      { text: 'Zabieg usuwania znamion nie jest bezbolesny, dlatego stosujemy znieczulenie miejscowe.', context: { product: 'medical-service' } },
      { text: 'Zapewniamy bezpieczeństwo danych osobowych zgodnie z RODO.', context: { product: 'medical-service' } },
      { text: 'Nie obiecujemy bezbolesnego zabiegu – po znieczuleniu może wystąpić dyskomfort.', context: { product: 'medical-service' } },
      { text: 'Gwarancja na aparat słuchowy wynosi 24 miesiące.', context: { product: 'medical-device' } },
      { text: 'Znieczulenie miejscowe jest bezpieczne i dobrze tolerowane, choć może wystąpić obrzęk.', context: { product: 'medical-service' } },
      { text: 'W gabinecie zapewniamy bezpieczeństwo sanitarne zgodne z wytycznymi GIS.', context: { product: 'medical-service' } },
      { text: 'Zabieg może pozostawić niewielkie blizny – omówimy to przed podpisaniem zgody.', context: { product: 'aesthetic-surgery' } },
      { text: 'Po ekstrakcji nie wracaj szybko do intensywnego wysiłku fizycznego.', context: { product: 'medical-service' } },
      { text: 'Terapeutka daje poczucie bezpieczeństwa, a rozmowa przebiega w spokojnym tempie.', context: { product: 'medical-service' } },
      { text: 'Po urlopie lekarz szybko wraca do przyjęć w normalnym trybie.', context: { product: 'medical-service' } },
      { text: 'Piaskowanie skutecznie usuwa osad z kawy i herbaty.', context: { product: 'medical-service' } },
      { text: 'Nie zawsze da się skutecznie usunąć tatuaż – o rokowaniu decyduje lekarz po konsultacji.', context: { product: 'aesthetic-surgery' } },
      // near misses: money terms, a comparison, a question, advice to avoid damage, a negated promise
      { text: 'Leczenie jest refundowane w 100% przez NFZ, pacjent nie dopłaca.', context: { product: 'medical-service' } },
      { text: 'Wizytę możesz przełożyć bez ryzyka utraty zadatku do 48 godzin przed terminem.', context: { product: 'aesthetic-surgery' } },
      { text: 'Czy terapia przyniesie efekty? To zależy od stopnia zaawansowania zmian.', context: { product: 'medical-service' } },
      { text: 'Aby szkliwo nie ulegało uszkodzeniu, nie stosuj wybielaczy bez kontroli stomatologa.', context: { product: 'medical-service' } },
      { text: 'Leczenie nie zawsze przyniesie poprawę – o rokowaniu porozmawiamy na wizycie.', context: { product: 'medical-service' } },
      // near misses: results not immediate, assessed at a follow-up; booking speed; a fee, not pain
      { text: 'Efekty nie są widoczne od razu – pełny rezultat ocenimy po miesiącu.', context: { product: 'aesthetic-surgery' } },
      { text: 'Szybka rejestracja online, a poprawę ocenimy na pierwszej kontroli.', context: { product: 'medical-service' } },
      { text: 'Zero opłat za rejestrację i odwołanie wizyty.', context: { product: 'medical-service' } },
      { text: 'Zabieg trwał godzinę, a efekt lekarz oceni na kontroli.', context: { product: 'aesthetic-surgery' } },
      { text: 'Poprawa zwykle pojawia się po kilku tygodniach regularnych ćwiczeń z fizjoterapeutą.', context: { product: 'medical-service' } },
      // near misses: how long anaesthesia lasts, the usual course with its limit
      { text: 'Znieczulenie znosi ból na około 2 godziny.', context: { product: 'medical-service' } },
      { text: 'Schudnąć bez diety się nie da – dietetyk ułoży jadłospis na konsultacji.', context: { product: 'medical-service' } },
      // near misses of @harmless: a question, a denial, a lifelong course, the idiom, the law quoted
      { text: 'Czy witamina D w wysokiej dawce nie zaszkodzi nerkom? Zapytaj lekarza.', context: { product: 'supplement' } },
      { text: 'Żaden lek nie jest całkowicie nieszkodliwy – przeczytaj ulotkę.', context: { product: 'drug' } },
      { text: 'Insulinę przyjmuje się przez całe życie, dawkę ustala diabetolog.', context: { product: 'drug' } },
      { text: 'Nie szkodzi, jeśli spóźnisz się na wizytę kilka minut.', context: { product: 'medical-service' } },
      { text: 'Ustawa zakazuje zapewniania, że lek nie może zaszkodzić.', context: { product: 'drug' } },
      // class @visible with a span (round 10: sentences written for the class, not taken from a corpus row)
      { text: 'Obrzęk bywa widoczny przez kilka dni, potem stopniowo się zmniejsza.', context: { product: 'aesthetic-surgery' } },
      { text: 'Wynik badania zobaczysz w Internetowym Koncie Pacjenta po 3 dniach.', context: { product: 'medical-service' } },
      { text: 'Zmiany widoczne na skórze dłużej niż 2 tygodnie skonsultuj z dermatologiem.', context: { product: 'medical-service' } },
      { text: 'Czy zmiany będą widoczne po jednym zabiegu? To zależy od stanu skóry.', context: { product: 'aesthetic-surgery' } },
      // an easy or sure way out as the remedy (round 10: sentences written for the pattern, not taken from a corpus row)
      { text: 'Skutecznym sposobem na uniknięcie próchnicy jest nitkowanie zębów.', context: { product: 'medical-service' } },
      { text: 'Kolonoskopia to sprawdzona metoda na wykrycie polipów jelita.', context: { product: 'medical-service' } },
      { text: 'Czy istnieje prosty sposób na chrapanie? Zależy od przyczyny – wyjaśnia laryngolog.', context: { product: 'medical-service' } },
      { text: 'Nie ma jednego skutecznego sposobu na migrenę; leczenie dobiera neurolog.', context: { product: 'medical-service' } },
      // classes @disease, @cure-promise, @gone (round 10: sentences written for the classes, not taken from a corpus row)
      { text: 'Leczymy migrenę i inne bóle głowy u dorosłych.', context: { product: 'medical-service' } },
      { text: 'Cukrzyca to choroba przewlekła; leczenie polega na kontroli glikemii.', context: { product: 'medical-service' } },
      { text: 'Ból po ekstrakcji zęba zwykle minie po dwóch dniach.', context: { product: 'medical-service' } },
      { text: 'Zabieg wykonamy, gdy infekcja minie.', context: { product: 'medical-service' } },
      { text: 'Czy astma przejdzie z wiekiem? Odpowiada pulmonolog.', context: { product: 'medical-service' } },
      { text: 'Nie obiecujemy, że łuszczyca zniknie – to choroba nawracająca.', context: { product: 'medical-service' } },
      // a patient's question in an FAQ (round 10)
      { text: 'Czy zabieg spełni moje oczekiwania? Omówimy to na wizycie.', context: { product: 'medical-service' } },
      // @symptom widened with the vocabulary of aesthetic medicine (round 10: sentences written for the class, not taken from a corpus row)
      { text: 'Sińce po iniekcji mogą utrzymywać się kilka dni.', context: { product: 'aesthetic-surgery' } },
      { text: 'Gabinet podologiczny: usuwanie odcisków, modzeli i zrogowaceń – cennik w recepcji.', context: { product: 'medical-service' } },
      { text: 'Jeśli bruzdy są głębokie, lekarz zaproponuje kilka sesji.', context: { product: 'aesthetic-surgery' } },
      { text: 'Piegi nie znikną po zabiegu; laser rozjaśnia je tylko częściowo.', context: { product: 'aesthetic-surgery' } },
    ],
  },
};
