import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

const STATE = '(минздрав*|министерств*|росздравнадзор*|роспотребнадзор*|правительств*|государств*|депутат*|мэри*|администраци*|госдум*|президент*)';

/** Claims that the object is approved or recommended by state bodies. */
export const stateEndorsement = defineRule({
  id: 'ru/state-endorsement',
  category: 'medical-authority-imagery',
  severity: 'error',
  verified: true,
  legalBasis: [fz38('п. 2 ч. 5 ст. 5')],
  match: {
    patterns: [
      `одобрен* ~2 ${STATE}`,
      `рекомендован* ~2 ${STATE}`,
      `${STATE} ~2 (одобрил*|одобряет|рекомендует|рекомендовал*|поддерживает|поддержал*|одобрило)`,
      '(по|при) (приказу|программе|поручению|поддержке) (минздрав*|правительств*|министерств*|президент*)',
      '(закупа*|закупк*|закупил*) ~2 (минздрав*|государств*)',
    ],
    allow: ['регистрационн* удостоверени*', '(зарегистрирован*|лицензи*) ~2 (минздрав*|росздравнадзор*)'],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const stateEndorsementDocs: RuleDocs = {
  note: 'п. 2 ч. 5 ст. 5 bans stating that the object of advertising is approved by state or municipal bodies or their officials. Point number and substance confirmed by Nizhny Novgorod UFAS, which opened cases under п. 2 ч. 5 ст. 5 against ads with regional ministers (nn.aif.ru/society/details/501930); statutory ban, so error (legal-audit § 3.3).',
  examples: {
    invalid: [
      { text: 'Средство одобрено Минздравом и рекомендовано для всей семьи!', context: { product: 'drug' } },
      { text: 'Правительство поддержало нашу методику — успейте записаться.', context: { product: 'medical-service' } },
      { text: 'Этот тонометр закупает Минздрав для поликлиник — теперь и для вас.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Регистрационное удостоверение Росздравнадзора № РЗН 2020/1234.', context: { product: 'medical-device' } },
      { text: 'Клиника работает по лицензии, выданной Минздравом области.', context: { product: 'medical-service' } },
      { text: 'Вакцинация проводится в рамках национального календаря прививок.', context: { product: 'medical-service' } },
    ],
  },
};
