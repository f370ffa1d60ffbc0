/**
 * Word lists used by more than one German rule. Patterns are written in medad's pattern language
 * (folded: umlauts and ß are matched however the text spells them).
 */

/** Sentences that explain the law rather than advertise: a legal explanation is not an ad. */
export const LEGAL_EXPLANATION = [
  'hwg',
  'heilmittelwerbegesetz*',
  'mbo',
  'berufsordnung',
  're:§\\s*\\d+',
  'bgh',
  'olg',
  'urteil*',
  'unzulassig*',
  'untersagt',
  'verboten',
  'verbiet*',
  '(darf|durfen) ~4 nicht',
];

/** Words that announce a consent, so a patient story is not a breach of confidentiality by itself. */
export const CONSENT = [
  '(mit|nach) ~2 (einwilligung|zustimmung|erlaubnis|einverstandnis)',
  'zugestimmt',
  'eingewilligt',
  'anonymisiert*',
  'verfremdet*',
  'fiktiv*',
];

/** Forms and cues of a drug advertisement (as opposed to information without a product). */
export const DRUG_AD = [
  '*tabletten',
  '*saft',
  '*tropfen',
  '*salbe',
  '*spray',
  '*kapseln',
  '*sirup',
  '(tablette*|filmtablette*|lutschtablette*|brausetablette*|kapsel*|dragee*|pastille*|granulat|zapfchen|sirup|saft|tropfen|nasenspray|spray|salbe*|gel|creme)',
  're:\\d+(?:[.,]\\d+)?\\s?mg(?![\\p{L}\\p{N}])',
  'wirkstoff*',
  'apothekenpflichtig*',
  'rezeptfrei*',
  '(in|aus) (ihrer|deiner|der|jeder) apotheke',
  're:®',
];

/**
 * Injectables and operative aesthetic procedures: what makes a before/after post one about an
 * „operativer plastisch-chirurgischer Eingriff“ (§ 1 Abs. 1 Nr. 2 lit. c HWG). Sources: BGH I ZR 170/24
 * (hyaluron reshaping of nose and chin), OLG Köln 6 U 77/23 and LG Frankfurt 3-12 O 13/24
 * (Faltenunterspritzung), OLG Hamm 4 UKl 2/24 (Botox among the treatments); the operative
 * procedures as the Wettbewerbszentrale lists them. Non-invasive procedures (laser, HIFU,
 * cryolipolysis) are left out on purpose.
 */
export const AESTHETIC_PROCEDURES = [
  // injectables and their brands
  'hyaluron*',
  'filler*',
  '*filler',
  'botox*',
  'botulinum*',
  'bocouture',
  'azzalure',
  'vistabel',
  'unterspritz*',
  '*unterspritzung',
  'lippenaufspritz*',
  'hyaluronidase',
  'fadenlifting',
  // operative procedures
  'op',
  'operation',
  'operativ*',
  'eingriff*',
  '*plastik',
  '*lifting',
  '*straffung',
  '*vergrosserung',
  '*verkleinerung',
  '*korrektur',
  '*aufbau',
  'fettabsaug*',
  'liposuktion',
  'lipo',
  'bbl',
  'brazilian butt lift',
  'lidkorrektur',
  'implantat*',
  'brust*',
  'nase*',
  'lippen*',
  'kinn*',
];
