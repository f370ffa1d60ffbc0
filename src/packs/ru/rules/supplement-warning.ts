import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { checkParts, fz38 } from '../basis.js';
import { AD_SIGNALS, SUPPLEMENT_WORDS } from '../lexicon.js';

/**
 * «Не является лекарственным средством»: every ad of a supplement must say it, in any medium.
 * The law fixes the content, not the words, so close variants («не является лекарством») pass.
 * Only ads: a price, an offer or a call to buy; a label or an article about nutrients is not one.
 * With no product given, the text itself must name a supplement.
 */
export const supplementWarning = defineRule({
  id: 'ru/supplement-warning',
  category: 'missing-required-disclosure',
  severity: 'error',
  verified: true,
  legalBasis: [
    fz38(
      'ч. 1.1 ст. 25',
      'Реклама биологически активных добавок и пищевых добавок в каждом случае должна сопровождаться предупреждением о том, что объект рекламирования не является лекарственным средством',
    ),
  ],
  applies: { products: ['supplement'], audiences: ['public'], when: AD_SIGNALS },
  test: (ctx) => {
    if (ctx.context.product === undefined && ctx.find(SUPPLEMENT_WORDS).length === 0) return [];
    return checkParts(ctx, [{ id: 'не является лекарственным средством', any: ['не (является|являются) ~1 (лекарственн*|лекарств*)', 'не лекарственн* (средство|препарат)'] }], 'missing');
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const supplementWarningDocs: RuleDocs = {
  note:
    'ч. 1.1 ст. 25 verified in the Garant text (base.garant.ru/12145525/53925f69af584b25346d0c0b3ee74ea1) and Adygea UFAS practice (adygea.fas.gov.ru/news/15104). Size: at least 10 % of the area in print and images; 3 s on radio; 5 s and 7 % of the frame on TV and video: channel messages say so. The size cannot be measured in text (see ru/warning-size).',
  examples: {
    invalid: [
      { text: 'Комплекс «Омега-Пример» для сердца и сосудов — 890 ₽ за банку, закажите на сайте.', context: { product: 'supplement' } },
      { text: 'БАД с магнием и B6: скидка 30% в аптеках сети до воскресенья.', context: {} },
      { text: 'Коллаген в порошке — купите курс из трёх упаковок со скидкой. Реклама.', context: { product: 'supplement', channel: 'video' } },
    ],
    valid: [
      { text: 'Комплекс «Омега-Пример» — 890 ₽, закажите на сайте. Не является лекарственным средством.', context: { product: 'supplement' } },
      { text: 'Витамин D образуется в коже под действием солнечного света: объясняем, зачем сдавать анализ.', context: { product: 'supplement' } },
      { text: 'Скидка 30% на чистку зубов до воскресенья.', context: {} },
    ],
  },
};
