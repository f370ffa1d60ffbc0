import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/**
 * Paid or sponsored online posts must carry the label «Реклама», the advertiser (or a page about
 * it) and the erid token. Runs only when the text or the caller shows the content is paid.
 */
export const internetAdLabel = defineRule({
  id: 'ru/internet-ad-label',
  category: 'undisclosed-advertising',
  severity: 'error',
  legalBasis: [fz38('ч. 16 ст. 18.1'), fz38('ч. 17 ст. 18.1')],
  applies: { sponsoredOnly: true, from: '2022-09-01' },
  presence: {
    exact: false,
    parts: [
      // Only the label can be added by a fix: the advertiser and the erid are the author's data.
      { id: 'реклама', any: ['реклама', 'на правах рекламы'], insert: 'Реклама' },
      { id: 'рекламодатель', any: ['ооо', 'ао', 'пао', 'ип', 'огрн*', 'инн', 'рекламодател*', 'индивидуальн* предпринимател*'] },
      { id: 'erid', any: ['erid'] },
    ],
    insertAt: 'start',
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const internetAdLabelDocs: RuleDocs = {
  note: 'The erid regime applies since 01.09.2022 (fines since 01.09.2023; verified-secondary).',
  examples: {
    invalid: [
      { text: 'Мой стоматолог — лучший! По промокоду SMILE скидка 15% на чистку в клинике «Пример».', context: { product: 'medical-service' } },
      { text: 'В сотрудничестве с клиникой «Пример»: рассказываю, как прошла моя лазерная коррекция.', context: { product: 'medical-service', sponsored: true } },
      { text: 'Реклама. Массажёр для шеи — закажите по промокоду NECK.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Реклама. ООО «Клиника Пример», ИНН 0000000000, erid: 2VtzqxPRIMER. Профессиональная чистка зубов — 3 500 ₽.', context: { product: 'medical-service' } },
      { text: 'Профессиональная чистка зубов — 3 500 ₽. Имеются противопоказания, необходима консультация специалиста.', context: { product: 'medical-service' } },
      { text: 'Промокод SMILE.', context: { product: 'medical-service' }, asOf: '2021-06-01' },
    ],
  },
};
