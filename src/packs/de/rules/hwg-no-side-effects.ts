import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg3, hwg3Devices, mdr7 } from '../basis.js';

/** Promises of safety, painlessness or no downtime (§ 3 S. 2 Nr. 2 lit. b HWG). */
export const noSideEffects = defineRule({
  id: 'de/hwg-no-side-effects',
  category: 'guarantee',
  severity: 'error',
  legalBasis: [
    hwg3('§ 3 Satz 2 Nr. 2 lit. b', 'wenn fälschlich der Eindruck erweckt wird, daß … bei bestimmungsgemäßem oder längerem Gebrauch keine schädlichen Wirkungen eintreten'),
    hwg3Devices('§ 3 Satz 2 Nr. 2 lit. b'),
    ...mdr7('lit. c'),
  ],
  match: {
    patterns: [
      '(keine|ohne) ~1 nebenwirkung*',
      'nebenwirkungsfrei*',
      'schmerzfrei*',
      'schmerzlos*',
      '(keine|ohne) (ausfallzeit*|downtime|ausfall)',
      'risikolos*',
      'risikofrei*',
      '(vollig|absolut) (sicher|ungefahrlich|harmlos)',
      'sanft und sicher',
      // Class: pain, scars or downtime denied outright ("keine Schmerzen", "keine Narben", "Ausfallzeit:
      // keine") — de-6.
      '(keine|ohne) (schmerzen|narben|narbenbildung)',
      '(ausfallzeit*|downtime) ~1 (keine|null)',
      // Class: safety asserted as received opinion ("gilt als sehr sicher", "gelten als unbedenklich") — de-6.
      '(gilt|gelten|galt) ~2 als ~2 (sicher|unbedenklich|harmlos|ungefahrlich|risikoarm|nebenwirkungsarm|vertraglich)',
      // Class: harm to the body said to be impossible ("fast unmöglich, den Körper zu schädigen") — de-6.
      'unmoglich ~4 (korper|organismus|gesundheit|organe|organen|haut|leber|nieren|blase) ~1 zu (schaden|schadigen)',
      '(schadet|schaden|schadigt|schadigen) (dem|den|der|ihrem|ihrer|ihren|ihre) (korper|organismus|gesundheit|organen|organe) (nicht|keinesfalls|niemals|nie)',
    ],
    // A condition or an instruction ("falls Sie keine Schmerzen haben", "Sie sollten keine Schmerzen
    // haben") describes, it does not promise.
    allow: [
      '(nahezu|weitgehend|fast|moglichst|meist|uberwiegend) (schmerzfrei*|schmerzlos*)', 'schmerzfreiheit', 'wieder schmerzfrei',
      '(wenn|falls|solange|sofern|damit|ob|sollten|sollte|durfen|darf) ~5 (keine|ohne) (schmerzen|narben|narbenbildung)',
      // A disease described as painless at first ("verursacht zunächst keine Schmerzen") warns, it does not promise.
      '(verursacht|verursachen|bereitet|bereiten|macht|machen|verlauft|verlaufen|zunachst|anfangs|lange|oft|haufig) ~2 (keine|ohne) schmerzen',
      // The engine's negation looks before a match, not into its gap ("gilt nicht als sicher").
      '(gilt|gelten|galt) ~2 (nicht|kaum|keineswegs|keinesfalls) ~1 als',
    ],
    negation: { window: 3, after: 2 },
    // A sentence that calls such claims unserious quotes them to reject them (de-7: „keine Nebenwirkungen“ … sind nicht seriös).
    unlessSentence: ['hwg', 'heilmittelwerbegesetz*', 'packungsbeilage', '(nicht|kaum) (serios|haltbar|glaubwurdig)', 'unserios*', 'irrefuhrend*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const noSideEffectsDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Faltenbehandlung ganz ohne Nebenwirkungen und ohne Ausfallzeit.', context: { product: 'aesthetic-surgery' } },
      { text: 'Unsere Laser-Epilation ist schmerzfrei und sanft und sicher.', context: { product: 'medical-service' } },
      { text: 'Die nebenwirkungsfreie Alternative zur Spritze!', context: { product: 'medical-device' } },
      // Classes of de-6: pain or scars denied, downtime "keine", safety as received opinion, harm impossible.
      { text: 'Fadenlifting: keine Narben, keine Schmerzen, sofort gesellschaftsfähig.', context: { product: 'aesthetic-surgery' } },
      { text: 'Ausfallzeit: keine. Sie gehen direkt zurück ins Büro.', context: { product: 'aesthetic-surgery' } },
      { text: 'Die Eigenbluttherapie gilt als absolut unbedenklich.', context: { product: 'medical-service' } },
      { text: 'Da die Kapseln rein pflanzlich sind, ist es unmöglich, dem Körper zu schaden.', context: { product: 'supplement' } },
    ],
    valid: [
      { text: 'Die Behandlung ist nicht völlig schmerzfrei; wir betäuben die Haut vorher.', context: { product: 'medical-service' } },
      { text: 'Dank örtlicher Betäubung ist der Eingriff nahezu schmerzfrei.', context: { product: 'aesthetic-surgery' } },
      'Wie jede Behandlung ist auch diese nicht risikolos: Blutergüsse sind möglich.',
      // Near misses of the de-6 classes: a condition, a negated opinion, downtime stated in days.
      { text: 'Falls Sie nach der Behandlung keine Schmerzen haben, brauchen Sie kein Schmerzmittel.', context: { product: 'medical-service' } },
      { text: 'Die Methode gilt nicht als sicher und wird bei uns daher nicht angeboten.', context: { product: 'medical-service' } },
      { text: 'Ausfallzeit: 2–3 Tage, Schwellungen und Blutergüsse sind möglich.', context: { product: 'aesthetic-surgery' } },
      { text: 'Parodontitis verursacht zunächst keine Schmerzen und bleibt deshalb oft lange unbemerkt.', context: { product: 'medical-service' } },
      { text: 'Versprechen wie „garantiert ohne Nebenwirkungen“ sind unseriös – jede Behandlung hat Risiken.', context: { product: 'medical-service' } },
    ],
  },
};
