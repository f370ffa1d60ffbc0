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
      'спасибо ~2 (доктор*|врач*|клиник*|центр*|стоматолог*|хирург*|косметолог*|персонал*|команд*|специалист*)',
      'спасибо ~1 за (лечение|помощь|результат|улыбку|зрение|здоровье|спасение)',
      '(огромное|большое|низкий) (спасибо|поклон)',
      'благодар(ю|на|ен|ны|ность|ностью) ~3 (доктор*|врач*|клиник*|центр*|специалист*|хирург*|стоматолог*|персонал*|команд*|всем)',
      'рекомендую ~3 (всем|клиник*|врач*|доктор*|центр*|стоматологи*|друзьям|знакомым|подругам|коллегам|близким|родным)',
      // Class (ru-4): thanks announced and thanks relayed — «хочу поблагодарить врачей», «всем
      // советую», «мы передадим доктору ваши слова благодарности».
      '(хочу|хотим|хотела|хотел|хотелось|хочется) ~2 поблагодарить',
      // Not «вам рекомендую …»: a doctor answering a question speaks so.
      'советую ~3 (всем|клиник*|врач*|доктор*|центр*|друзьям|знакомым|подругам)',
      '(передадим|передам|передали|передала|передал|передаю|передаем) ~4 (благодарност*|спасибо)',
      '(слова|ваш*|вашу|теплые|добрые) благодарност*',
      // A patient's word of mouth: «всем советую», «рекомендую друзьям» («рекомендую каждому
      // иметь …» is as often a doctor's advice, so «каждому» stays out).
      '(советую|советуем) ~2 (всем|друзьям|знакомым|подругам|близким|родным)',
      '(всем|друзьям|знакомым|подругам|близким|родным) (советую|рекомендую)',
      'рекомендую (друзьям|знакомым|подругам|близким|родным)',
      '(советует|рекомендует|посоветовала|посоветовал) (нас|нашу|наш|нашего|эту)',
      // Class: thanks and recommendations signed off by a patient, without naming whom.
      '(выразить|выражаю|выражаем) ~2 благодарност*',
      // A sentence of its own: «Рекомендую!», «Благодарю.» (a doctor's «рекомендую пить воду» goes on).
      're:(?<=(?:^|[.!?…\\n])\\s{0,3})(?:благодарю|рекомендую|советую)(?=\\s{0,3}(?:[!.)…]|$))',
    ],
    // Advice to see a doctor is no recommendation of one: «советую уточнить у врача» (ru-5 probe).
    allow: ['(советую|рекомендую) (уточнить|обратиться|проконсультироваться|спросить|посоветоваться|показаться|сходить) ~1 (у|к|с|со) (врач*|доктор*|специалист*)', 'спасибо за (вопрос|обратную|отзыв|доверие|ваш|ваши|выбор)', 'спасибо что (выбрали|вы)'],
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
    ],
  },
};
