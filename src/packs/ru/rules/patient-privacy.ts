import { containsAny } from '../../../core/ranges.js';
import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import type { RuleFunctionContext, RuleFunctionResult } from '../../../core/types.js';
import { fz152, fz323 } from '../basis.js';

// The three regexes below are built on first use (issue 11, cold start): most posts have no
// health word, and built at import they cost every `import 'medad'` and the first RU check.
const lazyRegExp = (source: string): (() => RegExp) => {
  let re: RegExp | undefined;
  return () => (re ??= new RegExp(source, 'gu'));
};
// Capitalisation is lost in the shadow, so names are found in the original text: a full name
// with a patronymic, or a surname with initials. JavaScript \w is ASCII-only: explicit ranges.
const FULL_NAME = lazyRegExp(String.raw`[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вич|вна|вну|ична|ичну|инична|вны|вне|вной|вича|вичу|вичем)(?:\s+[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.`);
const HEALTH = [
  'диагноз*', 'заболевани*', 'болезн*', 'лечени*', 'вылечил*', 'избавил*', 'операци*', 'анализ*', 'вич', 'гепатит*', 'онкологи*', '(рак|рака|раком|раке)',
  'бесплоди*', 'беременност*', 'психиатр*', 'нарколог*', 'зависимост*', 'зппп', 'простатит*', 'псориаз*', 'диабет*', 'инсульт*', 'обратил*', 'эко', 'родил*', 'беременн*', 'имплант*', 'пломб*',
];
// Staff introductions and stated consent are not disclosures.
// A name in a sentence of thanks is the one thanked: the provider, not the patient.
// (ru-7) The clinic's head named in its own profile («под руководством Чёриковой Людмилы
// Леонидовны») is no patient either.
const STAFF = ['руковод*', 'основател*', 'учредител*', 'врач*', 'доктор*', 'главврач*', 'специалист*', 'ведет', 'ведут', 'принимает', 'заведующ*', 'хирург*', 'стоматолог*', 'гинеколог*', 'терапевт*', 'кардиолог*', 'невролог*', 'педиатр*', 'медсестр*', 'профессор*', 'стаж*', 'благодар*', 'поблагодар*', 'спасибо', 'автор*'];

// A review signed «Новикова Светлана» or «Светлана Новикова»: a surname (by its ending) next to
// a common first name identifies the writer as well as a patronymic does. Only where the text
// tells the writer's own health story (SELF_HEALTH), since a signature alone discloses nothing.
const FIRST_NAMES =
  'Александра|Алена|Алёна|Алина|Анастасия|Анна|Валентина|Валерия|Вера|Виктория|Галина|Дарья|Евгения|Екатерина|Елена|Елизавета|Жанна|Ирина|Кристина|Ксения|Лариса|Любовь|Людмила|Марина|Мария|Надежда|Наталья|Наталия|Нина|Оксана|Ольга|Полина|Светлана|Софья|Тамара|Татьяна|Юлия|' +
  'Александр|Алексей|Анатолий|Андрей|Антон|Артем|Артём|Борис|Вадим|Валерий|Василий|Виктор|Владимир|Владислав|Геннадий|Георгий|Григорий|Денис|Дмитрий|Евгений|Егор|Иван|Игорь|Илья|Кирилл|Константин|Леонид|Максим|Михаил|Никита|Николай|Олег|Павел|Петр|Пётр|Роман|Сергей|Станислав|Юрий';
