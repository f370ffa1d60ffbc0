import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/** A registered drug presented as a supplement or as «не лекарство». */
export const drugAsSupplement = defineRule({
  id: 'ru/drug-as-supplement',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [fz38('п. 9 ч. 1 ст. 24')],
  applies: { products: ['drug'] },
  match: {
    patterns: [
      'это не (лекарство|таблетка|химия|препарат)',
      'не лекарство а',
      '(пищев*|биологически) ~1 добавк*',
      'бад',
      'можно принимать без (назначения|рецепта|консультации|врача)',
      'просто (витамин*|добавк*)',
      'натуральн* (добавк*|продукт*|витаминк*)',
    ],
    allow: ['не является (лекарственн*|лекарством)'],
    negation: { window: 3 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const drugAsSupplementDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Это не лекарство, а натуральная добавка для суставов — принимайте курсами.', context: { product: 'drug' } },
      { text: 'Таблетки «Пример» — это просто витамины для сердца, можно принимать без назначения.', context: { product: 'drug' } },
      { text: 'Наш препарат — биологически активная добавка нового поколения.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Лекарственный препарат. Имеются противопоказания. Перед применением ознакомьтесь с инструкцией.', context: { product: 'drug' } },
      { text: 'БАД. Не является лекарственным средством.', context: { product: 'supplement' } },
      { text: 'Не заменяйте лекарство пищевыми добавками без консультации врача.', context: { product: 'drug' } },
    ],
  },
};
