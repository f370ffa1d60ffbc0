import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { caseLaw, hwg3, hwg3Devices, mdr7 } from '../basis.js';

/**
 * Statements that the product has no harmful effects (§ 3 S. 2 Nr. 2 lit. b HWG): every effective
 * product or procedure has some. Filed as a property the product lacks; the same words as a
 * promise are also a `guarantee` (de/hwg-no-side-effects).
 */
export const harmlessClaim = defineRule({
  id: 'de/hwg-harmless-claim',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [
    hwg3('§ 3 Satz 2 Nr. 2 lit. b', 'wenn fälschlich der Eindruck erweckt wird, daß … bei bestimmungsgemäßem oder längerem Gebrauch keine schädlichen Wirkungen eintreten'),
    hwg3Devices('§ 3 Satz 2 Nr. 2 lit. b'),
    ...mdr7('lit. c'),
    caseLaw('LG Hannover, 17.10.2023, 24 O 58/23', 'https://voris.wolterskluwer-online.de/browse/document/87e3eb23-3195-46a7-8a39-e70cd5b4908a'),
  ],
  match: {
    patterns: [
      '(keine|ohne) ~1 nebenwirkung*',
      'nebenwirkungsfrei*',
      // "risikolos" / "risikofrei" promise safety: de/hwg-no-side-effects (guarantee) reports them.
      'nebenwirkungsarm*',
      '(allergi*|nebenwirkung*|unvertraglichkeit*|komplikation*|reaktion*) ~2 nicht bekannt',
      '(vollig|absolut|ganzlich) (unbedenklich*|harmlos*|ungefahrlich*)',
      're:100\\s?%\\s*(?:unbedenklich|harmlos|ungefahrlich)\\p{L}*',
      'gefahrlos*',
      'ohne ~1 risiko',
      '(keine|ohne) komplikation*',
      'komplikationslos*',
    ],
    negation: { window: 3, after: 2 },
    // A sentence that calls such claims unserious quotes them to reject them (de-7: „keine Nebenwirkungen“ … sind nicht seriös).
    unlessSentence: ['hwg', 'heilmittelwerbegesetz*', 'packungsbeilage', '(nicht|kaum) (serios|haltbar|glaubwurdig)', 'unserios*', 'irrefuhrend*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const harmlessClaimDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Ein natürliches Schmerzmittel, das Sie jeden Tag einnehmen können und das keine Nebenwirkungen hat.', context: { product: 'other' } },
      { text: 'Hyaluronsäure ist körpereigen. Allergische Reaktionen sind nicht bekannt.', context: { product: 'aesthetic-surgery' } },
      { text: 'Die Laserbehandlung ist völlig unbedenklich und risikolos.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Nach einer Unterspritzung können Schwellungen auftreten – die Behandlung ist nicht risikolos.', context: { product: 'aesthetic-surgery' } },
      { text: 'Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.', context: { product: 'drug' } },
      'Häufige Nebenwirkungen sind Kopfschmerzen und Übelkeit; sprechen Sie uns an, wenn Sie unsicher sind.',
    ],
  },
};
