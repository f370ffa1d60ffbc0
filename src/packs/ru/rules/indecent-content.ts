import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/** Swear words and offensive images or comparisons (ч. 6 ст. 5). A short list of common roots. */
export const indecentContent = defineRule({
  id: 'ru/indecent-content',
  category: 'graphic-content-warning',
  severity: 'error',
  legalBasis: [fz38('ч. 6 ст. 5')],
  match: {
    patterns: [
      'хуй*', 'хуе*', 'хуя*', 'пизд*', 'бляд*', 'блять', 'бля', 'ебан*', 'ебат*', 'ебал*', 'заеб*', 'уеб*', 'мудак*', 'мудил*', 'сук(а|и)', 'говн*', 'дерьм*', 'жоп*', 'сиськ*',
      '(уродин*|жирух*|страшилищ*|жиртрест*)',
      '(толст*|жирн*|стар*) (коров*|свинь*|кошелк*|карг*|вешалк*)',
    ],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const indecentContentDocs: RuleDocs = {
  note: 'Russian law has no content-warning rule for surgical imagery (UNVERIFIED that none exists); this category carries the ч. 6 ст. 5 ban on indecent and offensive expressions. Image nudity needs image tags.',
  examples: {
    invalid: [
      { text: 'Не будь жирной коровой — приходи на липосакцию!', context: { product: 'medical-service' } },
      { text: 'Сиськи мечты за 3 часа: маммопластика со скидкой.', context: { product: 'medical-service' } },
      { text: 'Хватит ходить уродиной — запишись к косметологу.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Маммопластика: увеличение молочной железы имплантами. Имеются противопоказания, необходима консультация специалиста.', context: { product: 'medical-service' } },
      { text: 'Липосакция ягодичной области и бёдер.', context: { product: 'medical-service' } },
      { text: 'Соблюдайте диету: исключите жирную пищу и сладкое.', context: { product: 'medical-service' } },
    ],
  },
};
