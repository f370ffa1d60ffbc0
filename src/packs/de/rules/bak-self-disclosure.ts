import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { baek } from '../basis.js';

/** Inviting followers to post their own diagnoses, findings or photos publicly (BÄK rule 10). */
export const selfDisclosure = defineRule({
  id: 'de/bak-self-disclosure',
  category: 'patient-privacy',
  severity: 'warning',
  legalBasis: [baek('Regel 10 „Selbstoffenbarung von Patienten verhindern“')],
  match: {
    patterns: [
      '(schreibt|postet|teilt|zeigt|schreib|poste|teil|zeig) ~2 (eure|deine|ihre) (blutwerte|laborwerte|werte|diagnosen|diagnose|befunde|befund|symptome|rontgenbilder|fotos|bilder|muttermale|leberflecken|hautstellen|ausschlage|ausschlag|wunden|narben|zahne)',
      '(blutwerte|laborwerte|diagnosen|befunde|symptome) ~3 in die kommentare',
    ],
    negation: { window: 2, after: 0 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const selfDisclosureDocs: RuleDocs = {
  examples: {
    invalid: [
      'Schreibt mir eure Blutwerte und Diagnosen in die Kommentare, ich schaue sie mir an 👇',
      'Postet eure Befunde unter diesen Beitrag, dann sprechen wir im Live darüber!',
      'Teilt eure Symptome in die Kommentare – die spannendsten Fälle bespreche ich nächste Woche.',
    ],
    valid: [
      'Bitte postet keine Befunde in die Kommentare – dafür ist die Sprechstunde da.',
      'Schreibt mir eure Fragen zum Thema Vitamin D, ich beantworte sie allgemein.',
      'Eure Blutwerte besprechen wir vertraulich in der Praxis.',
    ],
  },
};
