import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/** Rewards for reviews: paid opinions used as testimonials. */
export const reviewIncentive = defineRule({
  id: 'ru/review-incentive',
  category: 'testimonial',
  severity: 'warning',
  verified: false,
  legalBasis: [fz38('п. 3 ч. 1 ст. 24'), fz38('ч. 3 ст. 5')],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      '(скидк*|бонус*|подарок|подарки|кэшбэк*|баллы|сертификат*) ~3 за (отзыв*|оценк*|видеоотзыв*)',
      '(оставь*|напиши*|опубликуй*) ~2 (отзыв*|видеоотзыв*) ~4 (получи*|скидк*|подарок|бонус*|сертификат*)',
      '(розыгрыш*|разыгрыва*) ~4 (оставивш*|написавш*) ~1 отзыв*',
      // Class: a review as the ticket to a draw or a reward, in either order.
      '(оставь*|напиши*|опубликуй*) ~2 (отзыв*|видеоотзыв*) ~5 (розыгрыш*|участву*|приз*|выигра*)',
    ],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const reviewIncentiveDocs: RuleDocs = {
  note: 'UNVERIFIED: no FAS decision on rewarded reviews was retrieved; the risk follows from п. 3 ч. 1 ст. 24 (thanks by individuals) and ч. 3 ст. 5 (false recommendations).',
  examples: {
    invalid: [
      { text: 'Оставьте отзыв на Яндекс Картах и получите скидку 10% на следующий визит!', context: { product: 'medical-service' } },
      { text: 'Дарим сертификат 1000 ₽ за видеоотзыв о лечении.', context: { product: 'medical-service' } },
      { text: 'Разыгрываем отбеливание среди оставивших отзыв в этом месяце.', context: { product: 'medical-service' } },
      { text: 'Напишите отзыв о нас и участвуйте в розыгрыше элайнеров.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Оставьте отзыв о работе клиники — нам важно ваше мнение.', context: { product: 'medical-service' } },
      { text: 'Скидка 10% пенсионерам при условии записи на будние дни.', context: { product: 'medical-service' } },
      { text: 'Спасибо за отзыв! Передадим благодарность доктору.', context: { product: 'medical-service' } },
    ],
  },
};
