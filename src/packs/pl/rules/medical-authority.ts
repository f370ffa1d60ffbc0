import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { pf, uwm } from '../basis.js';
import { AUTHORITY_ALLOW, AUTHORITY_ENDORSEMENT, AUTHORITY_UNLESS, LEGAL_TEXT, PROFESSIONAL_PRESENTS } from '../lexicon.js';

/**
 * Doctors, white coats and "doctors recommend" in device and drug ads. UWM art. 55 ust. 2 pkt 1 has
 * two limbs: the image of health professionals, and people presenting the device in a way that
 * suggests they are one, so a professional persona that tests, shows or uses the device is caught
 * without a "recommends" verb (audit 2026-11, finding 8). Clinics and supplements are in
 * pl/professional-endorsement, at `warning`, under the law that binds them. The mandatory drug
 * warning ("skonsultuj się z lekarzem lub farmaceutą") and "przepisany przez lekarza" are not
 * endorsements.
 */
export const medicalAuthority = defineRule({
  id: 'pl/medical-authority',
  category: 'medical-authority-imagery',
  severity: 'error',
  legalBasis: [
    uwm(
      'art. 55 ust. 2 pkt 1',
      'wykorzystywać wizerunku osób wykonujących zawody medyczne lub podających się za takie osoby lub przedstawiać osób prezentujących wyrób w sposób sugerujący, że wykonują taki zawód',
    ),
    pf(
      'art. 55 ust. 1 pkt 1–2',
      'osoby posiadające wykształcenie medyczne lub farmaceutyczne lub sugerujące posiadanie takiego wykształcenia',
    ),
  ],
  applies: { products: ['medical-device', 'drug'], audiences: ['public'] },
  assetTags: ['white-coat', 'doctor', 'stethoscope'],
  match: {
    patterns: [...AUTHORITY_ENDORSEMENT, ...PROFESSIONAL_PRESENTS],
    allow: AUTHORITY_ALLOW,
    unlessSentence: [...LEGAL_TEXT, ...AUTHORITY_UNLESS],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const medicalAuthorityDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Nasz lekarz poleca nowy aparat ortodontyczny.', context: { product: 'medical-device' } },
      { text: 'Żel na stawy polecany przez ortopedów.', context: { product: 'medical-device' } },
      { text: 'Jako stomatolog zalecam tę szczoteczkę sonicznią wszystkim pacjentom.', context: { product: 'medical-device' } },
      { text: 'Nowy syrop Kaszlostop', context: { product: 'drug', assets: [{ kind: 'image', tags: ['white-coat'] }] } },
      { text: 'Kobiety potwierdzają szybkość działania – zapewnia pani w białym kitlu.', context: { product: 'drug' } },
      { text: 'Dr Marta Zielińska testuje nowy irygator – u mnie sprawdza się świetnie.', context: { product: 'medical-device' } },
      { text: 'Fizjoterapeutka Kasia pokazuje, jak zakładać opaskę stabilizującą kolano.', context: { product: 'medical-device' } },
      // class: a doctor or medical academic quoted as the voice of the ad
      { text: '„Pomiar na nadgarstku jest wiarygodny” – przekonuje dr Ewa Lis, kardiolog.', context: { product: 'medical-device' } },
      { text: 'Magnetoterapia łagodzi bóle stawów – mówi Jan Kowal, prof. dr hab. nauk medycznych.', context: { product: 'medical-device' } },
      // class: the verb first
      { text: 'Opaskę stabilizującą poleca dr Jan Kowalski, ortopeda z 20-letnim stażem.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'To jest lek. W przypadku wątpliwości skonsultuj się z lekarzem lub farmaceutą.', context: { product: 'drug' } },
      { text: 'Inhalator do nebulizacji leków przepisanych przez lekarza.', context: { product: 'medical-device' } },
      { text: 'Zatrudnimy lekarza stomatologa – oferta pracy w centrum Krakowa.', context: { product: 'medical-device' } },
      { text: 'Instrukcję zakładania opaski pokazuje film na stronie producenta.', context: { product: 'medical-device' } },
      { text: 'Reklama nie może wykorzystywać wizerunku osób wykonujących zawody medyczne (art. 55 ust. 2 pkt 1).', context: { product: 'medical-device' } },
      { text: 'Obsługę aparatu wyjaśnia dr inż. Piotr Lis z działu technicznego producenta.', context: { product: 'medical-device' } },
      { text: 'Terapeuta wyjaśnia, że rolka poprawia drenaż limfatyczny.', context: { product: 'medical-device' } },
    ],
  },
};
