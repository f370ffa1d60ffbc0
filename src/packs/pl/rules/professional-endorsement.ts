import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { HEALTH_CLAIMS_ART12C, UDL_ART14, uwm } from '../basis.js';
import { AUTHORITY_ALLOW, AUTHORITY_ENDORSEMENT, AUTHORITY_UNLESS, LEGAL_TEXT } from '../lexicon.js';

/**
 * A health professional recommending a clinic's service or a supplement. Not the device act's
 * flat ban: that reaches a service only where it is performed with a device (UWM art. 58 ust. 1
 * pkt 1), a clinic's recommendation is a "cecha reklamy" under art. 14 UDL, and a supplement is
 * bound by art. 12 lit. c of Reg. 1924/2006, which bars doctors' recommendations only in health
 * claims. Hence `warning` (audit 2026-11, finding 11). No asset trigger: a clinic introducing its
 * team in white coats is information, not an endorsement.
 */
export const professionalEndorsement = defineRule({
  id: 'pl/professional-endorsement',
  category: 'medical-authority-imagery',
  severity: 'warning',
  legalBasis: [UDL_ART14, uwm('art. 58 ust. 1 pkt 1'), HEALTH_CLAIMS_ART12C],
  applies: { products: ['medical-service', 'aesthetic-surgery', 'supplement'], audiences: ['public'] },
  match: {
    patterns: AUTHORITY_ENDORSEMENT,
    allow: AUTHORITY_ALLOW,
    unlessSentence: [...LEGAL_TEXT, ...AUTHORITY_UNLESS],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const professionalEndorsementDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Suplement Kolagenix – polecany przez lekarzy pediatrów.', context: { product: 'supplement' } },
      { text: 'Dermatolodzy rekomendują nasz peeling kawitacyjny przed sezonem.', context: { product: 'aesthetic-surgery' } },
      { text: '9 na 10 stomatologów wybiera nasze centrum implantologii.', context: { product: 'medical-service' } },
      { text: 'Według dermatologów to jedna z najlepszych metod na blizny.', context: { product: 'aesthetic-surgery' } },
      { text: 'Lekarze potwierdzają: kolagen rybi działa od wewnątrz.', context: { product: 'supplement' } },
      { text: 'Protokół zabiegowy opracowany przez chirurgów plastycznych.', context: { product: 'aesthetic-surgery' } },
      // class: the verb first ("Zabieg poleca dr …")
      { text: 'Zabieg poleca dr n. med. Anna Nowak, właścicielka kliniki.', context: { product: 'aesthetic-surgery' } },
      // class: health professions beyond physicians (dietitians, speech therapists, hygienists)
      { text: 'Polecany przez dietetyków kliniki – program odchudzania 12 tygodni.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Poznajcie nasz zespół: dr Anna Kowalska, specjalistka dermatologii.', context: { product: 'medical-service', assets: [{ kind: 'image', tags: ['white-coat'] }] } },
      { text: 'Przed zabiegiem skonsultuj się z lekarzem prowadzącym.', context: { product: 'aesthetic-surgery' } },
      { text: 'Poszukujemy lekarza dermatologa do współpracy – oferta pracy.', context: { product: 'medical-service' } },
      { text: 'Zabiegi wykonują lekarze z prawem wykonywania zawodu.', context: { product: 'aesthetic-surgery' } },
      { text: 'Przed zabiegiem lekarz przeprowadzi wywiad i badanie.', context: { product: 'aesthetic-surgery' } },
      { text: 'Suplement diety. Nie zastępuje zróżnicowanej diety.', context: { product: 'supplement' } },
      // near miss: a doctor prescribing, not recommending the service
      { text: 'Leczenie zaleca lekarz po badaniu i rozmowie z pacjentem.', context: { product: 'medical-service' } },
      { text: 'Przed zmianą diety skonsultuj się z dietetykiem.', context: { product: 'supplement' } },
      // the label warning in any form of "skonsultować" (round 10)
      { text: 'Kobiety w ciąży powinny skonsultować stosowanie z lekarzem.', context: { product: 'supplement' } },
    ],
  },
};
