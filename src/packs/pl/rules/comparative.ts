import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, pf, UDL_ART14, UZNK_16, UZNK_16_3 } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

const COMPARATIVES =
  '(lepsz*|lepsi|lepiej|bardziej|mniej|skuteczniejs*|skuteczniej|szybsz*|szybciej|tańsz*|tańsi|taniej|bezpieczniejs*|bezpieczniej|dokładniejs*|dokładniej|trwalsz*|trwalej|mocniejs*|mocniej|nowocześniejs*|wydajniejs*|wydajniej|delikatniejs*|delikatniej|dłużej|precyzyjniej*)';

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
      // class (round 7): the rest of the market run down ("w przeciwieństwie do wielu dostępnych na
      // rynku biostymulatorów", "wszystkie dostępne w aptekach środki służą jedynie do złagodzenia
      // objawów", "tam, gdzie standardowe leczenie nie przynosi efektów")
      'w przeciwieństwie do ~4 (dostępn*|innych|tradycyjn*|konwencjonaln*|standardow*|zwykł*|popularn*|klasyczn*|konkurencyjn*)',
      '@usual-care ~3 @remedy ~4 (jedynie|tylko|wyłącznie) ~2 (łagodz*|złagodz*|maskuj*|maskowa*|tymczasow*|chwilow*|objaw*|powierzchni*|doraźn*)',
      '@usual-care ~2 @remedy ~3 nie (przynosi|przynoszą|działa|działają|pomaga|pomagają|daje|dają|przyniosły|pomogły|przyniosło|pomogło)',
      `${COMPARATIVES} ~3 (niż|od)`,
      'w (porównaniu|odróżnieniu|przeciwieństwie) ~1 (z|do|od) ~2 (inn*|konkurenc*|tradycyjn*|klasyczn*|zwykł*|standardow*)',
      'konkurencj(a|i|ę|ą)',
      'konkurencyjn* (klinik*|gabinet*|produkt*|mark*|urządze*|preparat*|lek*|model*|firm*)',
      're:\\d+\\s?(x|razy)\\s(szybciej|skuteczniej|lepiej|mocniej|dluzej|taniej|wydajniej|dokladniej)',
      '(dwukrotnie|trzykrotnie|kilkukrotnie|wielokrotnie|razy) (szybciej|skuteczniej|lepiej|mocniej|dłużej|wydajniej|dokładniej|taniej)',
      'przewyższa*',
      // "an alternative to traditional methods / to liposuction", "without the need for a scalpel"
      'alternatyw* dla (operacj*|skalpel*|liposukcj*|chirurg*)',
      'bez (potrzeby|konieczności) ~2 (skalpel*|operacj*|chirurg*|cięcia|cięć)',
      // others fail where we succeed: "widzimy to, czego nie widzą inni", "tam, gdzie standardowe
      // leczenie nie przynosi efektów", "zwykły masaż działa tylko mechanicznie"
      'czego nie ~2 (inni|pozostali|konkurencja)',
      '(standardow*|tradycyjn*|konwencjonaln*|klasyczn*|zwykł*) (leczeni*|metod*|lek*|leki|terapi*|medycyn*|zabieg*) ~2 nie (przynosi|przynoszą|pomaga|pomagają|działa|działają|daje|dają|skutkuje|radzi)',
      '(standardow*|tradycyjn*|konwencjonaln*|klasyczn*|zwykł*) ~2 (działa|działają|daje|dają|usuwa|usuwają|maskuje|maskują|pomaga|pomagają) (tylko|jedynie|wyłącznie)',
      'bije na głowę',
      'deklasuj*',
      'zamiast (drogich|tradycyjn*|bolesn*|inn*) ~2 (zabieg*|metod*|lek*|implant*|aparat*|urządze*)',
      // constructions: "unlike", "not like at …", "stands out from other clinics", "not every clinic has"
      'w (przeciwieństwie|odróżnieniu) (do|od)',
      'inaczej niż',
      'na tle (innych|konkurencji|pozostałych)',
      'wyróżnia(|ją) nas',
      // set against other providers or treatments: "wykonywane przez lekarzy, a nie przez
      // kosmetyczki", "co odróżnia go od innych, inwazyjnych zabiegów"
      'a nie (przez|u|w|jak) ~2 (inn*|konkurencj*)',
      'a nie ~3 (kosmetyczk*|kosmetolog*|salon*|amator*|sieciów*|tatuażyst*)',
      'odróżnia(|ją) (go|ją|je|nas) ~1 od (innych|pozostałych|tradycyjn*|konwencjonaln*|klasyczn*|zwykł*|standardow*|inwazyjn*|chirurgiczn*|konkurencj*)',
      'nie (każdy|każda|każde) (gabinet*|klinik*|lekarz*|specjalist*|ośrod*|placówk*|laboratori*|producent*) ~2 (posiada|ma|oferuje|może|zapewnia)',
      // "instead of surgery": a safer, gentler or cheaper alternative to another treatment
      '(bezpieczn*|lepsz*|skuteczniejs*|tańsz*|nowocześniejs*|łagodniejs*|mniej|doskonał*|świetn*|idealn*|znakomit*|skuteczn*|komfortow*|bezbolesn*|nieinwazyjn*|wygodn*|szybsz*|nowoczesn*) ~4 alternatyw*',
      'zamiast (operacj*|skalpel*|chirurg*|liposukcj*|zastrzyk*|igieł)',
      'bez konieczności ~6 (chirurgiczn*|operacj*|skalpel*)',
      // "as good as surgery", "other creams only moisturise, ours …"
      'tak (skuteczn*|dobr*|trwał*|bezpieczn*|naturaln*) jak',
      'równie (skuteczn*|dobr*|trwał*|bezpieczn*) (jak|co)',
      '(inne|pozostałe|zwykłe|tradycyjne|konwencjonalne) ~1 (kremy|preparaty|leki|tabletki|metody|zabiegi|kliniki|gabinety|produkty|suplementy|szczoteczki|materace|aparaty|plastry|maści|żele) ~4 (tylko|jedynie|nie)',
      '(zapomnij|zapomnijcie) o ~4 (inn*|tradycyjn*|bolesn*|klasyczn*|metod*|goleni*|depilacj*|okular*|soczew*|skalpel*|operacj*)',
      // standard care run down: "skuteczność standardowych metod leczenia jest na ogół niezadowalająca"
      '(standardow*|tradycyjn*|konwencjonaln*|klasyczn*|zwykł*|dotychczasow*) ~8 (niezadowalając*|niezadawalając*|nieskuteczn*|nieefektywn*|zawodz*|zawodn*|rozczarowuj*|bezskuteczn*|przestarzał*|niewygodn*|uciążliw*|nieestetyczn*)',
      // other remedies "only mask" the problem: "tabletki przeciwbólowe tylko maskują problem"
      '(tabletk*|leki|leków|środki|maści|kremy|zastrzyki|sterydy|standardow*|tradycyjn*|zwykł*|klasyczn*|konwencjonaln*) ~3 (tylko|jedynie|wyłącznie) (maskuj*|tłumi*|zagłusza*|odsuwa*|przykrywa*)',
      // one treatment replaced by ours: "peelingi zostały zastąpione przez laseroterapię"
      '(zastąpion*|zastąpił*|zastąpiła|zastąpiły|zastąpili|wyparł*|wyparła|wyparły|wypiera*|wypart*) ~4 przez ~2 @treatment',
      // as good as another treatment: "porównywalny do profesjonalnego wybielania" (Pf: "lepszy lub taki sam")
      'porównywaln* (do|z|ze) ~2 @treatment',
      'porównywaln* (do|z|ze) ~2 (profesjonaln*|gabinetow*|tradycyjn*|klasyczn*|chirurgiczn*|operacyjn*|inwazyjn*)',
      // the professional route made unnecessary: "bez potrzeby wydawania gotówki na profesjonalne zabiegi w gabinetach"
      'bez (potrzeby|konieczności) ~4 (profesjonaln*|gabinet*|dentyst*|stomatolog*|dermatolog*|klinik*)',
    ],
    allow: [
      // a myth refuted: "to nieprawda, że tradycyjne metody nie działają"
      '(nieprawda|mit|mitem|błędne|błędnie) ~3 (że|iż) ~2 @usual-care',
      '(niż|od) (zazwyczaj|przewidywano|planowano|wcześniej|kiedykolwiek|dotąd|poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli|jutra|dziś|dzisiaj|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)',
      're:(od|niz)\\s\\d',
      // a figure of speech, not a competitor: "szybciej, niż kawa zdąży przestygnąć"
      'niż ~3 (zdąży*|mrugni*|zdołasz)',
      // an alternative for a group of people, not a rival treatment
      'alternatyw* dla (osób|pacjent*|kobiet|mężczyzn|tych|każdego|wszystkich|ludzi|klient*)',
      // a duration, not a rival: "trwa mniej niż godzinę"
      'niż (godzin*|minut*|kwadrans*|tydzień|tygodni*|miesiąc*|doba|dobę|doby|dzień|dni|rok|roku|pół*|połow*)',
      're:(od|niz)\\szwykle(?=\\s*([.,;:!?)–-]|$))',
      // against the doctor's instruction or the plan, not a rival: "użytkowanych dłużej niż zalecił lekarz"
      'niż (zalec*|zalecił*|zaleca|przewidzian*|przewiduje|wskazan*|zaplanowan*|planowan*|potrzeb*|wymagan*|konieczn*)',
      // one disease set against another, not a rival treatment: "blizny bardziej uciążliwe niż sam trądzik"
      'niż @disease',
      'niż (sam|sama|samo|same) @disease',
      // a remote channel as the alternative to a visit is pl/remote-consultation, not a rival treatment
      'alternatyw* ~8 (teleporad*|online|zdaln*|wideo*|telefoniczn*)',
      '(teleporad*|online|zdaln*|wideo*|telefoniczn*) ~4 alternatyw*',
      // a conditional in medical information: "jeśli standardowe leczenie okaże się nieskuteczne, lekarz…"
      '(jeśli|jeżeli|gdy|gdyby|razie|przypadku|kiedy) ~4 (standardow*|tradycyjn*|konwencjonaln*|klasyczn*|zwykł*|dotychczasow*)',
      // a price compared with other offers is a price statement, not a treatment comparison
      'porównywaln* (do|z|ze) ~2 (cen*|kosztów|norm*|wynik*)',
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
      { text: 'W odróżnieniu od sieciówek u nas wizyta trwa godzinę.', context: { product: 'medical-service' } },
      { text: 'Nie każda klinika ma własną pracownię protetyczną – my tak.', context: { product: 'medical-service' } },
      { text: 'Łagodniejsza alternatywa dla skalpela: nici liftingujące.', context: { product: 'aesthetic-surgery' } },
      { text: 'Nici PDO są prawie tak skuteczne jak lifting chirurgiczny.', context: { product: 'aesthetic-surgery' } },
      { text: 'Zwykłe plastry tylko maskują ból, nasze działają głębiej.', context: { product: 'medical-device' } },
      { text: 'Implant jest równie trwały co własny ząb.', context: { product: 'medical-service' } },
      { text: 'Nici liftingujące to nowoczesna alternatywa dla klasycznego liftingu.', context: { product: 'aesthetic-surgery' } },
      { text: 'Modelujemy nos bez potrzeby operacji – wystarczy kwas hialuronowy.', context: { product: 'aesthetic-surgery' } },
      { text: 'Tam, gdzie tradycyjne leczenie nie pomaga, sięgamy po terapię falą uderzeniową.', context: { product: 'medical-service' } },
      { text: 'Zwykłe szczoteczki usuwają tylko płytkę z powierzchni, nasza soniczna dociera głębiej.', context: { product: 'medical-device' } },
      { text: 'Nasze korony są bardziej estetyczne niż te z sieciowych gabinetów.', context: { product: 'medical-service' } },
      { text: 'Diagnozujemy to, czego nie zauważają inni.', context: { product: 'medical-service' } },
      // classes: set against another kind of provider, "what sets it apart from other treatments"
      { text: 'Depilację wykonuje u nas lekarz, a nie przypadkowy salon kosmetyczny.', context: { product: 'aesthetic-surgery' } },
      { text: 'Co odróżnia nas od innych gabinetów? Indywidualne podejście.', context: { product: 'medical-service' } },
      // classes: standard care run down, a treatment replaced by ours, "comparable to", the professional route made unnecessary
      { text: 'Tradycyjne metody leczenia łuszczycy bywają rozczarowujące – spróbuj naszej fototerapii.', context: { product: 'medical-service' } },
      { text: 'Skalpel został dziś wyparty przez laser CO2, który zostawia mniej śladów.', context: { product: 'aesthetic-surgery' } },
      { text: 'Efekt nici liftingujących jest porównywalny z operacją plastyczną powiek.', context: { product: 'aesthetic-surgery' } },
      { text: 'Wybielisz zęby w domu, bez potrzeby umawiania wizyty w gabinecie stomatologicznym.', context: { product: 'medical-device' } },
      // classes: standard treatment given a negative adjective, other remedies "only mask" it
      { text: 'Zwykłe aparaty są niewygodne i widoczne – wybierz przezroczyste nakładki.', context: { product: 'medical-service' } },
      { text: 'Tabletki przeciwbólowe tylko maskują problem, fizjoterapia usuwa jego przyczynę.', context: { product: 'medical-service' } },
      // class (round 7): the rest of the market run down (new sentences)
      { text: 'W przeciwieństwie do konkurencyjnych plastrów nasz opatrunek oddycha razem ze skórą.', context: { product: 'medical-device' } },
      { text: 'Tradycyjne maści na łuszczycę jedynie chwilowo uspokajają skórę.', context: { product: 'drug' } },
      { text: 'Wszystkie inne kremy na rozstępy działają tylko powierzchniowo.', context: { product: 'supplement' } },
      { text: 'Klasyczna terapia bólu głowy nie pomaga tak jak nasz neurostymulator.', context: { product: 'medical-device' } },
      { text: 'Konwencjonalne leczenie zaćmy nie daje takiej ostrości jak nasze soczewki premium.', context: { product: 'medical-service' } },
      { text: 'Dotychczasowe zabiegi na cellulit tylko maskowały problem.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      // near misses (round 7): a disease course, a denial, a patient's history, our own limits
      { text: 'Dostępne leki łagodzą objawy choroby Parkinsona, ale jej nie zatrzymują.', context: { product: 'medical-service' } },
      { text: 'To nieprawda, że tradycyjne metody nie działają – dobieramy je indywidualnie.', context: { product: 'medical-service' } },
      { text: 'Standardowe leczenie kanałowe trwa zwykle dwie wizyty.', context: { product: 'medical-service' } },
      { text: 'Nasze zabiegi nie zastąpią leczenia dermatologicznego trądziku.', context: { product: 'aesthetic-surgery' } },
      { text: 'Lepiej skonsultuj się z lekarzem, zanim zaczniesz ćwiczyć.', context: { product: 'medical-service' } },
      { text: 'Przyjdź nie później niż 15 minut przed zabiegiem.', context: { product: 'medical-service' } },
      { text: 'W piątki kończymy przyjęcia szybciej niż zwykle, bo o 15:00.', context: { product: 'medical-service' } },
      { text: 'Ciśnieniomierz mierzy z dokładnością ±3 mmHg (według instrukcji używania).', context: { product: 'medical-device' } },
      { text: 'Alternatywą dla leczenia w gabinecie jest kontrola w poradni NFZ – decyzja należy do Ciebie.', context: { product: 'medical-service' } },
      { text: 'Gabinet czynny inaczej w wakacje – sprawdź godziny.', context: { product: 'medical-service' } },
      { text: 'Na tle zdjęcia RTG lekarz omówi plan leczenia.', context: { product: 'medical-service' } },
      { text: 'Tak jak co roku, w sierpniu gabinet jest nieczynny.', context: { product: 'medical-service' } },
      { text: 'Inne godziny przyjęć obowiązują w święta.', context: { product: 'medical-service' } },
      { text: 'Zabieg jest tak krótki, że możesz wrócić do pracy – zapytaj lekarza o przeciwwskazania.', context: { product: 'medical-service' } },
      { text: 'Zabieg trwa mniej niż godzinę, a kontrola odbywa się po miesiącu.', context: { product: 'medical-service' } },
      { text: 'Przyjdź co najmniej 10 minut wcześniej niż godzina wizyty.', context: { product: 'medical-service' } },
      { text: 'Wynik dostaniesz szybciej, niż zdążysz wrócić do domu.', context: { product: 'medical-service' } },
      { text: 'Nakładki są alternatywą dla aparatu stałego – o wyborze decyduje ortodonta po badaniu.', context: { product: 'medical-service' } },
      { text: 'Rękojmia nie obejmuje uzupełnień tymczasowych noszonych dłużej niż zalecił lekarz.', context: { product: 'medical-service' } },
      { text: 'Co odróżnia trądzik różowaty od zwykłego trądziku? Wyjaśniamy w artykule.', context: { product: 'medical-service' } },
      // near misses: two conditions compared, a conditional in patient information, a price, a remote channel named as such
      { text: 'Nieleczone nadciśnienie jest groźniejsze niż sama cukrzyca – mówi raport GUS.', context: { product: 'medical-service' } },
      { text: 'Jeśli standardowe leczenie okaże się nieskuteczne, lekarz skieruje Cię na dalszą diagnostykę.', context: { product: 'medical-service' } },
      { text: 'Cena konsultacji jest porównywalna z cenami w innych przychodniach w mieście.', context: { product: 'medical-service' } },
      { text: 'Wizyta kontrolna może odbyć się stacjonarnie albo – jako alternatywa – telefonicznie.', context: { product: 'medical-service' } },
      { text: 'Zwykłą szczoteczkę wymieniaj co 3 miesiące, a końcówkę soniczną według instrukcji.', context: { product: 'medical-device' } },
    ],
  },
};
