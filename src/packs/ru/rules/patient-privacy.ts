import { containsAny } from '../../../core/ranges.js';
import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import type { RuleFunctionContext, RuleFunctionResult } from '../../../core/types.js';
import { fz152, fz323 } from '../basis.js';

// Capitalisation is lost in the shadow, so names are found in the original text: a full name
// with a patronymic, or a surname with initials. JavaScript \w is ASCII-only: explicit ranges.
const FULL_NAME = /[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вич|вна|вну|ична|ичну|инична|вны|вне|вной|вича|вичу|вичем)(?:\s+[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\./gu;
const HEALTH = [
  'диагноз*', 'заболевани*', 'болезн*', 'лечени*', 'вылечил*', 'избавил*', 'операци*', 'анализ*', 'вич', 'гепатит*', 'онкологи*', '(рак|рака|раком|раке)',
  'бесплоди*', 'беременност*', 'психиатр*', 'нарколог*', 'зависимост*', 'зппп', 'простатит*', 'псориаз*', 'диабет*', 'инсульт*', 'обратил*', 'эко', 'родил*', 'беременн*', 'имплант*', 'пломб*',
];
// Staff introductions and stated consent are not disclosures.
const STAFF = ['врач*', 'доктор*', 'главврач*', 'специалист*', 'ведет', 'ведут', 'принимает', 'заведующ*', 'хирург*', 'стоматолог*', 'гинеколог*', 'терапевт*', 'кардиолог*', 'невролог*', 'педиатр*', 'медсестр*', 'профессор*', 'стаж*'];
const CONSENT = ['письменн* согласи*', 'согласи* ~3 (пациент*|получено|опубликован*)'];
// Sentence ends: . ! ? before a capitalised word (not an initial such as «С. И.»), or a line break.
// One terminator at a time (the last of a run): "[.!?…]+" here re-scans a run of dots at every
// position, which is quadratic on hostile input.
const SENTENCE = /[\s\S]*?(?:[.!?…](?![.!?…])(?=\s+[А-ЯЁA-Z][а-яёa-z])|\n|$)/gu;

function test(ctx: RuleFunctionContext): RuleFunctionResult[] {
  if (ctx.find(CONSENT).length > 0) return [];
  const health = ctx.find(HEALTH);
  const staff = ctx.find(STAFF);
  const out: RuleFunctionResult[] = [];
  for (const s of ctx.text.matchAll(SENTENCE)) {
    const from = s.index;
    const to = from + s[0].length;
    // Matches come sorted and disjoint: "one inside this sentence" is a binary search, not a
    // scan of every match per sentence (quadratic on long texts).
    if (!containsAny(health, from, to) || containsAny(staff, from, to)) continue;
    for (const n of s[0].matchAll(FULL_NAME)) out.push({ range: { start: from + n.index, end: from + n.index + n[0].length } });
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
      { text: 'История месяца: Ирина Викторовна Соколова, учитель школы №12, после лечения в нашем центре избавилась от псориаза.', context: { product: 'medical-service' } },
      { text: 'Ответ на отзыв: Анна, вы проходили у нас лечение гепатита в 2023 году, все назначения были выполнены.', context: { product: 'medical-service' } },
      { text: 'Поздравляем Петрова С. И. с успешной операцией на сердце!', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Приём ведёт врач-гинеколог Петрова Анна Сергеевна, стаж 20 лет.', context: { product: 'medical-service' } },
      { text: 'Спасибо за обратную связь. Мы не обсуждаем детали обращений публично — позвоните администратору.', context: { product: 'medical-service' } },
      { text: 'Пациентка, 45 лет, обратилась с жалобами на боль в колене (данные обезличены).', context: { product: 'medical-service', audience: 'professional' } },
    ],
  },
};
