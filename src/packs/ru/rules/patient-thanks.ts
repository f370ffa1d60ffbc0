import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/** Thanks and recommendations from individuals: «спасибо доктору», «рекомендую всем». */
export const patientThanks = defineRule({
  id: 'ru/patient-thanks',
  category: 'testimonial',
  severity: 'error',
  legalBasis: [fz38('п. 3 ч. 1 ст. 24'), fz38('ч. 5 ст. 24'), fz38('п. 3 ч. 1 ст. 25')],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      'спасибо ~2 @carer',
      'спасибо ~1 за (лечение|помощь|результат|улыбку|зрение|здоровье|спасение)',
      '(огромное|большое|низкий) (спасибо|поклон)',
      'благодар(ю|на|ен|ны|ность|ностью) ~3 @carer',
      'благодар(ю|на|ен|ны|ность|ностью) ~3 всем',
      '(рекомендую|советую|советуем) ~3 @carer',
      '(рекомендую|советую|советуем) ~3 (всем|друзьям|знакомым|подругам|коллегам|близким|родным)',
      // Class (ru-4): thanks announced and thanks relayed — «хочу поблагодарить врачей», «всем
      // советую», «мы передадим доктору ваши слова благодарности».
      '(хочу|хотим|хотела|хотел|хотелось|хочется) ~2 поблагодарить',
      // Not «вам рекомендую …»: a doctor answering a question speaks so.
      '(передадим|передам|передали|передала|передал|передаю|передаем) ~4 (благодарност*|спасибо)',
      '(слова|ваш*|вашу|теплые|добрые) благодарност*',
      // A patient's word of mouth: «всем советую», «рекомендую друзьям» («рекомендую каждому
      // иметь …» is as often a doctor's advice, so «каждому» stays out).
      '(всем|друзьям|знакомым|подругам|близким|родным) (советую|рекомендую)',
      '(советует|рекомендует|посоветовала|посоветовал) (нас|нашу|наш|нашего|эту)',
      // Class: thanks and recommendations signed off by a patient, without naming whom.
      '(выразить|выражаю|выражаем) ~2 благодарност*',
      // A sentence of its own: «Рекомендую!», «Благодарю.» (a doctor's «рекомендую пить воду» goes on).
      're:(?<=(?:^|[.!?…\\n])\\s{0,3})(?:благодарю|рекомендую|советую)(?=\\s{0,3}(?:[!.)…]|$))',
      // Class (round 10): the reviewer's own voice — pleased, delighted, grateful, recommending
      // («я очень довольна», «мне всё понравилось», «моя благодарность»), set phrases only a patient
      // says of a doctor («врач от бога», «золотые руки», «спасибо за новую жизнь»), gratitude by
      // its other name («признательна доктору»), a buyer coming back («буду заказывать ещё»).
      '#first-person ~3 @review',
      '(врач|доктор|хирург|стоматолог|специалист|мастер) от бога',
      '(врач|доктор|хирург|стоматолог) (волшебник|золото)',
      'золот* рук*',
      '(спасибо|благодарю|благодарна|благодарен) ~3 (новую|вторую) жизнь',
      '(признательна|признателен|признательны|признательност*) ~3 @carer',
      '(результатом|лечением|покупкой|эффектом|работой) ~1 (довольна|доволен|довольны)',
      '(довольна|доволен) ~2 (результат*|лечени*|врач*|доктор*|клиник*|покупк*|эффект*)',
      '(буду|будем) (заказывать|покупать|брать|приходить|обращаться|лечиться) ~1 (еще|снова|только|всегда)',
      '(сама|сам|сначала|поначалу) не (верила|верил|поверила|поверил)',
      'от всей души (рекомендую|советую|благодарю|спасибо)',
      '(однозначно|смело|искренне) (рекомендую|советую|благодарю)',
      '(реальн*|честн*|настоящ*|живые) отзыв*',
    ],
    // Advice to see a doctor is no recommendation of one: «советую уточнить у врача» (ru-5 probe).
    // «Мне не понравилось ожидание» is a complaint: its «не» sits inside the span.
    allow: ['#first-person ~2 не (понравилось|понравился|понравилась|понравились|доволен|довольна|довольны)', '(советую|рекомендую) (уточнить|обратиться|проконсультироваться|спросить|посоветоваться|показаться|сходить) ~1 (у|к|с|со) (врач*|доктор*|специалист*)', 'спасибо за (вопрос|обратную|отзыв|доверие|ваш|ваши|выбор)', 'спасибо что (выбрали|вы)'],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const patientThanksDocs: RuleDocs = {
  note: 'п. 3 ч. 1 ст. 24 applied to medical services by Volgograd UFAS (reviews copied from the clinic site). Which part of ст. 24 extends п. 2–5 to services and devices (ч. 4–6) is UNVERIFIED; the ban itself is verified.',
  examples: {
    invalid: [
      { text: 'Пользуюсь этим тонометром третий год, показывает точно. Советую!', context: { product: 'medical-device' } },
      { text: 'Отзыв нашей пациентки: «После лечения боль ушла, спасибо доктору!»', context: { product: 'medical-service' } },
      { text: 'Огромное спасибо всем врачам центра! Рекомендую всем, кто мучается со спиной.', context: { product: 'medical-service' } },
      { text: 'Рекомендую Ortospotin всем — выражаю благодарность производителю!', context: { product: 'drug' } },
      { text: 'Хочу выразить признательность и благодарность всему отделению за заботу о маме.', context: { product: 'medical-service' } },
      { text: 'Делала винир у Ирины Сергеевны. Рекомендую!', context: { product: 'medical-service' } },
      { text: 'Слуховой аппарат подобрали за один визит.\nБлагодарю!', context: { product: 'medical-device' } },
      // Class (ru-4): thanks announced, advice to all, thanks relayed by the clinic.
      { text: 'Хотелось бы поблагодарить весь коллектив отделения за заботу.', context: { product: 'medical-service' } },
      { text: 'Клиникой довольна, всем советую!', context: { product: 'medical-service' } },
      { text: 'Спасибо за отзыв! Ваши слова благодарности мы передали доктору.', context: { product: 'medical-service' } },
      { text: 'Уже советую эту стоматологию знакомым.', context: { product: 'medical-service' } },
      { text: 'Делала чистку у Анны Сергеевны, всем советую!', context: { product: 'medical-service' } },
      { text: 'Хожу сюда третий год и рекомендую друзьям.', context: { product: 'medical-service' } },
      // Class (round 10): the reviewer's own voice and the set phrases of a patient or buyer.
      { text: 'Я в восторге от процедуры, кожа как у двадцатилетней.', context: { product: 'aesthetic-surgery' } },
      { text: 'Мне всё понравилось: уютно, без очередей, анестезия отличная.', context: { product: 'medical-service' } },
      { text: 'Ортодонт у вас — врач от бога, прикус исправили идеально.', context: { product: 'medical-service' } },
      { text: 'Безмерно признательна гинекологу Смирновой за чуткость.', context: { product: 'medical-service' } },
      { text: 'Эффектом довольна, буду покупать снова для всей семьи.', context: { product: 'supplement' } },
      { text: 'Поначалу не верила в эти витамины, теперь беру только их.', context: { product: 'supplement' } },
      { text: 'Спасибо флебологу за вторую жизнь моих ног!', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Я не специалист, поэтому советую уточнить дозировку у врача.', context: { product: 'medical-device' } },
      { text: 'Советую перед поездкой уточнить у врача, какие лекарства взять с собой.', context: { product: 'drug' } },
      { text: 'Спасибо, что выбрали нашу клинику! Оставить отзыв можно на сайте.', context: { product: 'medical-service' } },
      { text: 'Спасибо за вопрос! Отвечает врач-стоматолог.', context: { product: 'medical-service' } },
      { text: 'Спасибо доктору и медсёстрам отделения — пишет пациентка в журнале для специалистов.', context: { product: 'medical-service', audience: 'professional' } },
      { text: 'Мы благодарим пациентов за терпение во время ремонта регистратуры.', context: { product: 'medical-service' } },
      { text: 'Рекомендуем записываться заранее: приём ведётся по времени.', context: { product: 'medical-service' } },
      { text: 'Советуем пациентам приходить за десять минут до приёма.', context: { product: 'medical-service' } },
      { text: 'Мы передадим ваш вопрос врачу, он перезвонит в течение дня.', context: { product: 'medical-service' } },
      { text: 'Хочу записаться к неврологу на субботу — есть свободные окна?', context: { product: 'medical-service' } },
      { text: 'Ответ врача: вам рекомендую сдать анализ на ферритин и прийти на повторный приём.', context: { product: 'medical-service' } },
      { text: 'Стоматологи советуют менять щётку раз в три месяца.', context: { product: 'medical-service' } },
      // Near misses of the round-10 review voice: a complaint, an invitation to review, a doctor's advice, a policy.
      { text: 'Мне не понравилось долгое ожидание в регистратуре.', context: { product: 'medical-service' } },
      { text: 'Если вы довольны приёмом, оставьте отзыв на сайте клиники.', context: { product: 'medical-service' } },
      { text: 'Врач рекомендует: при простуде пейте больше тёплой воды.', context: { product: 'medical-service' } },
      { text: 'Отзывы о работе врачей мы публикуем только с письменного согласия.', context: { product: 'medical-service' } },
    ],
  },
};
