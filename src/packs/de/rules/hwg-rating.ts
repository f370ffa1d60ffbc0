import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg } from '../basis.js';

/**
 * Bare star ratings and portal grades used to advertise (§ 11 Abs. 1 S. 1 Nr. 11 HWG). Nr. 11 bans
 * third-party statements only when they are made in an abusive, repulsive or misleading way: a grade
 * is misleading when selected, bought or unverified (UWG Anhang Nr. 23b–23c), which the text does not
 * show. Hence a warning; success stories and quoted patient speech are `de/hwg-testimonial` (error).
 */
export const rating = defineRule({
  id: 'de/hwg-rating',
  category: 'testimonial',
  severity: 'warning',
  legalBasis: [
    hwg('11', '§ 11 Abs. 1 Satz 1 Nr. 11', 'mit Äußerungen Dritter, insbesondere mit Dank-, Anerkennungs- oder Empfehlungsschreiben, oder mit Hinweisen auf solche Äußerungen, wenn diese in missbräuchlicher, abstoßender oder irreführender Weise erfolgen'),
  ],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      're:(?:⭐️?\\s*){3,}|(?:★\\s*){3,}',
      '(5|funf) sterne*',
      '(jameda|google|doctolib|trustpilot) ~2 (bewertung*|note|sterne*)',
      're:note\\s+1[,.]0(?![\\p{N}])',
      're:\\d[,.]\\d\\s*(?:von|/)\\s*5\\s*(?:sterne\\p{L}*|punkte\\p{L}*)?(?![\\p{N}])',
    ],
    negation: { window: 2, after: 0 },
    unlessSentence: ['(nicht|keine) ~3 (bearbeiten|verandern|andern|loschen)', 'bewerten sie uns', 'hinterlass* ~3 bewertung'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const ratingDocs: RuleDocs = {
  note: 'Asking patients for a review is not itself a testimonial; offering a reward for it is a Werbegabe (§ 7 HWG) and UWG Anhang Nr. 23c.',
  examples: {
    invalid: [
      { text: '★★★★★ auf Jameda – danke an alle, die uns bewertet haben!', context: { product: 'medical-service' } },
      { text: 'Unsere Zahnarztpraxis: Google-Bewertung 4,9 von 5 Sternen.', context: { product: 'medical-service' } },
      { text: 'Note 1,0 bei über 300 Bewertungen – überzeugen Sie sich selbst.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'Sie waren zufrieden? Hinterlassen Sie gern eine Bewertung auf Google.', context: { product: 'medical-service' } },
      { text: 'Die Praxis hat drei Behandlungszimmer und fünf Parkplätze.', context: { product: 'medical-service' } },
      'Kritische Rezensionen löschen wir nicht.',
    ],
  },
};
