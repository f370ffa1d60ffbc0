import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, caseLaw } from '../basis.js';
import { DRUG_AD } from '../lexicon.js';

const CURRENT = 'Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.';

/**
 * The mandatory sentence of § 4 Abs. 3 HWG in drug advertising to the public, in the wording
 * mandatory since 27.12.2023 (ALBVVG). Heilwässer say „das Etikett“ (S. 2).
 */
export const pflichttext = defineRule({
  id: 'de/hwg-pflichttext',
  category: 'missing-required-disclosure',
  severity: 'error',
  legalBasis: [
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
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const pflichttextDocs: RuleDocs = {
  note: 'Not required for Erinnerungswerbung (§ 4 Abs. 6) nor for freiverkäufliche drugs whose leaflet states no risks (§ 4 Abs. 3 S. 4): the text cannot show either, so review. The post-2023 wording for Tierarzneimittel is UNVERIFIED and not checked. In audiovisual media (§ 4 Abs. 5) the text must be shown and spoken in the video itself.',
  examples: {
    invalid: [
      { text: 'Erkältet? ImmunoPlus Lutschtabletten – jetzt in Ihrer Apotheke.', context: { product: 'drug', audience: 'public' } },
      {
        text: 'Schnell wieder fit mit NasoFree Nasenspray.\nZu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihren Arzt oder Apotheker.',
        context: { product: 'drug', audience: 'public' },
      },
      { text: 'Unser Anti-Pickel-Gel mit 5 % Benzoylperoxid – rezeptfrei erhältlich.', context: { product: 'drug' } },
    ],
    valid: [
      {
        text: 'Schnell wieder fit mit NasoFree Nasenspray.\n\nZu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.',
        context: { product: 'drug', audience: 'public' },
      },
      { text: 'Für Fachkreise: Ibuprofen 400 mg Filmtabletten, jetzt in neuer Packungsgröße.', context: { product: 'drug', audience: 'professional' } },
      { text: 'Unsere Kompressionsstrümpfe gibt es jetzt in Ihrer Apotheke.', context: { product: 'medical-device' } },
    ],
  },
};
