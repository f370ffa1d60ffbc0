import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { baek } from '../basis.js';

/** Publishing Approbationsurkunde, certificates or other documents (BÄK rule 9). */
export const certificates = defineRule({
  id: 'de/bak-certificates',
  category: 'medical-authority-imagery',
  severity: 'warning',
  legalBasis: [baek('Regel 9 „Kein Bereitstellen von Approbationsurkunden, Zeugnissen und anderen Urkunden“')],
  assetTags: ['certificate'],
  match: {
    patterns: [
      'approbationsurkunde*',
      'facharzturkunde*',
      'promotionsurkunde*',
      '(meine|die) urkunde*',
      'approbation ~3 (erhalten|bekommen|da|hand)',
      '(zeugnis|examenszeugnis) ~3 (hier|gepostet|endlich|stolz)',
    ],
    negation: { window: 2, after: 0 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const certificatesDocs: RuleDocs = {
  note: 'Published documents can be copied for forgery and reveal personal data; the guidance advises against posting them.',
  examples: {
    invalid: [
      'Endlich! Hier ist meine Approbationsurkunde 🎉 #doctorlife',
      'Stolz wie Bolle: Facharzturkunde Dermatologie – danke an alle, die mich begleitet haben.',
      { text: 'Geschafft! 🎓', context: { assets: [{ kind: 'image', tags: ['certificate'] }] } },
    ],
    valid: [
      'Dr. med. Anna Berg, Fachärztin für Dermatologie, approbiert seit 2012.',
      'Urkunden und Zeugnisse legen wir der Ärztekammer vor, nicht im Netz.',
      'Die Arbeitsunfähigkeitsbescheinigung wird elektronisch an die Krankenkasse übermittelt.',
    ],
  },
};
