import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { NIL_GUIDANCE, UDL_ART14 } from '../basis.js';
import { AFTERCARE, LEGAL_TEXT, PERSUASION, URGENCY, URGENCY_ALLOW, URGENCY_UNLESS } from '../lexicon.js';

/**
 * Clinic information that persuades: art. 14 ust. 1 UDL bars "cechy reklamy", and the NIL names
 * encouragement to use the services as the defining one. Two classes: time pressure (URGENCY)
 * and imperative or emotional invitations to use the service (PERSUASION). A bare invitation
 * ("rejestracja: tel. …", "umów wizytę kontrolną") is information. A statute binds entities that
 * perform medical activity (offence: art. 147a § 2 kw), so `error` (audit 2026-11, finding 5).
 * Devices, drugs and supplements: pl/urging-product.
 */
export const urging = defineRule({
  id: 'pl/urging',
  category: 'urging',
  severity: 'error',
  legalBasis: [UDL_ART14, NIL_GUIDANCE],
  applies: { products: ['medical-service', 'aesthetic-surgery'] },
  match: {
    patterns: [...URGENCY, ...PERSUASION],
    allow: URGENCY_ALLOW,
    // A public screening programme ("zbadaj się w ramach programu NFZ") is health policy, not an ad.
    unlessSentence: [...LEGAL_TEXT, ...URGENCY_UNLESS, ...AFTERCARE, 'nfz', 'narodow* fundusz*', 'w ramach programu'],
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const urgingDocs: RuleDocs = {
  note: 'EU-law risk: an absolute ban on advertising health care was held contrary to EU law in C-339/15 Vanderborght (2017) and, for pharmacies, C-200/24 (2025). Art. 14 UDL is in force and enforced by the chambers; the finding says what the statute says.',
  examples: {
    invalid: [
      { text: 'Nie czekaj! Zapisz się na konsultację jeszcze dziś – zostały ostatnie wolne terminy.', context: { product: 'medical-service' } },
      { text: 'Tylko dziś wybielanie w promocyjnej cenie.', context: { product: 'medical-service' } },
      { text: 'Zadbaj o swój uśmiech – nasi higieniści czekają na Ciebie.', context: { product: 'medical-service' } },
      { text: 'Odzyskaj pewność siebie po ciąży: abdominoplastyka w klinice Nova.', context: { product: 'aesthetic-surgery' } },
      { text: 'Pozwól sobie na chwilę dla siebie i przekonaj się, jak działa masaż limfatyczny.', context: { product: 'medical-service' } },
      { text: 'Wymodeluj usta u nas – efekt zobaczysz w lustrze.', context: { product: 'aesthetic-surgery' } },
      { text: 'Boli Cię kręgosłup? Zbadaj się u nas, zanim będzie gorzej.', context: { product: 'medical-service' } },
      { text: 'Dołącz do grona zadowolonych pacjentek naszej kliniki!', context: { product: 'aesthetic-surgery' } },
      { text: 'Jeśli marzysz o jędrnej skórze, zapraszamy na radiofrekwencję.', context: { product: 'aesthetic-surgery' } },
      { text: 'Zaufało nam już ponad 2000 pacjentów.', context: { product: 'medical-service' } },
      { text: 'Czas na metamorfozę – nowy sezon, nowa Ty.', context: { product: 'aesthetic-surgery' } },
      { text: 'Jeśli marzysz o płaskim brzuchu, zapraszamy na konsultację.', context: { product: 'aesthetic-surgery' } },
      // classes: "warto" with a word in between, "now is the moment"
      { text: 'Warto więc zaufać doświadczeniu naszych chirurgów.', context: { product: 'aesthetic-surgery' } },
      { text: 'Zarezerwuj termin, bo właśnie teraz skóra najlepiej znosi laser.', context: { product: 'aesthetic-surgery' } },
      // class: the best or a unique chance, now
      { text: 'Dzień Zdrowia Jamy Ustnej to najlepsza okazja, by umówić przegląd.', context: { product: 'medical-service' } },
      { text: 'To wyjątkowa szansa, aby odmłodzić skórę przed latem.', context: { product: 'aesthetic-surgery' } },
      // classes: limited slots, "you deserve", the wish as the benefit, social proof in numbers
      { text: 'Zapisy ruszyły, liczba terminów ograniczona!', context: { product: 'medical-service' } },
      { text: 'Twój uśmiech zasługuje na więcej – odwiedź nas.', context: { product: 'medical-service' } },
      { text: 'Chcesz gładkiej skóry bez przebarwień? Przyjdź do nas.', context: { product: 'aesthetic-surgery' } },
      { text: 'Zaufało nam 10 000 pacjentów z całej Polski.', context: { product: 'medical-service' } },
      { text: 'Pokochaj swoje odbicie w lustrze.', context: { product: 'aesthetic-surgery' } },
      // scarcity of the offer in a clinic ad (round 7)
      { text: 'Klinika: ilość voucherów na depilację laserową jest ograniczona.', context: { product: 'aesthetic-surgery' } },
      // classes @benefit, @benefit-verb: an imperative with the benefit it sells (round 10: sentences written for the classes, not taken from a corpus row)
      { text: 'Przywróć skórze blask po lecie – mezoterapia mikroigłowa.', context: { product: 'aesthetic-surgery' } },
      { text: 'Odbierz młodzieńczy owal twarzy dzięki nićmi PDO.', context: { product: 'aesthetic-surgery' } },
      { text: 'Popraw samopoczucie z turnusem w sanatorium nad jeziorem.', context: { product: 'medical-service' } },
      { text: 'Zacznij metamorfozę od konsultacji z chirurgiem plastykiem.', context: { product: 'aesthetic-surgery' } },
      { text: 'Zafunduj zębom śnieżnobiały uśmiech w naszej pracowni.', context: { product: 'medical-service' } },
      { text: 'Odbuduj energię i witalność kroplówkami w centrum Vita.', context: { product: 'medical-service' } },
      // classes @deal, @runs-out: scarcity and deadlines (round 10: sentences written for the classes, not taken from a corpus row)
      { text: 'Jesienna promocja na depilację laserową dobiega końca.', context: { product: 'aesthetic-surgery' } },
      { text: 'Wolne terminy na grudzień szybko się rozchodzą.', context: { product: 'medical-service' } },
      { text: 'Cena pakietu obowiązuje tylko do piątku.', context: { product: 'aesthetic-surgery' } },
      { text: 'Pierwszych 15 pacjentów otrzyma przegląd gratis.', context: { product: 'medical-service' } },
      { text: 'Ostatni dzwonek na peeling przed sezonem słonecznym!', context: { product: 'aesthetic-surgery' } },
      { text: 'Miejsc na turnus rehabilitacyjny jest coraz mniej.', context: { product: 'medical-service' } },
      { text: 'Kto pierwszy, ten lepszy – vouchery na mezoterapię czekają.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'Umów wizytę kontrolną 6 miesięcy po zabiegu.', context: { product: 'medical-service' } },
      { text: 'Jeśli po zabiegu wystąpi gorączka, nie czekaj – zadzwoń pod 112.', context: { product: 'medical-service' } },
      { text: 'Rejestracja: tel. 12 345 67 89, wizyty można umawiać online.', context: { product: 'medical-service' } },
      { text: 'Sprawdź godziny otwarcia przychodni w zakładce Kontakt.', context: { product: 'medical-service' } },
      { text: 'Przed zabiegiem zadbaj o nawodnienie i nie przyjmuj aspiryny przez 7 dni – tak brzmi zalecenie lekarza.', context: { product: 'aesthetic-surgery' } },
      { text: 'Jeśli chcesz odwołać wizytę, zadzwoń dzień wcześniej.', context: { product: 'medical-service' } },
      { text: 'Czas na zabieg wynosi około 40 minut.', context: { product: 'aesthetic-surgery' } },
      { text: 'Rejestracja telefoniczna: 12 345 67 89, pon.–pt. 8–18.', context: { product: 'medical-service' } },
      { text: 'Zbadaj się w ramach bezpłatnego programu profilaktyki raka szyjki macicy NFZ.', context: { product: 'medical-service' } },
      { text: 'Czas na zmiany w grafiku: od lipca przyjmujemy także w soboty.', context: { product: 'medical-service' } },
      { text: 'Po 50. roku życia warto wykonać kolonoskopię – skierowanie wystawia lekarz rodzinny.', context: { product: 'medical-service' } },
      { text: 'Właśnie teraz trwa remont rejestracji, wejście od podwórza.', context: { product: 'medical-service' } },
      { text: 'Zobacz, co właśnie teraz dzieje się w naszej pracowni protetycznej.', context: { product: 'medical-service' } },
      // near misses: a medical fact, an ordinary "good occasion" to ask
      { text: 'Dla części chorych przeszczep jest jedyną szansą na przeżycie.', context: { product: 'medical-service' } },
      { text: 'Wizyta kontrolna to dobra okazja, by zapytać o higienę aparatu.', context: { product: 'medical-service' } },
      // near misses: health advice in a question, the reader's own choice
      { text: 'Chcesz zdrowych zębów? Pamiętaj o nitkowaniu i przeglądzie raz w roku.', context: { product: 'medical-service' } },
      { text: 'Liczba miejsc na sali jest ustalona przepisami przeciwpożarowymi.', context: { product: 'medical-service' } },
      // classes @benefit, @benefit-verb: an imperative with the benefit it sells (round 10: sentences written for the classes, not taken from a corpus row)
      { text: 'Zobaczcie galerię zdjęć z metamorfoz naszych pacjentek.', context: { product: 'aesthetic-surgery' } },
      { text: 'Przeczytaj artykuł o zdrowiu dziąseł na naszym blogu.', context: { product: 'medical-service' } },
      { text: 'Daj znać rejestracji, jeśli zdrowie nie pozwala Ci przyjść na wizytę.', context: { product: 'medical-service' } },
      { text: 'Unikaj słońca przez tydzień po zabiegu, by chronić urodę skóry.', context: { product: 'medical-service' } },
      // classes @deal, @runs-out: scarcity and deadlines (round 10: sentences written for the classes, not taken from a corpus row)
      { text: 'Wizyta kończy się omówieniem wyników i planu leczenia.', context: { product: 'medical-service' } },
      { text: 'Rejestracja czynna do 18:00, zapisy przyjmujemy telefonicznie.', context: { product: 'medical-service' } },
      { text: 'W ostatnich latach liczba zachorowań na półpasiec wzrosła.', context: { product: 'medical-service' } },
      { text: 'Cennik obowiązuje od 1 stycznia; ceny zawierają VAT.', context: { product: 'medical-service' } },
      { text: 'Promocja nie dotyczy zabiegów refundowanych przez NFZ.', context: { product: 'medical-service' } },
    ],
  },
};
