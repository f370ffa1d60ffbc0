import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { pf } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/** Public figures and scientists presenting or recommending a product. */
export const celebrity = defineRule({
  id: 'pl/celebrity',
  category: 'celebrity-endorsement',
  severity: 'error',
  legalBasis: [
    pf('art. 55 ust. 1 pkt 1–2', 'prezentowaniu produktu leczniczego przez osoby znane publicznie, naukowców'),
  ],
  applies: { products: ['drug', 'medical-device', 'supplement'], audiences: ['public'] },
  match: {
    patterns: [
      'znan(y|a|ego|ej|emu|ym|ą|i) (aktor*|aktork*|piosenkar*|prezenter*|dziennikar*|sportow*|influencer*|blogerk*|bloger*|youtuber*|celebryt*|trener*|modelk*|kucharz*)',
      'lubian(y|a|ego|ej|ym|ą) (aktor*|aktork*|piosenkar*|prezenter*|dziennikar*|sportow*)',
      'prezenter* (telewizyjn*|radiow*|pogody)',
      'gwiazd(a|y|ą|o) (tv|telewizji|sportu|estrady|serialu|kina|disco|instagrama|tiktoka|polsat*|tvn)',
      'celebryt*',
      'ambasador* marki',
      'twarz(|ą) (kampanii|marki)',
      '(mistrz*|mistrzyni*|medalist*|medalistk*) (olimpijsk*|świata|europy|polski)',
      'olimpijczy*',
      '(profesor*|prof.|naukowc*|naukowiec) ~3 (polec*|zalec*|potwierdz*|stosuj*|używa*)',
    ],
    unlessSentence: LEGAL_TEXT,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const celebrityDocs: RuleDocs = {
  note: 'The express ban (Pf art. 55 ust. 1) covers drugs. For devices and supplements there is no express ban; paid celebrity opinions are advertising under art. 58 ust. 1 pkt 3 UWM and must meet all ad rules, so the finding asks for review.',
  examples: {
    invalid: [
      { text: 'Lubiany prezenter telewizyjny Marek K. poleca syrop Kaszlostop.', context: { product: 'drug' } },
      { text: 'Znana aktorka stosuje nasze tabletki na odporność każdej zimy.', context: { product: 'drug' } },
      { text: 'Mistrzyni olimpijska wybrała opaskę uciskową KneeFix.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Zgaga to znany od lat problem – poznaj jej przyczyny.', context: { product: 'drug' } },
      { text: 'Gwiazdkowa zbiórka darów dla hospicjum – dziękujemy!', context: { product: 'drug' } },
      { text: 'Reklama leku nie może polegać na prezentowaniu go przez osoby znane publicznie ani naukowców.', context: { product: 'drug' } },
    ],
  },
};