// Not the adverbs that end like a surname in «-ко» («Евгений Несколько раз обращался …», ru-7).
const SURNAME = '(?!(?:Несколько|Только|Около|Легко|Далеко|Недалеко|Широко|Высоко|Глубоко|Коротко|Крепко|Мягко|Тонко|Близко|Низко)(?![\\p{L}]))[А-ЯЁ][а-яё]+(?:ова|ева|ёва|ина|ына|ская|цкая|ов|ев|ёв|ин|ын|ский|цкий|ко|ук|юк|ян|дзе|швили)';
const SIGNATURE = lazyRegExp(`(?<![\\p{L}])(?:${SURNAME}\\s+(?:${FIRST_NAMES})|(?:${FIRST_NAMES})\\s+${SURNAME})(?![\\p{L}])`);
const SELF_HEALTH = [
  '#first-person ~4 (диагноз*|заболевани*|болезн*|лечени*|операци*|больниц*|авари*|травм*|перелом*|скорой|скорая|скорую|реанимаци*|госпитализ*|обследовани*)',
  '(я|меня) ~2 (попал*|поступил*|лежал*|госпитализир*|оперировал*|прооперировал*)',
  // (ru-5) The writer's own chronic diagnosis («Я гипертоник со стажем») and lab tests in the
  // first-person past tense («Сдавала анализы на холестерин до и после»): health data of the signer.
  '(я|меня) ~1 (гипертоник*|диабетик*|астматик*|аллергик*|сердечник*|язвенник*|инвалид*|онкобольн*)',
  '(сдавала|сдавал|сдала|сдал|пересдала|пересдал) ~3 (анализ*|кровь|мочу|тест*)',
];
// Consent stated in any wording (ru-7: «Фотографии реальных клиентов с их согласия», «Все фото
// размещены с разрешения пациентов»). It also lifts a gallery flagged only by its asset tag.
const CONSENT = ['письменн* согласи*', 'согласи* ~3 (пациент*|получено|опубликован*)', '(с|по) ~2 (согласия|разрешения|позволения) ~2 (пациент*|клиент*|их|его|ее|владел*|героин*|героев)', '(с|по) (их|его|ее) (согласия|разрешения)'];
// Sentence ends: . ! ? before a capitalised word (not an initial such as «С. И.»), or a line break.
// One terminator at a time (the last of a run): "[.!?…]+" here re-scans a run of dots at every
// position, which is quadratic on hostile input.
const SENTENCE = lazyRegExp(String.raw`[\s\S]*?(?:[.!?…](?![.!?…])(?=\s+[А-ЯЁA-Z][а-яёa-z])|\n|$)`);

function test(ctx: RuleFunctionContext): RuleFunctionResult[] {
  if (ctx.find(CONSENT).length > 0) return [];
  const health = ctx.find(HEALTH);
  const out: RuleFunctionResult[] = [];
  // Sentences and staff words are looked up only when a name could count: most posts have no
  // health word (and a first check then compiles neither).
  let staff: Array<{ start: number; end: number }> | undefined;
  let sentences: Array<[number, number]> | undefined;
  const staffOf = () => (staff ??= ctx.find(STAFF));
  const sentencesOf = () => (sentences ??= Array.from(ctx.text.matchAll(SENTENCE()), (s): [number, number] => [s.index, s.index + s[0].length]));
  if (health.length > 0) for (const [from, to] of sentencesOf()) {
    // Matches come sorted and disjoint: "one inside this sentence" is a binary search, not a
    // scan of every match per sentence (quadratic on long texts).
    if (!containsAny(health, from, to) || containsAny(staffOf(), from, to)) continue;
    for (const n of ctx.text.slice(from, to).matchAll(FULL_NAME())) out.push({ range: { start: from + n.index, end: from + n.index + n[0].length } });
  }
  if (out.length === 0 && ctx.find(SELF_HEALTH).length > 0) {
    for (const [from, to] of sentencesOf()) {
      if (containsAny(staffOf(), from, to)) continue;
      for (const n of ctx.text.slice(from, to).matchAll(SIGNATURE())) out.push({ range: { start: from + n.index, end: from + n.index + n[0].length } });
    }
  }
  return out;
}

