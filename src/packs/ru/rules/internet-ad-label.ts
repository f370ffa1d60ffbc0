import { defineRule } from '../../../core/define.js';
import { insertion } from '../../../core/fix.js';
import type { Pattern, RuleDocs } from '../../../core/types.js';
import { checkParts, fz38 } from '../basis.js';
import { AD_SIGNALS, BANNED_CHANNELS, channelIn, ONLINE_CHANNELS, SPONSORSHIP } from '../lexicon.js';

// The three parts of the marking. Content, not wording, is fixed: patterns, not exact text.
const PARTS: Array<{ id: string; any: Pattern[] }> = [
  { id: 'реклама', any: ['реклама', 'на правах рекламы'] },
  { id: 'рекламодатель', any: ['ооо', 'ао', 'пао', 'ип', 'огрн*', 'инн', 'рекламодател*', 'индивидуальн* предпринимател*'] },
  { id: 'erid', any: ['erid'] },
];

/**
 * Online ads must carry the label «Реклама», the advertiser (or a page about it) and the erid.
 * That holds for paid posts (the caller or the text says so) and equally for a clinic's or shop's
 * own promotional post in its own online channel: an offer with a price or a call to book is
 * advertising whoever pays for the placement. Without a channel, only paid posts are checked:
 * a text alone does not say it is published online.
 */
export const internetAdLabel = defineRule({
  id: 'ru/internet-ad-label',
  category: 'undisclosed-advertising',
  severity: 'error',
  verified: true,
  legalBasis: [fz38('ч. 16 ст. 18.1'), fz38('ч. 17 ст. 18.1')],
  applies: { from: '2022-09-01' },
  test: (ctx) => {
    const sponsored = ctx.context.sponsored === true || ctx.find(SPONSORSHIP).length > 0;
    // An own ad on a channel where advertising is banned outright (Instagram, Facebook, X) is
    // ru/restricted-platform's finding: the fix is not to post it, not to label it (as with the
    // warnings of an ad that may not be made at all). Paid posts there are still checked.
    const ownAd =
      !sponsored &&
      channelIn(ctx.context.channel, ONLINE_CHANNELS) &&
      !channelIn(ctx.context.channel, BANNED_CHANNELS) &&
      ctx.find(AD_SIGNALS).length > 0;
    if (!sponsored && !ownAd) return [];
    const results = checkParts(ctx, PARTS, ownAd ? 'own' : 'message');
    // Only the label can be added by a fix, first in the post: the advertiser and the erid are
    // the author's data, never placeholders.
    if (results.length === 0 || ctx.find(PARTS[0]!.any).length > 0) return results;
    return results.map((r) => ({ ...r, replacement: insertion(ctx.text, 'Реклама', 'start') }));
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const internetAdLabelDocs: RuleDocs = {
  note:
    'ч. 16–17 ст. 18.1 (in force 01.09.2022; fines since 01.09.2023) apply to every online ad, not only to paid placements: Moscow Oblast UFAS fined a private person for an unlabelled medical-service ad in a messenger chat (rsnmo.ru/index.php?id=90008); Roskomnadzor attributes about 30 % of marking fines to unmarked self-advertising (legal-audit § 1 #3). A text without a channel is checked only when it shows it is paid.',
  examples: {
    invalid: [
      { text: 'Мой стоматолог — лучший! По промокоду SMILE скидка 15% на чистку в клинике «Пример».', context: { product: 'medical-service' } },
      { text: 'В сотрудничестве с клиникой «Пример»: рассказываю, как прошла моя лазерная коррекция.', context: { product: 'medical-service', sponsored: true } },
      { text: 'Реклама. Массажёр для шеи — закажите по промокоду NECK.', context: { product: 'medical-device' } },
      { text: 'Скидка 20% на УЗИ щитовидной железы до конца месяца, записывайтесь по телефону.', context: { product: 'medical-service', channel: 'vk' } },
      { text: 'Наш центр проводит лазерную эпиляцию. Голени — 1 900 ₽.', context: { product: 'medical-service', channel: 'telegram' } },
      { text: 'Реклама. Ортопедические подушки от 2 990 ₽, ООО «Сон».', context: { product: 'medical-device', channel: 'web' } },
    ],
    valid: [
      { text: 'Реклама. ООО «Клиника Пример», ИНН 0000000000, erid: 2VtzqxPRIMER. Профессиональная чистка зубов — 3 500 ₽.', context: { product: 'medical-service' } },
      { text: 'Профессиональная чистка зубов — 3 500 ₽. Имеются противопоказания, необходима консультация специалиста.', context: { product: 'medical-service' } },
      { text: 'Промокод SMILE.', context: { product: 'medical-service' }, asOf: '2021-06-01' },
      { text: 'Как подготовиться к УЗИ брюшной полости: не есть за 8 часов до исследования.', context: { product: 'medical-service', channel: 'vk' } },
      { text: 'Наш центр проводит лазерную эпиляцию. Голени — 1 900 ₽.', context: { product: 'medical-service', channel: 'web' } },
      { text: 'Скидка 20% на УЗИ щитовидной железы, записывайтесь по телефону. Реклама. ООО «Пример», erid: 2Vtzq.', context: { product: 'medical-service', channel: 'vk' } },
      { text: 'Скидка 20% на лазерную эпиляцию до конца месяца — записывайтесь в директ!', context: { product: 'medical-service', channel: 'instagram' } },
    ],
  },
};
