import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38, NUM } from '../basis.js';

/**
 * Pressure to buy or book: time and scarcity («только сегодня», «успейте», «осталось 3 места»),
 * and persuasion, an imperative invitation that sells a promised gain («воспользуйтесь
 * блефаропластикой, чтобы …», «станьте моложе», «получите белоснежную улыбку»).
 */
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
      '(запишись|получи) ~4 уже (сегодня|сейчас)',
      'предложение ограничено',
      'завтра будет поздно',
      '(получи*|закажи*|купи*|запиши*) ~3 сегодня',
      'сегодня действует',
      // Class: imperatives against delay in an ad («не затягивайте с проблемой», «проверьтесь,
      // пока не поздно», «не откладывайте лечение на потом»). An emergency instruction is not one.
      'не (затягивайте|тяните|медлите)',
      'пока не поздно',
      // Class (ru-4): deadlines stressed as scarcity («только в июле!», «лишь в эти выходные»),
      // and the short forms of «успеть» («Успей записаться!»). A plain «акция до 31 марта»
      // states a condition and stays clean.
      '(только|лишь) (в|до) (январ*|феврал*|март*|апрел*|мае|мая|июн*|июл*|август*|сентябр*|октябр*|ноябр*|декабр*)',
      '(только|лишь) (в|на|до) (эт*|ближайш*) (месяц*|недел*|выходн*|дни|дня)',
      '(только|лишь) (этим|этой) (летом|осенью|зимой|весной|неделей)',
      'успей',
      'успевайте',
      // Class (ru-4): persuasion — an imperative that sells a gain, not a booking hint.
      // «Воспользуйтесь X, чтобы …», «воспользуйтесь предложением»; not «воспользуйтесь формой записи».
      'воспользуйтесь ~3 @treatment',
      'воспользуйтесь ~3 (предложени*|акци*|скидк*|возможност*|шанс*|услуг*)',
      // Self-transformation and self-reward: «станьте моложе», «верните молодость», «подарите себе».
      '(станьте|будьте) ~3 (моложе|красивее|увереннее|стройнее|привлекательнее|счастливее|лучше|лучшей|лучшим|неотразим*|собой)',
      '(получите|обретите|верните|подарите|откройте|почувствуйте|создайте|преобразите|подчеркните) ~3 @desired-look',
      // «Подарите себе» sells; «позвольте себе отдохнуть» is aftercare unless a look is promised.
      'подарите себе',
      'позвольте себе ~3 @desired-look',
      '(побалуйте|порадуйте|почувствуйте) себя',
      'откройте для себя',
      'приходите ~1 за ~2 @desired-look',
      'сделайте (первый|главный|важный) шаг',
      // «Сейчас» pressed by an imperative, and buy-now-pay-later. The verbs are listed: a leading
      // `#imperative` cannot use the prefilter and made the pack's first check ~20 % slower.
      '(воспользуйтесь|сделайте|решитесь|обращайтесь|приезжайте|оформите|купите|попробуйте|записывайтесь|позвоните|верните|подарите|начните|запишитесь|получите|закажите|позаботьтесь|приходите|звоните) ~6 (уже|прямо) (сегодня|сейчас)',
      'сейчас ~2 (платите|оплачивайте|заплатите|оплата|платить) ~1 потом',
      'не откладывайте',
      // The cost of delay and gifts held out for acting: «с каждым днём промедления …»,
      // «не уходите с пустыми руками … получите подарок».
      'кажд* (дн*|день|месяц*|год*|недел*) (промедлени*|ожидани*|отсрочк*|откладывани*)',
      '(получите|заберите|забирайте) ~2 (подар*|бонус*)',
      'не уходите с пустыми руками',
      // Class (ru-5): scarcity of the goods and haste to buy («партия почти закончилась», «заказать
      // как можно скорей»), a one-day window («только один день»), a deadline with the reader's
      // chance in it («только до … вы можете забронировать»). «Обратитесь к врачу как можно
      // скорее» is advice: the haste counts only next to a buying verb.
      '(партия|партии|запас*|остатк*|товар*|упаковк*|количество) ~3 (почти|скоро|уже|быстро|стремительно) (закончил*|заканчива*|закончится|законч*|разбира*|раскупа*|раскупил*|тает)',
      '(заказать|закажите|купить|купите|приобрести|приобретите|оформить|оформите|забронировать|забронируйте) ~3 как можно (скорее|скорей|быстрее|раньше)',
      'как можно (скорее|скорей|быстрее) ~2 (заказать|закажите|купить|купите|приобрести|приобретите|оформить|оформите|забронировать|забронируйте)',
      '(только|лишь|всего) (один|1|два|2|три|3) (день|дня|дней|сутки|суток)',
      '(только|лишь) до ~3 (можете|сможете|успеете)',
    ],
    // Conditional advice («если заметите пятна, не затягивайте с визитом») informs; it does not push.
    // Opening hours are no deadline: «приём ведётся только до 18:00».
    allow: ['(прием|ведется|ведут|работаем|работает|открыт*|принимаем|принимает) ~2 (только|лишь) до'],
    unlessSentence: ['кровотечени*', 'вызовите скорую', '103', '112', 'если (вы|у|ваш*|ребенок|ребенка|заметите|появил*)', 'при (появлени*|первых|боли|болях|ухудшени*|повышени*|температур*)'],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const urgencyDocs: RuleDocs = {
  note: 'UNVERIFIED as a standalone violation: 38-FZ has no general ban on urgency or on persuasion. The risk comes from ч. 3 and 7 ст. 5 (false or incomplete time limits) and, for drugs and devices, п. 6 ч. 1 ст. 24 (pushing healthy people to treatment; ru/health-scare). Persuasive imperatives («станьте моложе», «воспользуйтесь блефаропластикой, чтобы …») are flagged for review because the category contract counts them as urging (issue 13), not because a Russian statute bans them: hence a warning.',
  examples: {
    invalid: [
      { text: 'Запасы крема на складе почти закончились — закажите, пока он есть в продаже.', context: { product: 'other' } },
      { text: 'Советую приобрести тонометр как можно скорее, пока действует цена.', context: { product: 'medical-device' } },
      { text: 'Только три дня — капли «Пример» со скидкой 40 %.', context: { product: 'drug' } },
      { text: 'Только до воскресенья вы сможете купить курс по старой цене.', context: { product: 'supplement' } },
      { text: 'Акция пройдёт лишь до 02.04.2020 включительно!', context: { product: 'other' } },
      { text: 'Только сегодня — чистка зубов за полцены, успейте записаться!', context: { product: 'medical-service' } },
      { text: 'Осталось всего 3 места на процедуру по старой цене.', context: { product: 'medical-service' } },
      { text: 'Варикоз сам не пройдёт. Не тяните — приходите к флебологу.', context: { product: 'medical-service' } },
      { text: 'Не откладывайте имплантацию на потом: цены растут каждый квартал.', context: { product: 'medical-service' } },
      { text: 'Сдайте анализы, пока не поздно — лаборатория рядом с домом.', context: { product: 'medical-service' } },
      { text: 'Число мест на курс ограничено — закрепите цену предоплатой.', context: { product: 'medical-service' } },
      { text: 'До окончания акции на элайнеры осталось 2 дня.', context: { product: 'medical-service' } },
      { text: 'Позаботьтесь о зрении уже сегодня — запишитесь на диагностику.', context: { product: 'medical-service' } },
      // Class (ru-4): persuasion — imperative invitations that sell a gain; deadlines as scarcity.
      { text: 'Воспользуйтесь лазерной шлифовкой, чтобы встретить лето с гладкой кожей.', context: { product: 'aesthetic-surgery' } },
      { text: 'Станьте увереннее в себе — ринопластика за один день в нашей клинике.', context: { product: 'aesthetic-surgery' } },
      { text: 'Верните молодость лицу: SMAS-лифтинг по весенней цене.', context: { product: 'aesthetic-surgery' } },
      { text: 'Подарите себе новую улыбку к празднику!', context: { product: 'medical-service' } },
      { text: 'Приходите за идеальной фигурой — криолиполиз в центре города.', context: { product: 'aesthetic-surgery' } },
      { text: 'Цена на имплантацию действует только в декабре!', context: { product: 'medical-service' } },
      { text: 'Лечитесь сейчас — платите потом: рассрочка на протезирование.', context: { product: 'medical-service' } },
      { text: 'С каждым годом ожидания кость под удалённым зубом убывает — запишитесь на имплантацию.', context: { product: 'medical-service' } },
      { text: 'Купите сейчас: с понедельника цена вырастет.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'При резкой боли в груди обратитесь к врачу как можно скорее.', context: { product: 'medical-service' } },
      { text: 'Партия препарата отозвана производителем; замена в аптеке бесплатна.', context: { product: 'drug' } },
      { text: 'Приём ведётся только до 18:00, в субботу — до 14:00.', context: { product: 'medical-service' } },
      { text: 'Курс приёма — три дня, далее по назначению врача.', context: { product: 'drug' } },
      { text: 'Работаем сегодня до 21:00, срочная стоматологическая помощь 24/7.', context: { product: 'medical-service' } },
      { text: 'Не откладывайте визит к врачу, если кровотечение не останавливается.', context: { product: 'medical-service' } },
      { text: 'Скидка 20% на чек-ап до конца месяца.', context: { product: 'medical-service' } },
      { text: 'Если заметите кровь на щётке, не затягивайте с визитом к пародонтологу.', context: { product: 'medical-service' } },
      { text: 'Технологии будущего уже сегодня в нашей клинике.', context: { product: 'medical-service' } },
      { text: 'Воспользуйтесь формой записи на сайте или позвоните администратору.', context: { product: 'medical-service' } },
      { text: 'Приходите за 15 минут до приёма, чтобы заполнить анкету.', context: { product: 'medical-service' } },
      { text: 'При появлении крови на повязке не откладывайте звонок хирургу.', context: { product: 'aesthetic-surgery' } },
      { text: 'Акция на профессиональную чистку действует до 31 марта.', context: { product: 'medical-service' } },
      { text: 'Получите результаты анализов в личном кабинете на сайте.', context: { product: 'medical-service' } },
      { text: 'Не забудьте взять на приём выписку и результаты снимков.', context: { product: 'medical-service' } },
      { text: 'После процедуры позвольте себе отдохнуть пару дней.', context: { product: 'aesthetic-surgery' } },
      { text: 'Цена может измениться — актуальную стоимость уточняйте у администратора.', context: { product: 'medical-service' } },
    ],
  },
};
