import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

export const DRAW = ['розыгрыш*', 'разыгрыва*', 'разыграем', 'лотере*', 'конкурс*', 'выиграй*', 'выиграть', 'приз', 'призы', 'призов'];
// Art. 9 asks for the dates of the event and the source of its rules.
const DATES = ['re:\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?', 're:\\d{1,2} (?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*', 'по (1*|2*|3*|4*|5*|6*|7*|8*|9*)'];
// Professional contests and awards are not stimulating events.
const NOT_A_DRAW = ['(всероссийск*|международн*|областн*|городск*|профессиональн*) конкурс*', 'конкурс* (профессиональн*|мастерства|врачей|красоты)'];
const RULES_SOURCE = ['(правила|условия|положение|подробности|подробнее|организатор*) ~4 (сайт*|ссылк*|телефон*|профил*|шапке|www|http*)'];
/**
 * Art. 9 covers only events where «условием участия … является приобретение определенного товара»:
 * buying, paying, a receipt, a paid visit or procedure as the ticket to take part.
 */
const PURCHASE_CONDITION = [
  '(при|за) (покупке|покупку|заказе|заказ|оплате|оплату|приобретении|записи|посещении|прохождении)',
  '(купи*|закажи*|оплати*|приобрет*|приобрести|оплатившие|купившие|заказавшие)',
  '(чек*|квитанци*) ~3 (от|на|сумм*|участ*|приз*|розыгрыш*)',
  'каждый (десятый|пятый|сотый|покупатель|клиент|пациент)',
  '(пациенты|клиенты|покупатели) ~3 (прошедшие|оплатившие|сделавшие|получившие)',
  '(сделайте|пройдите|оформите) ~2 (процедур*|лечени*|заказ*|курс*)',
];

/** What a draw found in the text means for art. 9: the first hit, whether a purchase is its ticket, whether dates and rules are given. */
export function drawFacts(find: (p: readonly string[]) => Array<{ start: number; end: number }>) {
  const excluded = find(NOT_A_DRAW);
  const hit = find(DRAW).find((h) => !excluded.some((x) => x.start < h.end && h.start < x.end));
  return {
    hit,
    purchase: hit !== undefined && find(PURCHASE_CONDITION).length > 0,
    complete: find(DATES).length > 0 && find(RULES_SOURCE).length > 0,
  };
}

/** Prize draws with a purchase as the condition of taking part, announced without their dates and the source of the rules. */
export const lottery = defineRule({
  id: 'ru/lottery',
  category: 'price-promotion-lottery',
  severity: 'error',
  verified: true,
  legalBasis: [fz38('п. 1–2 ст. 9')],
  test: (ctx) => {
    const f = drawFacts(ctx.find);
    return f.hit && f.purchase && !f.complete ? [{ range: f.hit }] : [];
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const lotteryDocs: RuleDocs = {
  note: 'Art. 9 has no parts (the old citation "ч. 1 ст. 9" did not exist) and applies only where taking part requires a purchase (zakonbase.ru/content/part/468081; Khakasia UFAS, hakasia.fas.gov.ru/news/17074). Draws for a repost or a subscription are in ru/giveaway at info level. Document-level conjunction (dates AND a rules source anywhere in the text) is what patterns alone cannot say, hence the small test function.',
  examples: {
    invalid: [
      { text: 'Лотерея для пациентов: каждый десятый чек — приз!', context: { product: 'medical-service' } },
      { text: 'Конкурс с 1 по 15 марта: при оплате курса чисток — шанс выиграть отбеливание.', context: { product: 'medical-service' } },
      { text: 'Купите две упаковки витаминов и участвуйте в розыгрыше фитнес-браслета!', context: { product: 'supplement' } },
    ],
    valid: [
      { text: 'Розыгрыш сертификата на чистку зубов среди оплативших лечение с 01.03 по 15.03. Правила и организатор — на сайте clinic.example.', context: { product: 'medical-service' } },
      { text: 'Скидка 10% пенсионерам по будням.', context: { product: 'medical-service' } },
      { text: 'Наш врач стал призёром всероссийского конкурса профессионального мастерства.', context: { product: 'medical-service' } },
      { text: 'Разыгрываем бесплатную чистку зубов среди подписчиков! Репост и подписка — и вы участник.', context: { product: 'medical-service' } },
    ],
  },
};
