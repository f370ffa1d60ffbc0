/**
 * Citations shared by the German rules, so that a URL or a citation style is fixed in one place.
 *
 * HWG wording is the current text on gesetze-im-internet.de, not the 2006 text that circulates in
 * older mirrors (§§ 4, 9, 10, 11, 12 changed since). MBO-Ä is the federal model code: the binding
 * text is the Berufsordnung of each Landesärztekammer (numbering is mostly the same).
 */
import type { LegalBasis, Product } from '../../core/types.js';

const HWG_URL = 'https://www.gesetze-im-internet.de/heilmwerbg/';

/** A section of the Heilmittelwerbegesetz. `section` is the § number as gesetze-im-internet.de spells it. */
export function hwg(section: string, citation: string, quote?: string): LegalBasis {
  return {
    kind: 'statute',
    citation: `${citation} HWG`,
    url: `${HWG_URL}__${section}.html`,
    ...(quote ? { quote } : {}),
  };
}

export function uwg(section: string, citation: string, quote?: string): LegalBasis {
  return {
    kind: 'statute',
    citation: `${citation} UWG`,
    url: `https://www.gesetze-im-internet.de/uwg_2004/__${section}.html`,
    ...(quote ? { quote } : {}),
  };
}

/** The Musterberufsordnung; as a chamber statute (Satzung) it ranks as a regulation. */
export function mbo(citation: string, quote?: string): LegalBasis {
  return {
    kind: 'regulation',
    citation: `${citation} MBO-Ä`,
    url: 'https://www.bundesaerztekammer.de/themen/recht/berufsrecht',
    ...(quote ? { quote } : {}),
  };
}

/** The BÄK guidance "Ärztinnen und Ärzte in sozialen Medien" (update of February 2023). */
export function baek(rule: string, quote?: string): LegalBasis {
  return {
    kind: 'guidance',
    citation: `Handreichung der Bundesärztekammer „Ärztinnen und Ärzte in sozialen Medien“ (2023), ${rule}`,
    url: 'https://www.bundesaerztekammer.de/themen/aerzte/digitalisierung',
    ...(quote ? { quote } : {}),
  };
}

export function caseLaw(citation: string, url: string): LegalBasis {
  return { kind: 'case-law', citation, url };
}

/** Everything but medical devices: the products § 3 HWG still names since 26.05.2021. */
export const NOT_DEVICES: Product[] = ['drug', 'medical-service', 'aesthetic-surgery', 'supplement', 'other'];

/** The day the MDR applied and § 3 HWG stopped naming „Medizinprodukte“ (MPEUAnpG, Art. 4). */
const MDR_APPLIES = '2021-05-26';

/**
 * § 3 HWG as in force since 26.05.2021: „Arzneimitteln, Verfahren, Behandlungen, Gegenständen oder
 * anderen Mitteln“, no longer devices (https://buzer.de/gesetz/1998/a28543.htm). `products` narrows
 * further where the HWG reaches a product only in part (food: disease-related claims only, § 1 Abs. 1
 * Nr. 2 lit. a). Pair it with `mdr7()` and `hwg3Devices()` so a device finding cites the law that
 * governs it on the date checked.
 */
export function hwg3(citation: string, quote?: string, products: Product[] = NOT_DEVICES): LegalBasis {
  return { ...hwg('3', citation, quote), products };
}

/** § 3 HWG in its text before 26.05.2021, which still named „Medizinprodukten“: cited for devices only for posts dated before then. */
export function hwg3Devices(citation: string): LegalBasis {
  return { ...hwg('3', citation), citation: `${citation} HWG a. F.`, products: ['medical-device'], until: '2021-05-25' };
}

const MDR_ART7 =
  'Bei der Kennzeichnung, den Gebrauchsanweisungen, der Bereitstellung, der Inbetriebnahme und der Bewerbung von Produkten ist es untersagt, Texte, Bezeichnungen, Warenzeichen, Abbildungen und andere bildhafte oder nicht bildhafte Zeichen zu verwenden, die den Anwender oder Patienten hinsichtlich der Zweckbestimmung, Sicherheit und Leistung des Produkts irreführen können';

/**
 * Art. 7 MDR (Regulation (EU) 2017/745), for devices since 26.05.2021: lit. a functions and properties
 * the device does not have, b a false impression of treatment or diagnosis, c failing to inform of a
 * likely risk, d uses outside the intended purpose. Enforced between competitors as a market-conduct
 * rule through § 3a UWG (OLG Hamm, 21.04.2022, 4 U 39/22; wording as quoted on omsels.info).
 */
export function mdr7(lit: string): LegalBasis[] {
  return [
    {
      kind: 'regulation',
      citation: `Art. 7 ${lit} Verordnung (EU) 2017/745 (MDR)`,
      url: 'https://eur-lex.europa.eu/eli/reg/2017/745/oj',
      quote: MDR_ART7,
      products: ['medical-device'],
      from: MDR_APPLIES,
    },
    { ...uwg('3a', '§ 3a'), products: ['medical-device'], from: MDR_APPLIES },
  ];
}

/**
 * Food law for supplements (Nahrungsergänzungsmittel are foods): Art. 7 Abs. 3 LMIV bans
 * attributing to a food the property of preventing, treating or curing a human disease; health
 * claims need an authorisation under Art. 10 Abs. 1 HCVO (Regulation (EC) 1924/2006).
 */
export function lmiv7(): LegalBasis {
  return {
    kind: 'regulation',
    citation: 'Art. 7 Abs. 3 Verordnung (EU) Nr. 1169/2011 (LMIV)',
    url: 'https://eur-lex.europa.eu/eli/reg/2011/1169/oj',
    products: ['supplement'],
  };
}

export function hcvo(article: string, quote?: string): LegalBasis {
  return {
    kind: 'regulation',
    citation: `${article} Verordnung (EG) Nr. 1924/2006 (HCVO)`,
    url: 'https://eur-lex.europa.eu/eli/reg/2006/1924/oj',
    ...(quote ? { quote } : {}),
    products: ['supplement'],
  };
}
