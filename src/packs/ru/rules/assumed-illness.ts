import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38, NUM } from '../basis.js';

const ILLNESS =
  '(паразит*|грибок|болезн*|заболевани*|скрыт*|проблем*|опухол*|диабет*|гипертони*|остеохондроз*|варикоз*|простатит*|дефицит*|инфекци*|кариес|пародонтоз|артроз*|гастрит*|депресси*)';
const PEOPLE = '(населения|людей|россиян|женщин|мужчин|взрослых|жителей|пациентов|детей)';

/** Statements or suppositions that the reader has a disease. */
export const assumedIllness = defineRule({
  id: 'ru/assumed-illness',
  category: 'fear-appeal',
  severity: 'error',
  legalBasis: [fz38('п. 5 ч. 1 ст. 24'), fz38('ч. 5 ст. 24')],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      `у (вас|тебя) (наверняка|скорее|уже|тоже|возможно|точно) ~2 ${ILLNESS}`,
      `у (вас|тебя) (есть|может) ~3 ${ILLNESS}`,
      'вы (больны|болеете|страдаете|заражены)',
      'и у (вас|тебя) (тоже|наверняка)',
      'вы ~1 в группе риска',
      `кажд(ый|ая|ое|ого) (втор*|трет*|четверт*|пят*|десят*) ~4 (болен|больна|имеет|страдает|заражен*)`,
      `${NUM} % ${PEOPLE} ~3 (имеют|страдают|больны|заражены|болеют)`,
      `${NUM} % ${PEOPLE} россии ~1 (имеют|страдают|больны|заражены|болеют)`,
      'настоятельно рекомендуем (обратиться|пройти|провериться)',
      '(проверьтесь|проверьте) ~1 (срочно|немедленно)',
      '(готов|готовы) встретить',
    ],
    // A prevalence figure with its source is a cited statistic, not a guess about the reader («30 %
    // взрослых страдают гипертонией (по данным ВОЗ)»).
    unlessSentence: ['по данным', 'источник*', 'согласно ~3 (исследовани*|данным|отчет*|регистр*|публикаци*|статистик*)'],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const assumedIllnessDocs: RuleDocs = {
  note: 'Applied to a medical-service ad by Moscow UFAS (НМИЦ эндокринологии: «40% населения… Настоятельно рекомендуем обратиться к эндокринологу!»). Professional texts are exempt under ч. 2 ст. 24.',
  examples: {
    invalid: [
      { text: '40% населения России имеют опухолевые образования в щитовидной железе; настоятельно рекомендуем обратиться к эндокринологу!', context: { product: 'medical-service' } },
      { text: 'А ты готов встретить коронавирус? Капельницы для иммунитета.', context: { product: 'medical-service' } },
      { text: 'У вас наверняка есть паразиты — проверьтесь срочно!', context: { product: 'drug' } },
      { text: 'Кариес есть почти у всех взрослых — и у вас тоже. Запишитесь на осмотр.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'У вас есть вопросы? Звоните администратору.', context: { product: 'medical-service' } },
      { text: 'Если кашель длится дольше трёх недель, обратитесь к терапевту.', context: { product: 'medical-service' } },
      { text: 'По данным ВОЗ, 40% взрослых имеют избыточный вес — доклад для эндокринологов.', context: { product: 'medical-service', audience: 'professional' } },
      { text: 'Около 30 % взрослых страдают гипертонией (по данным ВОЗ, 2023).', context: { product: 'medical-service' } },
    ],
  },
};
