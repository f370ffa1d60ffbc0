import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, caseLaw } from '../basis.js';

/**
 * Pharmacological-sounding effects of devices, treatments and other products (§ 3 S. 2 Nr. 1 HWG).
 * Drugs are left out: their authorised indications substantiate such effects.
 */
export const unprovenEffect = defineRule({
  id: 'de/hwg-unproven-effect',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [
    hwg('3', '§ 3 Satz 2 Nr. 1'),
    caseLaw('OLG Frankfurt a. M., 21.03.2016, 6 W 21/16 (Strengeprinzip)', 'https://www.jusmedicus.de/2016/05/gesundheitsbezogene-werbung-werbender-muss-nachweis-fur-wissenschaftliche-absicherung-erbringen/'),
  ],
  applies: { products: ['medical-device', 'medical-service', 'aesthetic-surgery', 'supplement', 'other'] },
  match: {
    patterns: [
      'schmerzlindernd*',
      'entzundungshemmend*',
      'selbstheilungskraft*',
      'entgift*',
      'entschlack*',
      'schlacken',
      'zellerneuerung',
      '(verjungt|regeneriert|erneuert) ~2 (zellen|zelle)',
      'immun booster*',
      'immunbooster*',
      '(starkt|starken|boostert|pusht|aktiviert) ~2 (immunsystem|abwehrkrafte|immunabwehr)',
      '(lymph*|zirkulation|durchblutung|stoffwechsel) ~2 (stimuliert|stimulieren|aktiviert|aktivieren|ankurbeln|kurbelt)',
      '(stimuliert|aktiviert|kurbelt) ~3 (lymph*|stoffwechsel|durchblutung)',
    ],
    negation: { window: 3, after: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const unprovenEffectDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Wenn der Körper sich bewegt, arbeitet das Tape als Pumpe, die kontinuierlich die Lymphzirkulation stimuliert.', context: { product: 'medical-device' } },
      { text: 'Unsere Ozon-Kur entgiftet den Körper und aktiviert die Selbstheilungskräfte.', context: { product: 'medical-service' } },
      { text: 'Die Magnetfeldmatte wirkt schmerzlindernd und entzündungshemmend.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Ibuprofen wirkt schmerzlindernd und entzündungshemmend. Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.', context: { product: 'drug' } },
      { text: 'Die Kompressionsstrümpfe unterstützen den venösen Rückfluss bei Krampfadern.', context: { product: 'medical-device' } },
      { text: 'Die Infusion entgiftet nicht und ersetzt keine Behandlung – wir bieten sie deshalb nicht an.', context: { product: 'medical-service' } },
    ],
  },
};
