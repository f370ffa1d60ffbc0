import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38, NUM } from '../basis.js';

const PEOPLE = '(пациентов|людей|испытуемых|случаев|женщин|мужчин|клиентов|покупателей|опрошенных|участников|больных|человек|пользователей|врачей|докторов|специалистов|россиян|жителей|взрослых)';

/** Percentages and counts of cured people without a verifiable source. */
export const unsourcedStatistics = defineRule({
  id: 'ru/unsourced-statistics',
  category: 'unsubstantiated-claim',
  severity: 'warning',
  verified: false,
  legalBasis: [fz38('п. 11 ч. 3 ст. 5')],
  match: {
    patterns: [
      `${NUM} % ${PEOPLE}`,
      `${NUM} из ${NUM} ${PEOPLE}`,
      `(вылечил*|вылечить|излечил*|помог*|избавил*|избавить|восстановил*) ${NUM} ${PEOPLE}`,
      `в (${NUM.slice(1, -1)}|два|три|четыре|пять|десять|несколько) раз* (эффективнее|быстрее|надежнее|лучше|сильнее|безопаснее|дольше|результативнее)`,
      `на ${NUM} % (быстрее|эффективнее|лучше|сильнее|дольше)`,
      `(укорачива*|сокраща*|продлева*|продлит) ~1 жизнь на ${NUM}`,
      // Class: success rates and effect multipliers without a source («приживаемость 99,8 %»,
      // «уменьшает боль в 7 раз»).
      `(приживлени*|приживаемост*|успешност*|эффективност*|вероятност*|результативност*) ~6 ${NUM} %`,
      `${NUM} % ~2 (приживаемост*|успех*|успешн*|излечени*)`,
      `(уменьша*|снижа*|повыша*|ускоря*|сокраща*) ~3 в ${NUM} раз*`,
      // (Active verbs only: «в 2 раза снижается точность, если …» describes a condition.)
      `в ${NUM} раз* (уменьшает|уменьшают|снижает|снижают|повышает|повышают|ускоряет|ускоряют|сокращает|сокращают|улучшает|улучшают|увеличивает|увеличивают|усиливает|усиливают)`,
      // Broader: an effect noun or verb with a multiplier, a range allowed («ускорение метаболизма
      // в 3-4 раза»), and a risk or share stated as a bare percentage («риск рецидива всего 1 %»).
      `(ускорени*|снижени*|повышени*|увеличени*|уменьшени*|улучшени*|сокращени*|увеличива*|ускоря*|улучша*) ~3 в ${NUM} ~1 раз*`,
      `(риск*|вероятност*) ~4 (всего|лишь|менее|составляет) ~1 ${NUM} %`,
      // A success share as «из N … M» («из 100 пересаженных волос приживается 95-98»).
      'из #number ~3 (прижива*|выжива*|излечива*|выздоравлива*|довольны|возвращаются|уходят) ~2 #number',
      `(помогли|вылечили|избавили|помогаем) #number (пациентам|людям|женщинам|мужчинам|клиентам|больным)`,
      // Class: an effect by a percentage («снижает уровень холестерина на 30 %») and shares of
      // «our» patients («более 95 % наших пациентов довольны»).
      `(уменьша*|снижа*|повыша*|ускоря*|сокраща*|улучша*|увеличива*|снизит|повысит|улучшит) ~4 на ${NUM} %`,
      `${NUM} % (наших|всех|опрошенных) ${PEOPLE}`,
    ],
    unlessSentence: ['по данным', 'источник*', 'согласно ~3 (исследовани*|данным|отчет*|регистр*|публикаци*)', 're:\\[\\d+\\]'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const unsourcedStatisticsDocs: RuleDocs = {
  note: 'UNVERIFIED point number: untrue results of research and tests are unreliable advertising under ч. 3 ст. 5; the audit places them in п. 11 [K] (the old citation п. 2 is about characteristics). A figure with a named source and date is not flagged.',
  examples: {
    invalid: [
      { text: 'Аппарат в 5 раз ускоряет заживление ссадин.', context: { product: 'medical-device' } },
      { text: '80 % врачей выбирают эту зубную пасту для своей семьи.', context: { product: 'other' } },
      { text: 'Из 10 установленных имплантов приживаются 9, а то и все 10.', context: { product: 'medical-service' } },
      { text: 'Курс ускоряет восстановление связок в 2-3 раза.', context: { product: 'medical-service' } },
      { text: 'Риск повторного образования камней составляет лишь 2 %.', context: { product: 'medical-service' } },
      { text: 'Мы помогли 12 000 пациентам избавиться от боли в спине.', context: { product: 'medical-service' } },
      { text: 'После 2-х месяцев такого лечения 98% пациентов отказываются от зависимости навсегда.', context: { product: 'drug' } },
      { text: 'Из 1000 человек, которые пришли на испытания, он смог полностью вылечить 912 человек.', context: { product: 'other' } },
      { text: 'Имплантация у нас в 2 раза надёжнее, чем в других клиниках.', context: { product: 'medical-service' } },
      { text: 'Успешность процедуры ЭКО в нашем центре — 67 %.', context: { product: 'other' } },
      { text: 'Аппарат ускоряет заживление в 3 раза.', context: { product: 'medical-device' } },
      { text: 'Вероятность приживления коронки — более 98 %.', context: { product: 'medical-service' } },
      { text: 'Процедура повышает упругость кожи на 40 %.', context: { product: 'aesthetic-surgery' } },
      { text: '87 % всех пациентов рекомендуют нас друзьям.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'В 2 раза снижается точность измерения, если манжета надета неправильно.', context: { product: 'medical-device' } },
      { text: 'Курс можно повторять в 2 раза реже, если врач не назначил иначе.', context: { product: 'drug' } },
      { text: 'По данным Минздрава РФ за 2024 год, 60 % врачей-терапевтов прошли аккредитацию.', context: { product: 'medical-service' } },
      { text: 'Из 5 зубов мудрости удалять нужно только те, что растут неправильно.', context: { product: 'medical-service' } },
      { text: 'Риск осложнений, по данным регистра за 2023 год, составляет 2 %.', context: { product: 'medical-service' } },
      { text: 'Приём ведут 12 врачей, клиника работает с 2005 года.', context: { product: 'medical-service' } },
      { text: 'Скидка 20% на первичный приём. Рассрочка 0%.', context: { product: 'medical-service' } },
      { text: 'По данным внутреннего регистра клиники за 2024 год, 92% пациентов оценили сервис на «отлично».', context: { product: 'medical-service' } },
      { text: 'В клинике работают 12 врачей, приём ведётся 7 дней в неделю.', context: { product: 'medical-service' } },
      { text: 'По данным регистра клиники за 2025 год, успешность ЭКО составила 41 %.', context: { product: 'medical-service' } },
      { text: 'Приём длится около 30 минут.', context: { product: 'medical-service' } },
      { text: 'По данным Минздрава за 2024 год, реабилитация снижает риск повторного инфаркта на 25 %.', context: { product: 'medical-service' } },
    ],
  },
};
