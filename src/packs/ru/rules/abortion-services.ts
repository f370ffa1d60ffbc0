import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/** Abortion services may not be advertised at all (since 317-FZ, 2013). */
export const abortionServices = defineRule({
  id: 'ru/abortion-services',
  category: 'prohibited-subject',
  severity: 'error',
  legalBasis: [fz38('п. 9 ст. 7', 'Не допускается реклама медицинских услуг по искусственному прерыванию беременности.')],
  match: {
    patterns: [
      'аборт*',
      'прерывани* ~1 беременност*',
      'вакуумн* (аспираци*|аборт*)',
      'избав* от нежелательн* беременност*',
      'abort*',
    ],
    allow: ['угроз* прерывани* беременност*', 'угроз* прерывани*', 'самопроизвольн* прерывани*'],
    unlessSentence: ['последстви* аборт*', 'риск* ~2 аборт*', 'вред* аборт*', 'отказ* от аборт*', 'против аборт*', 'кризисн*', 'сохран* беременност*', 'неделя тишины', 'после аборт*'],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const abortionServicesDocs: RuleDocs = {
  note: 'Perm UFAS 2014 («медикаментозное прерывание», «бархатный аборт»). The pre-2013 warning regime no longer applies, so no warning is suggested: the fix is not to publish.',
  examples: {
    invalid: [
      { text: 'Гинекология: комплексное лечение деликатных женских проблем, прерывание беременности анонимно.', context: { product: 'medical-service' } },
      { text: 'Медикаментозный аборт за 1 день — без госпитализации.', context: { product: 'medical-service' } },
      { text: 'Мини-аборт под наркозом: запись по телефону.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Угроза прерывания беременности: ведение и сохранение беременности в нашем центре.', context: { product: 'medical-service' } },
      { text: 'Кризисный центр: поддержка женщин, которые сомневаются, сохранять ли беременность.', context: { product: 'medical-service' } },
      { text: 'Мы не проводим аборты и не направляем на них.', context: { product: 'medical-service' } },
    ],
  },
};
