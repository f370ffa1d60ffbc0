import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/** Distance sales without the seller's name and registration number. */
export const sellerInfo = defineRule({
  id: 'ru/seller-info',
  category: 'missing-manufacturer-info',
  severity: 'warning',
  verified: false,
  legalBasis: [fz38('ст. 8')],
  applies: {
    products: ['medical-device', 'drug', 'supplement', 'other'],
    audiences: ['public'],
    when: ['(закажите|заказать|оформите|оформить) ~2 (заказ|сайте|доставк*|онлайн)', 'доставка ~3 (россии|городу|дом*|курьер*)', 'в корзину', '(купить|купите) ~3 (сайте|онлайн|интернет*)', 'с доставкой'],
  },
  presence: {
    exact: false,
    parts: [{ id: 'продавец', any: ['ооо', 'ао', 'пао', 'ип', 'огрн*', 'инн', 'продавец*', 'индивидуальн* предпринимател*'] }],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const sellerInfoDocs: RuleDocs = {
  note: 'UNVERIFIED: the wording of ст. 8 (seller name, location, ОГРН/ОГРНИП in ads of distance sales) was written from general knowledge, not checked against the statute.',
  examples: {
    invalid: [
      { text: 'Тонометр автоматический на плечо — 1 990 ₽. Оформите заказ на сайте, доставка по всей России!', context: { product: 'medical-device' } },
      { text: 'Корсет для спины: закажите с доставкой курьером.', context: { product: 'medical-device' } },
      { text: 'Витамины для суставов — купите онлайн со скидкой.', context: { product: 'supplement' } },
    ],
    valid: [
      { text: 'Тонометр — 1 990 ₽. Оформите заказ на сайте. Продавец: ООО «Медтехника Пример», ОГРН 1234567890123.', context: { product: 'medical-device' } },
      { text: 'Запись на приём по телефону.', context: { product: 'medical-service' } },
      { text: 'Глюкометр в наличии в аптеках города.', context: { product: 'medical-device' } },
    ],
  },
};
