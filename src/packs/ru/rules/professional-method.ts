import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/**
 * Methods of treatment and devices needing special training, advertised to the public. A
 * service named as in the Номенклатура медицинских услуг is a service, not a method (FAS letter
 * АК/65861/17), so the triggers are eponymous and patented methods and authorial methods named
 * with what they treat; a bare «авторская методика» in a list of a clinic's virtues describes how
 * it provides its service.
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
      '(метод*|методик*|систем*) (доктора|профессора|академика) *(ова|ева|ина|ского|ого)',
      'запатентованн* (метод*|методик*|технологи*|способ*)',
      // A device sold to the public is professional-only when the text says what kind it is
      // (fillers, microneedling, injection, professional or cosmetology equipment), not because it
      // is an «аппарат»: a hearing aid or a blood-pressure monitor is sold to patients.
      '(купить|закажите|заказать|продажа|продаем|продаём|наличии) ~3 (филлер*|микроигольчат*|инъекционн*)',
      '(купить|закажите|заказать|продажа|продаем|продаём|наличии) ~3 (профессиональн*|косметологическ*|салонн*) ~1 (аппарат*|лазер*|оборудовани*)',
      '(профессиональн*|косметологическ*|салонн*) ~1 (аппарат*|лазер*|оборудовани*) ~5 (купить|закажите|заказать|доставк*|наличии)',
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
      { text: 'Косметологический лазер для фракционного омоложения — закажите с доставкой по России.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Ультразвуковое исследование щитовидной железы — 1 800 ₽. Имеются противопоказания, необходима консультация специалиста.', context: { product: 'medical-service' } },
      { text: 'Автоматический тонометр для домашнего использования. Имеются противопоказания. Перед применением ознакомьтесь с инструкцией.', context: { product: 'medical-device' } },
      { text: 'Авторская методика доктора Петрова будет представлена на конференции неврологов.', context: { product: 'medical-service', audience: 'professional' } },
      { text: 'В нашем центре слуха можно купить слуховой аппарат и бесплатно проверить слух.', context: { product: 'medical-device' } },
      { text: 'Мягкие мануальные техники, авторская методика, бережный подход — приём невролога 2 500 ₽.', context: { product: 'medical-service' } },
    ],
  },
};
