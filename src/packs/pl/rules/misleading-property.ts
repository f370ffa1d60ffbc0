import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, pf } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/**
 * Effects a product does not have: works on viruses, boosts immunity, rejuvenates, detoxes,
 * "magnetic properties", cures everything. Cure verbs for non-drugs are in pl/cure-claim.
 */
export const misleadingProperty = defineRule({
  id: 'pl/misleading-property',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [MDR_ART7, pf('art. 52 ust. 3', 'Reklama produktu leczniczego nie może wprowadzać w błąd')],
  match: {
    patterns: [
      'działa(|ją) (na|przeciw) (wirus*|bakteri*|koronawirus*|grzyb*|drobnoustroj*)',
      'przeciwwirusow*',
      'zabija ~2 (wirus*|bakteri*|drobnoustroj*|koronawirus*)',
      '(wzmacnia|zwiększa|podnosi|buduje)(|ją) odporność',
      'odmładza*',
      'regeneruj* (komórk*|organizm*|chrząstk*|staw*)',
      'odbudowuj* (chrząstk*|staw*|kości|kość|nerw*)',
      'trwale (odbudowuj*|regeneruj*|naprawia*)',
      'usuwa* (toksyn*|przyczyn*)',
      'detoks*',
      'oczyszcza* (organizm*|krew|wątrob*|jelit*)',
      'właściwości* magnetyczn*',
      'cudown* (lek*|środ*|działani*|urządze*|sposób|sposob*|efekt*|właściwości*)',
      'cudownie (działa|leczy)',
      'likwiduj* (stan*|przyczyn*|chorob*|nowotwor*|zapaleni*)',
      'na wszystkie (dolegliwości|choroby|schorzenia|bolączki)',
      'wszystkie układy ~1 narządy',
      'cofa* (chorob*|zmian*|miażdżyc*|cukrzyc*|zwyrodnieni*)',
      'zastępuje (leki|leczenie|operacj*|farmakoterapi*)',
    ],
    unlessSentence: LEGAL_TEXT,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const misleadingPropertyDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'To jedyne tabletki o podwójnej dawce. Działa na wirusy.', context: { product: 'drug' } },
      { text: 'Opaska ortopedyczna ma cenne właściwości magnetyczne.', context: { product: 'medical-device' } },
      { text: 'Poduszka ProSen wzmacnia odporność i oczyszcza organizm z toksyn.', context: { product: 'medical-device' } },
      { text: 'Lampa odmładza skórę i usuwa toksyny z organizmu.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Leczenie kanałowe wykonujemy pod mikroskopem.', context: { product: 'medical-service' } },
      { text: 'Maść leczy stany zapalne skóry zgodnie ze wskazaniami w ulotce.', context: { product: 'drug' } },
      { text: 'Ciśnieniomierz służy do pomiaru ciśnienia tętniczego krwi.', context: { product: 'medical-device' } },
      { text: 'Opatrunek nie działa na bakterie – przy zaczerwienieniu rany zgłoś się do lekarza.', context: { product: 'medical-device' } },
    ],
  },
};
