import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { LEGAL_TEXT, MINOR_APPEAL } from '../lexicon.js';

/**
 * A drug ad aimed at children. pl/minor-targeting cites the device act and leaves drugs out; the
 * drug ban comes from Directive 2001/83 art. 90 lit. e, transposed in the Pharmaceutical Law. Same
 * class of phrasings (addressing children, asking them to get parents to buy).
 */
export const drugMinorTargeting = defineRule({
  id: 'pl/drug-minor-targeting',
  category: 'minor-targeting',
  severity: 'warning',
  verified: false,
  legalBasis: [
    {
      kind: 'regulation',
      citation: 'art. 90 lit. e dyrektywy 2001/83/WE w sprawie wspólnotowego kodeksu odnoszącego się do produktów leczniczych stosowanych u ludzi',
      url: 'https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32001L0083',
      quote: 'jest skierowana wyłącznie lub głównie do dzieci',
    },
  ],
  applies: { products: ['drug'], audiences: ['public'] },
  match: { patterns: MINOR_APPEAL, unlessSentence: LEGAL_TEXT },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const drugMinorTargetingDocs: RuleDocs = {
  note: 'UNVERIFIED: the point of the Polish Pharmaceutical Law (or of the 2008 drug-advertising regulation) that transposes art. 90 lit. e of Directive 2001/83 was not found in the primary text during the 2026-11 audit [K]; the Directive is cited meanwhile. Upgrade to error with the Polish citation once checked.',
  examples: {
    invalid: [
      { text: 'Hej dzieci! Syrop Malinka na kaszel – poproście mamę, niech kupi go w aptece.', context: { product: 'drug' } },
      { text: 'Dzieciaki, zbierzcie całą kolekcję naklejek z pudełek witaminek Zdrowik!', context: { product: 'drug' } },
      { text: 'Powiedz tacie, że w aptece czeka na Ciebie syropek o smaku truskawki.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Syrop dla dzieci od 2 lat. Dawkowanie ustal z lekarzem lub farmaceutą.', context: { product: 'drug' } },
      { text: 'Rodzicu, przechowuj leki w miejscu niedostępnym dla dzieci.', context: { product: 'drug' } },
      { text: 'Przy gorączce u dziecka skonsultuj się z pediatrą.', context: { product: 'drug' } },
    ],
  },
};
