import { overlapsAny } from '../../../core/ranges.js';
import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

const DRAW = ['розыгрыш*', 'разыгрыва*', 'разыграем', 'лотере*', 'конкурс*', 'выиграй*', 'выиграть', 'приз', 'призы', 'призов'];
// Art. 9 asks for the dates of the event and the source of its rules.
const DATES = ['re:\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?', 're:\\d{1,2} (?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*', 'по (1*|2*|3*|4*|5*|6*|7*|8*|9*)'];
// Professional contests and awards are not stimulating events.
const NOT_A_DRAW = ['(всероссийск*|международн*|областн*|городск*|профессиональн*) конкурс*', 'конкурс* (профессиональн*|мастерства|врачей|красоты)'];
const RULES_SOURCE = ['(правила|условия|положение|подробности|подробнее|организатор*) ~4 (сайт*|ссылк*|телефон*|профил*|шапке|www|http*)'];

/** Lotteries, contests and prize draws without their dates and the source of the rules. */
export const lottery = defineRule({
  id: 'ru/lottery',
  category: 'price-promotion-lottery',
  severity: 'error',
  legalBasis: [fz38('ч. 1 ст. 9')],
  test: (ctx) => {
    const excluded = ctx.find(NOT_A_DRAW);
    // Sorted, disjoint matches: a binary search per hit (a scan per hit was quadratic).
    const hits = ctx.find(DRAW).filter((h) => !overlapsAny(excluded, h.start, h.end));
    if (hits.length === 0) return [];
    if (ctx.find(DATES).length > 0 && ctx.find(RULES_SOURCE).length > 0) return [];
    return [{ range: hits[0]! }];
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const lotteryDocs: RuleDocs = {
  note: 'Document-level conjunction (dates AND a rules source anywhere in the text) is what patterns alone cannot say, hence the small test function.',
  examples: {
    invalid: [
      { text: 'Разыгрываем бесплатную чистку зубов среди подписчиков! Репост и подписка — и вы участник.', context: { product: 'medical-service' } },
      { text: 'Лотерея для пациентов: каждый десятый чек — приз!', context: { product: 'medical-service' } },
      { text: 'Конкурс с 1 по 15 марта: главный приз — сертификат на отбеливание.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Розыгрыш сертификата на чистку зубов с 01.03 по 15.03. Правила и организатор — на сайте clinic.example.', context: { product: 'medical-service' } },
      { text: 'Скидка 10% пенсионерам по будням.', context: { product: 'medical-service' } },
      { text: 'Наш врач стал призёром всероссийского конкурса профессионального мастерства.', context: { product: 'medical-service' } },
    ],
  },
};
