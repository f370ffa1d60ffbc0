import { defineRule } from '../../../core/define.js';
import type { CheckContext, RuleDocs } from '../../../core/types.js';
import { hwg, caseLaw } from '../basis.js';
import { DRUG_AD } from '../lexicon.js';

const CURRENT = 'Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.';

/** A video post: a video asset, or a channel that only carries video (TikTok, YouTube, Reels). */
function isVideo(context: CheckContext): boolean {
  return (context.assets ?? []).some((a) => a.kind === 'video') || /tiktok|youtube|reel/i.test(context.channel ?? '');
}

/**
 * The mandatory sentence of § 4 Abs. 3 HWG in drug advertising to the public, in the wording
 * mandatory since 27.12.2023 (ALBVVG). Heilwässer say „das Etikett“ (S. 2).
 */
export const pflichttext = defineRule({
  id: 'de/hwg-pflichttext',
  category: 'missing-required-disclosure',
  severity: 'error',
  legalBasis: [
    hwg('4', '§ 4 Abs. 5', 'Bei einer Werbung für Arzneimittel im Sinne des § 2 des Arzneimittelgesetzes in audiovisuellen Medien ist der nach Absatz 3 Satz 1 oder 2 vorgeschriebene Text einzublenden, der im Fernsehen vor neutralem Hintergrund gut lesbar wiederzugeben und gleichzeitig zu sprechen ist, sofern nicht die Angabe dieses Textes nach Absatz 3 Satz 4 entfällt.'),
    hwg('4', '§ 4 Abs. 3 Satz 1 und 2', `Bei einer Werbung außerhalb der Fachkreise ist der Text „${CURRENT.slice(0, -1)}“ gut lesbar und von den übrigen Werbeaussagen deutlich abgesetzt und abgegrenzt anzugeben.`),
    caseLaw('OLG Köln, 11.09.2025, 6 U 118/24 (Instagram-Reel: Pflichttext im Video)', 'https://betriebs-berater.com/39362/2025/olg-koeln-influencer-reel'),
  ],
  applies: { products: ['drug'], audiences: ['public'], from: '2023-12-27', when: DRUG_AD },
  presence: {
    parts: [
      {
        id: 'pflichttext',
        any: [CURRENT, 'Zu Risiken und Nebenwirkungen lesen Sie das Etikett und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.'],
      },
    ],
    outdated: [
      'Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihren Arzt oder Apotheker',
      'Zu Risiken und Nebenwirkungen lesen Sie das Etikett und fragen Sie Ihren Arzt oder Apotheker',
    ],
    insert: CURRENT,
  },
  // § 4 Abs. 5 HWG: in audiovisual media the text is shown and spoken in the spot itself, so a
  // caption that carries it does not make a video compliant (OLG Köln 6 U 118/24, Instagram Reel).
  // The caller declares a video that shows and speaks it with the asset tag `pflichttext`.
  test: (ctx) =>
    isVideo(ctx.context) && !ctx.hasAssetTag('pflichttext') && ctx.find(['zu risiken und nebenwirkungen']).length > 0
      ? [{ range: null, variant: 'caption' }]
      : [],
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const pflichttextDocs: RuleDocs = {
  note: 'Not required for Erinnerungswerbung (§ 4 Abs. 6) nor for freiverkäufliche drugs whose leaflet states no risks (§ 4 Abs. 3 S. 4): the text cannot show either, so review. The post-2023 wording for Tierarzneimittel is UNVERIFIED and not checked. In audiovisual media (§ 4 Abs. 5) the text must be shown and spoken in the video itself: for a video asset or a video channel (TikTok, YouTube, Reels) the text in the caption is reported unless the video asset carries the tag `pflichttext` (the caller states the video shows and speaks it).',
  examples: {
    invalid: [
      { text: 'Erkältet? ImmunoPlus Lutschtabletten – jetzt in Ihrer Apotheke.', context: { product: 'drug', audience: 'public' } },
      {
        text: 'Schnell wieder fit mit NasoFree Nasenspray.\nZu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihren Arzt oder Apotheker.',
        context: { product: 'drug', audience: 'public' },
      },
      { text: 'Unser Anti-Pickel-Gel mit 5 % Benzoylperoxid – rezeptfrei erhältlich.', context: { product: 'drug' } },
      {
        text: 'Mein Morgenritual im Winter: zwei Tropfen NasoFree Nasenspray 🎥\nZu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.',
        context: { product: 'drug', channel: 'instagram', assets: [{ kind: 'video' }] },
      },
      {
        text: 'Kopfweh nach der Schicht? So wirken die Schmerztabletten von DoloQuick (Video).\nZu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.',
        context: { product: 'drug', channel: 'tiktok' },
      },
      {
        text: 'Halskratzen? Die Lutschtabletten aus unserem Clip gibt es in jeder Apotheke. Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.',
        context: { product: 'drug', channel: 'youtube' },
      },
    ],
    valid: [
      {
        text: 'Schnell wieder fit mit NasoFree Nasenspray.\n\nZu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.',
        context: { product: 'drug', audience: 'public' },
      },
      { text: 'Für Fachkreise: Ibuprofen 400 mg Filmtabletten, jetzt in neuer Packungsgröße.', context: { product: 'drug', audience: 'professional' } },
      { text: 'Unsere Kompressionsstrümpfe gibt es jetzt in Ihrer Apotheke.', context: { product: 'medical-device' } },
      {
        text: 'Mein Morgenritual im Winter: zwei Tropfen NasoFree Nasenspray 🎥\nZu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.',
        context: { product: 'drug', channel: 'instagram', assets: [{ kind: 'video', tags: ['pflichttext'] }] },
      },
      {
        text: 'Mein Morgenritual im Winter: zwei Tropfen NasoFree Nasenspray.\nZu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.',
        context: { product: 'drug', channel: 'instagram', assets: [{ kind: 'image' }] },
      },
    ],
  },
};
