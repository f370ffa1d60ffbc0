import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/** Material marked as for professionals only that also addresses consumers. */
export const profileSeparation = defineRule({
  id: 'ru/profile-separation',
  category: 'profile-separation',
  severity: 'warning',
  verified: false,
  legalBasis: [fz38('ч. 2, 7 и 8 ст. 24')],
  applies: {
    when: ['подписывайтесь', 'закажите', 'купить', 'купите', 'промокод*', 'записывайтесь', 'запишитесь', 'скидк*', 'для всех', 'делитесь с друзьями', 'пациентам'],
  },
  match: {
    patterns: [
      '(информация|материал|раздел|публикация|видео) ~2 (предназначен*|для) ~2 (медицинских|фармацевтических|специалистов|врачей)',
      'только для (специалистов|врачей|медицинских|фармацевтов)',
      'для специалистов здравоохранения',
    ],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const profileSeparationDocs: RuleDocs = {
  note: 'UNVERIFIED: the exceptions of ч. 2, 7 and 8 ст. 24 need consumers who are exclusively medical or pharmaceutical workers; that a consumer call to action defeats the marker is the catalogue\'s reading, not a checked FAS position.',
  examples: {
    invalid: [
      { text: 'Информация предназначена для медицинских работников. Подписывайтесь и делитесь с друзьями!', context: { product: 'drug' } },
      { text: 'Только для специалистов: схема дозирования. Промокод на первую покупку — DOC10.', context: { product: 'drug' } },
      { text: 'Материал для врачей. Запишитесь на процедуру со скидкой 15%!', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Материал предназначен исключительно для медицинских и фармацевтических работников. Показания и режим дозирования — см. ОХЛП.', context: { product: 'drug', audience: 'professional' } },
      { text: 'Записывайтесь на приём к неврологу по телефону.', context: { product: 'medical-service' } },
      { text: 'Конференция для врачей-стоматологов: регистрация открыта до 1 июня.', context: { product: 'medical-service', audience: 'professional' } },
    ],
  },
};
