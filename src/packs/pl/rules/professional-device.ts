import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { UWM_FROM, uwm } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/**
 * Public ads of devices meant for professionals (fillers, medical lasers, threads, HIFU),
 * including clinic ads of procedures done with them (art. 58 ust. 1 pkt 1). Cosmetics that
 * merely contain hyaluronic acid are not fillers.
 */
export const professionalDevice = defineRule({
  id: 'pl/professional-device',
  category: 'professional-only-device-to-public',
  severity: 'error',
  legalBasis: [
    uwm('art. 55 ust. 2 pkt 3', 'dotyczyć wyrobów przeznaczonych do używania przez użytkowników innych niż laicy'),
    uwm('art. 58 ust. 1 pkt 1'),
  ],
  applies: { products: ['medical-device', 'medical-service', 'aesthetic-surgery'], audiences: ['public'], from: UWM_FROM },
  match: {
    patterns: [
      'kwas* hialuronow*',
      'wypełniacz*',
      'filler*',
      'laser* (frakcyjn*|co2|pikosekundow*|tulow*|ablacyjn*|nd|alexandryt*|diodow*|erbow*)',
      'hifu',
      'radiofrekwencj* mikroigłow*',
      'mikroigłow* ~1 radiofrekwencj*',
      'nici (pdo|liftingując*|haczykow*|rozpuszczaln*)',
      'implant* piersi',
      '(juvederm*|restylane*|teosyal*|stylage*|belotero*|profhilo*|radiesse*|sculptra*|ellans*|morpheus8|sunekos*|jalupro*|nucleofill*)',
      'do użytku profesjonalnego',
      // procedures that can only be done with a professional filler or laser, named by what they do
      '(wypełnia*|wypełni*|wypełnienie|wypełniani*) ~2 (zmarszcz*|bruzd*|ust|usta|dolin*|policzk*|skroni|cieni)',
      '(powiększ*|modelowani*|modelujemy|modeluje) ~1 (ust|usta|policzk*|podbródk*|nosa|żuchw*|brody)',
      'wolumetri*',
      'laseroterapi* ~2 (naczyń|naczynek|naczyniow*|frakcyjn*)',
      // professional-only aesthetic devices clinics name to the public (manufacturers' professional-use labelling)
      '(pellev*|thermage|ultherap*|emsculpt*|coolsculpt*|exilis|vivien|dermapen*)',
      'klasy (klinicznej|medycznej)',
    ],
    allow: [
      '(krem*|serum|żel*|tonik*|maseczk*|maska|kosmetyk*|suplement*|kapsuł*|krople|nawilżacz*|pomadk*|balsam*) ~4 kwas* hialuronow*',
      'kwas* hialuronow* ~3 (kremie|serum|kroplach|oczu)',
    ],
    // a neutral guide about a procedure is education, not an ad for the device
    unlessSentence: [...LEGAL_TEXT, 'charakter* informacyjn*', 'poradnik*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const professionalDeviceDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Powiększanie ust kwasem hialuronowym – zapisy w recepcji!', context: { product: 'aesthetic-surgery' } },
      { text: 'Laser frakcyjny CO2 na blizny potrądzikowe – nowość w naszym gabinecie.', context: { product: 'medical-service' } },
      { text: 'Profhilo – biorewitalizacja skóry, już u nas.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Szkolenie dla lekarzy: techniki podania wypełniacza, rejestracja z numerem PWZ.', context: { product: 'medical-device', audience: 'professional' } },
      { text: 'Krem nawilżający z kwasem hialuronowym do codziennej pielęgnacji.', context: { product: 'medical-device' } },
      { text: 'Implanty zębowe wszczepiamy w znieczuleniu miejscowym.', context: { product: 'medical-service' } },
    ],
  },
};
