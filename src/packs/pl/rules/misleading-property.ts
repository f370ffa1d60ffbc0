import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, pf, UDL_ART14, UZNK_16 } from '../basis.js';
import { EFFECT_CLAIMS, LEGAL_TEXT } from '../lexicon.js';

/**
 * Effects a product does not have: works on viruses, boosts immunity, rejuvenates, detoxes,
 * "magnetic properties", cures everything. Cure verbs for non-drugs are in pl/cure-claim.
 */
export const misleadingProperty = defineRule({
  id: 'pl/misleading-property',
  category: 'misleading-property',
  severity: 'error',
  // Drugs: art. 53 ust. 1 Pf, not art. 52 ust. 3 (art. 52 defines drug advertising). Services: the
  // ban on "cechy reklamy" and misleading advertising. Supplements and cosmetics are bound by food
  // and cosmetics law instead: see pl/food-cosmetic-claim, which shares these patterns.
  legalBasis: [MDR_ART7, pf('art. 53 ust. 1', 'Reklama produktu leczniczego nie może wprowadzać w błąd'), UDL_ART14, UZNK_16('pkt 2')],
  applies: { products: ['medical-device', 'drug', 'medical-service', 'aesthetic-surgery'] },
  match: {
    patterns: EFFECT_CLAIMS,
    // A younger look is what an aesthetic procedure is for ("zabiegi, które odmładzają"): not a
    // property it lacks. A lamp, a cream or a supplement that "odmładza" stays flagged.
    allow: ['(zabieg*|iniekcj*|botoks*|mezoterapi*|wypełniacz*|nici|lifting*|osocz*) ~6 (odmładza|odmładzają|odmładzając*)'],
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
      // classes: healing power of magnets, fields or stones; the immune system strengthened
      { text: 'Bransoleta wykorzystuje leczniczą moc magnesów neodymowych.', context: { product: 'medical-device' } },
      { text: 'Mata z turmalinem wzmacnia układ odpornościowy całej rodziny.', context: { product: 'medical-device' } },
      // classes: toxins washed out in any wording, a vague benefit for the whole body
      { text: 'Sauna na podczerwień wypłukuje toksyny nagromadzone w tkankach.', context: { product: 'medical-device' } },
      { text: 'Terapia czaszkowo-krzyżowa ma zbawienny wpływ na cały organizm.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Leczenie kanałowe wykonujemy pod mikroskopem.', context: { product: 'medical-service' } },
      { text: 'Maść leczy stany zapalne skóry zgodnie ze wskazaniami w ulotce.', context: { product: 'drug' } },
      { text: 'Ciśnieniomierz służy do pomiaru ciśnienia tętniczego krwi.', context: { product: 'medical-device' } },
      { text: 'Opatrunek nie działa na bakterie – przy zaczerwienieniu rany zgłoś się do lekarza.', context: { product: 'medical-device' } },
      { text: 'Lecznicze właściwości wody termalnej opisuje przewodnik uzdrowiska.', context: { product: 'medical-service' } },
      { text: 'Pacjentki wybierają zabiegi, które naturalnie odmładzają owal twarzy.', context: { product: 'aesthetic-surgery' } },
      { text: 'Szczepienie nie wzmacnia odporności na inne choroby niż ta, przeciw której chroni.', context: { product: 'drug' } },
      // near misses: a harm named, not a benefit; the kidney's job described
      { text: 'Długotrwała sterydoterapia może mieć niekorzystny wpływ na cały organizm.', context: { product: 'medical-service' } },
      { text: 'Nerki wydalają z moczem produkty przemiany materii – badanie kreatyniny pokazuje, jak pracują.', context: { product: 'medical-service' } },
    ],
  },
};
