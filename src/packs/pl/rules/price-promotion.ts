import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { NIL_GUIDANCE, UDL_ART14 } from '../basis.js';
import { LEGAL_TEXT, PROMOTION, PROMOTION_ALLOW, PROMOTION_UNLESS } from '../lexicon.js';

/** Prices as a lure, discounts, vouchers and contests in the information of clinics. */
export const pricePromotion = defineRule({
  id: 'pl/price-promotion',
  category: 'price-promotion-lottery',
  severity: 'error',
  legalBasis: [UDL_ART14, NIL_GUIDANCE],
  applies: { products: ['medical-service', 'aesthetic-surgery'], audiences: ['public'] },
  match: {
    patterns: PROMOTION,
    allow: PROMOTION_ALLOW,
    unlessSentence: [...LEGAL_TEXT, ...PROMOTION_UNLESS],
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const pricePromotionDocs: RuleDocs = {
  note: 'Art. 14 ust. 1 UDL forbids information with the features of advertising; the NIL reads it as excluding references to favourable prices, discounts and instalments. A neutral price list is information and is not flagged.',
  examples: {
    invalid: [
      { text: 'Black Friday w Klinice Uśmiechu: -30% na implanty i raty 0% przez 24 miesiące!', context: { product: 'medical-service' } },
      { text: 'Darmowy test na pasożyty przy każdej wizycie!', context: { product: 'medical-service' } },
      { text: 'Konkurs! Do wygrania voucher na wybielanie zębów.', context: { product: 'medical-service' } },
      { text: 'Implanty już od 2 999 zł – zapytaj o termin.', context: { product: 'medical-service' } },
      { text: 'Pakiet trzech zabiegów mezoterapii w specjalnej cenie.', context: { product: 'aesthetic-surgery' } },
      { text: 'Przy drugim zabiegu kwota zostanie obniżona o 150 zł.', context: { product: 'aesthetic-surgery' } },
      { text: 'Mezoterapia 399 zł zamiast 499 zł tylko w listopadzie.', context: { product: 'aesthetic-surgery' } },
      { text: 'Było 1200 zł, teraz 900 zł za pełne leczenie kanałowe.', context: { product: 'medical-service' } },
      { text: 'Kolejny zabieg taniej o 20% dla stałych pacjentek.', context: { product: 'aesthetic-surgery' } },
      { text: 'Bądź na bieżąco z naszymi promocjami na zabiegi laserowe.', context: { product: 'aesthetic-surgery' } },
      // classes: a trade-in, the rules of a campaign
      { text: 'Wymień stary aparat ortodontyczny na nowy – do 300 zł mniej za nakładki.', context: { product: 'medical-service' } },
      { text: 'Regulamin akcji „Zdrowy uśmiech” – szczegóły w rejestracji gabinetu.', context: { product: 'medical-service' } },
      // classes: a token or half price, a referral reward
      { text: 'Konsultacja ortodontyczna za 1 zł tylko w listopadzie!', context: { product: 'medical-service' } },
      { text: 'Druga osoba na higienizację za pół ceny.', context: { product: 'medical-service' } },
      { text: 'Przyprowadź znajomego, a oboje otrzymacie 100 zł na zabiegi.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'Cennik: konsultacja ortodontyczna 200 zł, przegląd 150 zł.', context: { product: 'medical-service' } },
      { text: 'Badania w ramach NFZ są dla pacjentów bezpłatne – wystarczy skierowanie.', context: { product: 'medical-service' } },
      { text: 'Dla pacjentów bezpłatny parking za budynkiem przychodni.', context: { product: 'medical-service' } },
      { text: 'Ogłaszamy konkurs na stanowisko kierownika przychodni.', context: { product: 'medical-service' } },
      { text: 'Cennik: konsultacja 200 zł, kontrola 100 zł.', context: { product: 'medical-service' } },
      { text: 'Zmiana lekarza POZ przysługuje bezpłatnie trzy razy w roku.', context: { product: 'medical-service' } },
      { text: 'Koszt badania pokrywa NFZ po okazaniu skierowania.', context: { product: 'medical-service' } },
      { text: 'Leczenie kanałowe: 900 zł (cena obejmuje mikroskop).', context: { product: 'medical-service' } },
      { text: 'Teraz przyjmujemy także w soboty.', context: { product: 'medical-service' } },
      { text: 'Za wizytę zapłacisz kartą lub gotówką.', context: { product: 'medical-service' } },
      { text: 'Zabieg zmniejsza obwód o 20-30% według producenta urządzenia (dane z instrukcji).', context: { product: 'aesthetic-surgery' } },
      { text: 'Skuteczność zamknięcia żyły w 90%-98% przypadków według danych producenta.', context: { product: 'medical-service' } },
      { text: 'W ramach gwarancji zapewniamy bezpłatne usunięcie wad wykonanej pracy protetycznej.', context: { product: 'medical-service' } },
      { text: 'Warunkiem utrzymania gwarancji jest bezpłatny przegląd co 12 miesięcy.', context: { product: 'medical-service' } },
      // near misses: a free remedy when the treatment fails (a warranty term), a vaccination campaign
      { text: 'W przypadku odrzucenia implantu wszczepiamy kolejny bezpłatnie w ramach 5-letniej gwarancji.', context: { product: 'medical-service' } },
      { text: 'W razie awarii wymienimy aparat słuchowy bezpłatnie.', context: { product: 'medical-service' } },
      { text: 'Regulamin akcji szczepień przeciw grypie dostępny w rejestracji.', context: { product: 'medical-service' } },
      // near misses: word of mouth without a reward, a refund, a documentation fee
      { text: 'Jeśli jesteś zadowolony, poleć nas znajomym.', context: { product: 'medical-service' } },
      { text: 'Refundacja NFZ pokrywa połowę ceny aparatu słuchowego.', context: { product: 'medical-service' } },
      { text: 'Za wydanie kopii dokumentacji medycznej pobieramy opłatę zgodną z ustawą o prawach pacjenta.', context: { product: 'medical-service' } },
      { text: 'Pół ceny wizyty zwracamy przy odwołaniu na 24 h przed terminem.', context: { product: 'medical-service' } },
      { text: 'Regulamin akcji krwiodawstwa dostępny na stronie RCKiK.', context: { product: 'medical-service' } },
    ],
  },
};
