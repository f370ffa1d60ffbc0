/**
 * Citations shared by the German rules, so that a URL or a citation style is fixed in one place.
 *
 * HWG wording is the current text on gesetze-im-internet.de, not the 2006 text that circulates in
 * older mirrors (§§ 4, 9, 10, 11, 12 changed since). MBO-Ä is the federal model code: the binding
 * text is the Berufsordnung of each Landesärztekammer (numbering is mostly the same).
 */
import type { LegalBasis } from '../../core/types.js';

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
