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
    patterns: ['без (боли|болей|болевых)', 'безболезненн*', '(совсем|абсолютно|совершенно|вообще) не больно', 'без (малейшего|всякого|какого) ~1 (дискомфорт*|неприятн*|болезненн*)', 'без дискомфорта', 'bez boli',
      // Class: the patient said not to feel pain or discomfort («в ходе обследования пациент не
      // испытывает дискомфортных ощущений»); the «не» belongs to the trigger.
      // (Said of the patient or of «you»: «человек не чувствует боли, а болезнь идёт» is a warning.)
      'не (испытаете|почувствуете|ощутите|испытываете) ~1 (дискомфорт*|боли|болей|болевых|болезненн*|неприятн*)',
      '(пациент|пациенты|пациентка|ребенок|дети|малыш) ~2 не (испытывает|испытывают|ощущает|ощущают|чувствует|чувствуют) ~1 (дискомфорт*|боли|болей|болевых|болезненн*|неприятн*)'],
    // A condition in aftercare («если вы не испытываете боли, обезболивающее не нужно») is no promise.
    allow: ['жизнь без боли в (спине|суставах)', 'если ~3 не (испытывает|испытывают|испытываете|почувствуете|ощутите|ощущает|ощущают|чувствует|чувствуют)'],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const painlessDocs: RuleDocs = {
  note: 'UNVERIFIED: no FAS decision treating «без боли/безболезненно» as a guarantee was retrieved (the Ryazan UFAS «Стоматология без боли» case was decided on ч. 7 ст. 24 only). Kept at warning until checked.',
  examples: {
    invalid: [
      { text: 'Во время гастроскопии под седацией вы не почувствуете никакого дискомфорта.', context: { product: 'medical-service' } },
      { text: 'Благодаря аппликационной анестезии ребёнок не ощущает боли при лечении.', context: { product: 'medical-service' } },
      { text: '«Стоматология без боли»: безболезненное лечение и удаление зубов.', context: { product: 'medical-service' } },
      { text: 'Лазерная эпиляция — совсем не больно и быстро!', context: { product: 'medical-service' } },
      { text: 'Удаление зуба мудрости без боли и страха.', context: { product: 'medical-service' } },
      { text: 'Удаление татуировки без малейшего дискомфорта.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'Если вы не испытываете боли, обезболивающее принимать не нужно.', context: { product: 'medical-service' } },
      { text: 'На ранней стадии человек не чувствует боли, поэтому важен ежегодный осмотр.', context: { product: 'medical-service' } },
      { text: 'Обратитесь к врачу, если боль в спине появилась без травмы.', context: { product: 'medical-service' } },
      { text: 'Процедура проводится под местной анестезией; ощущения индивидуальны.', context: { product: 'medical-service' } },
      { text: 'Мы не обещаем, что будет не больно, но сделаем всё, чтобы вам было комфортно.', context: { product: 'medical-service' } },
      { text: 'Мы делаем всё, чтобы свести дискомфорт к минимуму, но ощущения у всех разные.', context: { product: 'medical-service' } },
    ],
  },
};
