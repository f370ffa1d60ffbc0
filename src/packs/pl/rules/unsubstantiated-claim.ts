import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, UZNK_16 } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/**
 * Claims that invoke evidence ("klinicznie udowodnione", "badania potwierdzają", "95%
 * skuteczności") or promise protection from infection, without a verifiable source.
 */
export const unsubstantiatedClaim = defineRule({
  id: 'pl/unsubstantiated-claim',
  category: 'unsubstantiated-claim',
  severity: 'warning',
  legalBasis: [MDR_ART7, UZNK_16('pkt 2')],
  match: {
    patterns: [
      'klinicznie (udowodnion*|potwierdzon*|przetestowan*|sprawdzon*|dowiedzion*)',
      '(potwierdzon*|udowodnion*|dowiedzion*) (klinicznie|naukowo|badaniami)',
      '(potwierdzon*|udowodnion*|dowiedzion*) w badani*',
      'naukowo (udowodnion*|potwierdzon*|dowiedzion*)',
      'badania (dowodzą|potwierdzają|pokazują|wykazały|wykazują|potwierdziły)',
      // "badania sugerują, że…": a research finding; "badania wskazują na anemię" (the patient's own
      // tests) has no "że" clause
      'badania (sugerują|wskazują|sugerowały|wskazały|wskazywały) ~1 że',
      // evidence in the passive voice, with no one who found it: "przebadane i potwierdzono ich
      // działanie", "wykazano skuteczność"
      '(potwierdzono|wykazano|udowodniono|dowiedziono) ~3 (działani*|skuteczn*|efekt*|wpływ*|bezpieczeństw*|korzyś*)',
      '(przebadan*|zbadan*) (i|oraz) (potwierdzon*|potwierdzono|udowodnion*|udowodniono|wykazano)',
      // studies named only by kind, with the verb a few words on: "Badania kliniczne i
      // laboratoryjne wykazują", "Najnowsze badania naukowe w USA potwierdzają", "wyniki badań potwierdzają"
      '(badani*|badań) (kliniczn*|naukow*|laboratoryjn*|niezależn*|dermatologiczn*) ~4 (wykaz*|potwierdz*|dowodz*|dowiod*|pokaz*|udowodni*)',
      // "wyniki badań potwierdzają skuteczność", not "wyniki badań potwierdzają rozpoznanie"
      'wyniki (badań|badania|testów) (potwierdzaj*|pokazuj*|wykazuj*|wykazał*|potwierdził*) ~2 (skuteczn*|efekt*|działani*|oddziaływani*|bezpieczeństw*)',
      'wyniki (badań|badania|testów) (dowodzą|dowiodły|udowodniły)',
      '(udowodnion*|potwierdzon*|dowiedzion*) (są|jest|zostały|została|został|zostało) (klinicznie|naukowo|badaniami)',
      // an exact effect size: "redukują adipocyty o 23-26%", "20-30% redukcji tkanki tłuszczowej"
      '(redukuj*|zmniejsz*|zwiększ*|popraw*|obniż*|podnos*|skraca*|spala*|ujędrni*|wygładz*|redukcj*) ~4 o #percent',
      '(redukuj*|zmniejsz*|zwiększ*|popraw*|obniż*|podnos*|skraca*|spala*|ujędrni*|wygładz*|redukcj*) ~4 o #number #percent',
      '#percent (redukcj*|spad*|popraw*|wzrost*|zmniejszeni*|zwiększeni*|skuteczności)',
      '#percent mniej (tkanki|tłuszczu|zmarszczek|cellulitu)',
      // a fraction instead of a per cent: "cellulit zmniejsza się o połowę"
      '(redukuj*|zredukuj*|zmniejsz*|zwiększ*|popraw*|obniż*|spada*|spadnie|redukcj*) ~3 o ~1 (połowę|ćwierć|trzecią)',
      // a success rate without a source: "ok. 90% z nich można skutecznie zrekompensować",
      // "skuteczna eliminacja chorych żył w 90%-98%"
      // and the same for success or failure counted by the provider: "odsetek udanych implantacji
      // wynosi 98,5 %", "liczba powikłań to poniżej 1% przypadków"
      '#percent ~4 (skuteczn*|skutecznie|wylecz*|wyleczal*|eliminacj*|zadowolon*|udan*|powodzeni*|sukces*)',
      '(skuteczn*|skutecznie|wylecz*|wyleczal*|eliminacj*|zadowolon*) ~4 #percent',
      // a count of outcomes stretches further ("komplikacje po zabiegu zdarzają się u mniej niż 2%")
      '(udan*|powodzeni*|sukces*|powikła*|komplikacj*|nawrot*|niepowodze*) ~7 #percent',
      '(eksperci|naukowcy|specjaliści) (potwierdzają|potwierdzili)',
      're:\\d{2,3}\\s?%\\s(skutecznosci|pacjentow|badanych|uzytkownikow|uzytkowniczek|kobiet|osob|redukcji|poprawy)',
      're:(az|nawet) o \\d+\\s?%',
      're:\\d+\\s(na|z)\\s10\\s\\p{L}+',
      '(sprawdzon*|przetestowan*|testowan*) (klinicznie|naukowo|dermatologicznie|laboratoryjnie)',
      '(testowan*|przetestowan*|zatwierdzon*|sprawdzon*|potwierdzon*) ~2 przez ~1 (specjalist*|ekspert*|naukowc*|laboratori*)',
      'naukowc* ~6 (odkryli|udowodnili|dowiedli|zbadali|opracowali)',
      're:(dwu|trzy|cztero|piecio|szescio|siedmio|osmio|dziewiecio|dziesiecio|kilku|kilkunasto|wielo)krotn\\p{L}*\\s(wzmacn|zwieksz|popraw|przyspiesz|skracaj|redukuj|zmniejsz|lepiej|szybciej|skuteczn|silniej|mocniej|szybsz|lepsz|silniejs|mocniejs|trwalsz)\\p{L}*',
      're:\\d+\\s?(x|razy)\\s(lepiej|szybciej|skuteczniej|mocniej|silniej|wiecej|glebiej|dluzej)',
      '(chroń*|chroni*|ochroni*) ~2 przed (koronawirus*|wirus*|covid*|zakaże*|infekcj*|gryp*|przeziębieni*|bakteri*)',
    ],
    // A per cent of money (a discount, deposit, VAT, refund) is not a success rate.
    allow: [
      '(rabat*|zniżk*|vat|zadat*|zaliczk*|refund*|dofinans*|taniej|obniżk*|promocj*|upust*) ~3 #percent',
      '#percent ~2 (rabat*|zniżk*|vat|zadat*|zaliczk*|refund*|dofinans*|taniej|obniżk*|ceny|kosztów|wartości|upust*)',
      // evidence-based medicine as the yardstick, not a claim about the product: "komentarze w
      // opozycji do metod leczenia udowodnionych naukowo", "sprzeczne z metodami potwierdzonymi klinicznie"
      '(opozycj*|sprzeczn*|niezgodn*|przeciwieństwie) ~6 (udowodnion*|potwierdzon*|dowiedzion*)',
      // an observation about this patient, not evidence: "po zabiegu potwierdzono skuteczność znieczulenia"
      '(po|przy) (zabiegu|badaniu|wizycie|leczeniu|kontroli) ~2 (potwierdzono|wykazano)',
      'w trakcie (zabiegu|badania|wizyty|leczenia|kontroli) ~2 (potwierdzono|wykazano)',
    ],
    unlessSentence: [...LEGAL_TEXT, 'chpl', 'charakterystyk* produktu', 'ulotk*', 'źródło', 'et al', 'i wsp', 'doi', 'pubmed', 're:n\\s?=\\s?\\d+', 'http*', 'www'],
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const unsubstantiatedClaimDocs: RuleDocs = {
  note: 'Invoking evidence is lawful when the source is verifiable and the claim matches the IFU; the finding asks for the source (warning). Protection claims against infection follow the UOKiK intervention against „Chroń się przed koronawirusem z Mlekovitą” (2020).',
  examples: {
    invalid: [
      { text: 'Klinicznie udowodniona skuteczność – opaska łagodzi ból kolana.', context: { product: 'medical-device' } },
      { text: 'Aż 95% użytkowniczek potwierdza poprawę już po tygodniu.', context: { product: 'medical-device' } },
      { text: 'Chroń się przed koronawirusem z naszym napojem.', context: { product: 'other' } },
      { text: 'Serum przetestowane dermatologicznie, pięciokrotnie zwiększa nawilżenie.', context: { product: 'medical-device' } },
      { text: 'Żel wchłania się 4 razy szybciej niż tradycyjne maści.', context: { product: 'medical-device' } },
      { text: 'Metoda zatwierdzona przez ekspertów z wiodących laboratoriów.', context: { product: 'medical-service' } },
      { text: 'Badania kliniczne przeprowadzone w Europie potwierdzają skuteczność naszej opaski.', context: { product: 'medical-device' } },
      { text: 'Wyniki badań dowodzą, że radiofrekwencja ujędrnia skórę.', context: { product: 'aesthetic-surgery' } },
      { text: 'Fala uderzeniowa redukuje cellulit nawet o 40%.', context: { product: 'aesthetic-surgery' } },
      { text: 'Efekty zabiegu są udowodnione klinicznie.', context: { product: 'aesthetic-surgery' } },
      { text: 'Już 3 zabiegi to 25% mniej tkanki tłuszczowej w okolicy brzucha.', context: { product: 'aesthetic-surgery' } },
      // class: a success rate without a source
      { text: 'Nawet 95% pacjentów skutecznie pozbywa się bólu pleców po naszej terapii.', context: { product: 'medical-service' } },
      { text: 'Skuteczność plastra wynosi 87% – noś go na noc.', context: { product: 'medical-device' } },
      // classes: a provider's own success or complication rate, "studies suggest that", evidence in the passive
      { text: 'Z naszych statystyk wynika, że odsetek udanych zabiegów przekracza 97 %.', context: { product: 'medical-service' } },
      { text: 'Komplikacje po liftingu nićmi zdarzają się u niespełna 2% pacjentek.', context: { product: 'aesthetic-surgery' } },
      { text: 'Badania sugerują, że kolagen morski spowalnia starzenie się skóry.', context: { product: 'other' } },
      { text: 'Poduszki zostały przebadane i potwierdzono ich korzystny wpływ na kręgosłup.', context: { product: 'medical-device' } },
      { text: 'W testach wykazano skuteczność opatrunku w gojeniu odleżyn.', context: { product: 'medical-device' } },
      // classes: a fraction instead of a per cent, a multiplier with a comparative adjective
      { text: 'Fala radiowa zmniejsza cellulit nawet o połowę.', context: { product: 'aesthetic-surgery' } },
      { text: 'Dwukrotnie szybsza regeneracja skóry dzięki osoczu bogatopłytkowemu.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'W badaniu z 2021 r. (Kowalski i wsp., n=120) ból zmniejszył się u 62% osób.', context: { product: 'medical-device' } },
      { text: 'Ciśnieniomierz mierzy z dokładnością ±3 mmHg według instrukcji używania.', context: { product: 'medical-device' } },
      { text: 'Wyrób medyczny klasy IIa, zgodny z normą EN ISO 81060-2.', context: { product: 'medical-device' } },
      { text: 'Badanie: Nowak i wsp., 2021, doi 10.1000/xyz – skuteczność 72 % (n=120).', context: { product: 'medical-device' } },
      { text: 'Żel należy nakładać 2 razy dziennie.', context: { product: 'medical-device' } },
      { text: 'Sprzęt przechodzi przeglądy techniczne zgodnie z instrukcją.', context: { product: 'medical-device' } },
      { text: 'Badania krwi wykonujemy codziennie od 7:00, wyniki w 24 h.', context: { product: 'medical-service' } },
      { text: 'Rabat 20% na drugi zabieg obowiązuje do końca miesiąca – regulamin w recepcji.', context: { product: 'other' } },
      { text: 'Według badania Kowalski i wsp. (2020, n=80, doi 10.1000/abc) obwód zmniejszył się o 3%.', context: { product: 'aesthetic-surgery' } },
      { text: 'Wyniki badań potwierdzają rozpoznanie – lekarz omówi je na wizycie.', context: { product: 'medical-service' } },
      { text: 'Refundacja NFZ obejmuje 70% ceny aparatu słuchowego.', context: { product: 'medical-device' } },
      { text: 'Skuteczność szczepionki wynosi 95% (źródło: ChPL, punkt 5.1).', context: { product: 'drug' } },
      { text: 'W Polsce około 30% dorosłych choruje na nadciśnienie.', context: { product: 'medical-device' } },
      { text: 'Skuteczne leczenie kanałowe pod mikroskopem – zadatek 30% przy rezerwacji.', context: { product: 'medical-service' } },
      { text: 'Leczenie jest refundowane w 100% przez NFZ, skuteczność zależy od stadium choroby.', context: { product: 'medical-service' } },
      // near misses: the patient's own tests, a rate with its source, a finding about the patient, evidence-based medicine as the norm
      { text: 'Badania wskazują na niedobór żelaza – lekarz omówi z Tobą dalsze kroki.', context: { product: 'medical-service' } },
      { text: 'Ryzyko powikłań po ekstrakcji wynosi około 2% (źródło: Kowalski i wsp., 2019).', context: { product: 'medical-service' } },
      { text: 'W badaniu USG wykazano obecność torbieli, dlatego skierowaliśmy pacjentkę do ginekologa.', context: { product: 'medical-service' } },
      { text: 'Usuwamy komentarze sprzeczne z metodami leczenia udowodnionymi naukowo.', context: { product: 'other' } },
      // near misses: waiting time halved (a service fact), a multiplier of frequency
      { text: 'Czas oczekiwania na wizytę skrócił się o połowę dzięki rejestracji online.', context: { product: 'medical-service' } },
      { text: 'Plaster należy zmieniać dwukrotnie w ciągu doby.', context: { product: 'medical-device' } },
      { text: 'Po zabiegu potwierdzono skuteczność znieczulenia i pacjent wrócił do domu.', context: { product: 'medical-service' } },
      { text: 'Dwukrotnie wyższa dawka witaminy D jest zalecana tylko po konsultacji z lekarzem.', context: { product: 'supplement' } },
    ],
  },
};
