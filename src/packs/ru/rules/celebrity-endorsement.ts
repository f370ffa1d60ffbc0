import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

const FAMOUS = '(актер*|актрис*|певиц*|певец|блогер*|блогерш*|спортсмен*|врач*|доктор*|профессор*|телеведущ*|ведущ*|звезд*|модель|теннисист*|футболист*)';
const SPECIALIST = '(врач*|доктор*|ревматолог*|кардиолог*|онколог*|эндокринолог*|невролог*|хирург*|уролог*|гинеколог*|стоматолог*|диетолог*|терапевт*)';

/** Famous people or well-known doctors endorsing the object. */
export const celebrityEndorsement = defineRule({
  id: 'ru/celebrity-endorsement',
  category: 'celebrity-endorsement',
  severity: 'warning',
  verified: false,
  legalBasis: [fz38('п. 3 ч. 1 ст. 24'), fz38('ч. 3 ст. 5')],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      '(звезд*|знаменитост*|селебрити) ~2 (рекоменд*|выбира*|выбрал*|доверил*|доверяют|советует|советуют|пользуется|пользуются)',
      'выбор звезд',
      'как у звезд',
      `(известн*|знаменит*|популярн*) ${FAMOUS}`,
      'телеведущ*',
      '(народн*|заслуженн*) (артист*|артистк*)',
      '(актрис*|актер*|певиц*|певец|блогер*|спортсмен*|чемпион*) ~3 (доверя*|доверил*|выбира*|выбрал*|рекоменд*|советует|лечится|пользуется)',
      `ведущ* ${SPECIALIST} (страны|россии|мира)`,
      // Class (ru-5): a specialist made famous by the ad («известный на весь мир кардиолог», «врач с
      // мировым именем»). Not «известно, что врачи …»: the adjective's endings are listed.
      `(известный|известная|известного|известной|известному|известным|известном|знаменит*|всемирно) ~3 ${SPECIALIST}`,
      `${SPECIALIST} с мировым именем`,
      '(рассказал|рассказала|раскрыл|раскрыла) ~2 (миру|секрет*|стране)',
      '(рецепту|методу|метод|методика|методике) (доктора|профессора|академика) (малышев*|мясников*|комаровск*|бубновск*|бокери*)',
      '(малышев*|мясников*|комаровск*|бубновск*|бокери*|малахов*) ~3 (рекоменд*|советует|назвал*|рассказал*|одобрил*)',
    ],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const celebrityEndorsementDocs: RuleDocs = {
  note: 'UNVERIFIED: a celebrity recommendation is read as thanks by a natural person (п. 3 ч. 1 ст. 24); the point of ч. 3 ст. 5 on false recommendations was not checked. Warning until checked.',
  examples: {
    invalid: [
      { text: 'Всемирно известный уролог назвал три продукта для мужского здоровья — первый из них наш чай.', context: { product: 'supplement' } },
      { text: 'Известная телеведущая доверила свою улыбку нашим стоматологам — и теперь советует нас всем!', context: { product: 'medical-service' } },
      { text: 'Прокомментировать ситуацию мы попросили ведущего ревматолога страны, профессора Бубновского.', context: { product: 'other' } },
      { text: 'Выбор звёзд: этот крем от морщин использует половина шоу-бизнеса.', context: { product: 'medical-device' } },
      { text: 'Заслуженная артистка рассказала, где делает виниры.', context: { product: 'medical-service' } },
      { text: 'Олимпийский чемпион доверил свои колени нашим хирургам.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Известно, что врачи советуют измерять давление утром и вечером.', context: { product: 'medical-device' } },
      { text: 'Приём ведёт врач-ортодонт Иванова М. П., стаж 15 лет.', context: { product: 'medical-service' } },
      { text: 'Аппарат Илизарова применяют при сложных переломах.', context: { product: 'medical-service' } },
      { text: 'Наши стоматологи — выпускники ведущих медицинских вузов.', context: { product: 'medical-service' } },
      { text: 'Актриса театра проходила у нас реабилитацию после травмы.', context: { product: 'medical-service' } },
    ],
  },
};
