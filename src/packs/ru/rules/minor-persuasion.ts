import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

const PARENT = '(маму|папу|родителей|бабушку|дедушку|маме|папе|родителям|бабушке|дедушке|мамой|папой|взрослых|взрослым)';
const KID = '(ребята|ребятки|детишки|малыши|школьники|дети|детки|девчонки|мальчишки|школьник*|школьниц*)';

/**
 * Any ad, services included, that prompts children to persuade their parents to buy: «скажи маме»,
 * «попроси родителей записать тебя», «пусть папа купит». Class: an imperative or a wish addressed
 * to a child whose object is a parent buying, booking or taking them.
 */
export const minorPersuasion = defineRule({
  id: 'ru/minor-persuasion',
  category: 'minor-targeting',
  severity: 'error',
  verified: true,
  legalBasis: [
    fz38(
      'п. 2 ст. 6',
      'побуждать несовершеннолетних к тому, чтобы они убедили родителей или других лиц приобрести рекламируемый товар',
    ),
  ],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      `(попроси*|скажи*|уговори*|напомни*|покажи*|расскажи*) ~1 ${PARENT}`,
      'пусть (мама|папа|родители|бабушка|дедушка) ~2 (купит|купят|запишет|запишут|отведет|отведут|приведет|приведут|закажет|закажут|подарит|подарят)',
      `с ${PARENT} ~2 (приходи|записывайся|заходи|загляни)`,
      `${KID} ~4 (попросите|скажите|уговорите|напомните|приводите|приведите) ~2 ${PARENT}`,
    ],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const minorPersuasionDocs: RuleDocs = {
  note: 'п. 2 ст. 6 applies to every ad, whatever the product (verified: base.garant.ru/57747095/8b7b3c1c76e91f88d33c08b3736aa67a). ru/minor-targeting keeps the drug- and device-specific ban of п. 1 ч. 1 ст. 24. Texts addressed to parents («приводите детей») are not appeals to minors.',
  examples: {
    invalid: [
      { text: 'Ребята, скажите маме, что брекеты с цветными резинками — это круто!', context: { product: 'medical-service' } },
      { text: 'Хочешь ровные зубы как у блогеров? Уговори родителей записать тебя на элайнеры!', context: { product: 'medical-service' } },
      { text: 'Пусть папа подарит тебе на день рождения сертификат в наш детский массажный кабинет.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Уважаемые родители! Приводите детей на профилактический осмотр к ортодонту.', context: { product: 'medical-service' } },
      { text: 'Детская стоматология: ждём вас и ваших детей!', context: { product: 'medical-service' } },
      { text: 'Не проси маму купить сладости — лучше погрызи морковку! Советы стоматолога для школьников.', context: { product: 'medical-service' } },
    ],
  },
};
