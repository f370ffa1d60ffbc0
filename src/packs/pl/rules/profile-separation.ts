import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { KEL_71 } from '../basis.js';
import { DOCTOR_PERSONA, LEGAL_TEXT } from '../lexicon.js';

/** A doctor's title and authority used to sell courses, own brands or affiliate products. */
export const profileSeparation = defineRule({
  id: 'pl/profile-separation',
  category: 'profile-separation',
  severity: 'warning',
  legalBasis: [KEL_71],
  applies: { audiences: ['public'], when: DOCTOR_PERSONA },
  match: {
    patterns: [
      'kurs* ~1 (online|internetow*|odchudzani*|diet*)',
      'moj(ego|im|ej|ą|a) ~1 (kurs*|sklep*|mark*|kolekcj*|suplement*|ebook*|program*)',
      'mój ~1 (kurs*|sklep*|suplement*|ebook*|program*|kod*)',
      'moim kodem',
      'kod* (rabatow*|zniżkow*) ~3 (mnie|mój|moj*)',
      'link* afiliac*',
      'kod* ~2 bio',
      'współprac* z mark*',
      'e book*',
      'ebook*',
    ],
    unlessSentence: [...LEGAL_TEXT, 'konflikt* interes*', 'oświadczam*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const profileSeparationDocs: RuleDocs = {
  note: 'KEL is the chamber’s code of ethics (disciplinary, not a statute): guidance → warning. If a device is promoted, art. 55 ust. 2 pkt 1 UWM applies as well (pl/medical-authority).',
  examples: {
    invalid: [
      { text: 'Dr Anna, ginekolożka, zaprasza na swój nowy kurs online „Jak schudnąć” – zapisy przez link w bio.' },
      { text: 'Jako lekarz polecam mój suplement na odporność – kod w bio.' },
      { text: 'Lek. dent. Piotr Nowak: moim kodem PIOTR10 kupicie szczoteczkę taniej.' },
    ],
    valid: [
      { text: 'Dr Anna Nowak przyjmuje we wtorki i czwartki, rejestracja: link w bio.' },
      { text: 'Kurs online dla rodziców o pierwszej pomocy prowadzi Fundacja Bezpieczne Dziecko.' },
      { text: 'Jako lekarz wyjaśniam, czym różni się przeziębienie od grypy. Oświadczam brak konfliktu interesów.' },
    ],
  },
};
