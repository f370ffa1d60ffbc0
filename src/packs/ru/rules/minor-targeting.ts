import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/** Ads of drugs and medical devices addressed to children. */
export const minorTargeting = defineRule({
  id: 'ru/minor-targeting',
  category: 'minor-targeting',
  severity: 'error',
  legalBasis: [fz38('п. 1 ч. 1 ст. 24'), fz38('ч. 4 ст. 24')],
  applies: { products: ['drug', 'medical-device'] },
  match: {
    patterns: [
      '(привет|эй|дорогие|друзья) ~1 (ребята|ребятки|детишки|малыши|школьники|дети)',
      'ребят(а|ки) ~3 (попросите|скажите|просите|возьмите|пусть)',
      'попроси* ~1 (маму|папу|родителей|бабушку|дедушку)',
      'скажи* (маме|папе|родителям|бабушке)',
      'друзья школьники',
      '(ты|тебе) ~2 (любишь|боишься) ~1 (таблетки|уколы|лекарства|врачей)',
      'волшебн* (таблетк*|сироп*|витаминк*|пастилк*)',
      'стан(ь|ешь) ~2 (супергер*|сильным|сильной)',
    ],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const minorTargetingDocs: RuleDocs = {
  note: 'п. 1 ч. 1 ст. 24 covers drugs; its extension to medical devices (ч. 4 ст. 24) is UNVERIFIED as to numbering. Medical services are not covered (ч. 5 extends only п. 2–5), so the rule is gated to drugs and devices.',
  examples: {
    invalid: [
      { text: 'Привет, ребята! Попросите маму купить волшебный сироп от кашля со вкусом клубники.', context: { product: 'drug' } },
      { text: 'Ты не любишь таблетки? Тогда жуй наши мармеладные витаминки и стань супергероем!', context: { product: 'drug' } },
      { text: 'Скажи маме, что тебе нужен новый ингалятор-дракончик!', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Сироп для детей от 3 лет. Дозировку уточните у педиатра. Имеются противопоказания. Перед применением ознакомьтесь с инструкцией.', context: { product: 'drug' } },
      { text: 'Детская стоматология: ждём вас и ваших детей!', context: { product: 'medical-service' } },
      { text: 'А ты готов встретить сезон простуд? Пройдите вакцинацию.', context: { product: 'drug' } },
    ],
  },
};
