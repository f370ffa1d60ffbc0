import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { FOOD_INFO_ART7, HEALTH_CLAIMS_ART10 } from '../basis.js';
import { BODY_EFFECT, CURE_ALLOW, CURE_VERBS, DISEASE_EFFECT, EFFECT_CLAIMS, FOR_DISEASE, LEGAL_TEXT } from '../lexicon.js';

/**
 * A food presented as a medicine: "grzyb leczniczy", a rhetorical remedy question ("Jak temu
 * zaradzić? Podać dziecku …"), surgery or drugs made "unnecessary". Reg. 1169/2011 art. 7 ust. 3
 * bars attributing to a food the property of treating or preventing disease at all.
 */
const FOOD_AS_MEDICINE = [
  'lecznicz(y|a|e|ego|ej|ych|ym|ymi|ą)',
  'właściwości* (lecznicz*|uzdrawiając*)',
  '(jak|czym) (temu|tym|sobie|jej|mu|im) (zaradzić|pomóc|poradzić)',
  '(operacj*|operowani*|endoprotez*|leki|leków|leczeni*|farmakoterapi*) ~4 (niepotrzebn*|zbędn*)',
];

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
    patterns: [...CURE_VERBS, ...EFFECT_CLAIMS, ...DISEASE_EFFECT, ...BODY_EFFECT, ...FOR_DISEASE, ...FOOD_AS_MEDICINE],
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
      { text: 'Syrop z czarnego bzu chroni przed przeziębieniem i grypą.', context: { product: 'supplement' } },
      { text: 'Kapsułki z karczochem odtruwają wątrobę po świętach.', context: { product: 'supplement' } },
      { text: 'Naturalny sposób na nadciśnienie – krople z głogu.', context: { product: 'supplement' } },
      { text: 'Herbatka z ziół leczniczych na każdą dolegliwość żołądka.', context: { product: 'supplement' } },
      { text: 'Dziecko nie może się skupić? Jak temu zaradzić? Wystarczą dwie żelki dziennie.', context: { product: 'supplement' } },
      { text: 'Z naszym kolagenem endoproteza kolana często okazuje się niepotrzebna.', context: { product: 'supplement' } },
      { text: 'Ratuje stawy i wątrobę po latach zaniedbań.', context: { product: 'supplement' } },
      { text: 'Postanowiłam wyleczyć się z łuszczycy naturalnie – kapsułki z czarnuszką.', context: { product: 'supplement' } },
    ],
    valid: [
      { text: 'Witamina C pomaga w prawidłowym funkcjonowaniu układu odpornościowego.', context: { product: 'supplement' } },
      { text: 'Suplement diety nie leczy chorób – przy dolegliwościach skonsultuj się z lekarzem.', context: { product: 'supplement' } },
      { text: 'Suplement diety. Zalecana dzienna porcja: 1 kapsułka. Przechowywać w suchym miejscu.', context: { product: 'supplement' } },
      { text: 'Cynk pomaga w utrzymaniu prawidłowego funkcjonowania układu odpornościowego.', context: { product: 'supplement' } },
      { text: 'Nie stosować u kobiet w ciąży; przy cukrzycy skonsultuj się z lekarzem.', context: { product: 'supplement' } },
      { text: 'Kolagen w proszku, smak cytrynowy, 30 porcji.', context: { product: 'supplement' } },
      { text: 'Magnez pomaga w utrzymaniu prawidłowych funkcji psychologicznych.', context: { product: 'supplement' } },
      { text: 'Suplement diety nie zastępuje leczenia – przy bólu stawów skonsultuj się z lekarzem.', context: { product: 'supplement' } },
    ],
  },
};
