import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38, NUM } from '../basis.js';

/** Time and scarcity pressure: «только сегодня», «успейте», «осталось 3 места». */
export const urgency = defineRule({
  id: 'ru/urgency',
  category: 'urging',
  severity: 'warning',
  verified: false,
  // Not п. 6 ч. 1 ст. 24: it binds drugs, devices and folk medicine, not services (legal-audit § 3.3),
  // and this rule runs for every product.
  legalBasis: [fz38('ч. 7 ст. 5')],
  match: {
    patterns: [
      'только сегодня',
      'успе(йте|ть|ете|ют)',
      'спешите',
      'торопитесь',
      `(только|лишь) до (конца|${NUM.slice(1, -1)}|завтра|воскресенья|пятницы)`,
      `осталось ~2 ${NUM} (мест*|упаков*|дн*|час*|флакон*|курс*)`,
      'осталось (всего|только|лишь) ~1 (мест*|упаков*|дн*|час*)',
      'последний шанс',
      'прямо сейчас',
      '(закажите|купите|запишитесь|звоните|приходите|оформите) сейчас',
      '(цена|цены|стоимость) ~2 (вырастет|вырастут|повысится|поднимется)',
      'незамедлительно',
      'не упустите',
      'количество ограничено',
      '(количество|число|акция|предложение) ~2 ограничен*',
      'до (окончания|конца) (акции|предложения)',
      'закрепите ~2 (скидк*|цен*|мест*|подар*)',
      '(запишитесь|позаботьтесь|начните|получите|закажите|приходите|звоните|запишись|получи) ~4 уже (сегодня|сейчас)',
      'предложение ограничено',
      'завтра будет поздно',
      '(получи*|закажи*|купи*|запиши*) ~3 сегодня',
      'сегодня действует',
      'не откладывайте ~2 (покупк*|заказ*|запис*)',
      // Class: imperatives against delay in an ad («не затягивайте с проблемой», «проверьтесь,
      // пока не поздно», «не откладывайте лечение на потом»). An emergency instruction is not one.
      'не (затягивайте|тяните|медлите)',
      'не откладывайте ~4 (лечени*|визит*|прием*|процедур*|потом|завтра|осень|весну|лето|забот*)',
      'пока не поздно',
    ],
    // Conditional advice («если заметите пятна, не затягивайте с визитом») informs; it does not push.
    unlessSentence: ['кровотечени*', 'вызовите скорую', '103', '112', 'если (вы|у|ваш*|ребенок|ребенка|заметите|появил*)'],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const urgencyDocs: RuleDocs = {
  note: 'UNVERIFIED as a standalone violation: 38-FZ has no general ban on urgency. The risk comes from ч. 3 and 7 ст. 5 (false or incomplete time limits) and, for drugs and devices, п. 6 ч. 1 ст. 24 (pushing healthy people to treatment; ru/health-scare).',
  examples: {
    invalid: [
      { text: 'Акция пройдёт лишь до 02.04.2020 включительно!', context: { product: 'other' } },
      { text: 'Только сегодня — чистка зубов за полцены, успейте записаться!', context: { product: 'medical-service' } },
      { text: 'Осталось всего 3 места на процедуру по старой цене.', context: { product: 'medical-service' } },
      { text: 'Варикоз сам не пройдёт. Не тяните — приходите к флебологу.', context: { product: 'medical-service' } },
      { text: 'Не откладывайте имплантацию на потом: цены растут каждый квартал.', context: { product: 'medical-service' } },
      { text: 'Сдайте анализы, пока не поздно — лаборатория рядом с домом.', context: { product: 'medical-service' } },
      { text: 'Число мест на курс ограничено — закрепите цену предоплатой.', context: { product: 'medical-service' } },
      { text: 'До окончания акции на элайнеры осталось 2 дня.', context: { product: 'medical-service' } },
      { text: 'Позаботьтесь о зрении уже сегодня — запишитесь на диагностику.', context: { product: 'medical-service' } },
      { text: 'Купите сейчас: с понедельника цена вырастет.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Работаем сегодня до 21:00, срочная стоматологическая помощь 24/7.', context: { product: 'medical-service' } },
      { text: 'Не откладывайте визит к врачу, если кровотечение не останавливается.', context: { product: 'medical-service' } },
      { text: 'Скидка 20% на чек-ап до конца месяца.', context: { product: 'medical-service' } },
      { text: 'Если заметите кровь на щётке, не затягивайте с визитом к пародонтологу.', context: { product: 'medical-service' } },
      { text: 'Технологии будущего уже сегодня в нашей клинике.', context: { product: 'medical-service' } },
      { text: 'Цена может измениться — актуальную стоимость уточняйте у администратора.', context: { product: 'medical-service' } },
    ],
  },
};
