import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, UDL_ART14, UZNK_16 } from '../basis.js';
import { CURE_ALLOW, CURE_VERBS, DISEASE_CURE, DISEASES, LEGAL_TEXT } from '../lexicon.js';

/**
 * "Leczy", "wyleczy", "uzdrawia" said of a device or an aesthetic procedure. Drugs treat their
 * indications and doctors treat patients, so drug ads and clinic information are outside this
 * rule; "leczenie kanałowe" is a service name, not a verb claim. Supplements and cosmetics are
 * bound by food and cosmetics law, not by the device regulation: pl/food-claim, pl/cosmetic-claim.
 */
export const cureClaim = defineRule({
  id: 'pl/cure-claim',
  category: 'misleading-property',
  severity: 'error',
  // Devices: MDR art. 7; an aesthetic procedure (a service): misleading advertising and the ban on
  // "cechy reklamy" in clinic information.
  legalBasis: [MDR_ART7, UDL_ART14, UZNK_16('pkt 2')],
  applies: { products: ['medical-device', 'aesthetic-surgery'] },
  match: {
    patterns: [...CURE_VERBS, ...DISEASE_CURE, ...DISEASES.map((d) => `algorytm* ~8 ${d}`)],
    allow: CURE_ALLOW,
    unlessSentence: LEGAL_TEXT,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const cureClaimDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Opaska magnetyczna BioMag leczy reumatyzm.', context: { product: 'medical-device' } },
      { text: 'Lampa na podczerwień uzdrawia przeziębienie i zatoki.', context: { product: 'medical-device' } },
      { text: 'Ten materac ortopedyczny leczy bóle kręgosłupa i przywraca zdrowy sen.', context: { product: 'medical-device' } },
      { text: 'Mezoterapia igłowa uzdrawia zniszczone włosy i leczy łysienie.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'Dr Anna Nowak leczy choroby skóry u dorosłych i dzieci.', context: { product: 'medical-device' } },
      { text: 'Nasi ortopedzi leczą urazy sportowe; materace dobieramy po konsultacji.', context: { product: 'medical-device' } },
      { text: 'Opatrunek nie leczy infekcji – przy zaczerwienieniu rany zgłoś się do lekarza.', context: { product: 'medical-device' } },
      { text: 'Maść leczy stany zapalne skóry zgodnie ze wskazaniami w ulotce.', context: { product: 'drug' } },
    ],
  },
};
