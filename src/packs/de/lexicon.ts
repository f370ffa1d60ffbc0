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
