import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { CRITERION, fz38, plenum58 } from '../basis.js';

// Words that «самый/наиболее» rank without praising anything: frequencies, stages, fit.
const NEUTRAL = 'главн*|перв*|последн*|начальн*|ранн*|поздн*|обычн*|распространенн*|част*|больш*|простейш*|подходящ*|удобн*|вероятн*|важн*|значим*|выраженн*|подверженн*|уязвим*|оптимальн*|щадящ*';
const NEGATIVE = 'сложн*|тяжел*|запущенн*|трудн*|бесполезн*|вредн*|опасн*|неприятн*|болезненн*|дорог*';

/** Unsubstantiated superlatives: «лучший», «самый эффективный», «наилучший». */
export const superlative = defineRule({
  id: 'ru/superlative',
  category: 'superlative',
  severity: 'error',
  legalBasis: [fz38('п. 1 ч. 3 ст. 5'), plenum58],
  match: {
    patterns: [
      'лучш(ий|ая|ее|ие|его|ей|ему|ую|им|ими|их|ем)',
      'наилучш*',
      'лучше всех',
      'лучше всего что',
      'сам(ый|ая|ое|ые|ого|ой|ому|ую|ым|ыми|ых) (лучш*|эффективн*|современн*|опытн*|надежн*|безопасн*|качественн*|квалифицированн*|передов*|точн*|низк*|доступн*|выгодн*|комфортн*|нов*|продвинут*|профессиональн*|известн*|мощн*|сильн*|быстр*)',
      'высочайш*',
      'непревзойденн*',
      'беспрецедентн*',
      // Class: superlatives by morphology — «самый/одна из самых» + any adjective, «лучше всего».
      // `re:` reads the shadow, where «й» is folded to «и»: «-ый» is written «-ыи» as well.
      're:сам(?:ый|ая|ое|ые|ого|ой|ому|ую|ым|ыми|ых)\\s+\\p{L}{3,}(?:ый|ий|ой|ыи|ии|ои|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ым|им|ыми|ими|ых|их)',
      // The prepositional «на самом современном …» (ru-6), as a word pattern: adding «ом|ем» to the
      // regex above made two of its alternatives overlap (the ReDoS check called it polynomial).
      'самом *ом',
      'самом *ем',
      // The analytic superlative «наиболее/наименее + adjective» is the same claim in the register
      // of clinic and brand sites («наиболее эффективная форма липосакции», «наименее болезненный»).
      // The word alone, with the neutral and negative words in `allow`: an ending pattern
      // («*(ый|ая|…)») would put «ый», «ая» into the pack's vocabulary, and letter-spaced words
      // would then be read back cut before their ending («запатентованн ый»).
      '(наиболее|наименее)',
      // Class: a quality ranked at the top of the world's scale, with no criterion. Not
      // «европейского уровня»: a standard met, not a rank (ru-3 labels it so).
      'мирового (уровня|класса|качества)',
      'на мировом уровне',
      'лучше всего',
      'нет аналогов',
      'не имеет аналогов',
      'единственн* (для|в|на) ~2 (россии|мире|городе|регионе|беременных|детей)',
      'максимальн* (эффективност*|точност*|результат*)',
    ],
    allow: [
      // «Самый/наиболее» with a word that ranks a disease, a risk or a frequency describes; only
      // «наименее» turns a negative word («наименее болезненный») into the clinic's advantage.
      `(сам*|наиболее) (${NEGATIVE}|${NEUTRAL})`,
      `наименее (${NEUTRAL})`,
      // Choosing for one patient is not ranking the clinic: «врач подберёт наиболее эффективную схему».
      '(подбер*|подобр*|подбира*|выбер*|выбира*|определ*|назнач*) ~3 (наиболее|наилучш*|сам*)',
      'что самое (замечательн*|интересн*|приятн*|удивительн*|важн*|главн*|страшн*|обидн*|сложн*)',
      // Idioms of change and of aims, not rankings: «в лучшую сторону», «лучшая версия себя»,
      // «для достижения наилучшего результата соблюдайте рекомендации».
      'в лучшую сторону',
      'лучш* ~3 верси* (себя|самой|самого|самих)',
      '(для|обеспечени*|достижени*|получени*) (наилучш*|лучш*) (результат*|эффект*)',
      'лучше всего ~2 (обратиться|проконсультироваться|записаться|уточнить)',
      'лучш* (лечение|лекарство) ~3 (профилактик*|сон|смех|движени*)',
      'лучш* способ (избежать|предотвратить|защитить*|сохранить)',
      'лучш* (пожелани*|подарок)',
      // «Лучшее время для …» picks a moment, it ranks no product (the push, if any, is
      // ru/urgency's: «сейчас — лучшее время для начала приёма»); «к лучшему» is a change.
      'лучш* (время|момент|сезон|пора|повод)',
      '(к|в) лучшему',
      // The pronoun «сам» before a person is no superlative («опрос самого больного», «пожелания
      // самого пациента»): «самый» ranks an adjective, these nouns are not ranked.
      '(самого|самой|самому|самим|самих|самом|самою) (больн*|пациент*|человек*|клиент*|ребенк*|ребенок|врач*|доктор*|себя|себе|собой|пользовател*|покупател*|заказчик*)',
      // The platitude that health is the most precious thing ranks no product (ru-5).
      '(здоровье|здоровья|жизнь) ~2 (сам*|наиболее) (ценн*|дорог*)',
    ],
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
      { text: 'У нас самый опытный хирург-имплантолог и самые внимательные медсёстры.', context: { product: 'medical-service' } },
      { text: 'Одна из самых доступных клиник эстетической медицины в области.', context: { product: 'medical-service' } },
      { text: 'Наш ортопедический матрас не имеет аналогов.', context: { product: 'medical-device' } },
      // Class: the analytic superlative «наиболее/наименее + adjective», a world-level quality (ru-4).
      { text: 'Коррекция зрения по методу SMILE — наиболее безопасный и наименее травматичный способ вернуть зрение.', context: { product: 'medical-service' } },
      { text: 'Стоматологическая помощь мирового уровня — в пяти минутах от метро.', context: { product: 'medical-service' } },
      { text: 'Этот сорбент наиболее мощный из всех, что продаются без рецепта.', context: { product: 'other' } },
      // «Лучше всего/всех» was swallowed by the allow-list entry for Latin «luchshe» (ru-3).
      { text: 'Где в Казани лучше всего ставить брекеты? Конечно, у нас.', context: { product: 'medical-service' } },
      // The prepositional «самом + adjective» (ru-6).
      { text: 'Диагностика проводится на самом современном томографе.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Здоровье — самое дорогое, что у нас есть: проходите диспансеризацию по ОМС.', context: { product: 'medical-service' } },
      'Лучше проконсультироваться с врачом до начала курса.',
      'Самые частые вопросы о лечении кариеса — отвечаем в статье.',
      'Мы не называем себя лучшими — просто делаем свою работу честно.',
      { text: 'Клиника признана лучшей в регионе по числу родов в 2024 году (по данным Минздрава области).', context: { product: 'medical-service' } },
      { text: 'Берёмся за самые сложные случаи — после консультации и КТ.', context: { product: 'medical-service' } },
      { text: 'Самые частые вопросы о лечении кариеса — отвечаем в статье.', context: { product: 'medical-service' } },
      { text: 'И что самое приятное — парковка у входа.', context: { product: 'medical-service' } },
      { text: 'Наиболее частые осложнения после удаления зуба мудрости — отёк и альвеолит.', context: { product: 'medical-service' } },
      { text: 'На консультации врач подберёт наиболее подходящий вам способ обезболивания.', context: { product: 'medical-service' } },
      { text: 'Врач подберёт наиболее эффективную схему лечения после осмотра.', context: { product: 'medical-service' } },
      { text: 'Для достижения наилучшего результата после отбеливания две недели избегайте кофе.', context: { product: 'medical-service' } },
      { text: 'Как изменить рацион в лучшую сторону: советы диетолога.', context: { product: 'medical-service' } },
      // The moment or a change for the better ranks nothing (ru-6).
      { text: 'Лечение изменило мою жизнь к лучшему.', context: { product: 'medical-service' } },
      { text: 'Лучшее время для профессиональной чистки — раз в полгода.', context: { product: 'medical-service' } },
      // The pronoun «сам» before a person, and «в самом начале» (ru-6).
      { text: 'Анамнез собирают со слов самого больного и его родственников.', context: { product: 'medical-service' } },
      { text: 'В самом начале курса врач проводит осмотр.', context: { product: 'medical-service' } },
    ],
  },
};
