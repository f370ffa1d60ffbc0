import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { uwm, UZNK_16 } from '../basis.js';
import { CELEBRITY, LEGAL_TEXT } from '../lexicon.js';

/**
 * Public figures praising a device or a supplement. No express Polish ban (Pf art. 55 ust. 1 is for
 * drugs); a paid celebrity opinion is advertising (UWM art. 58 ust. 1 pkt 3) and is misleading when
 * the endorsement implies effects the product lacks. Hence `warning`: a review point, not a ban
 * (audit 2026-11 § 3.1).
 */
export const celebrityProduct = defineRule({
  id: 'pl/celebrity-product',
  category: 'celebrity-endorsement',
  severity: 'warning',
  legalBasis: [uwm('art. 58 ust. 1 pkt 3', 'kierowania do publicznej wiadomości opinii przez użytkowników wyrobów, jeżeli otrzymują z tego tytułu korzyści'), UZNK_16('pkt 2')],
  applies: { products: ['medical-device', 'supplement'], audiences: ['public'] },
  match: { patterns: CELEBRITY, unlessSentence: LEGAL_TEXT },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const celebrityProductDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Mistrzyni olimpijska wybrała opaskę uciskową KneeFix.', context: { product: 'medical-device' } },
      { text: 'Znany youtuber Kuba od roku pije nasz kolagen – efekt widać na kanale!', context: { product: 'supplement' } },
      { text: 'Gwiazda serialu o lekarzach nosi nasze wkładki ortopedyczne na planie.', context: { product: 'medical-device' } },
      { text: 'Aktorka Joanna Kwiatek wybrała nasze szkła progresywne.', context: { product: 'medical-device' } },
      { text: 'Influencerka fitness poleca nasze białko z kolagenem.', context: { product: 'supplement' } },
      { text: 'Grupa naukowców z Oslo opracowała formułę naszych kapsułek.', context: { product: 'supplement' } },
      // classes: the product credited to a scientist, a scientist's publication record as the voucher
      { text: 'Suplement opracowany przez prof. Jana Nowaka z Uniwersytetu Medycznego.', context: { product: 'supplement' } },
      { text: 'Formuła stworzona przez zespół naukowców z Harvardu.', context: { product: 'supplement' } },
      { text: 'Dr Petr Novak, immunolog, jest autorem lub współautorem ponad 200 publikacji naukowych.', context: { product: 'supplement' } },
    ],
    valid: [
      { text: 'Opaska KneeFix – rozmiary S–XL, instrukcja w opakowaniu.', context: { product: 'medical-device' } },
      { text: 'Znany od lat problem bólu kolan dotyczy co trzeciej osoby po 50. roku życia.', context: { product: 'medical-device' } },
      { text: 'Gwiazdkowa promocja w sklepie? Sprawdź regulamin przed zakupem suplementu.', context: { product: 'supplement' } },
      { text: 'Naukowcy wciąż badają wpływ kolagenu na skórę – więcej w artykule.', context: { product: 'supplement' } },
      { text: 'Znany od lat model opaski, teraz w nowym rozmiarze.', context: { product: 'medical-device' } },
      { text: 'Aktorska pasja naszego technika to temat na osobny post.', context: { product: 'medical-device' } },
      { text: 'Obóz prowadzi drużyna na czele z drużynowym Piotrem; zabierz opaski odblaskowe.', context: { product: 'medical-device' } },
      // near misses: a national association's recommendation (allowed by Reg. 1924/2006 art. 11), a leaflet's author line
      { text: 'Rekomendowany przez Polskie Towarzystwo Dietetyki.', context: { product: 'supplement' } },
      { text: 'Ulotka dla pacjenta – autor tekstu: dział medyczny producenta.', context: { product: 'medical-device' } },
    ],
  },
};