/** Patients named or identified together with health data; review replies disclosing a visit. */
export const patientPrivacy = defineRule({
  id: 'ru/patient-privacy',
  category: 'patient-privacy',
  severity: 'error',
  legalBasis: [
    fz323('ч. 1–3 ст. 13', 'Сведения о факте обращения гражданина за оказанием медицинской помощи, состоянии его здоровья и диагнозе … составляют врачебную тайну.'),
    fz152('ч. 1 и 2 ст. 10'),
    fz152('ст. 11'),
  ],
  assetTags: ['patient-face'],
  // Stated consent lifts the secrecy (ч. 3 ст. 13 323-FZ) for the whole post, the photos included.
  applies: { unless: CONSENT },
  match: {
    patterns: [
      'при вашем диагнозе',
      'ваш диагноз',
      'по вашей ~1 карте',
      'ваши анализы (показали|подтвердили)',
      '(вы|вас) ~2 (были|проходили|обращались|лечились|лечили|оперировали|наблюдались) ~2 (нас|нашей|нашем|нашим|нашу)',
      'как мы помним ~3 (вы|ваш*)',
    ],
    unlessSentence: ['не (были|обращались|лечились|проходили)', 'если вы', 'еще не'],
    negation: { window: 2 },
  },
  test,
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const patientPrivacyDocs: RuleDocs = {
  note: 'Written consent (ч. 3 ст. 13 323-FZ, п. 1 ч. 2 ст. 10 152-FZ) lifts secrecy but not the advertising bans on patient stories. Photos of faces as biometric data (ст. 11) as applied to before/after posts: UNVERIFIED.',
  examples: {
    invalid: [
      { text: 'Ольга Смирнова, Тверь. Я диабетик уже десять лет, а с этими капсулами сахар держится в норме.', context: { product: 'supplement' } },
      { text: 'Игорь Волков: сдал анализ на ПСА после курса — показатель снизился вдвое.', context: { product: 'supplement' } },
      { text: 'История месяца: Ирина Викторовна Соколова, учитель школы №12, после лечения в нашем центре избавилась от псориаза.', context: { product: 'medical-service' } },
      { text: 'Ответ на отзыв: Анна, вы проходили у нас лечение гепатита в 2023 году, все назначения были выполнены.', context: { product: 'medical-service' } },
      { text: 'Поздравляем Петрова С. И. с успешной операцией на сердце!', context: { product: 'medical-service' } },
      // Class (ru-4): a review with the writer's own health story, signed with surname and first name.
      { text: 'Я попала в больницу с переломом, а здесь меня поставили на ноги за месяц. Кузнецова Ирина, бухгалтер', context: { product: 'medical-service' } },
      { text: 'Мне сделали операцию на колене, всё прошло отлично. Дмитрий Соколов, Казань.', context: { product: 'medical-service' } },
      // Still a disclosure (ru-7): consent named as a wish, a gallery with no consent.
      { text: 'Фото пациентки Анны до и после ринопластики.', context: { product: 'aesthetic-surgery', assets: [{ kind: 'image', tags: ['before-after', 'patient-face'] }] } },
    ],
    valid: [
      { text: 'Игорь Волков, Тверь: доставка пришла за два дня, упаковка целая.', context: { product: 'supplement' } },
      { text: 'Сдавали анализы? Загрузите результаты в личный кабинет — врач разберёт их на приёме.', context: { product: 'medical-service' } },
      { text: 'Приём ведёт врач-гинеколог Петрова Анна Сергеевна, стаж 20 лет.', context: { product: 'medical-service' } },
      { text: 'Спасибо за обратную связь. Мы не обсуждаем детали обращений публично — позвоните администратору.', context: { product: 'medical-service' } },
      { text: 'Пациентка, 45 лет, обратилась с жалобами на боль в колене (данные обезличены).', context: { product: 'medical-service', audience: 'professional' } },
      { text: 'Хочу выразить благодарность Смирновой Елене Петровне за лечение зубов!', context: { product: 'medical-service' } },
      { text: 'Автор статьи — Иванова Мария, врач-эндокринолог. Я часто вижу пациентов с диабетом после сорока.', context: { product: 'medical-service' } },
      { text: 'Мне сделали операцию, всё прошло хорошо. Публикуем с письменного согласия пациентки. Елена Морозова', context: { product: 'medical-service' } },
      // Near misses (ru-7): consent in other words, the clinic's head, an adverb after a first name.
      { text: 'Наш пациент Андрей Смирнов после операции на колене снова бегает. Публикуется с его согласия.', context: { product: 'medical-service' } },
      { text: 'Снимки до и после лечения брекетами — с разрешения пациентов.', context: { product: 'medical-service', assets: [{ kind: 'image', tags: ['before-after', 'patient-face'] }] } },
      { text: 'Центр реабилитации под руководством Беловой Анны Павловны проводит лечение после инсульта.', context: { product: 'medical-service' } },
      { text: 'Сергей Только вчера закончил курс лечения. Мне помогли с диагнозом за один день.', context: { product: 'medical-service' } },
    ],
  },
};
