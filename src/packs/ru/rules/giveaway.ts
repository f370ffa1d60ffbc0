import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';
import { drawFacts } from './lottery.js';

/**
 * A draw of a medical service or product for a repost, a like or a subscription, without dates or
 * rules. Art. 9 does not reach it (no purchase condition), but whether a paid visit is the real
 * ticket is for the organiser to check: a reminder, not a breach.
 */
export const giveaway = defineRule({
  id: 'ru/giveaway',
  category: 'price-promotion-lottery',
  severity: 'info',
  legalBasis: [fz38('ст. 9')],
  test: (ctx) => {
    const f = drawFacts(ctx.find);
    return f.hit && !f.purchase && !f.complete ? [{ range: f.hit }] : [];
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const giveawayDocs: RuleDocs = {
  note: 'Info only: art. 9 applies when taking part requires a purchase (legal-audit § 1 #14). A draw among subscribers is not a stimulating event in that sense; the message says what to check (whether a paid visit or procedure is the real condition) and recommends publishing dates and rules anyway.',
  examples: {
    invalid: [
      { text: 'Разыгрываем бесплатную чистку зубов среди подписчиков! Репост и подписка — и вы участник.', context: { product: 'medical-service' } },
      { text: 'Отметь двух друзей в комментариях и выиграй курс массажа!', context: { product: 'medical-service' } },
      { text: 'Конкурс для подписчиков: главный приз — сертификат на УЗИ.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Розыгрыш сертификата на гигиену среди подписчиков с 1 по 15 июня; организатор и правила — на сайте клиники.', context: { product: 'medical-service' } },
      { text: 'Лотерея для пациентов: каждый десятый чек — приз!', context: { product: 'medical-service' } },
      { text: 'Наш врач стал призёром всероссийского конкурса профессионального мастерства.', context: { product: 'medical-service' } },
    ],
  },
};
