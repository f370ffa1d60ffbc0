/**
 * The Polish coverage table: every checkable provision the 2026-11 legal audit lists (§ 2.1 and
 * § 6), with the exact citations the rules use, or why no rule checks it. Docs-only data, joined
 * with the rules by scripts/coverage.ts into docs/coverage.md. A rule citing a provision that is
 * not listed here fails `npm run docs:coverage -- --check`.
 */
import type { Provision } from '../provision.js';
import { URL_PF, URL_REG_817, URL_UDL, URL_UWM } from './basis.js';

const UWM = 'ustawy z dnia 7 kwietnia 2022 r. o wyrobach medycznych';
const PF = 'ustawy z dnia 6 września 2001 r. – Prawo farmaceutyczne';
const UZNK = 'ustawy z dnia 16 kwietnia 1993 r. o zwalczaniu nieuczciwej konkurencji';
const UPNPR = 'ustawy z dnia 23 sierpnia 2007 r. o przeciwdziałaniu nieuczciwym praktykom rynkowym';
const URL_UZNK = 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19930470211';
const URL_UPNPR = 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20071711206';
const URL_MDR = 'https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32017R0745';

export const provisions: Provision[] = [
  // Medical devices: MDR art. 7 via UWM art. 54 ust. 1
  {
    provision: 'MDR art. 7 lit. a–b w zw. z art. 54 ust. 1 UWM',
    summary: 'Device ads must not ascribe functions or properties the device lacks, or give a false impression of treatment, diagnosis or results.',
    citations: ['art. 7 lit. a–b rozporządzenia (UE) 2017/745 (MDR) w zw. z art. 54 ust. 1 ustawy o wyrobach medycznych'],
    url: URL_MDR,
  },
  {
    provision: 'MDR art. 7 lit. c',
    summary: 'Device ads must not omit the likely risks of use.',
    citations: [],
    gap: 'absolute-safety words are caught by pl/guarantee under lit. a–b; a missing risk statement needs the instructions for use',
    url: URL_MDR,
  },
  {
    provision: 'MDR art. 7 lit. d',
    summary: 'Device ads must not suggest uses outside the intended purpose.',
    citations: [],
    notCheckable: 'needs the intended purpose from the declaration of conformity or the instructions for use',
    url: URL_MDR,
  },
  { provision: 'art. 55 ust. 1 UWM', summary: 'Device ads must be comprehensible to a lay person.', citations: [`art. 55 ust. 1 ${UWM}`], url: URL_UWM },
  {
    provision: 'art. 55 ust. 2 pkt 1 UWM',
    summary: 'No image of health professionals, of people posing as them, or of presenters shown as if they were one.',
    citations: [`art. 55 ust. 2 pkt 1 ${UWM}`],
    url: URL_UWM,
  },
  { provision: 'art. 55 ust. 2 pkt 2 UWM', summary: 'No direct call to children to buy, or to get adults to buy.', citations: [`art. 55 ust. 2 pkt 2 ${UWM}`], url: URL_UWM },
  { provision: 'art. 55 ust. 2 pkt 3 UWM', summary: 'No public ads for devices meant for professional users.', citations: [`art. 55 ust. 2 pkt 3 ${UWM}`], url: URL_UWM },
  { provision: 'art. 55 ust. 3 UWM', summary: 'No misleading claims about maintenance, servicing, updates, calibration or safety checks.', citations: [`art. 55 ust. 3 ${UWM}`], url: URL_UWM },
  {
    provision: 'art. 58 ust. 1 pkt 1 UWM',
    summary: 'Advertising a service performed with a device is device advertising (scope).',
    citations: [`art. 58 ust. 1 pkt 1 ${UWM}`],
    url: URL_UWM,
  },
  { provision: 'art. 58 ust. 1 pkt 3 UWM', summary: 'Paid user opinions are advertising.', citations: [`art. 58 ust. 1 pkt 3 ${UWM}`], url: URL_UWM },
  { provision: 'art. 58 ust. 1 pkt 7 UWM', summary: 'Handing out samples is advertising.', citations: [`art. 58 ust. 1 pkt 7 ${UWM}`], url: URL_UWM },
  {
    provision: 'art. 59 UWM',
    summary: 'Catalogues and price lists (name, price, specifications) are not advertising.',
    citations: [],
    gap: 'presence rules (device warning, manufacturer data) should stay silent on a bare price list; today a price alone counts as an ad signal',
    url: URL_UWM,
  },
  {
    provision: 'art. 60 ust. 3 UWM + § 1 rozp. 817',
    summary: 'A device ad names the device and its intended purpose.',
    citations: [],
    gap: 'presence check of the intended purpose not implemented',
    url: URL_REG_817,
  },
  {
    provision: 'art. 60 UWM (who may advertise; templates kept 2 years)',
    summary: 'Only the economic operator, or others on its commission, may advertise a device.',
    citations: [],
    notCheckable: 'identity of the advertiser and the commission are not in the text',
    url: URL_UWM,
  },
  { provision: '§ 2 rozp. 817', summary: 'Device data worded as in the instructions for use or the label.', citations: [], notCheckable: 'needs the instructions for use', url: URL_REG_817 },
  {
    provision: '§ 3 ust. 1 pkt 1–2 rozp. 817',
    summary: 'The ad names the advertiser, the manufacturer and the authorised representative, each with its role.',
    citations: [
      '§ 3 ust. 1 pkt 1–2 rozporządzenia Ministra Zdrowia z dnia 21 kwietnia 2023 r. w sprawie reklamy wyrobów medycznych (Dz.U. 2023 poz. 817)',
      'Komunikat Prezesa URPL z 6.10.2025 w sprawie reklamy wyrobów medycznych (rola każdego podmiotu)',
    ],
    url: URL_REG_817,
  },
  {
    provision: '§ 3 ust. 1 pkt 3, ust. 2 pkt 3 rozp. 817',
    summary: 'The verbatim device warning (and the Annex XVI / accessory variant).',
    citations: ['§ 3 ust. 1 pkt 3 i ust. 2 pkt 3 rozporządzenia Ministra Zdrowia z dnia 21 kwietnia 2023 r. w sprawie reklamy wyrobów medycznych (Dz.U. 2023 poz. 817)'],
    url: URL_REG_817,
  },
  {
    provision: '§ 3 ust. 3 rozp. 817',
    summary: 'Audiovisual ads: the warning in the lower part, at least 15 % of the frame, static and horizontal.',
    citations: [],
    notCheckable: 'geometry and duration of the warning are not in the text (a reminder from channel or assets is possible)',
    url: URL_REG_817,
  },
  // Medical services
  {
    provision: 'art. 14 ust. 1 UDL',
    summary: 'Information on health services must not have the features of advertising (valuations, persuasion, promotions, testimonials).',
    citations: [
      'art. 14 ust. 1 ustawy z dnia 15 kwietnia 2011 r. o działalności leczniczej',
      'Naczelna Rada Lekarska – stanowisko w sprawie informowania o świadczeniach zdrowotnych (art. 14 ustawy o działalności leczniczej)',
    ],
    url: URL_UDL,
  },
  {
    provision: 'art. 42 ust. 1 uzl',
    summary: 'A doctor certifies a state of health only after examining the patient, in person or by ICT.',
    citations: ['art. 42 ust. 1 ustawy z dnia 5 grudnia 1996 r. o zawodach lekarza i lekarza dentysty'],
    url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19970280152',
  },
  {
    provision: 'KEL 2025 art. 71',
    summary: 'A doctor may not use the authority of the profession to promote unrelated services or products.',
    citations: ['art. 71 ust. 4–5 Kodeksu Etyki Lekarskiej (2024, w mocy od 1.01.2025)'],
    url: 'https://nil.org.pl/uploaded_images/1716532642_kel.pdf',
  },
  // Drugs
  {
    provision: 'art. 53 ust. 1 Pf',
    summary: 'A drug ad must not mislead and must present the drug objectively (article number not re-seen: [K]).',
    citations: [`art. 53 ust. 1 ${PF}`],
    url: URL_PF,
  },
  {
    provision: 'art. 54 Pf + § 6 rozp. 2008',
    summary: 'Mandatory data of a public drug ad (name, common name, responsible entity …).',
    citations: [],
    gap: 'presence check of the mandatory drug-ad data not implemented',
    url: URL_PF,
  },
  {
    provision: 'art. 55 ust. 1 pkt 1–2 Pf',
    summary: 'No celebrities, scientists or people with medical education presenting or recommending a drug.',
    citations: [`art. 55 ust. 1 pkt 1–2 ${PF}`],
    url: URL_PF,
  },
  { provision: 'art. 55 ust. 2 pkt 1 lit. a Pf', summary: 'No suggestion that a doctor or surgery can be avoided (diagnosis by correspondence).', citations: [`art. 55 ust. 2 pkt 1 lit. a ${PF}`], url: URL_PF },
  { provision: 'art. 55 ust. 2 pkt 1 lit. b Pf', summary: 'No suggestion that even a healthy person improves by taking the drug.', citations: [`art. 55 ust. 2 pkt 1 lit. b ${PF}`], url: URL_PF },
  { provision: 'art. 55 ust. 2 pkt 1 lit. c Pf', summary: 'No suggestion that not taking the drug worsens health.', citations: [`art. 55 ust. 2 pkt 1 lit. c ${PF}`], url: URL_PF },
  { provision: 'art. 55 ust. 2 pkt 1 lit. d Pf', summary: 'No presenting the drug as a food, cosmetic or other consumer article.', citations: [`art. 55 ust. 2 pkt 1 lit. d ${PF}`], url: URL_PF },
  { provision: 'art. 55 ust. 2 pkt 1 lit. e Pf', summary: 'No deriving safety or efficacy from natural origin.', citations: [`art. 55 ust. 2 pkt 1 lit. e ${PF}`], url: URL_PF },
  { provision: 'art. 55 ust. 2 pkt 2 Pf', summary: 'No guaranteed effect, no "no side effects", no "as good as or better than" another treatment.', citations: [`art. 55 ust. 2 pkt 2 ${PF}`], url: URL_PF },
  { provision: 'art. 55 ust. 2 pkt 3 Pf', summary: 'No detailed case or symptom descriptions leading to self-diagnosis.', citations: [`art. 55 ust. 2 pkt 3 ${PF}`], url: URL_PF },
  {
    provision: 'art. 55 ust. 2 pkt 3a–4 Pf',
    summary: 'No alarming or misleading reference to indications; no improper, alarming graphic depictions.',
    citations: [`art. 55 ust. 2 pkt 3a–4 ${PF} (produkty lecznicze)`],
    url: URL_PF,
  },
  {
    provision: 'dyrektywa 2001/83/WE art. 90 lit. e (drug ads aimed at children)',
    summary: 'A public drug ad must not be aimed exclusively or principally at children (Polish point of transposition not re-seen: [K]).',
    citations: ['art. 90 lit. e dyrektywy 2001/83/WE w sprawie wspólnotowego kodeksu odnoszącego się do produktów leczniczych stosowanych u ludzi'],
    url: 'https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32001L0083',
  },
  { provision: 'art. 56 Pf', summary: 'No ads for unauthorised drugs or with content contrary to the SmPC.', citations: [], notCheckable: 'needs the marketing authorisation and the SmPC', url: URL_PF },
  { provision: 'art. 57 ust. 1 pkt 1 Pf', summary: 'No public ads for prescription-only drugs.', citations: [`art. 57 ust. 1 pkt 1 ${PF}`], url: URL_PF },
  {
    provision: 'art. 57 ust. 1 pkt 2–3, ust. 1a Pf',
    summary: 'No public ads for narcotic or psychotropic, reimbursed, or same-name-as-Rx drugs.',
    citations: [],
    gap: 'needs maintained lists from the reimbursement and narcotics registers',
    url: URL_PF,
  },
  {
    provision: '§ 7 ust. 1, 1a, § 8 ust. 1 rozp. 2008 (drug warnings)',
    summary: 'The three rotating drug-ad warnings, from 26.01.2023.',
    citations: ['§ 7 ust. 1 i 1a, § 8 ust. 1 rozporządzenia Ministra Zdrowia z dnia 21 listopada 2008 r. w sprawie reklamy produktów leczniczych, w brzmieniu rozporządzenia z dnia 7 lipca 2022 r. (Dz.U. 2022 poz. 1554)'],
    url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20220001554',
  },
  {
    provision: 'art. 94a ust. 1 Pf',
    summary: 'Ban on advertising pharmacies and their activity (disapplied after CJEU C-200/24; amendment UD291 pending).',
    citations: [`art. 94a ust. 1 ${PF}`, 'wyrok TSUE z dnia 19 czerwca 2025 r., C-200/24 (Komisja przeciwko Polsce – reklama aptek)'],
    url: URL_PF,
  },
  { provision: 'art. 94a ust. 1a Pf', summary: 'Non-pharmacy outlets advertising the drugs or devices they sell.', citations: [`art. 94a ust. 1a ${PF}`], url: URL_PF },
  // Unfair competition and unfair practices
  { provision: 'art. 16 ust. 1 pkt 2 uznk', summary: 'Misleading advertising.', citations: [`art. 16 ust. 1 pkt 2 ${UZNK}`], url: URL_UZNK },
  { provision: 'art. 16 ust. 1 pkt 3 uznk', summary: 'Advertising that plays on fear, superstition or children’s credulity.', citations: [`art. 16 ust. 1 pkt 3 ${UZNK}`], url: URL_UZNK },
  { provision: 'art. 16 ust. 1 pkt 4 uznk', summary: 'Advertising that looks like neutral information.', citations: [`art. 16 ust. 1 pkt 4 ${UZNK}`], url: URL_UZNK },
  { provision: 'art. 16 ust. 3 uznk', summary: 'Conditions of lawful comparative advertising.', citations: [`art. 16 ust. 3 ${UZNK} (reklama porównawcza)`], url: URL_UZNK },
  {
    provision: 'art. 7 pkt 11 upnpr; UOKiK 2022',
    summary: 'Paid content must be recognisable as advertising.',
    citations: [`art. 7 pkt 11 ${UPNPR}`, 'Rekomendacje Prezesa UOKiK dotyczące oznaczania treści reklamowych przez influencerów (wrzesień 2022)'],
    url: URL_UPNPR,
  },
  { provision: 'art. 7 pkt 7 upnpr', summary: 'False claims that an offer is available only for a very limited time ([K]).', citations: [`art. 7 pkt 7 ${UPNPR}`], url: URL_UPNPR },
  {
    provision: 'art. 4 ust. 2 ustawy o informowaniu o cenach (Omnibus)',
    summary: 'A price reduction states the lowest price of the last 30 days.',
    citations: ['art. 4 ust. 2 ustawy z dnia 9 maja 2014 r. o informowaniu o cenach towarów i usług (najniższa cena z 30 dni przed obniżką)'],
    gap: 'cited by pl/product-promotion; no presence check of the 30-day price yet',
    url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20140000915',
  },
  // Patient privacy
  {
    provision: 'art. 40 uzl; art. 13–14 upp; art. 9 RODO',
    summary: 'Patient secrecy: no identifiable patient data or images without consent.',
    citations: [
      'art. 40 ust. 1 i ust. 2 pkt 4 ustawy z dnia 5 grudnia 1996 r. o zawodach lekarza i lekarza dentysty',
      'art. 13 i art. 14 ust. 2 pkt 3 ustawy z dnia 6 listopada 2008 r. o prawach pacjenta i Rzeczniku Praw Pacjenta',
      'art. 9 ust. 1 rozporządzenia (UE) 2016/679 (RODO)',
    ],
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  // Foods and cosmetics
  {
    provision: 'Reg. 1169/2011 art. 7 ust. 3–4',
    summary: 'Food information and advertising may not attribute the prevention or cure of disease.',
    citations: ['art. 7 ust. 3 i ust. 4 lit. a rozporządzenia (UE) nr 1169/2011 w sprawie przekazywania konsumentom informacji na temat żywności'],
    url: 'https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32011R1169',
  },
  {
    provision: 'Reg. 1924/2006 art. 10 ust. 1',
    summary: 'Only authorised health claims for foods.',
    citations: ['art. 10 ust. 1 rozporządzenia (WE) nr 1924/2006 w sprawie oświadczeń żywieniowych i zdrowotnych dotyczących żywności'],
    url: 'https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32006R1924',
  },
  {
    provision: 'Reg. 1924/2006 art. 12 lit. c',
    summary: 'No health claims referring to recommendations of individual doctors or health professionals.',
    citations: ['art. 12 lit. c rozporządzenia (WE) nr 1924/2006 w sprawie oświadczeń żywieniowych i zdrowotnych dotyczących żywności'],
    url: 'https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32006R1924',
  },
  {
    provision: 'Reg. 1223/2009 art. 20 + Reg. 655/2013',
    summary: 'Cosmetic claims must not attribute characteristics the product lacks ([K]).',
    citations: ['art. 20 ust. 1 rozporządzenia (WE) nr 1223/2009 dotyczącego produktów kosmetycznych w zw. z rozporządzeniem Komisji (UE) nr 655/2013'],
    url: 'https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32009R1223',
  },
  {
    provision: 'Supplements: mandatory message and ban on health-professional imagery (draft)',
    summary: 'Draft amendment of the food-safety act (2022–23); not enacted as far as found.',
    citations: [],
    notCheckable: 'not in force: a draft only, no enactment found (audit 2026-11 § 2.1)',
  },
  // Best practice
  {
    provision: 'Graphic content warning (best practice)',
    summary: 'A content warning before graphic medical images; platform policies.',
    citations: ['dobre praktyki komunikacji medycznej w mediach społecznościowych (ostrzeżenie o drastycznych treściach, zgoda pacjenta); zasady platform dot. treści drastycznych'],
  },
  {
    provision: 'GIF decisions on drug advertising',
    summary: 'Regulator practice on fear appeals in drug ads.',
    citations: ['decyzja GIF nr PR.600.25.2020.JD.1 z 31.03.2020 (Neosine Forte – wykorzystanie lęku przed epidemią)'],
  },
];
