import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';
import { AD_SIGNALS, PROMO_CLAIMS, BANNED_CHANNELS, channelIn } from '../lexicon.js';

/**
 * Advertising on a resource of an organisation recognised as extremist or undesirable, or on a
 * resource with restricted access: Instagram, Facebook and Threads (Meta), X. The channel, not the
 * wording, is the breach, so the rule reads `context.channel`; the `when` list keeps it to texts
 * that are ads (an offer, a price, a call to book), not every post a clinic makes there.
 */
export const restrictedPlatform = defineRule({
  id: 'ru/restricted-platform',
  category: 'restricted-channel',
  severity: 'error',
  verified: true,
  legalBasis: [
    fz38(
      'ч. 10.7 ст. 5',
      'Не допускается распространение рекламы на информационных ресурсах … организаций, деятельность которых признана нежелательной на территории Российской Федерации, … деятельность которых запрещена …, а также на других информационных ресурсах, доступ к которым ограничен в соответствии с законодательством Российской Федерации',
    ),
  ],
  applies: { from: '2025-09-01', when: [...AD_SIGNALS, ...PROMO_CLAIMS] },
  test: (ctx) => (channelIn(ctx.context.channel, BANNED_CHANNELS) ? [{ range: null }] : []),
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const restrictedPlatformDocs: RuleDocs = {
  note:
    'ч. 10.7 ст. 5 added by 72-FZ of 07.04.2025, in force 01.09.2025; wording checked in its reproduction by Afisha Daily (afishadaily.ru/news/107432) and the audit\'s sources (habr.com/en/posts/960696, kommersant.ru/doc/8481508). Meta (Instagram, Facebook, Threads) is recognised as extremist; X is blocked by Roskomnadzor. First case: Omsk UFAS, a blogger\'s Reel of 03.09.2025. Advertiser and distributor are both liable (КоАП 14.3). Telegram, YouTube, WhatsApp and foreign-agent resources are in ru/restricted-platform-unsettled.',
  examples: {
    invalid: [
      { text: 'Контурная пластика губ — 12 тысяч рублей, запись в директ.', context: { product: 'aesthetic-surgery', channel: 'instagram' } },
      { text: 'Стоматология «Пример»: имплантация под ключ от 35 000 ₽. Запишитесь на консультацию по телефону.', context: { product: 'medical-service', channel: 'instagram' } },
      { text: 'Новый курс массажа спины — записывайтесь, осталось 5 окон на неделе!', context: { product: 'medical-service', channel: 'Facebook' } },
      { text: 'Тонометр на запястье со скидкой 15% — закажите на сайте магазина.', context: { product: 'medical-device', channel: 'threads' } },
      // Class (ru-4): promotion without a price or a call to book — a promised result, goods in stock.
      { text: 'Новый нос за 40 минут — ринопластика у пластического хирурга.', context: { product: 'aesthetic-surgery', channel: 'instagram' } },
      { text: 'Стерильные бинты и пластыри в наличии, оптом и в розницу.', context: { product: 'medical-device', channel: 'facebook' } },
      { text: 'Голливудская улыбка за один визит: керамические виниры.', context: { product: 'medical-service', channel: 'threads' } },
    ],
    valid: [
      { text: 'Стоматология «Пример»: имплантация под ключ от 35 000 ₽. Запишитесь на консультацию по телефону.', context: { product: 'medical-service', channel: 'vk' } },
      { text: 'Как правильно чистить зубы: пять советов стоматолога.', context: { product: 'medical-service', channel: 'instagram' } },
      { text: 'Отёк после ринопластики держится до двух недель — это нормально.', context: { product: 'aesthetic-surgery', channel: 'instagram' } },
      { text: 'Как ухаживать за кожей после пилинга: три совета косметолога.', context: { product: 'aesthetic-surgery', channel: 'facebook' } },
      { text: 'Стоматология «Пример»: имплантация под ключ от 35 000 ₽.', context: { product: 'medical-service', channel: 'instagram' }, asOf: '2025-08-31' },
    ],
  },
};
