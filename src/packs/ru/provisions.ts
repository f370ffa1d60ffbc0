/**
 * The RU coverage table (docs/coverage.md): every checkable provision of 38-FZ «О рекламе» and
 * the health and data laws that medad accounts for, with the citations rules use, or why no rule
 * can check it. Built from legal-audit §§ 2.3 and 6. Docs-only: no runtime entry imports it.
 */
import type { Provision } from '../provision.js';
import { fz152, fz323, fz38, plenum58 } from './basis.js';

const c38 = (p: string): string => fz38(p).citation;
const c323 = (p: string): string => fz323(p).citation;
const c152 = (p: string): string => fz152(p).citation;
const URL38 = fz38('').url;

export const provisions: Provision[] = [
  { provision: 'ст. 5 ч. 2 п. 1–2 38-ФЗ', summary: 'No incorrect comparisons with competitors; no discrediting them.', citations: [c38('п. 1 ч. 2 ст. 5'), c38('п. 1 и 2 ч. 2 ст. 5')], url: URL38 },
  { provision: 'ст. 5 ч. 3 п. 1 38-ФЗ; Пленум ВАС № 58 п. 29', summary: 'No untrue claims of advantages («лучший», «№ 1») without a confirmed criterion.', citations: [c38('п. 1 ч. 3 ст. 5'), plenum58.citation], url: URL38 },
  { provision: 'ст. 5 ч. 3 п. 2, 6 38-ФЗ', summary: 'No untrue information on characteristics, guarantees and effects.', citations: [c38('п. 2 ч. 3 ст. 5'), c38('п. 2 и 6 ч. 3 ст. 5')], url: URL38 },
  { provision: 'ст. 5 ч. 3 38-ФЗ (recommendations, recognition)', summary: 'No untrue statements about recommendations of persons, official or public recognition.', citations: [c38('ч. 3 ст. 5')], gap: 'п. 9 (awards, «лауреат») is not cited by ru/rank-claim; its point number is unverified [K].', url: URL38 },
  { provision: 'ст. 5 ч. 3 п. 4 38-ФЗ', summary: 'No untrue information on prices, discounts and terms of purchase.', citations: [c38('п. 4 ч. 3 ст. 5')], url: URL38 },
  { provision: 'ст. 5 ч. 3 п. 11 38-ФЗ', summary: 'No untrue results of research and tests (point number unverified).', citations: [c38('п. 11 ч. 3 ст. 5')], url: URL38 },
  { provision: 'ст. 5 ч. 3 п. 20 38-ФЗ', summary: 'No untrue information on the maker or seller.', citations: [], notCheckable: 'needs the real maker or seller to compare with; missing seller data in distance sales is ст. 8.', url: URL38 },
  { provision: 'ст. 5 ч. 5 п. 1 38-ФЗ', summary: 'No foreign words that may distort the meaning.', citations: [], gap: 'low impact; Latin-script slogans («glow up») are not checked.', url: URL38 },
  { provision: 'ст. 5 ч. 5 п. 2 38-ФЗ', summary: 'No statement that state or municipal bodies approve the object.', citations: [c38('п. 2 ч. 5 ст. 5')], url: URL38 },
  { provision: 'ст. 5 ч. 5 п. 4 38-ФЗ', summary: 'No images of medical workers in ads of goods other than medical services, hygiene and goods for professionals.', citations: [c38('п. 4 ч. 5 ст. 5')], url: URL38 },
  { provision: 'ст. 5 ч. 5 п. 6 38-ФЗ', summary: 'No healing properties claimed for goods that are not drugs, devices or services.', citations: [c38('п. 6 ч. 5 ст. 5')], url: URL38 },
  { provision: 'ст. 5 ч. 6 38-ФЗ', summary: 'No swear words, indecent or offensive images and comparisons.', citations: [c38('ч. 6 ст. 5')], url: URL38 },
  { provision: 'ст. 5 ч. 7 38-ФЗ', summary: 'No omission of essential conditions that misleads (discounts, offers).', citations: [c38('ч. 7 ст. 5')], url: URL38 },
  { provision: 'ст. 5 ч. 9 38-ФЗ', summary: 'No hidden advertising.', citations: [], notCheckable: 'whether a text is paid native content needs facts outside it; paid content that shows it is checked for marking under ст. 18.1.', url: URL38 },
  { provision: 'ст. 5 ч. 10.5–10.6 38-ФЗ (42-ФЗ of 11.03.2024)', summary: 'No ads on the resources of foreign agents, and none of their resources (part numbers unverified).', citations: [c38('ч. 10.5 ст. 5')], gap: 'foreign-agent status needs the Minjust register: checked only when the caller declares channel "foreign-agent"; ads OF such resources are not checked.', url: URL38 },
  { provision: 'ст. 5 ч. 10.7 38-ФЗ (72-ФЗ, from 01.09.2025)', summary: 'No ads on resources of undesirable or extremist organisations (Instagram, Facebook) or on other resources with restricted access.', citations: [c38('ч. 10.7 ст. 5'), 'позиция ФАС России от 05.03.2026 о рекламе в Telegram, YouTube, WhatsApp и VPN-сервисах (ч. 10.7 ст. 5 38-ФЗ)'], gap: 'whether a resource is restricted on the ad date needs a dated list; medad keeps one in src/packs/ru/lexicon.ts. Links to such resources inside the text are not checked.', url: URL38 },
  { provision: 'ст. 6 п. 2 38-ФЗ', summary: 'No prompting minors to persuade parents to buy (every ad).', citations: [c38('п. 2 ст. 6')], url: 'https://base.garant.ru/57747095/8b7b3c1c76e91f88d33c08b3736aa67a' },
  { provision: 'ст. 6 п. 1, 3–7 38-ФЗ', summary: 'Other protections of minors (discrediting parents, presenting the product as giving an advantage over peers, danger to minors …).', citations: [], gap: 'not implemented; rare in medical posts.', url: URL38 },
  { provision: 'ст. 7 п. 7 38-ФЗ', summary: 'No ads of licensed activity without a licence.', citations: [], notCheckable: 'needs the licence register.', url: URL38 },
  { provision: 'ст. 7 п. 9 38-ФЗ', summary: 'No ads of abortion services.', citations: [c38('п. 9 ст. 7')], url: URL38 },
  { provision: 'ст. 8 38-ФЗ', summary: 'Distance sales: the seller\'s name, address and registration number (wording unverified).', citations: [c38('ст. 8')], url: URL38 },
  { provision: 'ст. 9 38-ФЗ', summary: 'Stimulating events with a purchase condition: dates and source of the rules (п. 1–2).', citations: [c38('п. 1–2 ст. 9'), c38('ст. 9')], url: 'https://zakonbase.ru/content/part/468081' },
  { provision: 'ст. 18 ч. 1 38-ФЗ', summary: 'Ads by SMS, e-mail and calls need the subscriber\'s prior consent.', citations: [], notCheckable: 'consent is not in the text.', url: URL38 },
  { provision: 'ст. 18.1 ч. 16–17 38-ФЗ', summary: 'Online ads: label «Реклама», the advertiser, the erid token (paid posts and own promotional posts).', citations: [c38('ч. 16 ст. 18.1'), c38('ч. 17 ст. 18.1')], gap: 'whether the erid is valid and registered in the ERIR cannot be checked.', url: URL38 },
  { provision: 'ст. 24 ч. 1 п. 1 38-ФЗ; ч. 4', summary: 'Drug and device ads must not address minors.', citations: [c38('п. 1 ч. 1 ст. 24'), c38('ч. 4 ст. 24')], url: URL38 },
  { provision: 'ст. 24 ч. 1 п. 2 38-ФЗ', summary: 'No references to specific cases of cure or improvement.', citations: [c38('п. 2 ч. 1 ст. 24')], url: URL38 },
  { provision: 'ст. 24 ч. 1 п. 3 38-ФЗ', summary: 'No expressions of thanks by individuals.', citations: [c38('п. 3 ч. 1 ст. 24')], url: URL38 },
  { provision: 'ст. 24 ч. 1 п. 4 38-ФЗ', summary: 'No advantages argued from the studies required for registration.', citations: [c38('п. 4 ч. 1 ст. 24')], url: URL38 },
  { provision: 'ст. 24 ч. 1 п. 5 38-ФЗ', summary: 'No statements or assumptions that the reader has a disease.', citations: [c38('п. 5 ч. 1 ст. 24')], url: URL38 },
  { provision: 'ст. 24 ч. 1 п. 6 38-ФЗ', summary: 'No impression that a healthy person needs the drug (not for preventive drugs).', citations: [c38('п. 6 ч. 1 ст. 24')], url: URL38 },
  { provision: 'ст. 24 ч. 1 п. 7 38-ФЗ', summary: 'No impression that a doctor is not needed.', citations: [c38('п. 7 ч. 1 ст. 24')], url: URL38 },
  { provision: 'ст. 24 ч. 1 п. 8, 10 38-ФЗ', summary: 'No guarantees of effect, safety or absence of side effects; no safety from natural origin.', citations: [c38('п. 8 ч. 1 ст. 24'), c38('п. 8 и 10 ч. 1 ст. 24')], url: URL38 },
  { provision: 'ст. 24 ч. 1 п. 9 38-ФЗ', summary: 'A drug must not be presented as a supplement or other non-drug product.', citations: [c38('п. 9 ч. 1 ст. 24')], url: URL38 },
  { provision: 'ст. 24 ч. 5 38-ФЗ', summary: 'Extends п. 2–5 of ч. 1 to medical services and methods (part number unverified).', citations: [c38('ч. 5 ст. 24')], url: URL38 },
  { provision: 'ст. 24 ч. 2, 7–8 38-ФЗ (venues for professionals)', summary: 'Professional-only material and its venues.', citations: [c38('ч. 2, 7 и 8 ст. 24')], url: URL38 },
  { provision: 'ст. 24 ч. 7 38-ФЗ', summary: 'Warning on contraindications and the need to read the instructions or consult a specialist; 5 % of the area, 5 s and 7 % of the frame, 3 s on radio.', citations: [c38('ч. 7 ст. 24')], gap: 'the size is not measurable in text: an info reminder for video, image and audio.', url: URL38 },
  { provision: 'ст. 24 ч. 8 38-ФЗ', summary: 'Rx drugs and methods or devices needing special training only at professional venues.', citations: [c38('ч. 8 ст. 24'), 'Письмо ФАС России от 25.09.2017 № АК/65861/17'], url: URL38 },
  { provision: 'ст. 25 ч. 1 п. 1 38-ФЗ', summary: 'A supplement must not be presented as a drug or as healing.', citations: [c38('п. 1 ч. 1 ст. 25')], url: URL38 },
  { provision: 'ст. 25 ч. 1 п. 2–3 38-ФЗ', summary: 'Supplements: no cure cases, no thanks by individuals.', citations: [c38('п. 2 ч. 1 ст. 25'), c38('п. 3 ч. 1 ст. 25')], url: URL38 },
  { provision: 'ст. 25 ч. 1 п. 4 38-ФЗ', summary: 'Supplements: no urging to give up healthy eating.', citations: [c38('п. 4 ч. 1 ст. 25')], url: URL38 },
  { provision: 'ст. 25 ч. 1 п. 5 38-ФЗ', summary: 'Supplements: no research presented as a direct recommendation.', citations: [c38('п. 5 ч. 1 ст. 25')], url: URL38 },
  { provision: 'ст. 25 ч. 1.1 38-ФЗ', summary: 'Supplement ads: warning «не является лекарственным средством» in every case (10 % of the area; 3 s; 5 s and 7 % of the frame).', citations: [c38('ч. 1.1 ст. 25')], url: 'https://base.garant.ru/12145525/53925f69af584b25346d0c0b3ee74ea1' },
  { provision: 'ст. 28 ч. 1, 3 38-ФЗ; 479-ФЗ', summary: 'Credit and instalments: the lender\'s name and all terms that determine the cost.', citations: [c38('ч. 1 и 3 ст. 28')], gap: 'the 479-FZ consumer-credit warnings are not checked.', url: URL38 },
  { provision: '323-ФЗ ст. 13', summary: 'Medical secrecy: no patient identification without written consent.', citations: [c323('ч. 1–3 ст. 13')], url: fz323('').url },
  { provision: '323-ФЗ ст. 36.2', summary: 'Telemedicine: remote consultations do not replace an in-person diagnosis (part numbers unverified).', citations: [c323('ч. 2–3 ст. 36.2')], url: fz323('').url },
  { provision: '152-ФЗ ст. 10, 11', summary: 'Health data and biometrics (faces in before/after photos) need consent.', citations: [c152('ч. 1 и 2 ст. 10'), c152('ст. 11')], gap: 'ст. 10.1 (consent to dissemination) is not cited yet.', url: fz152('').url },
];
