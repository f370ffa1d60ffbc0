import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, UDL_ART14 } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/** Before/after pictures, "metamorphosis" and result galleries. */
export const beforeAfter = defineRule({
  id: 'pl/before-after',
  category: 'before-after',
  severity: 'warning',
  verified: false,
  legalBasis: [MDR_ART7, UDL_ART14],
  applies: { products: ['medical-service', 'aesthetic-surgery', 'medical-device', 'drug', 'supplement'], audiences: ['public'] },
  assetTags: ['before-after'],
  match: {
    patterns: [
      'przed i po',
      'przed po',
      'przed ~1 po (zabiegu|leczeniu|kuracji|terapii|metamorfozie)',
      'before ~1 after',
      'metamorfoz*',
      'galeri* (efektów|zdjęć|metamorfoz*|przypadków)',
      'zobacz* (efekt*|rezultat*|różnic*)',
      'porównaj* (zdjęcia|efekty)',
      'tak było ~2 tak jest',
      'odmłodzon* o',
      // "-10 lat" as a result, not the dash of a range ("5-7 lat", "2-10 lat": a digit before it)
      're:(?<!\\d)-\\s?\\d+\\s?lat',
    ],
    // the name of a contest or programme ("Konkurs pod nazwą „Metamorfoza”") is not a picture of results
    allow: ['(konkurs*|akcj*|program*|nazwą|nazwie|edycj*) metamorfoz*'],
    unlessSentence: [...LEGAL_TEXT, 'unikaj*', 'nie (wolno|należy|jedz|pij|stosuj|opalaj)', 'należy', 'zalecamy', 'pamiętaj*', 'nie publikujemy'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const beforeAfterDocs: RuleDocs = {
  note: 'UNVERIFIED: no Polish provision that expressly bans before/after images for devices or clinics was found. The rule rests on MDR art. 7 lit. b (false impression of the result), art. 14 UDL (showing results is promotion) and patient image rights; it asks for review rather than stating a ban.',
  examples: {
    invalid: [
      { text: 'Zobacz metamorfozę naszej pacjentki – zdjęcia przed i po powiększeniu ust!', context: { product: 'aesthetic-surgery' } },
      { text: 'Efekty przed/po 3 miesiącach leczenia ortodontycznego.', context: { product: 'medical-service' } },
      { text: 'Nowy zabieg na zmarszczki', context: { product: 'medical-service', assets: [{ kind: 'image', tags: ['before-after'] }] } },
    ],
    valid: [
      { text: 'Przed i po zabiegu unikaj słońca i sauny przez 14 dni.', context: { product: 'aesthetic-surgery' } },
      { text: 'Przed zabiegiem nie jedz przez 6 godzin; po zabiegu możliwy obrzęk.', context: { product: 'medical-service' } },
      { text: 'Gabinet czynny przed południem i po południu.', context: { product: 'medical-service' } },
      { text: 'Gwarancja na prace protetyczne wynosi 2-10 lat, zależnie od rodzaju uzupełnienia.', context: { product: 'medical-service' } },
      { text: 'Regulamin akcji pod nazwą „Metamorfoza” określa zasady zapisów na bezpłatne szkolenie.', context: { product: 'medical-service' } },
    ],
  },
};
