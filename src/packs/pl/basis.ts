/**
 * Legal bases cited by the Polish rules, written once. Citations go down to art./ust./pkt/§ and
 * link to ISAP (isap.sejm.gov.pl) or EUR-Lex; guidance links to the publisher's page.
 */
import type { LegalBasis } from '../../core/types.js';

const ISAP = 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=';
export const URL_UWM = `${ISAP}WDU20220000974`;
export const URL_REG_817 = `${ISAP}WDU20230000817`;
export const URL_UDL = `${ISAP}WDU20110930654`;
export const URL_PF = `${ISAP}WDU20011261381`;
const URL_UZNK = `${ISAP}WDU19930470211`;
const URL_UPNPR = `${ISAP}WDU20071711206`;
const UWM = 'ustawy z dnia 7 kwietnia 2022 r. o wyrobach medycznych';
const PF = 'ustawy z dnia 6 września 2001 r. – Prawo farmaceutyczne';

export const uwm = (unit: string, quote?: string): LegalBasis => ({
  kind: 'statute',
  citation: `${unit} ${UWM}`,
  url: URL_UWM,
  ...(quote ? { quote } : {}),
});

export const pf = (unit: string, quote?: string): LegalBasis => ({
  kind: 'statute',
  citation: `${unit} ${PF}`,
  url: URL_PF,
  ...(quote ? { quote } : {}),
});

export const reg817 = (unit: string): LegalBasis => ({
  kind: 'regulation',
  citation: `${unit} rozporządzenia Ministra Zdrowia z dnia 21 kwietnia 2023 r. w sprawie reklamy wyrobów medycznych (Dz.U. 2023 poz. 817)`,
  url: URL_REG_817,
});

/** MDR art. 7, made binding for advertising by art. 54 ust. 1 of the Act on medical devices. */
export const MDR_ART7: LegalBasis = {
  kind: 'regulation',
  citation: 'art. 7 lit. a–b rozporządzenia (UE) 2017/745 (MDR) w zw. z art. 54 ust. 1 ustawy o wyrobach medycznych',
  url: 'https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32017R0745',
};

export const UDL_ART14: LegalBasis = {
  kind: 'statute',
  citation: 'art. 14 ust. 1 ustawy z dnia 15 kwietnia 2011 r. o działalności leczniczej',
  url: URL_UDL,
  quote: 'treść i forma tych informacji nie mogą mieć cech reklamy',
};

export const NIL_GUIDANCE: LegalBasis = {
  kind: 'guidance',
  citation: 'Naczelna Rada Lekarska – stanowisko w sprawie informowania o świadczeniach zdrowotnych (art. 14 ustawy o działalności leczniczej)',
  url: 'https://nil.org.pl/drukuj/4240/1',
};

export const UZNK_16 = (pkt: string, quote?: string): LegalBasis => ({
  kind: 'statute',
  citation: `art. 16 ust. 1 ${pkt} ustawy z dnia 16 kwietnia 1993 r. o zwalczaniu nieuczciwej konkurencji`,
  url: URL_UZNK,
  ...(quote ? { quote } : {}),
});

/**
 * Comparative advertising: art. 16 ust. 3 uznk (its conditions), not ust. 1 pkt 5, which is
 * intrusive advertising ("nagabywanie"). Audit 2026-11 § 3.1 [V].
 */
export const UZNK_16_3: LegalBasis = {
  kind: 'statute',
  citation: 'art. 16 ust. 3 ustawy z dnia 16 kwietnia 1993 r. o zwalczaniu nieuczciwej konkurencji (reklama porównawcza)',
  url: URL_UZNK,
};

/**
 * Foods, supplements included: no disease prevention or cure claims (Reg. 1169/2011 art. 7 ust. 3,
 * applied to advertising by art. 7 ust. 4 lit. a) and only authorised health claims (Reg. 1924/2006
 * art. 10 ust. 1). These, not the device regulation, bind a supplement post. Wording checked
 * against a verbatim reproduction (zboralska-kancelaria.pl, GIS guidance page), 2026-11-30.
 */
export const FOOD_INFO_ART7: LegalBasis = {
  kind: 'regulation',
  citation: 'art. 7 ust. 3 i ust. 4 lit. a rozporządzenia (UE) nr 1169/2011 w sprawie przekazywania konsumentom informacji na temat żywności',
  url: 'https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32011R1169',
  quote: 'informacje na temat żywności nie mogą przypisywać jakiemukolwiek środkowi spożywczemu właściwości zapobiegania chorobom lub leczenia chorób ludzi bądź też odwoływać się do takich właściwości',
};

export const HEALTH_CLAIMS_ART10: LegalBasis = {
  kind: 'regulation',
  citation: 'art. 10 ust. 1 rozporządzenia (WE) nr 1924/2006 w sprawie oświadczeń żywieniowych i zdrowotnych dotyczących żywności',
  url: 'https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32006R1924',
};

/** Health claims referring to individual doctors or health professionals (Reg. 1924/2006). */
export const HEALTH_CLAIMS_ART12C: LegalBasis = {
  kind: 'regulation',
  citation: 'art. 12 lit. c rozporządzenia (WE) nr 1924/2006 w sprawie oświadczeń żywieniowych i zdrowotnych dotyczących żywności',
  url: 'https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32006R1924',
  quote: 'oświadczenia odnoszące się do zaleceń poszczególnych lekarzy lub pracowników służby zdrowia',
};

/** Cosmetic claims: art. 20 of Reg. 1223/2009 with the common criteria of Reg. 655/2013. */
export const COSMETIC_CLAIMS: LegalBasis = {
  kind: 'regulation',
  citation: 'art. 20 ust. 1 rozporządzenia (WE) nr 1223/2009 dotyczącego produktów kosmetycznych w zw. z rozporządzeniem Komisji (UE) nr 655/2013',
  url: 'https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32009R1223',
};

export const UPNPR_HIDDEN: LegalBasis = {
  kind: 'statute',
  citation: 'art. 7 pkt 11 ustawy z dnia 23 sierpnia 2007 r. o przeciwdziałaniu nieuczciwym praktykom rynkowym',
  url: URL_UPNPR,
};

export const KEL_71: LegalBasis = {
  kind: 'guidance',
  citation: 'art. 71 ust. 4–5 Kodeksu Etyki Lekarskiej (2024, w mocy od 1.01.2025)',
  url: 'https://nil.org.pl/uploaded_images/1716532642_kel.pdf',
  quote: 'Niedopuszczalne jest wykorzystywanie autorytetu lekarza do promowania usług niezwiązanych z wykonywaniem zawodu lekarza.',
};

/** In force of Chapter 12 of the Act on medical devices (advertising). */
export const UWM_FROM = '2023-01-01';
/** In force of the device-advertising regulation (Dz.U. 2023 poz. 817). */
export const REG_817_FROM = '2023-05-13';

/** False scarcity: a commercial practice misleading in all circumstances (upnpr art. 7 pkt 7) [K]. */
export const UPNPR_LIMITED_TIME: LegalBasis = {
  kind: 'statute',
  citation: 'art. 7 pkt 7 ustawy z dnia 23 sierpnia 2007 r. o przeciwdziałaniu nieuczciwym praktykom rynkowym',
  url: URL_UPNPR,
};
