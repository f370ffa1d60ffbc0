import { defineRule } from '../../../core/define.js';

/** Unsubstantiated superlatives and rank claims. */
export const superlative = defineRule({
  id: 'ru/superlative',
  category: 'superlative',
  severity: 'error',
  legalBasis: [
    {
      kind: 'statute',
      citation: 'п. 1 ч. 3 ст. 5 Федерального закона от 13.03.2006 № 38-ФЗ «О рекламе»',
      url: 'https://www.consultant.ru/document/cons_doc_LAW_58968/',
    },
  ],
  match: {
    patterns: ['лучш(ий|ая|ее|ие|его|ей|ему|ую|им|ими|их)', 'сам(ый|ая|ое|ые|ого|ой|ому|ую|ым|ыми|ых) ~1 (лучш*|эффективн*|современн*|надежн*)', '№ 1', 'номер один'],
    allow: ['лучше'],
    negation: true,
  },
  examples: {
    invalid: ['Лучшая клиника города!', 'Самые эффективные процедуры в Москве', 'Мы — клиника № 1 в области имплантации.'],
    valid: ['Лучше проконсультироваться с врачом.', 'Самое главное — ваше здоровье.', 'Мы не лучшая клиника, мы просто честные.'],
  },
});
