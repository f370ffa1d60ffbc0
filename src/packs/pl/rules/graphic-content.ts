import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import type { RuleFunctionContext } from '../../../core/types.js';
import { guardedFind } from '../guard.js';
import { LEGAL_TEXT } from '../lexicon.js';

const GRAPHIC = [
  'krew (leje|tryska|cieknie|płynie)',
  'dużo krwi',
  'zakrwawion*',
  'krwawiąc(a|e|y|ą|ej|ego) (ran*|rany)',
  'otwart(a|ą|e|ej) ran*',
  'ran(a|y|ę|ą) pooperacyjn*',
  'rozcięci(e|a) ~2 (skóry|brzucha|powłok*)',
  'skalpel*',
  'z (bloku|sali) (operacyjnego|operacyjnej|zabiegowej)',
  'na żywo z (operacji|zabiegu|bloku|sali)',
  '(nagrani*|wideo|film*|relacj*) z (operacji|zabiegu|artroskopii|laparoskopii|cesarki|porodu)',
  'bez cenzury',
  'szokując*',
  'makabryczn*',
  'rop(a|y|ą|ień|nia)',
  'martwic(a|y|ę|ą)',
  'złamani* otwart*',
  'amputacj(a|i|ę|ą)',
  'wnętrzności',
  'krew',
  'krwią',
];
/** "krew" in lab, blood-pressure and donation texts is not a shocking image. */
const ALLOW = [
  'oddaj* krew',
  'krew (pępowinow*|obwodow*|żyln*|tętnicz*|włośniczkow*)',
  'krew do (badań|badania|analizy)',
  'krew na (badani*|czczo)',
  'pobieramy krew',
  // a scalpel named as what the treatment avoids: "bez potrzeby skalpela", "zamiast skalpela"
  'bez ~2 skalpel*',
  'zamiast skalpel*',
  'pobrać krew',
  'pobrania krew',
  'krwią (pępowinow*|obwodow*)',
  'amputacj* ~2 (profilaktyk*|zapobieg*|uniknąć|unikn*)',
];
/** A content warning anywhere in the post covers the image or description. */
const WARNED = [
  'uwaga ~2 (drastyczn*|treść|treści|zdjęci*|nagrani*|wideo|film*)',
  'drastyczn(e|a) (zdjęci*|treść|treści|nagrani*|materiał*|ujęci*)',
  're:(tw|cw):',
  'trigger warning',
  'content warning',
  'dla osób wrażliwych',
  'osoby wrażliwe',
  '⚠',
];

/** Blood, open wounds, surgery footage without a content warning. */
export const graphicContent = defineRule({
  id: 'pl/graphic-content',
  category: 'graphic-content-warning',
  // Best practice, not a statute: `info` by the pack's severity policy (audit 2026-11 § 3.1).
  severity: 'info',
  verified: false,
  legalBasis: [
    {
      kind: 'best-practice',
      citation: 'dobre praktyki komunikacji medycznej w mediach społecznościowych (ostrzeżenie o drastycznych treściach, zgoda pacjenta); zasady platform dot. treści drastycznych',
      url: 'https://transparency.meta.com/pl-pl/policies/community-standards/violent-graphic-content/',
    },
    { kind: 'statute', citation: 'art. 55 ust. 2 pkt 3a–4 ustawy z dnia 6 września 2001 r. – Prawo farmaceutyczne (produkty lecznicze)', url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20011261381' },
  ],
  applies: { audiences: ['public'] },
  assetTags: ['blood', 'surgery', 'wound', 'gore'],
  test: (ctx: RuleFunctionContext) =>
    guardedFind(ctx, { patterns: GRAPHIC, allow: ALLOW, unlessAnywhere: WARNED, unlessSentence: LEGAL_TEXT, assetTags: ['blood', 'surgery', 'wound', 'gore'] }),
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const graphicContentDocs: RuleDocs = {
  note: 'UNVERIFIED as a legal duty: no Polish statute requiring a content warning was found; it is best practice taught by agencies and required by platform policies (for drugs Pf art. 55 ust. 2 pkt 3a–4 forbids alarming depictions). Reported as `info` (best practice); a drug post with such a depiction also meets Pf art. 55 ust. 2 pkt 4.',
  examples: {
    invalid: [
      { text: 'Nagranie z artroskopii kolana – na żywo z bloku operacyjnego, bez cenzury!', context: { product: 'medical-service' } },
      { text: 'Tak wyglądała otwarta rana przed naszym opatrunkiem – krew leje się do dziś w pamięci.', context: { product: 'medical-device' } },
      { text: 'Dzisiejszy przypadek z SOR', context: { product: 'medical-service', assets: [{ kind: 'image', tags: ['blood'] }] } },
    ],
    valid: [
      { text: '⚠️ Uwaga: drastyczne zdjęcie (rana pooperacyjna, krew). Publikujemy je za zgodą pacjenta.', context: { product: 'medical-service' } },
      { text: 'Pobrania krwi wykonujemy od 7:00; ciśnienie krwi zmierzysz w gabinecie zabiegowym.', context: { product: 'medical-service' } },
      { text: 'Oddaj krew – Regionalne Centrum Krwiodawstwa zaprasza w sobotę.', context: { product: 'medical-service' } },
    ],
  },
};
