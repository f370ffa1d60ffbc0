import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { COSMETIC_CLAIMS, UZNK_16 } from '../basis.js';
import { BODY_EFFECT, CURE_ALLOW, CURE_VERBS, DISEASE_EFFECT, EFFECT_CLAIMS, FOR_DISEASE, LEGAL_TEXT } from '../lexicon.js';

/**
 * A cosmetic or other consumer product presented as curing disease or with effects it lacks.
 * Cosmetics law, not the device regulation, binds a cosmetic post (audit 2026-11, finding 12).
 * `warning` with `verified: false`: art. 20 of Reg. 1223/2009 was not re-read in the primary text,
 * and `other` may be a product for which only the unfair-competition act applies.
 */
export const cosmeticClaim = defineRule({
  id: 'pl/cosmetic-claim',
  category: 'misleading-property',
  severity: 'warning',
  verified: false,
  legalBasis: [COSMETIC_CLAIMS, UZNK_16('pkt 2')],
  applies: { products: ['other'] },
  match: {
    patterns: [...CURE_VERBS, ...EFFECT_CLAIMS, ...DISEASE_EFFECT, ...BODY_EFFECT, ...FOR_DISEASE],
    allow: CURE_ALLOW,
    unlessSentence: LEGAL_TEXT,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const cosmeticClaimDocs: RuleDocs = {
  note: 'UNVERIFIED: art. 20 ust. 1 of Reg. 1223/2009 (claims must not attribute characteristics the product lacks) and the common criteria of Reg. 655/2013 were cited from the audit [K], not re-read in the Official Journal. Upgrade to error once checked.',
  examples: {
    invalid: [
      { text: 'Krem dermatologiczny, który w tydzień wyleczy trądzik.', context: { product: 'other' } },
      { text: 'Szampon z dziegciem leczy łuszczycę skóry głowy.', context: { product: 'other' } },
      { text: 'Serum odmładza skórę o 10 lat i usuwa toksyny.', context: { product: 'other' } },
    ],
    valid: [
      { text: 'Krem nawilża i wygładza naskórek; do codziennej pielęgnacji.', context: { product: 'other' } },
      { text: 'Kosmetyk nie leczy trądziku – w leczeniu pomoże dermatolog.', context: { product: 'other' } },
      { text: 'Dermatolog leczy choroby skóry, kosmetolog zadba o pielęgnację.', context: { product: 'other' } },
    ],
  },
};
