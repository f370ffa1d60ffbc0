import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { pf } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/**
 * Prescription-only drugs advertised to the public, including aesthetic "botoks" offers and
 * GLP-1 weight-loss offers. The list names substances and brands; extend it from the URPL
 * register, not from guesses.
 */
export const prescriptionDrug = defineRule({
  id: 'pl/prescription-drug',
  category: 'prescription-drug-to-public',
  severity: 'error',
  legalBasis: [pf('art. 57 ust. 1 pkt 1', 'Zabrania się kierowania do publicznej wiadomości reklamy dotyczącej produktów leczniczych wydawanych wyłącznie na podstawie recepty')],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      'botoks*',
      'botox*',
      'toksyn* botulin*',
      'azzalure',
      'bocouture',
      'dysport*',
      'vistabel',
      'xeomin*',
      'semaglutyd*',
      'ozempic*',
      'wegovy',
      'rybelsus*',
      'liraglutyd*',
      'saxend*',
      'tirzepatyd*',
      'mounjaro',
      // further Rx-only substances and brands clinics and shops name to the public (Rp status per the
      // URPL register of medicinal products; minoxidil only as tablets: the solution is OTC)
      'sildenafil*',
      'viagr*',
      'tadalafil*',
      'cialis*',
      'testosteron* ~2 (zastrzyk*|iniekcj*|recept*|terapi*|kuracj*|żel*)',
      'hialuronidaz*',
      'dutasteryd*',
      'tretynoin*',
      'minoksydyl* ~2 (tabletk*|doustn*)',
      'izotretynoin*',
      'finasteryd*',
      'disulfiram*',
      'esperal*',
      'antybiotyk* na recept*',
      'lek* (na|z) recept(ę|ą)',
      'lek* rx',
    ],
    allow: ['realiz* ~3 recept*'],
    // dispensing information ("wydajemy po okazaniu recepty") is not an ad for the drug
    // A contraindication list or an anamnesis ("zażywanie izotretynoiny w ciągu ostatniego pół roku")
    // names a drug the patient must not have taken: it does not advertise it.
    unlessSentence: [...LEGAL_TEXT, 'realizujemy', 'realizacj*', 'wydaj(emy|e|ą|ane)', 'po okazaniu', 'przeciwwskaz*', 'w (ciągu|okresie) ~1 ostatni*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const prescriptionDrugDocs: RuleDocs = {
  note: 'Rx status of each listed substance follows the URPL register as of 2025; disulfiram implants (Esperal) are Rx-only (catalogue marks this UNVERIFIED). Vaccination campaigns are exempt (art. 57 ust. 2) and not in the list.',
  examples: {
    invalid: [
      { text: 'Botoks na zmarszczki mimiczne – teraz w nowej cenie!', context: { product: 'aesthetic-surgery' } },
      { text: 'Wizyty domowe – wszywanie Disulfiramu (Esperalu).', context: { product: 'medical-service' } },
      { text: 'Ozempic bez kolejek – odbiór w aptece od ręki.', context: { product: 'drug' } },
      { text: 'Tabletki z sildenafilem bez wychodzenia z domu.', context: { product: 'drug' } },
      { text: 'Kuracja testosteronem w zastrzykach – zapytaj w klinice.', context: { product: 'medical-service' } },
      { text: 'Minoksydyl w tabletkach na łysienie – dostępny od ręki.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Szkolenie z podania toksyny botulinowej dla lekarzy z numerem PWZ.', context: { product: 'drug', audience: 'professional' } },
      { text: 'E-receptę zrealizujesz w każdej aptece, także w weekend.', context: { product: 'drug' } },
      { text: 'Zabrania się kierowania do publicznej wiadomości reklamy leków wydawanych na receptę (art. 57 Prawa farmaceutycznego).', context: { product: 'drug' } },
      { text: 'Minoksydyl w płynie do wcierania, bez recepty.', context: { product: 'drug' } },
      { text: 'Badanie poziomu testosteronu we krwi wykonasz w naszym laboratorium.', context: { product: 'medical-service' } },
      { text: 'Leki na receptę wydajemy wyłącznie po okazaniu e-recepty.', context: { product: 'drug' } },
      { text: 'Przeciwwskazania do peelingu: ciąża, przyjmowanie izotretynoiny, aktywna opryszczka.', context: { product: 'aesthetic-surgery' } },
      { text: 'Laseroterapii nie wykonujemy, jeśli pacjent zażywał izotretynoinę w ciągu ostatnich 6 miesięcy.', context: { product: 'aesthetic-surgery' } },
    ],
  },
};
