import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, UZNK_16 } from '../basis.js';
import { SUPERLATIVE, SUPERLATIVE_ALLOW, SUPERLATIVE_UNLESS } from '../lexicon.js';

/**
 * Superlatives for a device, drug or supplement. Unlike clinic information there is no flat ban:
 * the claim is unlawful when it cannot be substantiated (MDR art. 7, art. 16 ust. 1 pkt 2 uznk),
 * so the finding is a `warning` asking for the proof (audit 2026-11 § 3.1).
 */
export const superlativeProduct = defineRule({
  id: 'pl/superlative-product',
  category: 'superlative',
  severity: 'warning',
  legalBasis: [MDR_ART7, UZNK_16('pkt 2')],
  applies: { products: ['medical-device', 'drug', 'supplement'] },
  match: {
    patterns: SUPERLATIVE,
    allow: SUPERLATIVE_ALLOW,
    unlessSentence: SUPERLATIVE_UNLESS,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const superlativeProductDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'To jedyny taki aparat słuchowy na rynku.', context: { product: 'medical-device' } },
      { text: 'Najskuteczniejszy syrop na suchy kaszel – sprawdź w aptece.', context: { product: 'drug' } },
      { text: 'Kolagen numer 1 wśród kobiet po czterdziestce.', context: { product: 'supplement' } },
    ],
    valid: [
      { text: 'Najczęściej zadawane pytania o aparaty słuchowe – odpowiadamy w zakładce FAQ.', context: { product: 'medical-device' } },
      { text: 'Najlepiej przechowywać syrop w lodówce po otwarciu.', context: { product: 'drug' } },
      { text: 'Ten aparat nie jest najtańszy, ale ma 3 lata gwarancji.', context: { product: 'medical-device' } },
    ],
  },
};
