import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { FOOD_INFO_ART7, HEALTH_CLAIMS_ART10 } from '../basis.js';
import { BODY_EFFECT, CURE_ALLOW, CURE_VERBS, DISEASE_EFFECT, EFFECT_CLAIMS, FOR_DISEASE, LEGAL_TEXT } from '../lexicon.js';

/**
 * A supplement (a food) presented as preventing or curing disease, or with effects that are not
 * authorised health claims. Food law, not the device regulation, is what binds a supplement post
 * (audit 2026-11, finding 12). Same classes of phrasings as pl/cure-claim and pl/misleading-property.
 */
export const foodClaim = defineRule({
  id: 'pl/food-claim',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [FOOD_INFO_ART7, HEALTH_CLAIMS_ART10],
  applies: { products: ['supplement'] },
  match: {
    patterns: [...CURE_VERBS, ...EFFECT_CLAIMS, ...DISEASE_EFFECT, ...BODY_EFFECT, ...FOR_DISEASE],
    allow: CURE_ALLOW,
    unlessSentence: LEGAL_TEXT,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const foodClaimDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Suplement Artroflex wyleczy Twoje stawy w miesiąc.', context: { product: 'supplement' } },
      { text: 'Kapsułki z czarnuszką leczą alergię – sprawdź sama!', context: { product: 'supplement' } },
      { text: 'Nasz sok z aronii oczyszcza wątrobę i wzmacnia odporność całej rodziny.', context: { product: 'supplement' } },
    ],
    valid: [
      { text: 'Witamina C pomaga w prawidłowym funkcjonowaniu układu odpornościowego.', context: { product: 'supplement' } },
      { text: 'Suplement diety nie leczy chorób – przy dolegliwościach skonsultuj się z lekarzem.', context: { product: 'supplement' } },
      { text: 'Suplement diety. Zalecana dzienna porcja: 1 kapsułka. Przechowywać w suchym miejscu.', context: { product: 'supplement' } },
    ],
  },
};
