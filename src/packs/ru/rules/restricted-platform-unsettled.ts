import { defineRule } from '../../../core/define.js';
import type { LegalBasis, RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';
import { AD_SIGNALS, PROMO_CLAIMS, channelIn, FAS_RESTRICTED_CHANNELS, FOREIGN_AGENT_CHANNELS } from '../lexicon.js';

const FAS_2026: LegalBasis = {
  kind: 'guidance',
  citation: 'позиция ФАС России от 05.03.2026 о рекламе в Telegram, YouTube, WhatsApp и VPN-сервисах (ч. 10.7 ст. 5 38-ФЗ)',
  url: 'https://meduza.io/news/2026/03/05/fas-zayavila-chto-reklama-v-telegrame-narushaet-zakon',
};

/**
 * Ads where the ban is real but its reach is not settled in medad's sources: resources FAS called
 * "restricted" in March 2026 (Telegram, YouTube, WhatsApp, VPN services), and resources of foreign
 * agents (42-FZ of 11.03.2024; the part of art. 5 it added was not checked). Warning, not error.
 */
export const restrictedPlatformUnsettled = defineRule({
  id: 'ru/restricted-platform-unsettled',
  category: 'restricted-channel',
  severity: 'warning',
  verified: false,
  legalBasis: [FAS_2026, fz38('ч. 10.5 ст. 5')],
  applies: { from: '2024-03-22', when: [...AD_SIGNALS, ...PROMO_CLAIMS] },
  test: (ctx) => {
    const channel = ctx.context.channel;
    if (channelIn(channel, FOREIGN_AGENT_CHANNELS)) return [{ range: null, variant: 'foreign_agent' }];
    // The FAS statement dates from March 2026; the ch. 10.7 ban it reads from is in force since 01.09.2025.
    if (channelIn(channel, FAS_RESTRICTED_CHANNELS)) return [{ range: null }];
    return [];
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const restrictedPlatformUnsettledDocs: RuleDocs = {
  note:
    'UNSETTLED: FAS said on 05–10.03.2026 that ads in Telegram, YouTube, WhatsApp and VPN services break ч. 10.7 ст. 5 because Roskomnadzor restricts access to them (meduza.io, xakep.ru/2026/03/11/telegram-fas/); no court has confirmed it, hence a warning. Foreign agents: 42-FZ of 11.03.2024 (in force 22.03.2024) bans ads on their resources; the part number (ч. 10.5 ст. 5) is UNVERIFIED. medad has no copy of the Minjust register: the caller declares such a resource with channel "foreign-agent".',
  examples: {
    invalid: [
      { text: 'Приём гинеколога — 2 500 ₽, запись через бота клиники.', context: { product: 'medical-service', channel: 'telegram' } },
      { text: 'Обзор нашего центра лазерной коррекции зрения: скидка 10% зрителям канала.', context: { product: 'medical-service', channel: 'YouTube' } },
      { text: 'Ортопедические стельки на заказ от 4 900 ₽ — пишите нам.', context: { product: 'medical-device', channel: 'foreign-agent' } },
      // A promised result is promotion without a price or a call to book (ru-4).
      { text: 'Идеальная фигура за 30 дней — курс лимфодренажного массажа.', context: { product: 'medical-service', channel: 'telegram' } },
    ],
    valid: [
      { text: 'Приём гинеколога — 2 500 ₽, запись через бота клиники.', context: { product: 'medical-service', channel: 'vk' } },
      { text: 'Напоминаем: клиника закрыта 1 января.', context: { product: 'medical-service', channel: 'telegram' } },
      { text: 'Ортопедические стельки на заказ от 4 900 ₽ — пишите нам.', context: { product: 'medical-device', channel: 'foreign-agent' }, asOf: '2024-01-10' },
    ],
  },
};
