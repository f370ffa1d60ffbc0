import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { caseLaw, hcvo, hwg3, hwg3Devices, mdr7 } from '../basis.js';

/**
 * Pharmacological-sounding effects of devices, treatments and other products (§ 3 S. 2 Nr. 1 HWG).
 * Drugs are left out: their authorised indications substantiate such effects.
 */
export const unprovenEffect = defineRule({
  id: 'de/hwg-unproven-effect',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [
    // Supplements are food: HWG reaches them only with disease-related claims, health claims are HCVO.
    hwg3('§ 3 Satz 2 Nr. 1', 'wenn Arzneimitteln, Verfahren, Behandlungen, Gegenständen oder anderen Mitteln eine therapeutische Wirksamkeit oder Wirkungen beigelegt werden, die sie nicht haben', ['medical-service', 'aesthetic-surgery', 'other']),
    hwg3Devices('§ 3 Satz 2 Nr. 1'),
    ...mdr7('lit. a und b'),
    hcvo('Art. 10 Abs. 1', 'Gesundheitsbezogene Angaben sind verboten, sofern sie nicht den allgemeinen Anforderungen in Kapitel II und den speziellen Anforderungen im vorliegenden Kapitel entsprechen, gemäß dieser Verordnung zugelassen und in die Liste der zugelassenen Angaben gemäß den Artikeln 13 und 14 aufgenommen sind.'),
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
