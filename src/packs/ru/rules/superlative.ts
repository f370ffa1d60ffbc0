import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { CRITERION, fz38, plenum58 } from '../basis.js';

/** Unsubstantiated superlatives: «лучший», «самый эффективный», «наилучший». */
export const superlative = defineRule({
  id: 'ru/superlative',
  category: 'superlative',
  severity: 'error',
  legalBasis: [fz38('п. 1 ч. 3 ст. 5'), plenum58],
  match: {
    patterns: [
      'лучш(ий|ая|ее|ие|его|ей|ему|ую|им|ими|их|ем)',
      // Transliterated "luchshiy": the Latin view keeps «й», so the Latin stem is listed too.
      'luchsh*',
      'наилучш*',
      'лучше всех',
      'лучше всего что',
      'сам(ый|ая|ое|ые|ого|ой|ому|ую|ым|ыми|ых) (лучш*|эффективн*|современн*|опытн*|надежн*|безопасн*|качественн*|квалифицированн*|передов*|точн*|низк*|доступн*|выгодн*|комфортн*|нов*|продвинут*|профессиональн*|известн*|мощн*|сильн*|быстр*)',
      'высочайш*',
      'непревзойденн*',
      'беспрецедентн*',
    ],
    allow: ['luchshe', 'лучш* (лечение|лекарство) ~3 (профилактик*|сон|смех|движени*)', 'лучш* способ (избежать|предотвратить|защитить*|сохранить)', 'лучш* (пожелани*|подарок)'],
    unlessSentence: CRITERION,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const superlativeDocs: RuleDocs = {
  examples: {
    invalid: [
      'Лучшая клиника города!',
      { text: 'Лучшие врачи на страже вашего здоровья! Записывайтесь.', context: { product: 'medical-service' } },
      { text: 'У нас самое современное оборудование и самые опытные хирурги Казани.', context: { product: 'medical-service' } },
      { text: 'Лу́чшая стоматология Москвы — ждём вас!', context: { product: 'medical-service' } },
    ],
    valid: [
      'Лучше проконсультироваться с врачом до начала курса.',
      'Самые частые вопросы о лечении кариеса — отвечаем в статье.',
      'Мы не называем себя лучшими — просто делаем свою работу честно.',
      { text: 'Клиника признана лучшей в регионе по числу родов в 2024 году (по данным Минздрава области).', context: { product: 'medical-service' } },
    ],
  },
};
