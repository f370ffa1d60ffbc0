import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { baek } from '../basis.js';

/**
 * Private persona mixed into the professional account, or patients routed to private profiles and
 * friendships (BÄK rule 3: the relationship must be "scharf von einer rein persönlichen Beziehung getrennt").
 */
export const profileSeparation = defineRule({
  id: 'de/bak-profile-separation',
  category: 'profile-separation',
  severity: 'warning',
  verified: false,
  legalBasis: [
    baek('Regel 3 „Grenzen des Arzt-Patienten-Verhältnisses nicht überschreiten“', 'muss … ein professionelles sein, das scharf von einer rein persönlichen Beziehung getrennt werden muss'),
  ],
  match: {
    patterns: [
      '(mein|meinem|meinen) ~1 privat* (profil|account|konto|kanal|insta|instagram|facebook)',
      'privat* (profil|account|konto) ist',
      'folg* (mir|uns) ~1 privat',
      '(mich|uns) privat ~1 (kennenlernen|treffen|erreichen|kontaktieren|anschreiben)',
      '(schreib|schreibt|schreiben) ~1 mir ~1 privat',
      '(adde|added|addet) mich',
      'freundschaftsanfrage* ~4 (patient*|patientin*)',
      '(patient*|patientin*) ~4 (freundschaftsanfrage*|befreundet|geaddet)',
      'privat auf (dem|unserem|meinem) (praxis*|klinik*)',
      'junggesell* ~1 abschied',
      'junggesell(enabschied|innenabschied)*',
    ],
    allow: ['privatpraxis', 'privatpatient*', 'privatsprechstunde', 'privatsphare*'],
    negation: { window: 2, after: 0 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const profileSeparationDocs: RuleDocs = {
  note: '"Separate profiles" is not a sentence of the 2023 BÄK guidance (UNVERIFIED as its wording); the rule derives it from rule 3 and the 2014 case example of a patient\'s friend request.',
  examples: {
    invalid: [
      'Heute mal privat auf dem Praxis-Account: Pics vom Junggesellinnenabschied 🍾 – mein privates Profil ist @lena.privat',
      'Liebe Patientinnen, schickt mir gern eine Freundschaftsanfrage auf meinem privaten Facebook!',
      'Folgt mir auch privat: @dr.mia.life 💕',
    ],
    valid: [
      'Privatsprechstunde jetzt auch samstags – für Privatpatientinnen, Privatpatienten und Selbstzahler.',
      'Unser Praxisteam beim Betriebsausflug 🎳 Alle Abgebildeten haben der Veröffentlichung zugestimmt.',
      'Bitte prüfen Sie Ihre Privatsphäre-Einstellungen, bevor Sie Gesundheitsfragen posten.',
    ],
  },
};
