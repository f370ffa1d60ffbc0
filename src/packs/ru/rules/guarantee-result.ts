import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38, NUM } from '../basis.js';
import { LAW_TALK } from '../lexicon.js';

// Present and future forms only: a past-tense «восстановился» is a patient story, not a promise.
const RESULT_VERB =
  '(снимет|снимут|снимем|вернет|вернут|вернем|подтянет|подтянем|омолодит|омолодим|разгладим|разгладит|разгладят|избавим|избавит|избавят|избавляет|избавляют|вылечим|вылечит|вылечат|вылечивает|излечим|излечит|излечивает|восстановим|восстановит|восстановят|восстанавливает|восстанавливают|устраним|устранит|устранят|устраняет|устраняют|уберем|уберет|уберут|похудеете|похудеешь|сбросите|сбросишь|забудете|забудешь|исчезнет|исчезнут|пройдет|пройдут)';
const PERIOD = `(${NUM.slice(1, -1)}|один|одну|одна|первый|первую|пару|несколько)`;
const UNIT = '(сеанс*|процедур*|минут*|дн*|день|недел*|месяц*|секунд*|час*|курс*|визит*|прием*|раз)';
// What a promise is about when the noun «гарантия» names it: the result, not the work or the device.
const PROMISED = '(результат*|эффект*|излечени*|выздоровлени*|успех*|безопасн*|здоровь*|красот*|похудени*|улучшени*|исцелени*|избавлени*|восстановлени*|молодост*|зрени*|омоложени*)';
// Visible results of aesthetic treatment: «губы/улыбка/грудь за один день» promises the timing.
const LOOK = '(улыбк*|зуб*|груд*|губ*|нос|носа|фигур*|тали*|кож*|волос*|пресс*|сиськ*|ягодиц*|лицо|лица|подбородок|скулы|взгляд)';

/**
 * Promised results: «гарантируем результат», «100 % эффект», «навсегда», «вылечим за 1 сеанс».
 * A warranty on work or a device («гарантия 10 лет на импланты») is consumer law, not a result
 * promise, and is allowed.
 */
