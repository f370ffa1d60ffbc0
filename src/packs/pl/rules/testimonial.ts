import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { NIL_GUIDANCE, pf, uwm } from '../basis.js';
import { LEGAL_TEXT, SYMPTOM_WORDS, TESTIMONIAL_VOICE } from '../lexicon.js';

/** Patient and user stories, curated reviews, "thousands of satisfied patients". */
export const testimonial = defineRule({
  id: 'pl/testimonial',
  category: 'testimonial',
  severity: 'warning',
  legalBasis: [
    uwm('art. 58 ust. 1 pkt 3', 'kierowania do publicznej wiadomości opinii przez użytkowników wyrobów, jeżeli otrzymują z tego tytułu korzyści'),
    pf('art. 55 ust. 2 pkt 3', 'mogą prowadzić do błędnej autodiagnozy przez przytaczanie szczegółowych opisów przypadków i objawów choroby'),
    NIL_GUIDANCE,
  ],
  match: {
    patterns: [
      'opini(a|e|i|ę|ami) ~1 (pacjent*|klient*|użytkownik*|kupując*)',
      // satisfied patients vouching for the offer; a bare count of satisfied patients is not a testimonial
      'zadowolon(y|a|ych|ymi|i) (pacjent*|klient*|użytkownik*|mam*|kobiet*) ~3 (poleca*|potwierdza*|chwal*|mylić|piszą|mówią)',
      ...TESTIMONIAL_VOICE,
      '(kobiety|pacjenci|pacjentki|użytkownicy|użytkowniczki|klienci|klientki|mamy|seniorzy) (potwierdzają|chwalą|polecają|piszą)',
      'pisze ~1 (pani|pan|pacjent*|klient*|użytkownik*)',
      'dziękujemy za (zaufanie|opini*|recenzj*|wspaniał*|piękn*)',
      'recenzj(a|e|i) (pacjent*|klient*)',
      're:★{4,5}',
      're:5\\s?/\\s?5',
      'moja historia',
      '(pacjenci|pacjentki|klienci|klientki|użytkownicy|użytkowniczki) ~2 (zachwycen*|zadowolen*)',
      'polecam ~3 (serca|serdecznie|każdemu|wszystkim|gorąco)',
      'gorąco polecam',
      // a first-person recommendation of the provider: "Jeszcze raz polecam ten gabinet",
      // "Bardzo polecam pomoc Pani dietetyk"
      'polecam ~2 (gabinet*|klinik*|miejsc*|centrum|ośrodek|salon*|przychodni*|zespół|personel|panią|pana)',
      '(bardzo|serdecznie|szczerze|raz) polecam ~3 (pani*|pan|pana|dr|doktor*|gabinet*|klinik*|zespół|centrum|ośrod*|dietetyk*|fizjoterapeut*|lekarz*|stomatolog*|dentyst*)',
      'dzięki ~2 (wreszcie|znów|znowu)',
      'dzięki ~2 w końcu',
      'po raz pierwszy od (lat|miesięcy)',
    ],
    // aftercare conditions ("jeśli ból nie minął po 3 dniach, zgłoś się") are not a past case
    allow: ['opini* ~2 (orzecznik*|biegł*|konsultant*|sądow*)', '(jeśli|jeżeli|gdy|gdyby|kiedy|dopóki|aż) ~2 @symptom',
      // the same for a named disease: a condition or a denial, not a past case ("gdy infekcja minęła", "grypa nie ustąpiła")
      '(jeśli|jeżeli|gdy|gdyby|kiedy|dopóki|aż) ~3 @disease', '@disease ~2 nie @gone-past',
      // The symptom words as a group, not @symptom: after a class a skipped word may be cut short,
      // so "nie" would also match the end of "praktycznie" ("Ból praktycznie ustąpił" was allowed).
      `${SYMPTOM_WORDS} ~2 nie (ustąpił*|minął|minęła|minęły|zniknął|zniknęła|zniknęły|przeszedł|przeszła|przeszły)`,
    ],
    unlessSentence: [...LEGAL_TEXT, 'zostaw* ~1 opini*', 'oceń ~1 nas'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const testimonialDocs: RuleDocs = {
  note: 'Art. 58 ust. 1 pkt 3 UWM makes paid user opinions advertising (so every ad rule applies); it does not ban them. Clinics: curated reviews are promotion under art. 14 UDL as the NIL reads it. Hence warning.',
  examples: {
    invalid: [
      { text: '„Po raz pierwszy od lat śpię bez bólu” – pisze pani Krystyna o materacu OrtoSen.', context: { product: 'medical-device' } },
      { text: 'Tysiące zadowolonych pacjentów nie może się mylić!', context: { product: 'medical-service' } },
      { text: 'Kobiety potwierdzają szybkość działania tabletki.', context: { product: 'drug' } },
      { text: 'Dziękujemy za zaufanie i wspaniałe opinie naszych pacjentów ★★★★★', context: { product: 'medical-service' } },
      // classes: first-person outcome narrative, signed thanks, signature with age
      { text: 'Przez dwa lata nie mogłam spać na boku. Po trzech wizytach wreszcie mogę normalnie funkcjonować.', context: { product: 'medical-service' } },
      { text: 'Pani Doktor, dziękuję za nowy uśmiech i cierpliwość do mnie! Magda', context: { product: 'aesthetic-surgery' } },
      { text: 'Plastry noszę od miesiąca i ból pleców całkiem minął – Zbyszek, 61 lat', context: { product: 'medical-device' } },
      { text: 'Moja córka po trzech wizytach wreszcie przestała bać się dentysty.', context: { product: 'medical-service' } },
      { text: 'Od kiedy noszę te wkładki, kolana bolą mniej – Grażyna z Kutna.', context: { product: 'medical-device' } },
      { text: 'Jestem ogromnie wdzięczna całemu zespołowi za opiekę przy porodzie.', context: { product: 'medical-service' } },
      { text: 'Polecam tę klinikę każdemu, kto boi się dentysty – Marta.', context: { product: 'medical-service' } },
      { text: 'Szczerze polecam panią doktor, po latach strachu wreszcie zrobiłam zęby.', context: { product: 'medical-service' } },
      { text: 'Rok temu zdiagnozowano u mnie zespół cieśni nadgarstka, dziś pracuję bez bólu.', context: { product: 'medical-service' } },
      { text: 'Rodziłam tu w maju i czułam się wspaniale zaopiekowana przez cały personel.', context: { product: 'medical-service' } },
      // classes: the provider helped me, I finally found the right one, a life restarted, a review's closing line
      { text: 'Pan Tomasz ogromnie mi pomógł po wypadku, dziś znów jeżdżę na rowerze.', context: { product: 'medical-service' } },
      { text: 'Po latach szukania nareszcie trafiłam do dentystki, która się ze mną nie spieszy.', context: { product: 'medical-service' } },
      { text: 'Z tą pompą insulinową zaczęłam żyć od nowa.', context: { product: 'medical-device' } },
      { text: 'Terapia pomogła mi wyjść z nerwicy. Gorąco polecam!', context: { product: 'medical-service' } },
      { text: 'Po dwóch wizytach ból barku ustąpił. Dziękuję za cenne rady!', context: { product: 'medical-service' } },
      { text: 'U pani Ewy przebarwienia zniknęły po trzech zabiegach laserem.', context: { product: 'aesthetic-surgery' } },
      // class: improvement or relief felt, in the first person
      { text: 'Po trzech sesjach u Pani Magdy odczułam wyraźną poprawę w odcinku lędźwiowym.', context: { product: 'medical-service' } },
      { text: 'Od razu poczułem ulgę, kolano przestało strzykać.', context: { product: 'medical-service' } },
      { text: 'Ból praktycznie ustąpił po drugiej wizycie u Pana Tomka.', context: { product: 'medical-service' } },
      // classes: the sceptic converted, as good as new
      { text: 'Byłem sceptyczny, ale po trzech zabiegach kolano jest jak nowe.', context: { product: 'medical-service' } },
      // class @review next to the first person (round 10: sentences written for the class, not taken from a corpus row)
      { text: 'Po trzech tygodniach rehabilitacji jestem zachwycona, chodzę po schodach.', context: { product: 'medical-service' } },
      { text: 'Warto było, nie żałuję ani złotówki wydanej na lifting.', context: { product: 'aesthetic-surgery' } },
      { text: 'Pani fizjoterapeutka ma złote ręce, kręgosłup przestał mi dokuczać.', context: { product: 'medical-service' } },
      { text: 'Laryngolog naprawdę mi pomógł z nawracającymi zatokami, jestem wdzięczna.', context: { product: 'medical-service' } },
      { text: 'Aparat słuchowy to najlepsza decyzja w moim życiu.', context: { product: 'medical-device' } },
      { text: 'Na pewno wrócę do tej pracowni na kolejne badanie, moja mama też.', context: { product: 'medical-service' } },
      { text: 'Efekt przerósł moje oczekiwania, czuję się jak nowo narodzona.', context: { product: 'aesthetic-surgery' } },
      // class @gone-past with a named disease (round 10: sentences written for the class, not taken from a corpus row)
      { text: 'Po sześciu seansach u nas cofnęła się łuszczyca na łokciach pana Adama.', context: { product: 'medical-service' } },
      { text: 'Zatoki przestały boleć, a przewlekła alergia po prostu zniknęła.', context: { product: 'medical-device' } },
      { text: 'Migrena minęła po miesiącu picia naparu – relacjonuje czytelniczka.', context: { product: 'supplement' } },
      { text: 'Dzięki turnusowi rwa kulszowa ustąpiła, mogę znów jeździć na rowerze.', context: { product: 'medical-service' } },
      { text: 'Trądzik różowaty zniknął po serii zabiegów laserem – historia Marty.', context: { product: 'aesthetic-surgery' } },
      { text: 'Odkąd śpię na poduszce, bezsenność przeszła jak ręką odjął.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Wydajemy opinie do sądu – specjalista ortopeda jako biegły sądowy.', context: { product: 'medical-service' } },
      { text: 'Byliście u nas? Zostaw opinię w Google – pomoże nam się rozwijać.', context: { product: 'medical-service' } },
      { text: 'Opinia konsultanta krajowego w dziedzinie stomatologii jest dostępna na stronie ministerstwa.', context: { product: 'medical-service' } },
      { text: 'Od 2010 roku zaufało nam kilka tysięcy zadowolonych pacjentów z regionu.', context: { product: 'medical-service' } },
      { text: 'Zrobiłam specjalizację z ortodoncji w Krakowie, a staż odbyłam w Wiedniu.', context: { product: 'medical-service' } },
      { text: 'Moja praca to leczenie dzieci – jestem pediatrą od 20 lat.', context: { product: 'medical-service' } },
      { text: 'Dziękujemy za cierpliwość podczas remontu rejestracji.', context: { product: 'medical-service' } },
      { text: 'Pacjent po zabiegu otrzymuje pisemne zalecenia.', context: { product: 'medical-service' } },
      { text: 'Polecamy konsultację przed każdym zabiegiem laserowym.', context: { product: 'medical-service' } },
      { text: 'Lekarz poleca ćwiczenia – zestaw otrzymasz po wizycie.', context: { product: 'medical-service' } },
      { text: 'Polecam tę metodę pacjentom z nadwrażliwością zębów – dr Anna Nowak, stomatolog.', context: { product: 'medical-service' } },
      { text: 'Pani Ewa z rejestracji pomogła mi ułożyć grafik dyżurów – dziękujemy za pracę przy przeprowadzce.', context: { product: 'medical-service' } },
      { text: 'Zaczęłam pracę w klinice w 2010 roku, a specjalizację ukończyłam w 2015.', context: { product: 'medical-service' } },
      { text: 'Polecam zabrać na wizytę wyniki poprzednich badań.', context: { product: 'medical-service' } },
      { text: 'Jeśli ból nie minął po 3 dniach, zgłoś się do lekarza.', context: { product: 'medical-service' } },
      { text: 'Gdy obrzęk już przeszedł, można wrócić do ćwiczeń.', context: { product: 'medical-service' } },
      // near miss: the clinic describes what improvement to expect, no one speaks of themselves
      { text: 'Poprawa zwykle pojawia się po kilku sesjach fizjoterapii – zależy to od rodzaju urazu.', context: { product: 'medical-service' } },
      // near miss: the clinic addresses the reader's doubts, no one tells their own story
      { text: 'Jesteś sceptyczny wobec akupunktury? Przeczytaj, co mówią badania.', context: { product: 'medical-service' } },
      // class @review next to the first person (round 10: sentences written for the class, not taken from a corpus row)
      { text: 'Będziesz zachwycona efektem – zapisz się na konsultację.', context: { product: 'medical-service' } },
      { text: 'Pacjent ma wyjść z gabinetu zadowolony: to nasza zasada.', context: { product: 'medical-service' } },
      { text: 'Jestem lekarzem rodzinnym, przyjmuję w poniedziałki i środy.', context: { product: 'medical-service' } },
      { text: 'Dziękujemy, że wybraliście naszą przychodnię – zapraszamy ponownie w godzinach otwarcia.', context: { product: 'medical-service' } },
      { text: 'Czy zabieg spełni moje oczekiwania? Omówimy to na wizycie.', context: { product: 'medical-service' } },
      // class @gone-past with a named disease (round 10: sentences written for the class, not taken from a corpus row)
      { text: 'Grypa nie ustąpiła po tygodniu? Zgłoś się do lekarza rodzinnego.', context: { product: 'medical-service' } },
      { text: 'Jeżeli infekcja minęła, szczepienie można wykonać po 2 tygodniach.', context: { product: 'medical-service' } },
      { text: 'Nadciśnienie nie zniknęło samo – wymaga stałego leczenia.', context: { product: 'medical-service' } },
      { text: 'Gdy alergia ustąpiła u dziecka, kontrolę wyznacza alergolog.', context: { product: 'medical-service' } },
    ],
  },
};
