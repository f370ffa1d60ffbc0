import { defineRule } from '../../../core/define.js';
import type { MatchSpec, RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/** Scare phrasings, shared with ru/health-scare-service (same class, another basis for services). */
export const SCARE_MATCH: MatchSpec = {
  patterns: [
    'пока не поздно',
    'не дожидайтесь (инсульт*|инфаркт*|осложнени*|операци*|ампутаци*|инвалидност*)',
    'может ~2 (расти|развиваться|развивается) ~2 (рак*|опухол*|онкологи*)',
    '(укорачива*|сокраща*|отнимают) ~1 жизнь',
    'смертельно опасн*',
    'станете инвалидом',
    '(приведет|приводит|грозит|грозят) ~3 (инвалидност*|смерт*|ампутаци*|слепот*|бесплоди*|раку|онкологи*)',
    'тикающ* бомб*',
    'молчалив* убийц*',
  ],
  unlessSentence: ['вакцин*', 'прививк*', 'профилактическ* прививк*'],
  negation: { window: 2 },
};

/** Scaring healthy readers into treatment: «пока не поздно», «может расти раковая опухоль». */
export const healthScare = defineRule({
  id: 'ru/health-scare',
  category: 'fear-appeal',
  severity: 'error',
  verified: true,
  legalBasis: [fz38('п. 6 ч. 1 ст. 24')],
  // п. 6 binds drugs, devices (ч. 4) and folk medicine, not medical services (ч. 5 extends only
  // п. 2–5): services are ru/health-scare-service.
  applies: { products: ['drug', 'medical-device', 'other'], audiences: ['public'] },
  match: SCARE_MATCH,
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const healthScareDocs: RuleDocs = {
  note: 'п. 6 does not apply to drugs used for disease prevention: vaccination and prophylaxis sentences are skipped.',
  examples: {
    invalid: [
      { text: 'Заболевания суставов не просто приносят дискомфорт. Они укорачивают жизнь на 10-15 лет.', context: { product: 'other' } },
      { text: 'Человек не чувствует боли, тогда как в организме уже может расти раковая опухоль.', context: { product: 'other' } },
      { text: 'Не дожидайтесь инсульта — купите тонометр, пока не поздно!', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Вакцинация от гриппа снижает риск осложнений, которые могут привести к смерти пожилых людей.', context: { product: 'drug' } },
      { text: 'Не дожидайтесь инсульта — пройдите чек-ап сосудов, пока не поздно!', context: { product: 'medical-service' } },
      { text: 'Гипертония часто протекает бессимптомно — измеряйте давление регулярно.', context: { product: 'medical-device' } },
    ],
  },
};
