import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, pf } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/** Diagnosis, treatment or prescriptions without examination, or "no need to see a doctor". */
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
  match: {
    patterns: [
      'diagnoz* ~1 (online|internetow*|zdaln*|mailow*|czat*)',
      'diagnoz* (przez|na) (internet|czacie|czat|telefon|messengerze|whatsappie|maila|mail)',
      'postawimy ~1 diagnoz*',
      'prześlij* ~2 (zdjęci*|fotk*|foto) ~6 (diagnoz*|ocen*|leczeni*|recept*)',
      'recept* ~3 bez (wizyty|badania|konsultacji|rozmowy|wychodzenia)',
      're:e-?recept\\p{L}*[^.!?\\n]{0,30}\\d+\\s?(minut|min)',
      'recept* (online|internetow*)',
      'recept* przez internet',
      'konsultacj* online ~4 recept*',
      'bez wychodzenia z domu ~5 (diagnoz*|leczeni*|recept*|wylecz*)',
      '(leczeni*|terapi*) (online|zdaln*)',
      'wyleczymy zdalnie',
      'zastępuje (wizytę|lekarza|badanie|konsultację|dermatologa|okulistę)',
      'bez (wizyty|konsultacji) ~1 (u|z) ~1 (lekarz*|lekarzem|dermatolog*|specjalist*|dentyst*|stomatolog*)',
      'bez lekarza',
      'nie musisz ~2 (lekarza|dermatologa|wizyty|lekarz*)',
      'zamiast (wizyty|lekarza|badania)',
      'algorytm ~3 (rak*|czerniak*|nowotw*|diagnoz*)',
    ],
    allow: ['teleporad* kontroln*'],
    unlessSentence: LEGAL_TEXT,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const remoteTreatmentDocs: RuleDocs = {
  note: 'Express ban for drugs (Pf art. 55 ust. 2 pkt 1 lit. a); for device software a diagnosis outside the intended purpose is misleading under MDR art. 7. For clinics the KEL telemedicine provisions apply (numbering UNVERIFIED).',
  examples: {
    invalid: [
      { text: 'Ozempic bez kolejek: konsultacja online i e-recepta nawet w 15 minut.', context: { product: 'drug' } },
      { text: 'Prześlij zdjęcie znamienia – postawimy diagnozę w 24 godziny.', context: { product: 'medical-service' } },
      { text: 'Aplikacja DermaScan zastępuje wizytę u dermatologa.', context: { product: 'medical-device' } },
      { text: 'Recepta bez wizyty i bez badania – zamów online.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Teleporada nie zastępuje badania fizykalnego – lekarz zaprosi Cię na wizytę.', context: { product: 'medical-service' } },
      { text: 'Rejestracja online i wyniki badań online są dostępne w panelu pacjenta.', context: { product: 'medical-service' } },
      { text: 'E-receptę zrealizujesz w każdej aptece w Polsce.', context: { product: 'drug' } },
    ],
  },
};