export const guaranteeResult = defineRule({
  id: 'ru/guarantee-result',
  category: 'guarantee',
  severity: 'error',
  legalBasis: [fz38('п. 8 ч. 1 ст. 24'), fz38('п. 2 и 6 ч. 3 ст. 5')],
  match: {
    patterns: [
      'гарантир*',
      // The noun alone is as often a warranty or legal accountability («Гарантии. Мы юридическое
      // лицо …») as a promise: it counts when it names what is promised.
      `гаранти(я|и|ю|ей) ~3 ${PROMISED}`,
      // The Latin view transliterates «rezultata» as «резултата» (no soft sign): fold both.
      `(garantiya|garantiyu) ~3 (rezult*|effekt*|${PROMISED.slice(1, -1)})`,
      // Latin transliteration: the Latin view keeps «й» ("garantiya" → «гарантийа»), so list whole words.
      'garantiruem',
      'garantiruet',
      `100 % (результат*|эффект*|излечени*|гаранти*|восстановлени*|зрение|успех*|помощь|избавлени*)`,
      'стопроцентн* (результат*|эффект*|излечени*|гаранти*)',
      'навсегда',
      'полностью (вылечить|вылечим|вылечит|вылечат|вылечивает|излечить|излечим|излечит|излечивает)',
      'полностью (восстановим|восстановит|восстановят|восстановить|восстанавливает|восстанавливают|избавим|избавит|избавят|избавляет|избавляют|устраним|устранит|устраняет)',
      `${RESULT_VERB} ~5 за ${PERIOD} ${UNIT}`,
      `за ${PERIOD} ${UNIT} ~4 ${RESULT_VERB}`,
      `(лечение|избавление|восстановление|похудение|омоложение|излечение) ~4 за ${PERIOD} ${UNIT}`,
      'быстро (устраня*|снима*|избавля*|убира*)',
      // Class: a visible result with a time span («сиськи как у звезды за один день»).
      // (a procedure's duration, «отбеливание зубов за один визит», is information, not a promise).
      `(нов*|идеальн*|ровн*|красив*|голливудск*|белоснежн*|упруг*|плоск*|стройн*|молод*|чист*) ${LOOK} ~3 за ${PERIOD} (день|дня|сеанс|процедуру|визит|час|неделю)`,
      `${LOOK} как у ~2 за ${PERIOD} (день|дня|сеанс|процедуру|визит|час|неделю)`,
      '(пломбы|импланты|имплантаты|виниры|коронки|брекеты|протезы|зубы) ~1 не (выпадают|выпадут|ломаются|сломаются|темнеют|отторгаются|отторгнутся)',
      'точно поможет',
      '(помогает|поможет) (всем|каждому)',
      'эффект гарантирован',
      '(результат|эффект) или (вернем|возврат*)',
    ],
    allow: [
      // Warranties, state guarantees and guarantees of service quality are not result promises.
      'гарантийн*',
      `гаранти* ~2 (${NUM.slice(1, -1)}) (лет|год|года|месяц*|мес)`,
      'гаранти* (производител*|изготовител*|качества|на)',
      '(государственн*|госгаранти*|программ*) ~1 гаранти*',
      'гарантир* (конфиденциальност*|анонимност*|сохранност*|запись|прием|вежлив*|чистот*|стерильност*)',
      'гаранти* (конфиденциальност*|анонимност*)',
      '(пользовател*|сторон*|заказчик*|исполнител*|оператор*|клиент*) ~4 гарантир*',
      'навсегда (закрыт*|переехал*)',
      'гарантир* что (размещени*|представленн*|материал*|информаци*|обладает)',
    ],
    unlessSentence: ['невозможно', 'не может', 'не можем', 'нельзя', 'не обещ*', 'прав* третьих лиц', 'персональн* данн*', 'реклама не должна', ...LAW_TALK],
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const guaranteeResultDocs: RuleDocs = {
  note: 'For drugs п. 8 ч. 1 ст. 24 applies directly; for medical services FAS has used ч. 3 ст. 5 (Moscow UFAS, «Гарантируем здоровье!»).',
  examples: {
    invalid: [
      { text: 'Гарантируем 100% результат: избавим от варикоза навсегда за одну процедуру!', context: { product: 'medical-service' } },
      { text: 'Гaрaнтируем излечение псориаза уже после первого курса!', context: { product: 'medical-service' } },
      { text: 'Инъекции — разгладим морщины за 15 минут!', context: { product: 'medical-service' } },
      { text: 'Luchshaya klinika — garantiya rezultata!', context: { product: 'medical-service' } },
      { text: 'Мазь от ожогов: снимет покраснение за пару часов.', context: { product: 'drug' } },
      { text: 'Новые губы за один визит — без реабилитации.', context: { product: 'medical-service' } },
      { text: 'С гарантией результата или вернём деньги — курс коррекции осанки.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Импланты премиум класса из Швеции. Гарантия 10 лет!', context: { product: 'medical-service' } },
      { text: 'Результат лечения зависит от многих факторов, поэтому мы не гарантируем его заранее.', context: { product: 'medical-service' } },
      { text: 'Гарантия производителя на тонометр — 5 лет. Гарантируем конфиденциальность.', context: { product: 'medical-device' } },
      { text: 'Пользователь сайта гарантирует, что размещение материалов не нарушает права третьих лиц.', context: { product: 'other' } },
      { text: 'Лазерная коррекция зрения занимает 24 секунды на каждый глаз.', context: { product: 'medical-service' } },
      { text: 'Гарантии. Клиника — юридическое лицо и отвечает перед пациентами по закону.', context: { product: 'medical-service' } },
      { text: 'Гарантия на все виды работ, гарантийный талон выдаётся после лечения.', context: { product: 'medical-service' } },
      { text: 'Результаты анализов за один день — на почту.', context: { product: 'medical-service' } },
    ],
  },
};
