import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { UDL_ART14 } from '../basis.js';
import { LEGAL_TEXT, REMOTE_ALLOW, REMOTE_TREATMENT, REMOTE_UNLESS } from '../lexicon.js';

/**
 * A clinic offering diagnosis, treatment or prescriptions without an examination. Telemedicine is
 * lawful; what a doctor may not do is certify a patient's state of health without examining them,
 * in person or by ICT (uzl art. 42 ust. 1). Promising a diagnosis from a photo or a prescription
 * "bez badania" advertises exactly that. `warning`, `verified: false` (audit 2026-11 § 3.1).
 */
export const remoteConsultation = defineRule({
  id: 'pl/remote-consultation',
  category: 'remote-treatment',
  severity: 'warning',
  verified: false,
  legalBasis: [
    {
      kind: 'statute',
      citation: 'art. 42 ust. 1 ustawy z dnia 5 grudnia 1996 r. o zawodach lekarza i lekarza dentysty',
      url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19970280152',
    },
    UDL_ART14,
  ],
  applies: { products: ['medical-service', 'aesthetic-surgery'] },
  match: {
    patterns: REMOTE_TREATMENT,
    allow: REMOTE_ALLOW,
    unlessSentence: [...LEGAL_TEXT, ...REMOTE_UNLESS],
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const remoteConsultationDocs: RuleDocs = {
  note: 'UNVERIFIED: uzl art. 42 ust. 1 (a doctor certifies a state of health after examining the patient in person or by ICT) and the KEL telemedicine article were cited from knowledge [K], not re-read in the primary text.',
  examples: {
    invalid: [
      { text: 'Prześlij zdjęcie znamienia – postawimy diagnozę w 24 godziny.', context: { product: 'medical-service' } },
      { text: 'Recepta bez wizyty i bez badania – wypełnij formularz online.', context: { product: 'medical-service' } },
      { text: 'Leczenie trądziku online: dermatolog oceni zdjęcia, nie musisz wychodzić z domu.', context: { product: 'aesthetic-surgery' } },
      { text: 'Wystarczy selfie – dermatolog dobierze kurację przeciwtrądzikową.', context: { product: 'aesthetic-surgery' } },
      { text: 'E-recepta na leki na nadciśnienie w kilka minut, wypełnij ankietę.', context: { product: 'medical-service' } },
      { text: 'Zdiagnozujemy Twoje alergie na czacie, bez wychodzenia z domu.', context: { product: 'medical-service' } },
      { text: 'E-recepta nawet w 10 minut – bez wychodzenia z kanapy.', context: { product: 'medical-service' } },
      { text: 'Wypełnij ankietę, a receptę wyślemy SMS-em jeszcze dziś.', context: { product: 'medical-service' } },
      { text: 'Ankieta online daje lekarzowi pełny obraz stanu zdrowia, więc wizyta nie jest potrzebna.', context: { product: 'medical-service' } },
      { text: 'Wypełnij krótki kwestionariusz, a lekarz dobierze Ci lek bez wizyty.', context: { product: 'medical-service' } },
      // class: a remote visit said to be as good as one in person
      { text: 'Wideokonsultacja jest równie skuteczna jak wizyta stacjonarna, a oszczędzasz czas.', context: { product: 'medical-service' } },
      { text: 'Konsultacja online daje tak samo rzetelną ocenę jak badanie w gabinecie.', context: { product: 'medical-service' } },
      // class: the remote channel sold as the alternative to a visit
      { text: 'Świetną alternatywą dla wizyty u dermatologa jest nasza teleporada – bez wychodzenia z domu.', context: { product: 'medical-service' } },
      { text: 'Konsultacja online to wygodna alternatywa dla wizyty w gabinecie.', context: { product: 'medical-service' } },
      { text: 'Zwolnienie lekarskie online w 15 minut.', context: { product: 'medical-service' } },
      // classes (round 7): a document in minutes, issued without contact (new sentences)
      { text: 'Zaświadczenie do pracy wystawimy po 10 minutach od zgłoszenia.', context: { product: 'medical-service' } },
      { text: 'Skierowanie na rezonans dostaniesz w kilka minut.', context: { product: 'medical-service' } },
      { text: 'Receptę wystawiamy bez rozmowy telefonicznej, na podstawie formularza.', context: { product: 'medical-service' } },
      { text: 'Lekarz nie musi z Tobą rozmawiać przez telefon – wystarczy krótka ankieta.', context: { product: 'medical-service' } },
      { text: 'Pielęgniarka oddzwoni tylko w razie wątpliwości co do zamówienia.', context: { product: 'medical-service' } },
    ],
    valid: [
      // near misses (round 7): lab results and a confirmation in minutes, the doctor's advice, a call always made
      { text: 'Wyniki morfologii otrzymasz w 30 minut w punkcie pobrań.', context: { product: 'medical-service' } },
      { text: 'Potwierdzenie wizyty otrzymasz w kilka minut SMS-em.', context: { product: 'medical-service' } },
      { text: 'Nie odstawiaj leków bez kontaktu z lekarzem prowadzącym.', context: { product: 'medical-service' } },
      { text: 'Dyżurny lekarz kontaktuje się z pacjentem zawsze przed wystawieniem recepty.', context: { product: 'medical-service' } },
      { text: 'Teleporada nie zastępuje badania fizykalnego – lekarz zaprosi Cię na wizytę.', context: { product: 'medical-service' } },
      { text: 'Rejestracja online i wyniki badań online są dostępne w panelu pacjenta.', context: { product: 'medical-service' } },
      { text: 'Na pierwszej wizycie lekarz zbada znamiona dermatoskopem.', context: { product: 'medical-service' } },
      { text: 'Wyniki badań znajdziesz w Internetowym Koncie Pacjenta.', context: { product: 'medical-service' } },
      { text: 'Receptę zrealizujesz w każdej aptece.', context: { product: 'medical-service' } },
      { text: 'Umów wizytę online lub telefonicznie.', context: { product: 'medical-service' } },
      { text: 'Podczas wizyty wykonamy zdjęcie pantomograficzne i omówimy diagnozę.', context: { product: 'medical-service' } },
      { text: 'Konsultacja w gabinecie trwa 30 minut.', context: { product: 'medical-service' } },
      { text: 'Uzupełnij ankietę przed wizytą, lekarz omówi z Tobą diagnozę w gabinecie.', context: { product: 'medical-service' } },
      { text: 'Fakturę za wizytę wystawimy online w ciągu 24 godzin.', context: { product: 'medical-service' } },
      { text: 'Konsultacja online nie jest tak samo skuteczna jak wizyta stacjonarna, dlatego badanie odbywa się w gabinecie.', context: { product: 'medical-service' } },
      // near miss: the honest limit
      { text: 'Teleporada nie jest alternatywą dla badania dermatologicznego znamion.', context: { product: 'medical-service' } },
      { text: 'Konsultacja trwa do 30 minut, a wynik omówimy w gabinecie.', context: { product: 'medical-service' } },
    ],
  },
};
