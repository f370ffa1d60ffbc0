import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg } from '../basis.js';

/** Psychotropic drugs for sleep, psyche or mood, and emergency contraception, to the public (§ 10 Abs. 2 HWG). */
export const psychotropicPublic = defineRule({
  id: 'de/hwg-psychotropic-public',
  category: 'prescription-drug-to-public',
  severity: 'error',
  legalBasis: [
    hwg('10', '§ 10 Abs. 2', 'Für Arzneimittel, die psychotrope Wirkstoffe mit der Gefahr der Abhängigkeit enthalten und die dazu bestimmt sind, bei Menschen die Schlaflosigkeit oder psychische Störungen zu beseitigen oder die Stimmungslage zu beeinflussen, darf außerhalb der Fachkreise nicht geworben werden. Dies gilt auch für Arzneimittel, die zur Notfallkontrazeption zugelassen sind.'),
  ],
  applies: { products: ['drug'], audiences: ['public'] },
  match: {
    patterns: [
      'schlaftablette*',
      'beruhigungstablette*',
      'beruhigungsmittel',
      'benzodiazepin*',
      '(zolpidem|zopiclon|diazepam|lorazepam|alprazolam|tavor|valium)',
      'antidepressiv(a|um)',
      'stimmungsaufheller*',
      'pille danach',
      '(notfallverhutung|notfallkontrazeption|notfallkontrazeptiv*)',
    ],
    negation: { window: 2, after: 0 },
    unlessSentence: ['hwg', 're:§\\s*\\d+', 'beratung* ~3 (apotheke|praxis)'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const psychotropicPublicDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Endlich wieder durchschlafen: die neue Schlaftablette – jetzt in Ihrer Apotheke.', context: { product: 'drug' } },
      { text: 'Die Pille danach – diskret online bestellen.', context: { product: 'drug' } },
      { text: 'Stimmungsaufheller für trübe Tage: 30 Kapseln nur 9,99 €.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Baldrian-Dragees zur Beruhigung. Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.', context: { product: 'drug' } },
      { text: 'Für Fachkreise: neue Studiendaten zu Zolpidem bei Insomnie.', context: { product: 'drug', audience: 'professional' } },
      { text: 'Fragen zur Pille danach? Wir beraten Sie vertraulich in der Praxis.', context: { product: 'medical-service' } },
    ],
  },
};
