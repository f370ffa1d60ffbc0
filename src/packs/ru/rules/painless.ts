import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/** «Без боли», «безболезненно»: a promise about the experience of treatment. */
export const painless = defineRule({
  id: 'ru/painless',
  category: 'guarantee',
  severity: 'warning',
  verified: false,
  legalBasis: [fz38('п. 2 ч. 3 ст. 5'), fz38('п. 8 ч. 1 ст. 24')],
  match: {
    patterns: ['без (боли|болей|болевых)', 'безболезненн*', '(совсем|абсолютно|совершенно|вообще) не больно', 'без (малейшего|всякого|какого) ~1 (дискомфорт*|неприятн*|болезненн*)', 'без дискомфорта', 'bez boli'],
    allow: ['жизнь без боли в (спине|суставах)'],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const painlessDocs: RuleDocs = {
  note: 'UNVERIFIED: no FAS decision treating «без боли/безболезненно» as a guarantee was retrieved (the Ryazan UFAS «Стоматология без боли» case was decided on ч. 7 ст. 24 only). Kept at warning until checked.',
  examples: {
    invalid: [
      { text: '«Стоматология без боли»: безболезненное лечение и удаление зубов.', context: { product: 'medical-service' } },
      { text: 'Лазерная эпиляция — совсем не больно и быстро!', context: { product: 'medical-service' } },
      { text: 'Удаление зуба мудрости без боли и страха.', context: { product: 'medical-service' } },
      { text: 'Удаление татуировки без малейшего дискомфорта.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'Обратитесь к врачу, если боль в спине появилась без травмы.', context: { product: 'medical-service' } },
      { text: 'Процедура проводится под местной анестезией; ощущения индивидуальны.', context: { product: 'medical-service' } },
      { text: 'Мы не обещаем, что будет не больно, но сделаем всё, чтобы вам было комфортно.', context: { product: 'medical-service' } },
      { text: 'Мы делаем всё, чтобы свести дискомфорт к минимуму, но ощущения у всех разные.', context: { product: 'medical-service' } },
    ],
  },
};
