import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/**
 * Prescription drugs advertised to the public. The name list is illustrative (typical Rx INNs
 * and brands); whether a product is Rx is decided by the state register (ГРЛС).
 */
export const prescriptionDrug = defineRule({
  id: 'ru/prescription-drug',
  category: 'prescription-drug-to-public',
  severity: 'error',
  legalBasis: [fz38('ч. 8 ст. 24')],
  applies: { products: ['drug', 'medical-service', 'aesthetic-surgery'], audiences: ['public'] },
  match: {
    patterns: [
      'рецептурн*',
      '(отпускается|отпуск|продается|продаются) ~1 по (рецепту|рецептам)',
      'ботулотоксин*',
      'ботулиническ* токсин*',
      '(ботокс*|диспорт*|ксеомин*|релатокс*|botox|dysport|xeomin)',
      '(семаглутид*|оземпик*|тирзепатид*|мунджаро|оземпик|ozempic|mounjaro)',
      '(изотретиноин*|роаккутан*|акнекутан*)',
      '(амоксициллин*|амоксиклав*|азитромицин*|цефтриаксон*|преднизолон*|дексаметазон*|трамадол*|прегабалин*)',
      'гормональн* (препарат*|укол*|инъекци*)',
    ],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const prescriptionDrugDocs: RuleDocs = {
  note: 'Substance of ч. 8 ст. 24 verified-secondary (FAS explanation of 317-FZ, vademec.ru 21.01.2014); exact current wording UNVERIFIED. FAS enforcement against clinic ads naming botulinum-toxin brands was not retrieved (catalogue RU-16).',
  examples: {
    invalid: [
      { text: 'Инъекции ботулотоксина типа А — от 250 ₽ за единицу, разгладим морщины за 15 минут!', context: { product: 'medical-service' } },
      { text: 'Похудение на семаглутиде под контролем врача: курс со скидкой 10%.', context: { product: 'medical-service' } },
      { text: 'Азитромицин — 3 таблетки и простуда позади! Закажите с доставкой.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Материал предназначен для медицинских работников. Рецептурный препарат: режим дозирования — см. ОХЛП.', context: { product: 'drug', audience: 'professional' } },
      { text: 'Коррекция мимических морщин у косметолога. Имеются противопоказания, необходима консультация специалиста.', context: { product: 'medical-service' } },
      { text: 'Препарат отпускается без рецепта. Имеются противопоказания. Перед применением ознакомьтесь с инструкцией.', context: { product: 'drug' } },
    ],
  },
};
