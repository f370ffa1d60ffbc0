import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { caseLaw, hwg3, hwg3Devices, mdr7 } from '../basis.js';

/** Claims about composition, origin or nature that mislead when untrue (§ 3 S. 2 Nr. 3 lit. a HWG). */
export const misleadingComposition = defineRule({
  id: 'de/hwg-misleading-composition',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [
    hwg3('§ 3 Satz 2 Nr. 3 lit. a', 'wenn unwahre oder zur Täuschung geeignete Angaben über die Zusammensetzung oder Beschaffenheit von Arzneimitteln, Gegenständen oder anderen Mitteln oder über die Art und Weise der Verfahren oder Behandlungen … gemacht werden'),
    hwg3Devices('§ 3 Satz 2 Nr. 3 lit. a'),
    ...mdr7('lit. a'),
    caseLaw('VG Münster, 07.10.2009, 5 K 777/08 („aus deutschem Meisterlabor“)', 'https://christmann-law.de/neuigkeiten-mainmenu-66/163-071009-vg-muenster-zahnarzt-ist-werbung-mit-selbstverstaendlichen-leistungen-verboten.html'),
  ],
  match: {
    patterns: [
      'meisterlabor*',
      'made in germany',
      're:100\\s?%\\s*(?:naturlich|natur|pflanzlich|biologisch)',
      'rein (naturlich*|pflanzlich*)',
      'naturlich* (schmerzmittel|antibiotikum|cortison|kortison|botox|beruhigungsmittel)',
      'ohne (chemie|chemikalien)',
      'chemiefrei*',
    ],
    negation: { window: 3, after: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const misleadingCompositionDocs: RuleDocs = {
  note: 'Such statements are only misleading when untrue; the finding asks for evidence of origin or composition.',
  examples: {
    invalid: [
      { text: 'Ihr Zahnersatz aus deutschem Meisterlabor – zum Festpreis.', context: { product: 'medical-device' } },
      { text: 'Ein natürliches Schmerzmittel, ganz ohne Chemie.', context: { product: 'other' } },
      { text: 'Unsere Tropfen sind 100 % natürlich und rein pflanzlich.', context: { product: 'supplement' } },
    ],
    valid: [
      'Natürlich beraten wir Sie auch zu Alternativen.',
      'Unser Labor arbeitet mit zertifizierten Partnern in Sachsen; Material und Herkunft nennen wir im Heil- und Kostenplan.',
      'Das Präparat ist nicht rein pflanzlich: Es enthält auch synthetische Hilfsstoffe.',
    ],
  },
};
