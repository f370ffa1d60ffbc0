import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { baek, mbo } from '../basis.js';

/** Individual diagnosis or therapy advice through a post, a DM or the comments (§ 7 Abs. 4 MBO-Ä). */
export const mboRemoteIndividual = defineRule({
  id: 'de/mbo-remote-individual',
  category: 'remote-treatment',
  // § 7 Abs. 4 MBO-Ä allows exclusive remote treatment „im Einzelfall“ when medically justifiable:
  // the text cannot show that, so a risk to review rather than a breach.
  severity: 'warning',
  legalBasis: [
    mbo('§ 7 Abs. 4', 'Eine ausschließliche Beratung oder Behandlung über Kommunikationsmedien ist im Einzelfall erlaubt, wenn dies ärztlich vertretbar ist und die erforderliche ärztliche Sorgfalt … gewahrt wird …'),
    baek('Regel 4 „Grenzen der Fernbehandlung beachten“'),
  ],
  match: {
    patterns: [
      'schick* (mir|uns) ~3 (foto*|bild*|selfie*|video*)',
      '(sag|sage|sagen) (dir|euch|ihnen) ~1 (was|welche*|ob) ~4 (nehmen|einnehmen|hilft|helfen|brauchst|braucht|auftragen|tun|solltet|solltest|ist|musst|musstet|muss)',
      '(schreib*|schick*|poste*) ~1 (mir|uns) ~1 (eure|deine|ihre) (symptome|beschwerden|blutwerte|laborwerte|diagnosen|befunde|werte)',
      'per (dm|pn|direktnachricht|whatsapp|chat) ~4 (diagnose*|diagnostizier*|behandl*|therapie*|ferndiagnose)',
      '(diagnose*|einschatzung) ~3 per (dm|pn|direktnachricht|whatsapp|chat)',
    ],
    negation: { window: 3, after: 2 },
    unlessSentence: ['(nicht|kein*) ~3 (per|uber|via) (dm|chat|whatsapp|instagram)', 'personlich* (untersuchung|vorstellung|termin)'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const mboRemoteIndividualDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Ausschlag? Schick mir einfach ein Foto per DM, ich sag dir, welche Salbe hilft 📸', context: { product: 'medical-service' } },
      { text: 'Schreibt mir eure Blutwerte in die Kommentare, ich sage euch, was ihr nehmen solltet 👇', context: { product: 'medical-service' } },
      'Kurze Diagnose per DM? Kein Problem, meldet euch!',
    ],
    valid: [
      'Bitte habt Verständnis: Diagnosen stellen wir nicht per DM, sondern nur nach persönlicher Untersuchung.',
      'Schickt mir gern eure Fragen zum Thema Impfen – ich beantworte sie allgemein im nächsten Video.',
      'Was ist eigentlich ein Karpaltunnelsyndrom? Ich erkläre es euch in drei Slides.',
    ],
  },
};
