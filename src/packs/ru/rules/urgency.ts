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
      '(количество|число|акция|предложение) ~2 ограничен*',
      'до (окончания|конца) (акции|предложения)',
      'закрепите ~2 (скидк*|цен*|мест*|подар*)',
      '(запишись|получи) ~4 уже (сегодня|сейчас)',
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
      // Class (ru-5): haste to buy («заказать как можно скорей»; scarcity of the goods is the
      // round-10 class below), a one-day window («только один день»), a deadline with the reader's
      // chance in it («только до … вы можете забронировать»). «Обратитесь к врачу как можно
      // скорее» is advice: the haste counts only next to a buying verb.
      // Stock of goods said to run low («запасы крема почти закончились»): «запас» only with a
      // speed word, as the body's stores run low in health education.
      '(запас*|количество) ~3 (почти|скоро|уже|быстро|стремительно) (закончил*|заканчива*|закончится|законч*|разбира*|раскупа*|раскупил*|тает)',
      // Class (round 10): scarcity said of what a sale runs out of, either order («мест почти не
      // осталось», «остались считанные упаковки», «заканчиваются сертификаты»), the last of it
      // («последняя партия»), and a deadline counted down («запись закрывается через 2 дня»,
      // «скидка сгорит в полночь»).
      '@scarce-unit ~3 @runs-out',
      '@runs-out ~3 @scarce-unit',
      'последн* (партия|партии|партию|места|мест|упаковк*|флакон*|комплект*|штук*|сертификат*)',
      '(партия|партии|тираж) ограничен*',
      '(закрывается|закроется|закончится|заканчивается|завершится|завершается) ~2 #time-span',
      '(скидка|скидки|бонус*|баллы|предложени*|цена|акция|промокод) ~3 (сгорит|сгорят|сгорает|сгорают|аннулиру*)',
      '(заказать|закажите|купить|купите|приобрести|приобретите|оформить|оформите|забронировать|забронируйте) ~3 как можно (скорее|скорей|быстрее|раньше)',
      'как можно (скорее|скорей|быстрее) ~2 (заказать|закажите|купить|купите|приобрести|приобретите|оформить|оформите|забронировать|забронируйте)',
      '(только|лишь|всего) (один|1|два|2|три|3) (день|дня|дней|сутки|суток)',
      '(только|лишь) до ~3 (можете|сможете|успеете)',
      // Class (ru-6): advice against delay said as a rule, not an imperative («не стоит откладывать
      // это на потом», «не нужно тянуть с визитом»): the same push as «не откладывайте».
      'не (стоит|нужно|надо|следует) (откладывать|затягивать|тянуть|медлить)',
      // Class (ru-6): now or a season called the right moment to buy or start («сейчас — лучшее
      // время для начала приёма», «отличный повод записаться на процедуру»).
      '(сейчас|сегодня|весна|весной|осень|осенью|зима|зимой|лето|летом|январь|январе) ~2 (лучш*|идеальн*|отличн*|самое) (время|момент|сезон|пора)',
      '(отличн*|прекрасн*|хорош*|идеальн*|лучш*|подходящ*|удачн*|замечательн*) (повод|момент|время|шанс) ~3 (записаться|начать|заняться|прийти|решиться|сделать|купить|заказать|попробовать|пройти|обратиться|избавиться)',
      // «Было бы грешно не воспользоваться»: not acting called a mistake.
      '(грешно|глупо|непростительно|ошибкой|преступлением) не (воспользоваться|сделать|попробовать|записаться|прийти|купить)',
      // A deadline recalled to the reader («напоминаем, что до конца недели доступен промокод»).
      '(напоминаем|напомним) ~4 до (конца|окончания)',
      // Class (ru-7): delay spoken against in any form, not only the plural imperative: a gerund
      // («обратиться, не затягивая»), waiting «пока станет хуже» refused, and the cost of delay
      // as a rule of proportion («чем раньше начать лечение, тем быстрее …», «чем дольше вы
      // откладываете визит, тем выше риск»). «Не дожидаясь результатов посева» is a doctor's
      // order of steps: waiting is refused only until things get worse.
      'не (затягивая|откладывая|медля|мешкая|тяня)',
      '(не|нельзя) (ждите|ждать|дожидайтесь|дожидаться|дожидаясь|жди|дожидайся) ~2 (пока|когда|ухудшени*|осложнени*|обострени*)',
      'чем (раньше|скорее|быстрее) ~5 (начать|начнете|начнешь|начато|начата|обратитесь|обратиться|обратишься|обращение|прийти|придете|придешь|записаться|запишетесь|лечение|лечения|терапия|терапию|диагностика|диагностику) ~6 тем',
      'чем (дольше|позже|позднее) ~4 (откладыва*|оттягива*|затягива*|тянете|тянуть|ждете|ждать|ждешь|медлите|медлить) ~6 тем',
      // The informal «ты» forms of the haste already caught in the «вы» form («Приходи уже сегодня!»).
      '(приходи|запишись|звони|позвони|закажи|купи|оформи|попробуй|позаботься|начни|получи|сделай|приезжай|обращайся|записывайся|решись) ~6 (уже|прямо) (сегодня|сейчас)',
    ],
    // Conditional advice («если заметите пятна, не затягивайте с визитом») informs; it does not push.
    // Opening hours are no deadline: «приём ведётся только до 18:00».
    allow: ['(прием|ведется|ведут|работаем|работает|открыт*|принимаем|принимает) ~2 (только|лишь) до', '(только|лишь) до #number ~3 (работает|работают|работаем|открыт*|ведется|принимает|принимаем|прием)'],
    // Aftercare («после удаления зуба не откладывайте визит, если отёк не спадает») is care, not a push.
    unlessSentence: ['после (удаления|операции|процедуры|вмешательства|имплантации|пломбирования|инъекции|инъекций)', 'кровотечени*', 'вызовите скорую', '103', '112', 'если (вы|у|ваш*|ребенок|ребенка|заметите|появил*)', 'при (появлени*|первых|боли|болях|ухудшени*|повышени*|температур*|симптом*|признак*|жалоб*)'],
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
      { text: 'Купите сейчас: с понедельника цена вырастет.', context: { product: 'medical-device' } },      // Class (ru-6): delay advised against as a rule, the right moment, not acting called a mistake, a deadline recalled.
      { text: 'Не стоит тянуть с имплантацией: кость без зуба убывает, записывайтесь на КТ.', context: { product: 'medical-service' } },
      { text: 'Лето — идеальное время для коррекции зрения, приходите на диагностику.', context: { product: 'medical-service' } },
      { text: 'День рождения — отличный повод решиться на пластику век!', context: { product: 'aesthetic-surgery' } },
      { text: 'Было бы ошибкой не воспользоваться ценой на курс массажа.', context: { product: 'medical-service' } },
      { text: 'Напоминаем: до окончания распродажи тонометров два дня.', context: { product: 'medical-device' } },
      // Class (ru-7): delay spoken against as a gerund, a refused wait, a proportion, a «ты» imperative.
      { text: 'Запишитесь к флебологу, не откладывая: консультация в день обращения.', context: { product: 'medical-service' } },
      { text: 'Нельзя ждать, когда зуб начнёт ныть по ночам, — приходите на осмотр.', context: { product: 'medical-service' } },
      { text: 'Чем раньше вы обратитесь к неврологу, тем короче будет курс.', context: { product: 'medical-service' } },
      { text: 'Чем дольше тянете с заменой слухового аппарата, тем сложнее привыкнуть к новому.', context: { product: 'medical-device' } },
      { text: 'Позвони прямо сейчас и забери абонемент на массаж.', context: { product: 'medical-service' } },
      { text: 'Не дожидайтесь, пока суставы заскрипят, — курс гиалуроновой кислоты уже в аптеках.', context: { product: 'supplement' } },
      // Class (round 10): what a sale runs out of, the last of it, a countdown.
      { text: 'Подарочные сертификаты почти разобрали.', context: { product: 'medical-service' } },
      { text: 'На складе остались считанные флаконы сыворотки.', context: { product: 'other' } },
      { text: 'Последние места на июньский интенсив по похудению!', context: { product: 'medical-service' } },
      { text: 'Наборы витаминов стремительно раскупают.', context: { product: 'supplement' } },
      { text: 'Регистрация на бесплатный скрининг закроется через 3 дня.', context: { product: 'medical-service' } },
      { text: 'Бонусные баллы сгорят в воскресенье — потратьте их на массаж.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'После удаления зуба не откладывайте визит, если отёк не спадает через 3 дня.', context: { product: 'medical-service' } },
      { text: 'Только до 20:00 работает регистратура, в выходные — до 15:00.', context: { product: 'medical-service' } },
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
      { text: 'Цена может измениться — актуальную стоимость уточняйте у администратора.', context: { product: 'medical-service' } },      // Near misses of the ru-6 classes: advice at symptoms, a time of day for a dose, a plain wait.
      { text: 'Не откладывайте визит к педиатру при симптомах обезвоживания у ребёнка.', context: { product: 'medical-service' } },
      { text: 'Лучшее время для приёма витамина D — утро, вместе с едой.', context: { product: 'supplement' } },
      { text: 'Осень — подходящее время для прививки от гриппа.', context: { product: 'medical-service' } },
      { text: 'Не нужно ждать приёма: результаты анализов придут на почту.', context: { product: 'medical-service' } },
      // Near misses of the ru-7 class: a doctor's order of steps, patience with a result, a plain proportion, a «ты» invitation without haste.
      { text: 'Антибиотик назначают, не дожидаясь результатов посева.', context: { product: 'medical-service' } },
      { text: 'Не ждите результата сразу: коллаген вырабатывается около месяца.', context: { product: 'aesthetic-surgery' } },
      { text: 'Чем дольше держите холод, тем меньше будет отёк — но не дольше 15 минут.', context: { product: 'medical-service' } },
      { text: 'Приходи на бесплатную лекцию о профилактике инсульта в субботу.', context: { product: 'medical-service' } },
      // Near misses of the round-10 scarcity class: a course that ends, the body's stores, a shelf life, parking.
      { text: 'Курс лечения заканчивается контрольным осмотром у терапевта.', context: { product: 'medical-service' } },
      { text: 'Запасы железа в организме заканчиваются при обильных кровопотерях.', context: { product: 'supplement' } },
      { text: 'Срок годности упаковки ограничен 24 месяцами с даты выпуска.', context: { product: 'supplement' } },
      { text: 'Места для парковки есть у входа в клинику.', context: { product: 'medical-service' } },
      { text: 'Место укола остаётся слегка красным 1–2 дня.', context: { product: 'medical-service' } },
    ],
  },
};
