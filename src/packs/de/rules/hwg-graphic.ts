import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { baek, hwg } from '../basis.js';

/** Announced graphic material: blood, pus, surgery close-ups (§ 11 Abs. 1 S. 1 Nr. 5 HWG; BÄK rule 7). */
export const graphic = defineRule({
  id: 'de/hwg-graphic',
  category: 'graphic-content-warning',
  severity: 'warning',
  verified: false,
  legalBasis: [
    hwg('11', '§ 11 Abs. 1 Satz 1 Nr. 5', 'mit einer bildlichen Darstellung, die in missbräuchlicher, abstoßender oder irreführender Weise Veränderungen des menschlichen Körpers auf Grund von Krankheiten oder Schädigungen … verwendet'),
    baek('Regel 7 „Verantwortung wächst mit Reichweite“'),
  ],
  // Nr. 5 is not among the items § 11 Abs. 1 S. 2 extends to medical devices.
  applies: { products: ['drug', 'medical-service', 'aesthetic-surgery', 'supplement', 'other'], audiences: ['public'] },
  assetTags: ['blood', 'wound', 'surgery'],
  match: {
    patterns: [
      're:(?:tw|cw):',
      'triggerwarnung*',
      'nichts fur schwache nerven',
      'blutig*',
      '#popping',
      'pimple popping',
      'live op',
      'op video*',
      'in nahaufnahme',
      'ungeschnitten*',
      'unzensiert*',
      '(eitrig*|abszess*|eiter) ~4 (eroffn*|ausdruck*|aufgeschnitten|nahaufnahme|live)',
    ],
    negation: { window: 2, after: 0 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const graphicDocs: RuleDocs = {
  note: 'UNVERIFIED: case law applying Nr. 5 to "live OP" social-media content was not found; the text only announces the image, which needs review.',
  examples: {
    invalid: [
      'TW: blutig 🩸 Heute zeigen wir euch in Nahaufnahme, wie ein eitriger Abszess eröffnet wird. #popping',
      'Nichts für schwache Nerven: unsere Live-OP einer Fettabsaugung, ungeschnitten!',
      { text: 'So sieht eine Wunde nach dem Unfall aus.', context: { assets: [{ kind: 'image', tags: ['blood'] }] } },
    ],
    valid: [
      'Unblutige Methode: Die Laserbehandlung kommt ohne Skalpell aus.',
      { text: 'Fortbildung für Ärztinnen und Ärzte: OP-Video zur Technik der Sehnennaht.', context: { audience: 'professional' } },
      'Ein Abszess sollte ärztlich behandelt werden – bitte nicht selbst ausdrücken.',
    ],
  },
};
