import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { mdr7 } from '../basis.js';

/** Injectables and professional devices offered to lay people for self-use (MPAV; § 3 HWG). */
export const professionalDevice = defineRule({
  id: 'de/mpav-professional-device',
  category: 'professional-only-device-to-public',
  severity: 'warning',
  verified: false,
  legalBasis: [
    { kind: 'regulation', citation: 'Medizinprodukte-Abgabeverordnung (MPAV): Abgabe von Produkten, die nicht zur Anwendung durch Laien vorgesehen sind, nur an Fachkreise', url: 'https://www.gesetze-im-internet.de/mpav/' },
    // § 3 HWG no longer names devices (since 26.05.2021): a risk left unmentioned is Art. 7 lit. c MDR.
    ...mdr7('lit. b und c'),
  ],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      'profi filler*',
      'filler ~3 (kaufen|bestellen|zuhause|selberspritzen)',
      'filler fur zu hause',
      'hyaluron* ~3 (kaufen|bestellen|selberspritzen)',
      'hyaluron pen*',
      'inklusive kanulen',
      'kanulen inklusive',
      '(selbst|selber) (spritzen|unterspritzen|injizieren)',
      'zum selberspritzen',
      'botox (bestellen|kaufen)',
    ],
    negation: { window: 2, after: 0 },
    unlessSentence: ['(nur|ausschliesslich) fur (fachkreise|fachpersonal|arzte|arztinnen)', 'nachweis ~3 (approbation|heilpraktikererlaubnis)', 'warn*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const professionalDeviceDocs: RuleDocs = {
  note: 'Partly UNVERIFIED: no advertising-specific HWG ban exists for devices; the rule relies on supply law (MPAV; paragraph number unverified) and § 3 HWG (impression of safe self-use).',
  examples: {
    invalid: [
      'Profi-Filler für zuhause: 2 × 1 ml Hyaluron-Gel inklusive Kanülen, ganz ohne Rezept bestellen!',
      'Hyaluron-Pen Starter-Set – Lippen ganz einfach selbst unterspritzen.',
      'Dermal Filler kaufen, Versand an alle, Anleitung im Video.',
    ],
    valid: [
      'Shop nur für Fachkreise: Bestellung von Fillern nach Nachweis der Approbation.',
      'Blutdruckmessgerät für zu Hause – einfach selbst messen.',
      'Die DDG warnt: Filler nie selbst spritzen – Komplikationen können schwer sein.',
    ],
  },
};
