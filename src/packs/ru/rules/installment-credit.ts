import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/** Installments and credit for treatment without the lender and the credit terms. */
export const installmentCredit = defineRule({
  id: 'ru/installment-credit',
  category: 'price-promotion-lottery',
  severity: 'warning',
  verified: false,
  legalBasis: [fz38('ч. 1 и 3 ст. 28')],
  match: {
    patterns: ['рассрочк*', 'в кредит', 'кредит* ~2 на (лечение|имплантаци*|протезировани*|услуги|операци*|брекет*)', 'беспроцентн*', 'без (первого|первоначального) взноса'],
    unlessSentence: ['не (предлагаем|предоставляем|оформляем|работаем)', '(банк*|ооо|ао|пао|мфо|мкк|кредитор*) ~4 (предоставля*|выдает|оформля*)', '(предоставля*|предоставлен*|оформля*) ~3 (банк*|ооо|ао|пао)', 'огрн*', 'лицензи* (банка|цб)'],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const installmentCreditDocs: RuleDocs = {
  note: 'UNVERIFIED: the current wording of ст. 28 (lender name, credit terms and the 2025 consumer-credit warnings) was not checked against the statute.',
  examples: {
    invalid: [
      { text: 'Имплантация в рассрочку 0% без первого взноса!', context: { product: 'medical-service' } },
      { text: 'Брекеты в кредит — платите частями.', context: { product: 'medical-service' } },
      { text: 'Беспроцентная рассрочка на лечение на 12 месяцев.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Рассрочку предоставляет ПАО «Банк Пример», генеральная лицензия Банка России № 0000; условия — на сайте банка.', context: { product: 'medical-service' } },
      { text: 'Оплата картой или наличными, возможен налоговый вычет.', context: { product: 'medical-service' } },
      { text: 'Мы не предлагаем рассрочку и кредиты на лечение.', context: { product: 'medical-service' } },
    ],
  },
};
