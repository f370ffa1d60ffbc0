import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { baek, mbo } from '../basis.js';

/** Health data through private messengers and social networks (BÄK rules 1 and 8; § 9 MBO-Ä). */
export const privateChannel = defineRule({
  id: 'de/bak-private-channel',
  category: 'patient-privacy',
  severity: 'warning',
  legalBasis: [baek('Regel 8 „Datenschutz und Datensicherheit beachten“'), mbo('§ 9 Abs. 1')],
  match: {
    patterns: [
      '(befund*|rontgenbild*|laborwert*|blutwert*|arztbrief*|krankenakte*) ~4 (per|uber|via|auf) (whatsapp|instagram|facebook|dm|messenger|telegram|snapchat|tiktok)',
      '(per|uber|via) (whatsapp|instagram|facebook|messenger|telegram|snapchat) ~4 (befund*|rontgen*|laborwert*|blutwert*|arztbrief*)',
      '(meine|unsere) private* (handynummer|nummer|whatsapp*) ~4 (befund*|fragen|beschwerden|patient*|rezept*)',
    ],
    negation: { window: 2, after: 0 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const privateChannelDocs: RuleDocs = {
  examples: {
    invalid: [
      'Eure Befunde könnt ihr mir einfach per WhatsApp schicken, ich melde mich dann.',
      'Schickt uns die Röntgenbilder gern über Instagram, das geht am schnellsten.',
      'Meine private Handynummer für Fragen zu euren Befunden: 0171 …',
    ],
    valid: [
      'Befunde übermitteln wir ausschließlich über das verschlüsselte Patientenportal.',
      'Folgt uns auf Instagram für Praxisnews und Gesundheitstipps.',
      'Bitte schicken Sie keine Befunde per WhatsApp – nutzen Sie das Patientenportal.',
    ],
  },
};
