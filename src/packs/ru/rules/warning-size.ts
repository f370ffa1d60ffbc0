import { defineRule } from '../../../core/define.js';
import type { Pattern, RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';
import { AUDIO_CHANNELS, channelIn, VIDEO_CHANNELS } from '../lexicon.js';

// The statutory warnings as they appear in ads (the texts ru/contraindication-warning and
// ru/supplement-warning look for).
const ART24_WARNING: Pattern[] = ['(имеются|есть|возможны) ~2 противопоказани*', 'противопоказани* ~2 (имеются|есть)'];
const ART25_WARNING: Pattern[] = ['не (является|являются) ~1 (лекарственн*|лекарств*)'];

/**
 * A reminder, where text cannot tell: the warnings have a minimum size. ч. 7 ст. 24: 5 % of the
 * area; on TV and video 5 s and 7 % of the frame; on radio 3 s. ч. 1.1 ст. 25: 10 % of the area;
 * 3 s on radio; 5 s and 7 % of the frame on TV and video. Raised when the channel or the assets say
 * the ad is a video, a picture or audio, and the warning is in the text.
 */
export const warningSize = defineRule({
  id: 'ru/warning-size',
  category: 'missing-required-disclosure',
  severity: 'info',
  verified: true,
  legalBasis: [fz38('ч. 7 ст. 24'), fz38('ч. 1.1 ст. 25')],
  applies: { audiences: ['public'] },
  test: (ctx) => {
    const channel = ctx.context.channel;
    const kinds = new Set((ctx.context.assets ?? []).map((a) => a.kind));
    const medium = channelIn(channel, VIDEO_CHANNELS) || kinds.has('video')
      ? 'video'
      : channelIn(channel, AUDIO_CHANNELS) || kinds.has('audio')
        ? 'audio'
        : kinds.has('image')
          ? 'image'
          : undefined;
    if (!medium) return [];
    const out: Array<{ range: { start: number; end: number }; variant: string }> = [];
    const w24 = ctx.find(ART24_WARNING)[0];
    if (w24) out.push({ range: w24, variant: `art24_${medium}` });
    const w25 = ctx.find(ART25_WARNING)[0];
    if (w25) out.push({ range: w25, variant: `art25_${medium}` });
    return out;
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const warningSizeDocs: RuleDocs = {
  note: 'Sizes: ч. 7 ст. 24 and ч. 1.1 ст. 25 (verified; base.garant.ru/12145525/53925f69af584b25346d0c0b3ee74ea1). Nizhny Novgorod UFAS fined 100 000 ₽ for a warning of about 1.5 % of the area (med-mar.ru, n-novgorod.fas.gov.ru/news/11206). Info only: medad cannot measure a picture or a video.',
  examples: {
    invalid: [
      { text: 'Лазерная шлифовка — 9 000 ₽. Имеются противопоказания, необходима консультация специалиста.', context: { product: 'medical-service', channel: 'reels' } },
      { text: 'Капсулы с железом. Не является лекарственным средством.', context: { product: 'supplement', assets: [{ kind: 'image' }] } },
      { text: 'Слуховые аппараты в салоне «Пример». Есть противопоказания, проконсультируйтесь со специалистом.', context: { product: 'medical-device', channel: 'radio' } },
    ],
    valid: [
      { text: 'Лазерная шлифовка — 9 000 ₽. Имеются противопоказания, необходима консультация специалиста.', context: { product: 'medical-service', channel: 'web' } },
      { text: 'Лазерная шлифовка — 9 000 ₽.', context: { product: 'medical-service', channel: 'reels' } },
      { text: 'Капсулы с железом. Не является лекарственным средством.', context: { product: 'supplement', audience: 'professional', assets: [{ kind: 'image' }] } },
    ],
  },
};
