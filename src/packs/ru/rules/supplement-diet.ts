import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

const MEAL = '(завтрак*|обед*|ужин*|перекус*|еду|еда|пищу|питани*|рацион*|овощ*|фрукт*)';

/**
 * A supplement ad that urges readers to give up a healthy diet: the supplement replaces meals,
 * vegetables or «the diet». Class: replacement («заменит обед», «вместо ужина»), and «no need to
 * eat …» constructions.
 */
export const supplementDiet = defineRule({
  id: 'ru/supplement-diet',
  category: 'misleading-property',
  severity: 'error',
  verified: true,
  legalBasis: [fz38('п. 4 ч. 1 ст. 25', 'побуждать к отказу от здорового питания')],
  applies: { products: ['supplement', 'other'], audiences: ['public'] },
  match: {
    patterns: [
      `(замен*|заменя*) ~3 ${MEAL}`,
      `вместо ~1 ${MEAL}`,
      `(незачем|забудьте|откажитесь) ~2 (есть|питаться|готовить|диет*|${MEAL.slice(1, -1)})`,
      `(нужно|надо|можно) не ~2 (есть|питаться|готовить|думать) ~2 ${MEAL}`,
      'полноценн* (питани*|прием*) в (одной|одном) (капсул*|таблетк*|порци*|стакан*|коктейл*)',
    ],
    unlessSentence: ['не (заменяет|заменит|является) ~3 (питани*|рацион*|пищ*)', 'сбалансированн* питани*'],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const supplementDietDocs: RuleDocs = {
  note: 'п. 4 ч. 1 ст. 25 verified in the Garant text of art. 25 (base.garant.ru/12145525/53925f69af584b25346d0c0b3ee74ea1). A statement that the product does NOT replace a varied diet is the opposite and stays unflagged.',
  examples: {
    invalid: [
      { text: 'Две капсулы утром — и можно не думать о завтраке: «Фит-Пример» даёт всё, что нужно телу.', context: { product: 'supplement' } },
      { text: 'Протеиновый коктейль вместо ужина — стройность без голода.', context: { product: 'supplement' } },
      { text: 'Забудьте про овощи: одна таблетка клетчатки закрывает дневную норму.', context: { product: 'supplement' } },
    ],
    valid: [
      { text: 'Не является лекарственным средством. Не заменяет полноценное сбалансированное питание.', context: { product: 'supplement' } },
      { text: 'Принимать во время еды по 1 капсуле.', context: { product: 'supplement' } },
      { text: 'Обед в нашей столовой — с 12 до 14 часов.', context: { product: 'other' } },
    ],
  },
};
