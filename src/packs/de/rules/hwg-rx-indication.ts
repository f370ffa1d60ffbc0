import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, caseLaw } from '../basis.js';

/**
 * Drug advertising to the public for indications that are in practice served by Rx drugs (weight
 * loss by medication, erectile dysfunction, hair loss tablets). A risk signal: the text does not
 * say whether the drug is Rx.
 */
export const rxIndication = defineRule({
  id: 'de/hwg-rx-indication',
  category: 'prescription-drug-to-public',
  severity: 'warning',
  verified: false,
  legalBasis: [
    hwg('10', '§ 10 Abs. 1'),
    caseLaw('LG München I (Wegovy/Mounjaro-Angebote, Apothekerkammer Nordrhein)', 'https://www.pharmazeutische-zeitung.de/aknr-stoppt-weiteres-online-angebot-153947'),
  ],
  applies: { products: ['drug'], audiences: ['public'] },
  match: {
    patterns: [
      'wunschgewicht',
      'abnehm(spritze*|medikament*|tablette*|pille*)',
      '(abnehmen|gewichtsverlust|gewichtsreduktion) ~2 (mit|per|durch) ~2 (spritze|medikament*|tablette*|pen)',
      '(potenzmittel|potenzpille*|erektionsstorung*)',
      'erektile dysfunktion',
      'haarausfall ~3 (tablette*|pille*)',
    ],
    negation: { window: 2, after: 0 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const rxIndicationDocs: RuleDocs = {
  note: 'UNVERIFIED whether the advertised drug is prescription-only: some drugs for these indications are OTC (e.g. orlistat 60 mg). Review against the drug status.',
  examples: {
    invalid: [
      { text: 'Gemeinsam Dein Wunschgewicht erreichen.', context: { product: 'drug' } },
      { text: 'Abnehmen mit der Spritze – Beratung und Rezept in 24 Stunden.', context: { product: 'drug' } },
      { text: 'Diskrete Hilfe bei Erektionsstörungen – Tabletten direkt nach Hause.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Gemeinsam Dein Wunschgewicht erreichen – mit unserer Ernährungsberatung.', context: { product: 'medical-service' } },
      { text: 'Für Fachkreise: Leitfaden zur medikamentösen Therapie der Adipositas.', context: { product: 'drug', audience: 'professional' } },
      { text: 'Haarausfall kann viele Ursachen haben – lassen Sie sie ärztlich abklären.', context: { product: 'drug' } },
    ],
  },
};
