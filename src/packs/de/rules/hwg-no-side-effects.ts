import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg3, hwg3Devices, mdr7 } from '../basis.js';

/** Promises of safety, painlessness or no downtime (§ 3 S. 2 Nr. 2 lit. b HWG). */
export const noSideEffects = defineRule({
  id: 'de/hwg-no-side-effects',
  category: 'guarantee',
  severity: 'error',
  legalBasis: [
    hwg3('§ 3 Satz 2 Nr. 2 lit. b', 'wenn fälschlich der Eindruck erweckt wird, daß … bei bestimmungsgemäßem oder längerem Gebrauch keine schädlichen Wirkungen eintreten'),
    hwg3Devices('§ 3 Satz 2 Nr. 2 lit. b'),
    ...mdr7('lit. c'),
  ],
  match: {
    patterns: [
      '(keine|ohne) ~1 nebenwirkung*',
      'nebenwirkungsfrei*',
      'schmerzfrei*',
      'schmerzlos*',
      '(keine|ohne) (ausfallzeit*|downtime|ausfall)',
      'risikolos*',
      'risikofrei*',
      '(vollig|absolut) (sicher|ungefahrlich|harmlos)',
      'sanft und sicher',
    ],
    allow: ['(nahezu|weitgehend|fast|moglichst|meist|uberwiegend) (schmerzfrei*|schmerzlos*)', 'schmerzfreiheit', 'wieder schmerzfrei'],
    negation: { window: 3, after: 2 },
    unlessSentence: ['hwg', 'heilmittelwerbegesetz*', 'packungsbeilage'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const noSideEffectsDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Faltenbehandlung ganz ohne Nebenwirkungen und ohne Ausfallzeit.', context: { product: 'aesthetic-surgery' } },
      { text: 'Unsere Laser-Epilation ist schmerzfrei und sanft und sicher.', context: { product: 'medical-service' } },
      { text: 'Die nebenwirkungsfreie Alternative zur Spritze!', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Die Behandlung ist nicht völlig schmerzfrei; wir betäuben die Haut vorher.', context: { product: 'medical-service' } },
      { text: 'Dank örtlicher Betäubung ist der Eingriff nahezu schmerzfrei.', context: { product: 'aesthetic-surgery' } },
      'Wie jede Behandlung ist auch diese nicht risikolos: Blutergüsse sind möglich.',
    ],
  },
};
