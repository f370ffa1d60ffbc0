/**
 * Vocabulary shared by several Polish rules. Polish inflects nouns, adjectives and verbs, so
 * entries are stems with `*` or explicit ending groups, never bare lemmas.
 */
import type { Pattern } from '../../core/types.js';

/**
 * Sentences that quote or describe the law, a regulator or a chamber ("reklama nie może…",
 * "niedopuszczalne jest…", "art. 55 ustawy…", "UOKiK uznał…"): they talk about a ban, they do not
 * break it. Content rules skip a trigger in such a sentence.
 *
 * Every entry must be something only a statement about the law says: a stray "#gif", "(art. 1)",
 * "§ 2" or "nie wolno przegapić!" appended to an ad must not switch the rule off (issue 14). So an
 * article or paragraph counts only with the act it belongs to, a regulator only with what it did,
 * and "nie wolno" only with what is forbidden.
 */
export const LEGAL_TEXT: Pattern[] = [
  'niedopuszczaln*',
  'do publicznej wiadomości',
  'zabrania się',
  'zakazan*',
  'zakaz* reklam*',
  'nie wolno ~2 (reklam*|kierować|kierowania|publikow*|rozpowszechnia*|stosować|wprowadzać|sugerować|odwoływać|prezentować|oferować|zachęcać|posługiwać|udzielać|wykorzystywać|obiecywać|gwarantować|prowadzić)',
  'nie (może|mogą) ~1 (zawierać|polegać|wprowadzać|sugerować|odwoływać|naruszać)',
  '(reklam*|ogłoszeni*|informacj*) ~3 nie (może|mogą) ~1 (mieć|być)',
  // "art. 55 ust. 1 ustawy", "§ 4 rozporządzenia", "art. 63 KEL", "art. 94a u.p.f.", "art. 14 k.c."
  're:(?:art\\.?|§) ?\\d+[a-z]?(?: (?:ust|pkt|§|lit)\\.? ?\\d+[a-z]?\\)?){0,3},? (?:ustaw|rozporz|kodeks|prawa|prawo|dyrektyw|upf|u\\. ?p\\. ?f|uzl|kel|k\\. ?c|k\\. ?k|dz\\.)',
  're:dz\\.\\s?u\\.',
  'rozporządzeni(e|a|u|em)',
  'ustaw(a|y|ie|ą) (o|z)',
  'prawo farmaceutyczne',
  'prawa farmaceutycznego',
  // A regulator named with what it did, not a bare name or hashtag ("#gif", "#UOKiK").
  '(uokik|urpl|gif|gis) ~3 (uznał*|nałożył*|stwierdzi*|wyda*|nakaza*|wstrzyma*|wycofa*|zakaza*|ukara*|decyzj*|komunikat*|stanowisk*|ostrzega*|przypomina*)',
  '(decyzj*|komunikat*|stanowisk*|kar*|prezes*|wytyczn*|ostrzeżeni*) ~3 (uokik|urpl|gif|gis)',
  'prezes* urzędu',
  'główn* inspektor*',
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
