import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/**
 * Methods of treatment and devices needing special training, advertised to the public. A
 * service named as in the Номенклатура медицинских услуг is a service, not a method (FAS letter
 * АК/65861/17), so the triggers are authorial, eponymous and patented methods.
 */
export const professionalMethod = defineRule({
  id: 'ru/professional-method',
  category: 'professional-only-device-to-public',
  severity: 'error',
  legalBasis: [
    fz38('ч. 8 ст. 24'),
    { kind: 'guidance', citation: 'Письмо ФАС России от 25.09.2017 № АК/65861/17', url: 'https://www.garant.ru/products/ipo/prime/doc/71676750/' },
  ],
  applies: { products: ['medical-service', 'medical-device', 'aesthetic-surgery'], audiences: ['public'] },
  match: {
    patterns: [
      'авторск* (методик*|метод*|программ*|технологи*) ~2 (лечени*|доктора|профессора|академика|восстановлени*|коррекци*|похудени*)',
      'авторск* (методик*|метод*)',
      '(метод*|методик*|систем*) (доктора|профессора|академика) *(ова|ева|ина|ского|ого)',
      'запатентованн* (метод*|методик*|технологи*|способ*)',
      '(купить|закажите|заказать|продажа|наличии) ~3 (аппарат*|лазер*|филлер*|микроигольчат*)',
      'филлер* ~2 (купить|наличии|оптом|цена|доставк*)',
      'без медицинского образования',
      'для домашнего использования ~3 (rf|лазерн*|микроигольчат*|фракционн*|инъекци*)',
    ],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const professionalMethodDocs: RuleDocs = {
  note: 'Substance of ч. 8 verified-secondary; exact wording UNVERIFIED. Methods vs services follows the FAS letter.',
  examples: {
    invalid: [
      { text: 'Авторская методика доктора Иванова: лечение грыжи позвоночника без операции за 10 сеансов.', context: { product: 'medical-service' } },
      { text: 'Запатентованный метод восстановления суставов — только в нашем центре.', context: { product: 'medical-service' } },
      { text: 'Купить аппарат для фракционного лазерного омоложения — работа без медицинского образования!', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Ультразвуковое исследование щитовидной железы — 1 800 ₽. Имеются противопоказания, необходима консультация специалиста.', context: { product: 'medical-service' } },
      { text: 'Автоматический тонометр для домашнего использования. Имеются противопоказания. Перед применением ознакомьтесь с инструкцией.', context: { product: 'medical-device' } },
      { text: 'Авторская методика доктора Петрова будет представлена на конференции неврологов.', context: { product: 'medical-service', audience: 'professional' } },
    ],
  },
};
