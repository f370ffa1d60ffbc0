import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { pf, uwm } from '../basis.js';
import { LEGAL_TEXT, PROFESSIONS } from '../lexicon.js';

/**
 * Doctors, white coats and "doctors recommend" in ads. The mandatory drug warning ("skonsultuj
 * się z lekarzem lub farmaceutą") and "przepisany przez lekarza" are not endorsements.
 */
export const medicalAuthority = defineRule({
  id: 'pl/medical-authority',
  category: 'medical-authority-imagery',
  severity: 'error',
  legalBasis: [
    uwm(
      'art. 55 ust. 2 pkt 1',
      'wykorzystywać wizerunku osób wykonujących zawody medyczne lub osób podających się za takie osoby',
    ),
    uwm('art. 58 ust. 1 pkt 1'),
    pf(
      'art. 55 ust. 1 pkt 1–2',
      'osoby posiadające wykształcenie medyczne lub farmaceutyczne lub sugerujące posiadanie takiego wykształcenia',
    ),
  ],
  applies: { products: ['medical-device', 'drug', 'medical-service', 'aesthetic-surgery', 'supplement'], audiences: ['public'] },
  assetTags: ['white-coat', 'doctor', 'stethoscope'],
  match: {
    patterns: [
      `${PROFESSIONS} ~2 (poleca|polecają|polecam|polecamy|polecił|poleciła|polecili|zaleca|zalecają|zalecam|zalecamy|rekomenduje|rekomendują|rekomenduję|rekomendujemy)`,
      `(polecan*|rekomendowan*|zalecan*|zatwierdzon*|testowan*|sprawdzon*|stosowan*) przez ~1 ${PROFESSIONS}`,
      `(jako|jestem) ${PROFESSIONS} ~2 (polecam|zalecam|rekomenduję|używam|stosuję)`,
      're:\\d+\\s(na|z)\\s10\\s(lekarzy|dermatologow|stomatologow|dentystow|pediatrow|ginekologow|farmaceutow|ortopedow|specjalistow|ekspertow)',
      '(biał*|lekarsk*) (fartuch*|kitel|kitla|kitlu|kitlem|kitle|kitli)',
      'fartuch* (lekarsk*|medyczn*)',
      'stetoskop*',
      'wybór (lekarzy|dermatologów|stomatologów|specjalistów|farmaceutów)',
    ],
    allow: ['skonsultuj* się z ~1 (lekarzem|farmaceutą|specjalistą)'],
    unlessSentence: [...LEGAL_TEXT, 'zatrudni*', 'poszukuj*', 'rekrut*', 'ofert* pracy'],
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
    ],
    valid: [
      { text: 'To jest lek. W przypadku wątpliwości skonsultuj się z lekarzem lub farmaceutą.', context: { product: 'drug' } },
      { text: 'Inhalator do nebulizacji leków przepisanych przez lekarza.', context: { product: 'medical-device' } },
      { text: 'Zatrudnimy lekarza stomatologa – oferta pracy w centrum Krakowa.', context: { product: 'medical-service' } },
      { text: 'Reklama nie może wykorzystywać wizerunku osób wykonujących zawody medyczne (art. 55 ust. 2 pkt 1).', context: { product: 'medical-device' } },
    ],
  },
};
