import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg } from '../basis.js';

/** Public drug ads suggesting an effect equal or superior to another drug or treatment (§ 11 Abs. 2 HWG). */
export const drugComparison = defineRule({
  id: 'de/hwg-drug-comparison',
  category: 'comparative',
  severity: 'error',
  legalBasis: [
    hwg('11', '§ 11 Abs. 2', 'Außerhalb der Fachkreise darf für Arzneimittel zur Anwendung bei Menschen nicht mit Angaben geworben werden, die nahelegen, dass die Wirkung des Arzneimittels einem anderen Arzneimittel oder einer anderen Behandlung entspricht oder überlegen ist.'),
  ],
  applies: { products: ['drug'], audiences: ['public'] },
  match: {
    patterns: [
      '(wirkt|hilft) ~2 (genauso|ebenso|so) (gut|stark|schnell) wie',
      '(wirkt|hilft) ~2 (besser|starker|schneller) als',
      '(wirkt|hilft) wie',
      '(genauso|ebenso|so) (gut|stark|wirksam|schnell) wie',
      '(besser|starker|schneller|wirksamer|effektiver|schonender|vertraglicher) als ~3 (andere*|herkommliche*|klassische*|ibuprofen|paracetamol|aspirin|cortison|kortison|antibiotik*|tabletten|spritze*|operation|op)',
      'uberlegen',
      'ersetzt (die|das|den|eine|ein) ~2 (operation|op|spritze|tabletten|antibiotikum|cortison|kortison)',
    ],
    negation: { window: 3, after: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const drugComparisonDocs: RuleDocs = {
  note: 'Wording from the 2006 text, believed unchanged; current wording UNVERIFIED but content verified in the catalogue.',
  examples: {
    invalid: [
      { text: 'Wirkt so gut wie Cortison – aber rein pflanzlich.', context: { product: 'drug' } },
      { text: 'Schneller als herkömmliche Schmerztabletten: ProfenFast Liquid Caps.', context: { product: 'drug' } },
      { text: 'Unser Gel ersetzt die Spritze beim Orthopäden.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Im Vergleich zum Vorjahr haben wir die Öffnungszeiten erweitert.', context: { product: 'drug' } },
      { text: 'Für Fachkreise: Nicht-Unterlegenheit gegenüber Ibuprofen in der Studie XY-301.', context: { product: 'drug', audience: 'professional' } },
      { text: 'Wasser ist besser als Softdrinks – trinken Sie ausreichend.', context: { product: 'drug' } },
    ],
  },
};
