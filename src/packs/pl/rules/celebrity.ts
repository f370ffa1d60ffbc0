import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { pf } from '../basis.js';
import { CELEBRITY, LEGAL_TEXT } from '../lexicon.js';

/**
 * Public figures and scientists presenting or recommending a drug: the express ban of Pf art. 55
 * ust. 1. Devices and supplements have no express ban: pl/celebrity-product, at `warning`.
 */
export const celebrity = defineRule({
  id: 'pl/celebrity',
  category: 'celebrity-endorsement',
  severity: 'error',
  legalBasis: [
    pf('art. 55 ust. 1 pkt 1–2', 'prezentowaniu produktu leczniczego przez osoby znane publicznie, naukowców'),
  ],
  applies: { products: ['drug'], audiences: ['public'] },
  match: {
    patterns: CELEBRITY,
    unlessSentence: LEGAL_TEXT,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const celebrityDocs: RuleDocs = {
  note: 'The express ban (Pf art. 55 ust. 1) covers drugs only; devices and supplements are in pl/celebrity-product.',
  examples: {
    invalid: [
      { text: 'Lubiany prezenter telewizyjny Marek K. poleca syrop Kaszlostop.', context: { product: 'drug' } },
      { text: 'Znana aktorka stosuje nasze tabletki na odporność każdej zimy.', context: { product: 'drug' } },
      { text: 'Profesor immunologii potwierdza: te krople do nosa działają od pierwszej dawki.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Zgaga to znany od lat problem – poznaj jej przyczyny.', context: { product: 'drug' } },
      { text: 'Gwiazdkowa zbiórka darów dla hospicjum – dziękujemy!', context: { product: 'drug' } },
      { text: 'Reklama leku nie może polegać na prezentowaniu go przez osoby znane publicznie ani naukowców.', context: { product: 'drug' } },
    ],
  },
};
