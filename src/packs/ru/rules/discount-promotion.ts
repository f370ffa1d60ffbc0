import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38, NUM } from '../basis.js';

/** Discounts, gifts and «free» offers for medical services and products without stated conditions. */
export const discountPromotion = defineRule({
  id: 'ru/discount-promotion',
  category: 'price-promotion-lottery',
  severity: 'warning',
  legalBasis: [fz38('ч. 7 ст. 5'), fz38('п. 4 ч. 3 ст. 5')],
  match: {
    patterns: [
      'скидк*',
      // A bare percentage is a discount only in a price context: «-20%», «20% на чистку».
      're:[-−–]\\d{1,2} ?%',
      `${NUM} % на`,
      'акци(я|и|ю|ей)',
      'в подарок',
      'подарк(и|ов)',
      'подарок (за|при|каждому)',
      'бесплатн*',
      'за (1|один) рубль',
      'за (1|один) руб*',
      'специальн* цен*',
      'промокод*',
      'купон*',
      'кэшбэк*',
      'два по цене одного',
      '1 + 1',
      // Class: an old price set against the new («за 2 990 ₽ вместо 4 500 ₽»), a referral
      // reward, a gift certificate or a gift with its value.
      'вместо #money',
      '(всего|только|лишь) (за|от) #money',
      '#money ~3 до #number (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)',
      '(приведи|приведите|пригласи|пригласите) ~1 (друга|подругу|друзей|знакомых|близких)',
      'сертификат* ~1 на #money',
      'подарочн* сертификат*',
      // Class: a price tied to a short time window («150.000₽ только в июле!», «только сегодня
      // 299 руб.»): the offer's limit is the pressure, its conditions unsaid.
      '#money ~2 (только|лишь) (в|до) ~1 (январ*|феврал*|март*|апрел*|мае|мая|июн*|июл*|август*|сентябр*|октябр*|ноябр*|декабр*|выходн*|праздник*)',
      '#money ~2 (только|лишь) (сегодня|сейчас|завтра)',
      '(только|лишь) (сегодня|сейчас|до) ~2 #money',
      'подар(ок|ки|ка) ~2 (стоимостью|сумму|номиналом)',
      // Class (ru-5): loyalty points spent on the price («накопленными бонусами вы можете частично
      // оплатить услуги»), cashback in its spellings, a holiday bundle at «всего за 10 тысяч рублей».
      '(бонус*|балл*) ~4 (оплат*|списа*|списыв*|потрат*)',
      'программ* лояльност*',
      '(кешбэк*|кешбек*|кэшбек*)',
      '(всего|только|лишь) за #number (тысяч*|тыс)',
      '(новогодн*|праздничн*|летн*|весенн*|осенн*|зимн*) (набор*|комплект*|предложени*|распродаж*)',
      // Class (ru-7): a price marked as a promotion by a word around it, not by «скидка»: a special
      // or seasonal price in any wording («специальная ОСЕННЯЯ ЦЕНА», «летний тариф»), a price
      // stressed as small («по цене всего 2 425 рублей»).
      'специальн* ~2 (цен*|стоимост*|тариф*|услови*)',
      '(осенн*|весенн*|летн*|зимн*|новогодн*|праздничн*|сезонн*|майск*|черн*) (цен*|скидк*|стоимост*|тариф*|акци*)',
      '(цен*|стоимост*|тариф*) ~4 (всего|только|лишь|всего-навсего) #money',
    ],
    allow: [
      `(рассрочк*|кредит*|процент*|ставк*) ~2 ${NUM} %`,
      `${NUM} % ~1 (пациентов|людей|случаев|клиентов|населения|россиян|женщин|мужчин|взрослых|детей|вероятност*|эффективност*)`,
      'бесплатн* (парковк*|вайфай|wifi|кофе|чай|доставк*)',
      `${NUM} % (результат*|эффект*|гаранти*|натуральн*|безопасн*|излечени*|зрение|восстановлени*|успех*)`,
      `на ${NUM} % (состоит|натуральн*)`,
      '(по|рамках) (полису|полиса|омс|программ*) ~4 бесплатн*',
      // A warranty redo is not a promotion: «в случае отторжения бесплатно проведём заново».
      'бесплатн* ~3 (заново|повторно|переделк*)',
      // Class: free redo or repair within the warranty period is the warranty itself («в течение
      // гарантийного срока перелечиваем бесплатно»), not a price offer.
      'гарантийн* ~4 бесплатн*',
      'по гарантии ~3 бесплатн*',
      'бесплатн* ~3 гарантийн*',
      'бесплатн* ~3 (полису|омс|госгарантий)',
      // Class (ru-7): free care paid by the state, named by its channel a few words on («бесплатные
      // операции на сердце по ОМС и федеральным квотам», «бесплатное лечение … направление на
      // ВМП, полис ОМС»): the price is the law's, no offer.
      'бесплатн* ~8 (омс|квот*|вмп|госпрограмм*|госгарантий|бюджет*)',
      'бесплатн* (лечени*|операци*|помощ*|медицинск*|госпитализаци*|реабилитаци*) ~8 (направлени*|квот*|вмп|омс)',
      'по полису омс',
      `${NUM} % ~2 (площади|кадра|рекламн*)`,
      // Class: free work on the clinic's own earlier work is a warranty, not an offer («удаление
      // импланта, установленного в клинике, — бесплатно»).
      '(установленн*|выполненн*|поставленн*) ~3 (клиник*|центр*|нами|нас) ~2 бесплатн*',
      // Class: a free consultation as the place where something happens («метод подберёт врач на
      // бесплатной консультации») is service information; «запишитесь на бесплатную …» is an offer.
      'на бесплатн(ой|ом) (консультаци*|диагностик*|осмотр*|прием*)',
      // Class: a refusal of promotions («мы не будем придумывать скидки», «не делаем акций»): the
      // «не» is two or three words away, beyond the negation window kept short for «не упустите скидку».
      'не (будем|делаем|даем|даём|предлагаем|обещаем|устраиваем|придумываем) ~2 (скидк*|акци*|подарк*)',
      // The site's section named «Акции» is navigation («правила — в разделе «Акции»»).
      '(разделе|раздел|странице|вкладке) акци*',
      // A price list's validity is a term of sale («цены действительны до 31 декабря»).
      '(действительн*|действует|действуют|актуальн*) до #number',
      '(скидок|акций|скидки|акции) ~3 не (проводит|проводим|проводятся|предоставля*|делаем|бывает|бывают|действуют)',
      // A follow-up visit included in the price of the first is a term of the service.
      '(повторн*|контрольн*) ~3 бесплатн*',
      'бесплатн* ~5 (гарантийн*|гарантии)',
    ],
    unlessSentence: ['при условии', 'условия акции', 'по показаниям', 'акция действует', 'подробности ~3 (сайте|телефону|администратор*)', 'не является публичной офертой'],
    negation: { window: 1 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const discountPromotionDocs: RuleDocs = {
  note: 'The statute bans omitting essential conditions of purchase (ч. 7 ст. 5), not discounts as such, so a discount line is a prompt to state the conditions: warning. Cases: Chelyabinsk UFAS 2009 («Белый кит», free prevention without the medical-indication condition); Novosibirsk UFAS 2011 (coupon).',
  examples: {
    invalid: [
      { text: 'Баллами можно оплатить до 30 % стоимости лечения — копите бонусы с каждого визита.', context: { product: 'medical-service' } },
      { text: 'Праздничный набор: чистка + отбеливание всего за 9 тысяч рублей.', context: { product: 'medical-service' } },
      { text: 'Отбеливание зубов 9 900 ₽ только в выходные!', context: { product: 'medical-service' } },
      { text: 'Только сегодня — 1 500 ₽ за консультацию трихолога.', context: { product: 'medical-service' } },
      { text: 'Скидка 20% на чек-ап «Женское здоровье» до конца месяца — записывайтесь по ссылке в профиле!', context: { product: 'medical-service' } },
      { text: 'ОСМОТР ПОЛОСТИ РТА И КОНСУЛЬТАЦИИ БЕСПЛАТНО! ГИБКАЯ СИСТЕМА СКИДОК ПЕНСИОНЕРАМ', context: { product: 'medical-service' } },
      { text: 'Лечение. Протезирование. Акции. Скидки. Подарки.', context: { product: 'medical-service' } },
      { text: 'Запишитесь на бесплатную консультацию ортодонта до конца недели!', context: { product: 'medical-service' } },
      { text: 'УЗИ сердца — 1 900 ₽ вместо 2 700 ₽ до конца марта.', context: { product: 'medical-service' } },
      { text: 'Пригласите друга на приём — каждому по 500 бонусных баллов.', context: { product: 'medical-service' } },
      { text: 'Дарим сертификат на 3 000 ₽ каждому новому пациенту.', context: { product: 'medical-service' } },
      { text: 'Профгигиена всего за 2 490 ₽ до 30 апреля!', context: { product: 'medical-service' } },
      // Class (ru-7): a special or seasonal price in any wording, a price stressed as small.
      { text: 'Весенний тариф на абонемент ЛФК — до конца апреля.', context: { product: 'medical-service' } },
      { text: 'Действуют специальные условия на протезирование для пенсионеров.', context: { product: 'medical-service' } },
      { text: 'Стоимость УЗИ сосудов шеи — всего 1 300 ₽.', context: { product: 'medical-service' } },
      { text: 'Майская цена на чек-ап для мужчин.', context: { product: 'medical-service' } },
      { text: 'Чёрная пятница: тонометры по цене только 1990 руб.', context: { product: 'medical-device' } },
      { text: 'Специальная летняя стоимость процедуры SMAS.', context: { product: 'aesthetic-surgery' } },
      // Still an offer: free without a state channel.
      { text: 'Бесплатная замена хрусталика при оплате операции на втором глазу.', context: { product: 'medical-service' } },
      { text: 'Бесплатная консультация флеболога до конца месяца.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Имплантация: 45 тысяч рублей за имплант под ключ, оплата картой или наличными.', context: { product: 'medical-service' } },
      { text: 'Осенние профилактические осмотры по ОМС проводятся по записи.', context: { product: 'medical-service' } },
      { text: 'Консультация — 1 500 ₽, приём только в будни с 9 до 18.', context: { product: 'medical-service' } },
      { text: 'Приём терапевта бесплатно по полису ОМС. Бесплатная парковка для пациентов.', context: { product: 'medical-service' } },
      { text: 'Профессиональная чистка зубов — 3 500 ₽.', context: { product: 'medical-service' } },
      { text: 'Скидка 10% пенсионерам при условии записи на будние дни; условия акции — у администратора.', context: { product: 'medical-service' } },
      { text: 'В случае отторжения импланта бесплатно проведём имплантацию заново.', context: { product: 'medical-service' } },
      { text: 'Мы не делаем скидок на лечение: цена одна для всех пациентов.', context: { product: 'medical-service' } },
      { text: 'Подходящий метод отбеливания врач подберёт на бесплатной консультации.', context: { product: 'medical-service' } },
      { text: 'Имплантация зуба — от 30 000 ₽. Снятие коронки, установленной в нашей клинике, — бесплатно.', context: { product: 'medical-service' } },
      { text: 'Правила розыгрыша, организатор и сроки — на сайте в разделе «Акции».', context: { product: 'medical-service' } },
      { text: 'Скидок и акций клиника не проводит: цены указаны в прайсе.', context: { product: 'medical-service' } },
      { text: 'Контрольный осмотр через месяц — бесплатно.', context: { product: 'medical-service' } },
      { text: 'Чистка зубов — 3 500 ₽, цены действительны до 31 декабря.', context: { product: 'medical-service' } },
      { text: 'Гарантия на слуховой аппарат — 2 года, настройка бесплатно в течение гарантийного срока.', context: { product: 'medical-device' } },
      { text: 'Если пломба выпадет в течение года, по гарантии поставим новую бесплатно.', context: { product: 'medical-service' } },
      // Near misses of the ru-7 class: a plain price, a price rising by law, a special diet, a seasonal service.
      { text: 'Стоимость УЗИ сосудов шеи — 1 300 ₽, приём по записи.', context: { product: 'medical-service' } },
      { text: 'Специальная диета после операции: список продуктов выдаст врач.', context: { product: 'medical-service' } },
      { text: 'Сезонная вакцинация от гриппа проводится с сентября.', context: { product: 'medical-service' } },
      { text: 'Цена указана за один сеанс массажа, курс — 10 сеансов.', context: { product: 'medical-service' } },
      // Near misses (ru-7): free care paid by the state, its channel named a few words on.
      { text: 'Бесплатная замена хрусталика при катаракте по квоте Минздрава.', context: { product: 'medical-service' } },
      { text: 'Бесплатные курсы реабилитации после инсульта — за счёт бюджета области.', context: { product: 'medical-service' } },
      { text: 'Бесплатная госпитализация возможна при наличии направления от районного невролога.', context: { product: 'medical-service' } },
      { text: 'Бесплатное эндопротезирование суставов для жителей края по ОМС.', context: { product: 'medical-service' } },
    ],
  },
};
