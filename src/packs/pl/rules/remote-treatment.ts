import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, pf } from '../basis.js';
import { LEGAL_TEXT, REMOTE_ALLOW, REMOTE_TREATMENT, REMOTE_UNLESS } from '../lexicon.js';

/**
 * Diagnosis, treatment or prescriptions without examination, or "no need to see a doctor", in ads
 * for drugs, devices and supplements. Clinics: pl/remote-consultation, at `warning` (no statute
 * bars the ad itself; audit 2026-11 § 3.1).
 */
export const remoteTreatment = defineRule({
  id: 'pl/remote-treatment',
  category: 'remote-treatment',
  severity: 'error',
  legalBasis: [
    pf(
      'art. 55 ust. 2 pkt 1 lit. a',
      'możliwe jest uniknięcie porady lekarskiej lub zabiegu chirurgicznego, zwłaszcza przez postawienie diagnozy lub zalecanie leczenia w drodze korespondencyjnej',
    ),
    MDR_ART7,
  ],
  applies: { products: ['drug', 'medical-device', 'supplement', 'other'] },
  match: {
    patterns: REMOTE_TREATMENT,
    allow: REMOTE_ALLOW,
    unlessSentence: [...LEGAL_TEXT, ...REMOTE_UNLESS],
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const remoteTreatmentDocs: RuleDocs = {
  note: 'Express ban for drugs (Pf art. 55 ust. 2 pkt 1 lit. a); for device software a diagnosis outside the intended purpose is misleading under MDR art. 7. Clinics: pl/remote-consultation.',
  examples: {
    invalid: [
      { text: 'Ozempic bez kolejek: konsultacja online i e-recepta nawet w 15 minut.', context: { product: 'drug' } },
      { text: 'Prześlij zdjęcie znamienia w aplikacji – diagnozę postawimy w 24 godziny.', context: { product: 'medical-device' } },
      { text: 'Aplikacja DermaScan zastępuje wizytę u dermatologa.', context: { product: 'medical-device' } },
      { text: 'Recepta bez wizyty i bez badania – zamów tabletki online.', context: { product: 'drug' } },
      // class: the product stands in for the visit, any tense
      { text: 'Inhalator z aplikacją, który zastąpi wizytę u lekarza.', context: { product: 'medical-device' } },
      // class (round 7): the drug obtained in minutes
      { text: 'Antybiotyk na receptę otrzymasz już za 20 minut.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Teleporada nie zastępuje badania fizykalnego – lekarz zaprosi Cię na wizytę.', context: { product: 'medical-service' } },
      { text: 'Rejestracja online i wyniki badań online są dostępne w panelu pacjenta.', context: { product: 'medical-service' } },
      { text: 'E-receptę zrealizujesz w każdej aptece w Polsce.', context: { product: 'drug' } },
    ],
  },
};
