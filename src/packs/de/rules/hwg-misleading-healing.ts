import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg3, hwg3Devices, lmiv7, mdr7, uwg } from '../basis.js';

/** Healing and cure-all claims (§ 3 S. 2 Nr. 1 HWG): an effect the product or treatment is not shown to have. */
export const misleadingHealing = defineRule({
  id: 'de/hwg-misleading-healing',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [
    hwg3('§ 3 Satz 2 Nr. 1', 'wenn Arzneimitteln, Verfahren, Behandlungen, Gegenständen oder anderen Mitteln eine therapeutische Wirksamkeit oder Wirkungen beigelegt werden, die sie nicht haben'),
    hwg3Devices('§ 3 Satz 2 Nr. 1'),
    ...mdr7('lit. a und b'),
    lmiv7(),
    uwg('5', '§ 5 Abs. 1'),
  ],
  match: {
    patterns: [
      'heilt',
      'heilen',
      'heilung (garantiert|von|bei|gegen)',
      'wunderheil*',
      'wundermittel*',
      'wunderwaffe*',
      'allheilmittel*',
      '(lost|beseitigt|besiegt|vertreibt|bekampft) ~3 (ursache*|arthrose|migrane|rheuma|tinnitus|allergie*|knieprobleme|ruckenprobleme|ruckenschmerz*)',
      '(schmerzfrei|beschwerdefrei|symptomfrei) durch',
      'im kampf gegen',
      '(bekampf*|zerstor*|abtot*|vernicht*|besieg*) ~3 (tumor*|krebszelle*|krebs|metastase*)',
      '(tumor*|krebszelle*|metastase*) ~3 (bekampfen|zerstoren|abtoten|vernichten|besiegen)',
    ],
    negation: { window: 3, after: 2 },
    unlessSentence: ['hwg', 'heilmittelwerbegesetz*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const misleadingHealingDocs: RuleDocs = {
  examples: {
    invalid: [
      'Dieses Gerät heilt Arthrose in zwei Wochen.',
      'Unsere Kapseln heilen Migräne.',
      { text: 'Endlich beschwerdefrei durch die neue Frequenztherapie!', context: { product: 'medical-service' } },
      { text: 'Das Vitalset unterstützt Ihren Körper im Kampf gegen Rheuma.', context: { product: 'other' } },
    ],
    valid: [
      'Es heiltäglich? Nein: Das Wort steht hier nur als Teil eines anderen.',
      'Die Wunde ist gut verheilt.',
      'Das Gel heilt nicht, es kühlt nur.',
      'Nach § 3 HWG ist es irreführend zu behaupten, ein Mittel heile Krankheiten, wenn es das nicht tut.',
    ],
  },
};
