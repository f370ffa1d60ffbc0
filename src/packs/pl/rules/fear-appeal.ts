import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { pf, UZNK_16 } from '../basis.js';
import { AFTERCARE, LEGAL_TEXT } from '../lexicon.js';

/** Threats of illness or death tied to not buying or using the product or service. */
export const fearAppeal = defineRule({
  id: 'pl/fear-appeal',
  category: 'fear-appeal',
  severity: 'error',
  legalBasis: [
    pf('art. 55 ust. 2 pkt 1 lit. c', 'nieprzyjmowanie produktu leczniczego może pogorszyć stan zdrowia'),
    UZNK_16('pkt 3'),
    {
      kind: 'case-law',
      citation: 'decyzja GIF nr PR.600.25.2020.JD.1 z 31.03.2020 (Neosine Forte – wykorzystanie lęku przed epidemią)',
      url: 'http://makebrandsafer.pl/blog/Jak-rozpoznac-bezprawna-reklame-produktow-zwalczajacych-koronawirusa',
    },
  ],
  match: {
    patterns: [
      'nie ryzykuj*',
      'ryzyk(o|a|iem) ~3 (groźn*|poważn*|śmier*|utraty|zdrowia|życia|chorob*|infekcj*|zakaże*|udaru|zawału|raka|nowotwor*|amputacj*)',
      'groźn(ej|ych|a|e|y|ego|ymi) (infekcj*|chorob*|powikła*|zakaże*|wirus*|bakteri*|konsekwencj*)',
      'grozi ~3 (śmierci*|udarem|zawałem|rakiem|ślepot*|kalectw*|amputacj*|wózkiem)',
      '(może|mogą) ~1 (skończyć|zakończyć) się ~2 (rakiem|śmiercią|udarem|zawałem|amputacją|operacją|kalectwem|ślepotą|usunięciem|ekstrakcją|utratą|protezą|dializami|przeszczepem|wózkiem)',
      // the disease will not wait: "Próchnica nie poczeka", "choroba nie czeka"
      // ("ból nie poczeka do poniedziałku – dyżur" is emergency hours, so not pain)
      // ("Rak nie czeka" is also the slogan of screening campaigns and the oncology fast track)
      '(próchnica|choroba|infekcja|wada|zakażenie|zapalenie) nie (poczeka|czeka|zaczeka)',
      // a short road to a grave consequence: "prosta droga do paradontozy", "krótka droga do utraty zęba"
      // treatment urged at once so that harm "does not come": "najlepiej jak najszybciej po ich
      // usunięciu, żeby nie doszło do powikłań"
      'jak najszybciej ~8 (żeby|aby|by) nie (doszło|dopuścić|dochodziło) do ~2 @harm',
      'niezwłocznie ~8 (żeby|aby|by) nie (doszło|dopuścić|dochodziło) do ~2 @harm',
      '(prosta|prostą|krótka|krótką) (droga|drogą) do ~2 @harm',
      '(prosta|prostą|krótka|krótką) (droga|drogą) do ~2 @disease',
      '(prosta|prostą|krótka|krótką) (droga|drogą) do (paradontoz*|próchnic*|ekstrakcj*|protez*|operacj*|kalectw*|niepełnosprawn*)',
      'nieleczon* ~5 (prowadzi|grozi|kończy|skończyć|zabija|uszkadza|niszczy|powoduje)',
      // delay or neglect next to a serious consequence, in either order: "im dłużej zwlekasz z
      // wizytą, tym większe ryzyko…", "ryzyko, które wynika z ignorowania ubytku słuchu"
      '@neglect ~8 @harm',
      '@harm ~4 @neglect',
      // "w efekcie często bywa za późno na działania", "potem jest już za późno"
      '(bywa|jest|będzie|było|być) ~1 za późno',
      // a multiplied risk of a disease as the hook: "niedosłuch dwukrotnie zwiększa ryzyko depresji"
      '(dwukrotnie|trzykrotnie|czterokrotnie|pięciokrotnie|kilkukrotnie|wielokrotnie|kilkakrotnie) (zwiększa|zwiększają|podnosi|podnoszą) ~1 ryzyk*',
      // the same consequence of not acting, said of the neglect: "pozostawienie pustego miejsca
      // prowadzi do przemieszczania się zębów", "zaniedbanie grozi utratą zęba"
      '(pozostawieni*|zaniedbani*|zaniechani*|nieuzupełnion*|zlekceważon*) ~6 (prowadzi|prowadzą|grozi|grożą|kończy|skutkuje) ~1 (do|utrat*|powikła*|poważn*|trwał*)',
      // class (round 7): the threat you cannot see ("ukrytych wad zgryzu, które nie są widoczne na
      // pierwszy rzut oka", "nie wie, że cierpi na schorzenia") and a cause that breeds grave
      // disease ("przyczyniają się do rozwoju chorób, w tym nowotworów", "powodując poważne choroby")
      '@hidden @threat-noun',
      'nie (wie|wiedzą|wiedząc|wiedzieć) ~3 (że|iż) ~2 (cierpi*|choruj*|chorob*)',
      '@threat-noun ~6 (nie|niewidoczn*) ~3 na pierwszy rzut oka',
      '(przyczynia*|prowadzi|prowadzą|powoduj*|powodując*|sprzyja*) ~3 (rozwoju|rozwojowi|powstania|powstawania|rozwój) ~3 @threat-noun',
      '(powoduj*|powodując*|wywołuj*|wywołując*) ~3 (poważn*|groźn*|ciężk*) ~1 @threat-noun',
      'możesz umrzeć',
      'zanim będzie za późno',
      '(aż|gdy) będzie za późno',
      'nie lekceważ*',
      'nie (wolno|można|należy) lekceważ*',
      'każdy dzień (bez|zwłoki)',
      'przerażając*',
      'alarmując*',
      'chroń (się|siebie|bliskich|dzieci|rodzinę|rodzinę) przed',
      // the imperative "nie narażaj się", not the participle "nie narażając pacjentów na ból" (a safety promise)
      'nie narażaj(|cie)',
      'śmierteln(ie|ego|ej|y|a|e) (zagroż*|niebezpiecz*|chorob*|ryzyk*|groźn*)',
      'cich* zabójc*',
      'tykając* bomb*',
    ],
    // "nigdy nie jest za późno", "czy jest za późno na aparat?": encouragement and a patient's question
    // A denied consequence ("odkładanie wizyty nie grozi…", "bez ryzyka utraty zadatku") is not one.
    // A risk lowered ("może zmniejszyć ryzyko raka") is a health claim (pl/food-claim), not a threat.
    // Weight is the loss an ad promises, not a harm: "prosta droga do utraty zbędnych kilogramów".
    // Aftercare on a symptom: "jeśli pojawi się gorączka, jak najszybciej zgłoś się, aby nie doszło do powikłań".
    // A diagnostic tool that finds what is hidden ("RTG wykrywa ukrytą próchnicę") is information.
    allow: ['(wykry*|wykrywa*|wykrycie|diagnozuj*|zdiagnozować|uwidoczni*|pokaż*|pokazuje|pokazać|ujawni*|ocenić|ocenia) ~3 @hidden', '(jeśli|jeżeli|gdy|razie|przypadku|kiedy) ~6 jak najszybciej', '(jeśli|jeżeli|gdy|razie|przypadku|kiedy) ~6 niezwłocznie', 'drog* do utraty ~1 (wagi|kilogramów|kilo|zbędnych|nadwagi|tłuszczu|centymetrów)', 'nie (jest|bywa|będzie) ~1 za późno', 'nie może być ~1 za późno', 'czy ~6 za późno', '(zmniejsz*|obniż*|redukuj*|zredukuj*|ogranicz*|minimaliz*|zminimaliz*) ~1 ryzyk* ~5 @neglect', '(zmniejsz*|obniż*|redukuj*|zredukuj*|ogranicz*|minimaliz*|zminimaliz*) ~2 ryzyk*', 'nie (grozi|grożą|zwiększa|zwiększają|prowadzi|prowadzą|powoduje|powodują|niesie|wiąże)', 'bez ryzyk*'],
    // Aftercare ("zaniedbanie higieny po zabiegu zwiększa ryzyko infekcji") and warranty terms
    // ("gwarancja nie obejmuje uszkodzeń wynikających z zaniedbania") name a risk to prevent it.
    // Informed consent names the risks of declining treatment because the patient may decline it.
    unlessSentence: [...LEGAL_TEXT, ...AFTERCARE, 'gwarancj*', 'rękojm*', 'praw* pacjenta', 'świadom* zgod*', 'informujemy o', '(omówi|omawia|wyjaśni|wyjaśnia) ~3 ryzyk*', 'oddaj* krew', 'krwiodaw*', 'szczepi*', 'zaszczep*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const fearAppealDocs: RuleDocs = {
  note: 'Express ban for drugs (Pf art. 55 ust. 2 pkt 1 lit. c, pkt 3a). For other products the basis is art. 16 ust. 1 pkt 3 uznk (advertising that plays on fear); its wording is UNVERIFIED in the catalogue.',
  examples: {
    invalid: [
      { text: 'Nieleczona zgaga może skończyć się rakiem przełyku. Sięgnij po Refluxan.', context: { product: 'drug' } },
      { text: 'Każdy dzień bez oczyszczacza w pokoju dziecka to ryzyko groźnej infekcji.', context: { product: 'medical-device' } },
      { text: 'Chroń się przed koronawirusem z naszym jogurtem!', context: { product: 'other' } },
      { text: 'Nie można lekceważyć kaszlu u dziecka – kup syrop zanim będzie za późno.', context: { product: 'drug' } },
      { text: 'Zaniedbanie paradontozy prowadzi do utraty zębów – nie czekaj.', context: { product: 'medical-service' } },
      // classes: neglect near a grave consequence, "za późno", a multiplied risk
      { text: 'Im dłużej odkładasz wizytę u okulisty, tym większe ryzyko trwałej utraty wzroku.', context: { product: 'medical-service' } },
      { text: 'Ignorowanie chrapania to prosta droga do zawału – sprawdź nasz aparat.', context: { product: 'medical-device' } },
      { text: 'Wiele osób zwleka z aparatem słuchowym, a potem jest już za późno.', context: { product: 'medical-device' } },
      { text: 'Nadwaga trzykrotnie zwiększa ryzyko cukrzycy. Zamów wagę z analizą składu ciała.', context: { product: 'medical-device' } },
      // class: "it may already be too late" in any tense
      { text: 'Gdy słyszysz gorzej, może być już za późno dla Twojego słuchu – zbadaj się u nas.', context: { product: 'medical-service' } },
      // classes: the disease will not wait, a short road to a grave consequence, ending in an extraction
      { text: 'Odkładasz wizytę? Próchnica nie poczeka.', context: { product: 'medical-service' } },
      { text: 'Zaniedbany kamień nazębny to prosta droga do paradontozy i utraty zębów.', context: { product: 'medical-service' } },
      { text: 'Zwykła nadwrażliwość może skończyć się usunięciem zęba.', context: { product: 'medical-service' } },
      // class: treatment urged at once so that harm does not come
      { text: 'Brakujący ząb warto uzupełnić jak najszybciej, żeby nie doszło do utraty kości.', context: { product: 'medical-service' } },
      // class (round 7): the hidden threat, a cause breeding grave disease (new sentences)
      { text: 'Utajona infekcja przyzębia może latami niszczyć kość – sprawdź to u nas.', context: { product: 'medical-service' } },
      { text: 'Wielu dorosłych nie wie, że choruje na jaskrę, dopóki nie straci części wzroku.', context: { product: 'medical-service' } },
      { text: 'Niezauważone ogniska próchnicy pod wypełnieniem potrafią zniszczyć ząb.', context: { product: 'medical-service' } },
      { text: 'Zmiany na skórze często nie budzą niepokoju na pierwszy rzut oka, a mogą być czerniakiem.', context: { product: 'medical-service' } },
      { text: 'Smog sprzyja rozwojowi astmy i raka płuc – oczyszczacz chroni Twoją rodzinę.', context: { product: 'medical-device' } },
      { text: 'Kamień nazębny uwalnia toksyny do krwi, powodując poważne choroby serca.', context: { product: 'medical-service' } },
      { text: 'Ukryta wada postawy u dziecka z czasem zniszczy mu kręgosłup.', context: { product: 'medical-service' } },
    ],
    valid: [
      // near misses of the hidden threat: an invisible brace, hidden fees, a first impression, a denial, diagnostics
      { text: 'Niewidoczne aparaty ortodontyczne są wygodne dla dorosłych.', context: { product: 'medical-service' } },
      { text: 'Ukryte koszty? U nas ich nie ma – cennik jest na stronie.', context: { product: 'medical-service' } },
      { text: 'Na pierwszy rzut oka zabieg wygląda skomplikowanie, ale trwa tylko kwadrans.', context: { product: 'aesthetic-surgery' } },
      { text: 'Ta dieta nie prowadzi do rozwoju chorób serca – wyjaśnia dietetyczka.', context: { product: 'medical-service' } },
      { text: 'Zdjęcie pantomograficzne pozwala wykryć ukrytą próchnicę między zębami.', context: { product: 'medical-service' } },
      { text: 'Nadciśnienie często nie daje objawów; kontrolne pomiary pomagają je wykryć wcześnie.', context: { product: 'medical-service' } },
      { text: 'Oddaj krew – ratuj życie. Regionalne Centrum Krwiodawstwa zaprasza.', context: { product: 'medical-service' } },
      { text: 'GIF uznał, że reklama wykorzystała uczucie lęku i zagrożenia w społeczeństwie.', context: { product: 'drug' } },
      { text: 'Gorączka u dziecka powyżej 39 °C to wskazanie do kontaktu z lekarzem.', context: { product: 'drug' } },
      { text: 'Kriolipoliza działa, nie narażając skóry na odmrożenia, gdy aplikator jest prawidłowo założony.', context: { product: 'aesthetic-surgery' } },
      { text: 'Nigdy nie jest za późno na leczenie ortodontyczne – aparat zakłada się także dorosłym.', context: { product: 'medical-service' } },
      { text: 'Zaniedbanie higieny po zabiegu zwiększa ryzyko infekcji, dlatego przekażemy Ci zalecenia.', context: { product: 'aesthetic-surgery' } },
      { text: 'Gwarancja nie obejmuje uszkodzeń wynikających z zaniedbania higieny jamy ustnej.', context: { product: 'medical-service' } },
      { text: 'Czy w wieku 60 lat jest za późno na implanty? Odpowiadamy w poradniku.', context: { product: 'medical-service' } },
      { text: 'Pacjent ma prawo odmówić leczenia – lekarz omówi ryzyko związane z zaniechaniem terapii.', context: { product: 'medical-service' } },
      { text: 'Przełożenie wizyty nie grozi utratą zadatku, jeśli odwołasz ją dzień wcześniej.', context: { product: 'medical-service' } },
      // near misses: a lowered risk is a health claim, not a threat; encouragement
      { text: 'Regularne kontrole zmniejszają ryzyko powikłań nieleczonej próchnicy.', context: { product: 'medical-service' } },
      { text: 'Na rzucenie palenia nigdy nie może być za późno – poradnia antynikotynowa pomaga bezpłatnie.', context: { product: 'medical-service' } },
      // near misses: emergency hours, weight as the loss, a treatment explained
      { text: 'Ból zęba nie poczeka do poniedziałku – w weekend działa nasz dyżur.', context: { product: 'medical-service' } },
      { text: 'Dieta z dietetykiem to prosta droga do utraty zbędnych kilogramów.', context: { product: 'medical-service' } },
      { text: 'Głęboka próchnica bywa leczona kanałowo – lekarz wyjaśni, na czym to polega.', context: { product: 'medical-service' } },
      { text: 'Rak nie czeka – pacjentów z kartą DiLO przyjmujemy bez kolejki.', context: { product: 'medical-service' } },
      // near misses: aftercare on a symptom, booking speed
      { text: 'Jeśli pojawi się gorączka, jak najszybciej zgłoś się do gabinetu, aby nie doszło do powikłań.', context: { product: 'medical-service' } },
      { text: 'Przyjmujemy jak najszybciej, aby nie dopuścić do długiego oczekiwania na wizytę.', context: { product: 'medical-service' } },
    ],
  },
};
