import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, caseLaw } from '../basis.js';
import { alt, LEGAL_EXPLANATION, RX_FORMS, RX_SUBSTANCES } from '../lexicon.js';

/**
 * Prescription-only drugs advertised to the public (§ 10 Abs. 1 HWG), also inside service ads
 * that sell a named Rx drug (Botox, GLP-1 "Abnehmspritze").
 */
export const rxPublic = defineRule({
  id: 'de/hwg-rx-public',
  category: 'prescription-drug-to-public',
  severity: 'error',
  legalBasis: [
    hwg('10', '§ 10 Abs. 1', 'Für verschreibungspflichtige Arzneimittel darf nur bei Ärzten, Zahnärzten, Tierärzten, Apothekern und Personen, die mit diesen Arzneimitteln erlaubterweise Handel treiben, geworben werden.'),
    caseLaw('LG Düsseldorf, 11.09.2001, 12 O 391/01 (Botox-Faltenbehandlung)', 'https://wettbewerbszentrale.de/faltenbehandlung-mit-schoenheitsfehlern-faltenbehandlung-mit-schoenheitsfehlern'),
  ],
  applies: { products: ['drug', 'medical-service', 'aesthetic-surgery'], audiences: ['public'] },
  match: {
    patterns: [
      // Class: the prescription-only substances and brands clinics name (lexicon RX_SUBSTANCES, AMVV).
      alt(RX_SUBSTANCES),
      ...RX_FORMS,
      'abnehmspritze*',
      'fettwegspritze*',
      'cannabis ~3 rezept*',
      'rezept* ~3 cannabis',
      'verschreibungspflichtig*',
      // Compounds and paraphrases of the same substances (de-6): "Babybotox", "Microbotox",
      // "Medizinisches Cannabis bestellen" (LG Hamburg 402 HKO 4/26).
      '*botox',
      'medizinisch* cannabis*',
    ],
    // A drug class named as the thing avoided or compared with ("wie sie von Antibiotika bekannt sind",
    // "statt Antibiotika") advertises no product.
    // So is a drug class the patient can do without ("auf Antibiotika verzichtet werden"), and a
    // doctor's certificate or society that names the substance ("zertifiziert für Botulinumtoxin-…").
    allow: [
      'botox effekt*', 'botox alternative*', '(ohne|statt|kein) botox', '(von|statt|anstatt|ohne|als|wie|gegenuber) (antibiotika|antibiotikum)',
      'auf (antibiotika|antibiotikum|cortison|kortison) ~2 (verzicht*|verzichten)',
      '(zertifiziert*|zertifikat*|qualifiziert*|ausgebildet*|fortgebildet*|gesellschaft|arbeitsgemeinschaft|fachgesellschaft) fur ~2 (botulinum*|botox*)',
    ],
    negation: { window: 2, after: 0 },
    unlessSentence: LEGAL_EXPLANATION,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const rxPublicDocs: RuleDocs = {
  note: 'Whether a named substance is Rx in the advertised form must be checked; disease-awareness information without product focus is not advertising.',
  examples: {
    invalid: [
      // Class of de-5: medical cannabis also inside a compound ("Medizinalcannabisrezept").
      { text: 'Dein Medizinalcannabisrezept kommt diskret nach Hause.', context: { product: 'drug' } },
      // Class: prescription-only substances and brands from the RX_SUBSTANCES lexicon, and Rx-only forms (issue 13).
      { text: 'Feine Linien an der Stirn? Wir arbeiten mit Bocouture und Azzalure.', context: { product: 'aesthetic-surgery' } },
      { text: 'Abnehmen mit Mounjaro: Erstgespräch in unserer Adipositas-Sprechstunde.', context: { product: 'medical-service' } },
      { text: 'Haarausfall? Minoxidil als Tablette – Beratung und Rezept bei uns.', context: { product: 'medical-service' } },
      { text: 'Filler verrutscht? Wir lösen ihn mit Hyaluronidase auf.', context: { product: 'aesthetic-surgery' } },
      { text: 'Wegovy online kaufen – Rezept anfragen', context: { product: 'drug' } },
      { text: 'Zornesfalte weg mit Botox – jetzt Termin sichern!', context: { product: 'aesthetic-surgery' } },
      { text: 'Abnehmspritze online bestellen', context: { product: 'drug' } },
      // Class of de-6: compounds and paraphrases of the same substances.
      { text: 'Neu: Babybotox für einen frischen, natürlichen Look.', context: { product: 'aesthetic-surgery' } },
      { text: 'Medizinisches Cannabis bequem online bestellen, ab 8,99 €/g.', context: { product: 'drug' } },
    ],
    valid: [
      // Near misses of de-5: a drug the patient can do without, a doctor's qualification.
      { text: 'Bei einer Mittelohrentzündung kann oft auf Antibiotika verzichtet werden; wir beobachten zuerst.', context: { product: 'medical-service' } },
      { text: 'Dr. Weber ist zertifiziert für Botulinumtoxin-Therapie in der Neurologie.', context: { product: 'medical-service' } },
      { text: 'Minoxidil-Lösung zum Auftragen gibt es rezeptfrei in der Apotheke.', context: { product: 'drug' } },
      { text: 'Wir beraten Sie zu allen Möglichkeiten bei Haarausfall.', context: { product: 'medical-service' } },
      { text: 'Für Fachkreise: Semaglutid 2,4 mg – neue Daten zur Gewichtsreduktion.', context: { product: 'drug', audience: 'professional' } },
      { text: 'Unsere Creme mit Botox-Effekt glättet die Haut sichtbar.', context: { product: 'other' } },
      'Nach § 10 HWG darf für verschreibungspflichtige Arzneimittel wie Botox nicht öffentlich geworben werden.',
      // Near miss of the de-6 class: the law explained.
      { text: 'Medizinisches Cannabis ist verschreibungspflichtig und darf nicht öffentlich beworben werden (§ 10 HWG).', context: { product: 'drug' } },
    ],
  },
};
