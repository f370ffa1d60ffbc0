import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg } from '../basis.js';

/** Free samples, test packs and vouchers handed to the public (§ 11 Abs. 1 S. 1 Nr. 14 and 15 HWG). */
export const samples = defineRule({
  id: 'de/hwg-samples',
  category: 'price-promotion-lottery',
  severity: 'error',
  legalBasis: [
    hwg('11', '§ 11 Abs. 1 Satz 1 Nr. 14 und 15', 'Nr. 14: durch die Abgabe von Arzneimitteln, deren Mustern oder Proben oder durch Gutscheine dafür; Nr. 15: durch die nicht verlangte Abgabe von Mustern oder Proben von anderen Mitteln oder Gegenständen oder durch Gutscheine dafür'),
  ],
  // Nr. 14/15 are not extended to medical devices by § 11 Abs. 1 S. 2.
  applies: { products: ['drug', 'supplement', 'other', 'medical-service'], audiences: ['public'] },
  match: {
    patterns: [
      'gratisprobe*',
      'gratis probe*',
      'probepackung* ~2 (gratis|kostenlos*|geschenkt|umsonst)',
      '(kostenlos*|gratis) ~1 (probe*|proben|muster|testpackung*|probepackung*|probierpackung*)',
      '(proben|muster|probe) ~1 (anfordern|bestellen|sichern)',
    ],
    negation: { window: 2, after: 0 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const samplesDocs: RuleDocs = {
  note: 'Nr. 14 (drugs, their samples and vouchers) is cited from the commentary; its current wording is UNVERIFIED. Nr. 15 wording verified.',
  examples: {
    invalid: [
      { text: 'Jetzt kostenlose Probe anfordern: ImmunoPlus Lutschtabletten!', context: { product: 'drug' } },
      { text: 'Gratisprobe unseres Schlaf-Tees zu jeder Bestellung.', context: { product: 'other' } },
      { text: 'Sichern Sie sich eine kostenlose Testpackung Hyaluron-Kapseln.', context: { product: 'supplement' } },
    ],
    valid: [
      { text: 'Für Fachkreise: Muster anfordern unter 0800 123 456.', context: { product: 'drug', audience: 'professional' } },
      { text: 'Kostenlose Probe unseres Blutzuckermessgeräts für Diabetiker.', context: { product: 'medical-device' } },
      'Die Blutprobe wird im Labor untersucht; das Ergebnis besprechen wir persönlich.',
    ],
  },
};
