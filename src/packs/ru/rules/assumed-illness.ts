import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38, NUM } from '../basis.js';

// Illness named generically; named diseases are the pack's @disease class (round 10: the
// diagnoses this list used to enumerate are all members of it).
const ILLNESS = '(болезн*|заболевани*|скрыт*|проблем*|дефицит*)';
// Not knowing, in the forms an ad addresses the reader with («можете не подозревать», «не знаете»).
const UNAWARE = 'подозревать|подозреваете|подозреваешь|догадываться|догадываетесь|догадываешься|знать|знаете|знаешь|замечать|замечаете|замечаешь|чувствовать|ощущать';
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
      'у (вас|тебя) (наверняка|скорее|уже|тоже|возможно|точно) ~2 @disease',
      `у (вас|тебя) (есть|может) ~3 ${ILLNESS}`,
      'у (вас|тебя) (есть|может) ~3 @disease',
      'вы (больны|болеете|страдаете|заражены)',
      'и у (вас|тебя) (тоже|наверняка)',
      'вы ~1 в группе риска',
      `кажд(ый|ая|ое|ого) (втор*|трет*|четверт*|пят*|десят*) ~4 (болен|больна|имеет|страдает|заражен*)`,
      `${NUM} % ${PEOPLE} ~3 (имеют|страдают|больны|заражены|болеют)`,
      `${NUM} % ${PEOPLE} россии ~1 (имеют|страдают|больны|заражены|болеют)`,
      'настоятельно рекомендуем (обратиться|пройти|провериться)',
      '(проверьтесь|проверьте) ~1 (срочно|немедленно)',
      '(готов|готовы) встретить',
      // Class (ru-7): the reader told they may be ill without knowing it («вы можете не подозревать
      // о наличии у вас этого заболевания», «даже не догадываетесь», «можете быть заражены»,
      // «проверьте, нет ли у вас …»): a supposition about the reader's disease, whatever the
      // disease. Only the second person: «многие не знают о своём диагнозе» is about others.
      `(вы|можете|можешь|ты) ~3 не (${UNAWARE}) ~6 (${ILLNESS.slice(1, -1)}|наличи*|патологи*|недуг*)`,
      `(вы|можете|можешь|ты) ~3 не (${UNAWARE}) ~6 @disease`,
      '(даже|и) не (подозреваете|подозреваешь|догадываетесь|догадываешься)',
      '(можете|можешь|может|могли|могут) ~1 (быть|оказаться) ~1 (больны|болен|больна|заражены|заражен*|инфицирован*|носител*)',
      `нет ли у (вас|тебя|ваших|вашего|вашей) ~3 ${ILLNESS}`,
      'нет ли у (вас|тебя|ваших|вашего|вашей) ~3 @disease',
      // The same supposition as a risk the reader carries: «у вас высокий риск инсульта», a test
      // recommended «на основании возможной генетической предрасположенности к раковым заболеваниям».
      '(тебя|вам|вас|ваш|ваша|ваше|вашей|вашего|рекомендуем|рекомендуется|рекомендовано|рекомендован) ~8 (предрасположенност*|склонност*) ~1 к ~2 (заболевани*|болезн*|патологи*)',
      '(тебя|вам|вас|ваш|ваша|ваше|вашей|вашего|рекомендуем|рекомендуется|рекомендовано|рекомендован) ~8 (предрасположенност*|склонност*) ~1 к ~2 @disease',
      'у (вас|тебя) ~2 (высокий|повышенный|большой|огромный) риск ~2 @disease',
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
      // Class (ru-7): the reader may be ill without knowing it.
      { text: 'Годами вы можете не знать, что в печени уже развивается гепатит.', context: { product: 'medical-service' } },
      { text: 'Вы даже не догадываетесь, сколько глистов живёт в кишечнике.', context: { product: 'supplement' } },
      { text: 'Ты можешь не замечать первых признаков глаукомы до потери зрения.', context: { product: 'medical-device' } },
      { text: 'Любой из вас может оказаться заражённым клещевой инфекцией — сдайте анализ.', context: { product: 'medical-service' } },
      { text: 'Проверьте, нет ли у вашего ребёнка остеохондроза: запись на УЗИ.', context: { product: 'medical-service' } },
      { text: 'Вы можете годами не чувствовать, как в почке растёт опухоль — пройдите чек-ап.', context: { product: 'medical-service' } },
      { text: 'Судя по ответам, у вас повышенный риск инфаркта — закажите кардиопанель.', context: { product: 'medical-service' } },
      { text: 'Вам рекомендуем УЗИ щитовидной железы из-за наследственной предрасположенности к онкологии.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'У вас есть вопросы? Звоните администратору.', context: { product: 'medical-service' } },
      { text: 'Если кашель длится дольше трёх недель, обратитесь к терапевту.', context: { product: 'medical-service' } },
      { text: 'По данным ВОЗ, 40% взрослых имеют избыточный вес — доклад для эндокринологов.', context: { product: 'medical-service', audience: 'professional' } },
      { text: 'Около 30 % взрослых страдают гипертонией (по данным ВОЗ, 2023).', context: { product: 'medical-service' } },
      // Near misses of the ru-7 class: others' unawareness, an unknown address or price, aftercare.
      { text: 'Многие пациенты не знают, что налоговый вычет можно получить за три года.', context: { product: 'medical-service' } },
      { text: 'Если вы не знаете, к какому врачу записаться, позвоните администратору.', context: { product: 'medical-service' } },
      { text: 'Первые часы после анестезии вы можете не чувствовать губу — это нормально.', context: { product: 'medical-service' } },
      { text: 'Вы можете не знать номер полиса — мы найдём его по паспорту.', context: { product: 'medical-service' } },
      { text: 'Генетическая предрасположенность к диабету второго типа передаётся по наследству.', context: { product: 'medical-service' } },
    ],
  },
};
