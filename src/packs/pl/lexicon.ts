/**
 * Vocabulary shared by several Polish rules. Polish inflects nouns, adjectives and verbs, so
 * entries are stems with `*` or explicit ending groups, never bare lemmas.
 */
import type { Pattern } from '../../core/types.js';

/**
 * Sentences that quote or describe the law, a regulator or a chamber ("reklama nie może…",
 * "niedopuszczalne jest…", "art. 55", "UOKiK uznał…"): they talk about a ban, they do not break
 * it. Content rules skip a trigger in such a sentence.
 */
export const LEGAL_TEXT: Pattern[] = [
  'niedopuszczaln*',
  'do publicznej wiadomości',
  'zabrania się',
  'zakazan*',
  'zakaz* reklam*',
  'nie wolno',
  'nie (może|mogą) ~1 (zawierać|polegać|mieć|być|wprowadzać|sugerować|odwoływać|naruszać)',
  're:art\\.\\s*\\d+',
  're:§\\s*\\d+',
  're:dz\\.\\s?u\\.',
  'rozporządzeni(e|a|u|em)',
  'ustaw(a|y|ie|ą) (o|z)',
  'prawo farmaceutyczne',
  'uokik',
  'urpl',
  'gif',
  'prezes* urzędu',
  'inspektor* farmaceutyczn*',
  'komisj* etyki reklamy',
  'naczeln* (rad*|izb*) lekarsk*',
  'kodeks* etyki',
];

/** Signs that a text about a device or drug is an ad (a call to buy, a price, availability). */
export const AD_SIGNALS: Pattern[] = [
  'kup*',
  'zamów*',
  'zamawiaj*',
  'dostępn* (w|we|od|już|bez)',
  'już w (aptekach|sklepach|sprzedaży|ofercie)',
  'w (naszym|naszej) (sklepie|aptece|ofercie)',
  'link do sklepu',
  'sklep* (internetow*|medyczn*|online)',
  'cen(a|ie|ę|y) ~2 (zł|tylko|promocyjn*|regularn*)',
  're:\\d+([,.]\\d+)?\\s?(zl|pln)',
  'promocj*',
  'rabat*',
  'zniżk*',
  'taniej',
  'z ~1 kodem',
  'now(y|a|e|ego|ej|ą) (glukometr*|ciśnieniomierz*|inhalator*|test*|aparat*|plaster*|plastr*|opask*|wkładk*|żel*|spray*|model*|termometr*|pulsoksymetr*|irygator*|szczoteczk*|soczewk*|wyrób)',
  'zapytaj* w aptece',
  'zapytaj* (o|farmaceut*)',
  'sięgnij* po',
  'producent:',
  'reklamę prowadzi',
  'to ~1 wyrób medyczny',
];

/** Drug-ad signals: availability or a call to take or buy the product. */
export const DRUG_AD_SIGNALS: Pattern[] = [
  'sięgnij* po',
  'zapytaj* w aptece',
  'zapytaj* (farmaceut*|o)',
  'dostępn* w aptekach',
  'bez recepty',
  'już w aptekach',
  'w ~1 aptec(e|ach)',
  'to jest lek',
  'podmiot odpowiedzialny',
];

/** Medical professions, in the forms a caption uses (nominative, plural, instrumental...). */
export const PROFESSIONS =
  '(lekarz*|lekark*|lekarze|stomatolo*|dentyst*|dermatolo*|ginekolo*|ortoped*|pediatr*|kardiolo*|okuli*|fizjoterapeut*|farmaceut*|pielęgniar*|położn*|ratowni*|specjali*|eksper*|chirurg*|laryngolo*|urolo*|diabetolo*|alergolo*)';

/** A doctor's persona in the first person or as a title before a name. */
export const DOCTOR_PERSONA: Pattern[] = [
  'dr',
  'dr.',
  'lek. (med|dent)',
  'doktor*',
  'jako ~1 (lekarz*|lekark*|dentyst*|stomatolo*|dermatolo*|ginekolo*|fizjoterapeut*|farmaceut*|pielęgniar*|położn*|ortoped*|pediatr*)',
  'jestem ~1 (lekarz*|lekark*|dentyst*|stomatolo*|dermatolo*|ginekolo*|fizjoterapeut*|farmaceut*|pielęgniar*|położn*|ortoped*|pediatr*)',
  're:dr\\s\\p{L}+[,\\s]+(ginekolo|dermatolo|stomatolo|lekar|ortoped|pediatr)\\p{L}*',
];

/** Discounts, freebies, contests, vouchers and instalments. */
export const PROMOTION: Pattern[] = [
  'promocj(a|i|ę|ą|e|ach)',
  'promocyjn*',
  'rabat*',
  'zniżk*',
  're:-\\s?\\d{1,2}\\s?%',
  'taniej',
  'obniżk*',
  'wyprzedaż*',
  'black friday',
  'cyber monday',
  'w cenie jednego',
  're:\\d\\s?w\\scenie\\s\\d',
  'kod* (rabatow*|zniżkow*|promocyjn*)',
  'z ~1 kodem',
  'gratis*',
  'za darmo',
  'darmow*',
  'bezpłatn*',
  'konkurs*',
  'losowani*',
  'rozlosuj*',
  'wygraj*',
  'do wygrania',
  'giveaway',
  'voucher*',
  'bon(|u|y|ów) (podarunkow*|prezentow*|upominkow*)',
  'kart* podarunkow*',
  're:raty\\s?0\\s?%',
  'rat(y|ach) bez (odsetek|oprocentowania)',
  'próbk(a|i|ę|ą|ę)',
  'kupon*',
  'cashback',
  'okazj(a|i|ę)',
  'zapłacicie mniej',
  'zapłacisz mniej',
];

/** Traps for PROMOTION: public-health terms, free parking, jobs, NFZ entitlements. */
export const PROMOTION_ALLOW: Pattern[] = [
  'promocj* zdrowia',
  'bezpłatn* (parking*|infolini*|wifi|dostaw*|miejsc*|szkoleni*)',
  'konkurs* na (stanowisko|udzielanie)',
  'konkurs* ofert*',
  'bezpłatn* ~4 nfz',
  'bezpłatn* (warsztat*|szkoleni*|wykład*|webinar*|szkoł*|spotkani*)',
  'w ramach nfz',
];

export const PROMOTION_UNLESS: Pattern[] = ['szczepi*', 'zaszczep*', 'nfz', 'narodow* fundusz*', 'refundowan*', 'refundacj*', 'program* profilaktyk*', 'ubezpieczeni*'];
