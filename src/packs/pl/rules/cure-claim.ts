import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7 } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/**
 * "Leczy", "wyleczy", "uzdrawia" said of a device, supplement, cosmetic or aesthetic procedure.
 * Drugs treat their indications and doctors treat patients, so drug ads and clinic information
 * are outside this rule; "leczenie kanałowe" is a service name, not a verb claim.
 */
export const cureClaim = defineRule({
  id: 'pl/cure-claim',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [MDR_ART7],
  applies: { products: ['medical-device', 'supplement', 'aesthetic-surgery', 'other'] },
  match: {
    patterns: ['lecz(y|ą)', 'wylecz(y|ysz|ymy|ą|ony|ona|one|enie|enia|eniem)', 'uzdrawia*', 'uzdrowi(|sz|my|ą)'],
    allow: [
      // People and places that treat. Nouns only: the adjectives ("materac ortopedyczny leczy",
      // "krem dermatologiczny leczy") are exactly the product claims this rule is for.
      '(lekarz*|lekark*|dr|doktor*|specjalista|specjalistka|specjaliści|dermatolog|dermatolodzy|stomatolog|stomatolodzy|ortopeda|ortopedzi|kardiolog|kardiolodzy|ginekolog|ginekolodzy|klinik*|gabinet*|przychodni*|poradni*|oddział*|zespół|który|która|którzy|kto) ~2 lecz(y|ą)',
    ],
    unlessSentence: LEGAL_TEXT,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const cureClaimDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Opaska magnetyczna BioMag leczy reumatyzm.', context: { product: 'medical-device' } },
      { text: 'Suplement Artroflex wyleczy Twoje stawy w miesiąc.', context: { product: 'supplement' } },
      { text: 'Lampa na podczerwień uzdrawia przeziębienie i zatoki.', context: { product: 'medical-device' } },
      { text: 'Ten materac ortopedyczny leczy bóle kręgosłupa i przywraca zdrowy sen.', context: { product: 'medical-device' } },
      { text: 'Krem dermatologiczny, który w tydzień wyleczy trądzik.', context: { product: 'other' } },
    ],
    valid: [
      { text: 'Dr Anna Nowak leczy choroby skóry u dorosłych i dzieci.', context: { product: 'medical-device' } },
      { text: 'Nasi ortopedzi leczą urazy sportowe; materace dobieramy po konsultacji.', context: { product: 'medical-device' } },
      { text: 'Opatrunek nie leczy infekcji – przy zaczerwienieniu rany zgłoś się do lekarza.', context: { product: 'medical-device' } },
      { text: 'Maść leczy stany zapalne skóry zgodnie ze wskazaniami w ulotce.', context: { product: 'drug' } },
    ],
  },
};
