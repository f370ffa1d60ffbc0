/**
 * The German coverage table (docs/coverage.md): every provision of German medical-advertising law
 * medad accounts for, with the exact `legalBasis` citations of the rules that check it, or why no
 * rule can. Source of the rows: the legal audit of 2026-11-30 (coverage matrix § 2.2, "cannot be
 * checked" § 6). Case law and guidance are listed under the provision they interpret.
 * Docs-only data: no runtime entry imports it.
 */
import type { Provision } from '../provision.js';

const BAEK = 'Handreichung der Bundesärztekammer „Ärztinnen und Ärzte in sozialen Medien“ (2023), ';
const MDR = 'Verordnung (EU) 2017/745 (MDR)';

export const provisions: Provision[] = [
  // § 3 HWG (misleading advertising), in the text in force since 26.05.2021: no longer devices.
  {
    provision: '§ 3 S. 2 Nr. 1 HWG',
    summary: 'Therapeutic effects a drug, procedure, treatment or other means does not have (devices only until 25.05.2021).',
    citations: [
      '§ 3 Satz 2 Nr. 1 HWG',
      '§ 3 Satz 2 Nr. 1 HWG a. F.',
      'OLG Frankfurt a. M., 21.03.2016, 6 W 21/16 (Strengeprinzip)',
    ],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__3.html',
  },
  {
    provision: '§ 3 S. 2 Nr. 2 lit. a HWG',
    summary: 'False impression that success can be expected with certainty.',
    citations: ['§ 3 Satz 2 Nr. 2 lit. a HWG', '§ 3 Satz 2 Nr. 2 lit. a HWG a. F.', 'OLG Frankfurt a. M., 6 U 219/19 („perfekte Zähne“)'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__3.html',
  },
  {
    provision: '§ 3 S. 2 Nr. 2 lit. b HWG',
    summary: 'False impression that proper or prolonged use has no harmful effects.',
    citations: ['§ 3 Satz 2 Nr. 2 lit. b HWG', '§ 3 Satz 2 Nr. 2 lit. b HWG a. F.', 'LG Hannover, 17.10.2023, 24 O 58/23'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__3.html',
  },
  {
    provision: '§ 3 S. 2 Nr. 2 lit. c HWG',
    summary: 'False impression that the advertising is not made for competitive purposes.',
    citations: [],
    gap: 'covered in substance by de/uwg-undisclosed-ad (§ 5a Abs. 4 UWG, § 11 Abs. 1 Nr. 9 HWG), which does not cite Nr. 2 lit. c',
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__3.html',
  },
  {
    provision: '§ 3 S. 2 Nr. 3 lit. a HWG',
    summary: 'Untrue or misleading statements on the composition or nature of the product or the kind of treatment.',
    citations: ['§ 3 Satz 2 Nr. 3 lit. a HWG', '§ 3 Satz 2 Nr. 3 lit. a HWG a. F.', 'VG Münster, 07.10.2009, 5 K 777/08 („aus deutschem Meisterlabor“)'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__3.html',
  },
  {
    provision: '§ 3 S. 2 Nr. 3 lit. b HWG',
    summary: 'Untrue or misleading statements on the person, training, qualification or successes of the maker, inventor or staff.',
    citations: [],
    gap: 'titles such as „Spezialist“ or honorary professorships need facts the text does not give; top-group claims are checked under § 5 UWG by de/mbo-superlative',
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__3.html',
  },
  {
    provision: 'Art. 7 MDR (with § 3a UWG)',
    summary: 'Device claims: functions or properties it lacks (a), false impression of treatment or diagnosis (b), risks left unmentioned (c), uses outside the intended purpose (d); since 26.05.2021.',
    citations: [`Art. 7 lit. a ${MDR}`, `Art. 7 lit. a und b ${MDR}`, `Art. 7 lit. b ${MDR}`, `Art. 7 lit. c ${MDR}`, `Art. 7 lit. b und c ${MDR}`, '§ 3a UWG'],
    gap: 'lit. d (off-label use) needs the intended purpose from the conformity assessment',
    url: 'https://eur-lex.europa.eu/eli/reg/2017/745/oj',
  },
  {
    provision: '§ 3a HWG',
    summary: 'Advertising for drugs that need but lack an authorisation, or for indications outside it (off-label).',
    citations: [],
    notCheckable: 'needs the authorisation and its indications (AMG registers); the Rx brands named to the public are caught under § 10 Abs. 1',
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__3a.html',
  },
  {
    provision: '§ 4 Abs. 1, 1a HWG',
    summary: 'Pflichtangaben in drug advertising (name, composition, indications, side effects …).',
    citations: ['§ 4 Abs. 1 Satz 1 Nr. 1, 3, 5 und 6 HWG'],
    gap: 'Nr. 2, 4, 7 and 7a („Verschreibungspflichtig“) are not checked',
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__4.html',
  },
  {
    provision: '§ 4 Abs. 3 HWG',
    summary: 'The mandatory text „Zu Risiken und Nebenwirkungen …“ in drug advertising to the public (wording since 27.12.2023).',
    citations: ['§ 4 Abs. 3 Satz 1 und 2 HWG'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__4.html',
  },
  {
    provision: '§ 4 Abs. 5 HWG',
    summary: 'In audiovisual media the mandatory text appears in the spot itself (on television also spoken).',
    citations: ['§ 4 Abs. 5 HWG', 'OLG Köln, 11.09.2025, 6 U 118/24 (Instagram-Reel: Pflichttext im Video)'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__4.html',
  },
  {
    provision: '§ 6 Nr. 2 HWG',
    summary: 'References to publications without saying whether they concern the product, and without author, date and source.',
    citations: ['§ 6 Nr. 2 HWG'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__6.html',
  },
  {
    provision: '§ 7 Abs. 1 HWG',
    summary: 'Gifts, vouchers and other Werbegaben, save low-value items, cash discounts and customary accessories.',
    citations: ['§ 7 Abs. 1 Satz 1 HWG', '§ 7 Abs. 1 HWG', 'BGH, 17.07.2025, I ZR 43/24 (Payback-Punkte beim Hörgerätekauf)'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__7.html',
  },
  {
    provision: '§ 9 HWG',
    summary: 'Remote treatment: recognising or treating diseases without personal contact (S. 2: allowed where generally accepted).',
    citations: ['§ 9 Satz 1 und 2 HWG', 'BGH, 09.12.2021, I ZR 146/20'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__9.html',
  },
  {
    provision: '§ 10 Abs. 1 HWG',
    summary: 'Prescription-only drugs advertised to the public.',
    citations: ['§ 10 Abs. 1 HWG', 'LG Düsseldorf, 11.09.2001, 12 O 391/01 (Botox-Faltenbehandlung)', 'LG München I (Wegovy/Mounjaro-Angebote, Apothekerkammer Nordrhein)'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__10.html',
  },
  {
    provision: '§ 10 Abs. 2 HWG',
    summary: 'Drugs for insomnia, mental disorders or mood to the public.',
    citations: ['§ 10 Abs. 2 HWG'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__10.html',
  },
  {
    provision: '§ 11 Abs. 1 S. 1 Nr. 2 HWG',
    summary: 'Recommendations by scientists, health professionals or well-known persons (not devices).',
    citations: [
      '§ 11 Abs. 1 Satz 1 Nr. 2 HWG',
      'OLG Köln, 01.04.2011, 6 U 214/10 („die moderne Medizin setzt auf …“)',
      'OLG Köln, 11.09.2025, 6 U 118/24 (Influencerin mit rund 120 000 Followern)',
      'LG Frankfurt a. M., 15.01.2020, 2-06 O 360/19 („Young Aesthetics“)',
    ],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__11.html',
  },
  {
    provision: '§ 11 Abs. 1 S. 1 Nr. 3 HWG',
    summary: 'Case histories, if abusive, repulsive or misleading or inviting a false self-diagnosis.',
    citations: ['§ 11 Abs. 1 Satz 1 Nr. 3 HWG'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__11.html',
  },
  {
    provision: '§ 11 Abs. 1 S. 1 Nr. 5 HWG',
    summary: 'Abusive, repulsive or misleading pictures of changes of the body (not devices).',
    citations: ['§ 11 Abs. 1 Satz 1 Nr. 5 HWG', `${BAEK}Regel 7 „Verantwortung wächst mit Reichweite“`],
    gap: 'images themselves only through declared asset tags',
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__11.html',
  },
  {
    provision: '§ 11 Abs. 1 S. 1 Nr. 7 HWG',
    summary: 'Statements that health may be impaired without, or improved by, the product.',
    citations: ['§ 11 Abs. 1 Satz 1 Nr. 7 HWG'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__11.html',
  },
  {
    provision: '§ 11 Abs. 1 S. 1 Nr. 8 HWG',
    summary: 'Promotional talks combined with sales or the collection of addresses.',
    citations: [],
    gap: 'no rule yet (rare on social media)',
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__11.html',
  },
  {
    provision: '§ 11 Abs. 1 S. 1 Nr. 9 HWG, § 5a Abs. 4 UWG, UWG Anhang Nr. 11',
    summary: 'Advertising whose commercial purpose is hidden (advertorials, unlabelled cooperations).',
    citations: ['§ 11 Abs. 1 Satz 1 Nr. 9 HWG', '§ 5a Abs. 4 Satz 1 UWG', 'Anhang zu § 3 Abs. 3 Nr. 11 UWG'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__11.html',
  },
  {
    provision: '§ 11 Abs. 1 S. 1 Nr. 11 HWG',
    summary: 'Statements of third parties (thanks, recommendations), if abusive, repulsive or misleading.',
    citations: ['§ 11 Abs. 1 Satz 1 Nr. 11 HWG', 'LG Düsseldorf, 38 O 172/23 („Meine Schmerzen sind einfach weg“)'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__11.html',
  },
  {
    provision: '§ 11 Abs. 1 S. 1 Nr. 12 HWG, UWG Anhang Nr. 28',
    summary: 'Advertising aimed at children under 14; direct exhortation of children.',
    citations: ['§ 11 Abs. 1 Satz 1 Nr. 12 HWG', 'Anhang zu § 3 Abs. 3 Nr. 28 UWG'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__11.html',
  },
  {
    provision: '§ 11 Abs. 1 S. 1 Nr. 13 HWG',
    summary: 'Prize draws and lotteries that encourage improper use of drugs (a prize is also a Werbegabe under § 7).',
    citations: ['§ 11 Abs. 1 Satz 1 Nr. 13 HWG', 'KG, 22.05.2017, 5 W 94/17 (Schönheits-OP als Gewinnspielpreis)'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__11.html',
  },
  {
    provision: '§ 11 Abs. 1 S. 1 Nr. 14–15 HWG',
    summary: 'Drug samples or vouchers for them; unrequested samples of other means.',
    citations: ['§ 11 Abs. 1 Satz 1 Nr. 14 und 15 HWG'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__11.html',
  },
  {
    provision: '§ 11 Abs. 1 S. 3 Nr. 1 HWG',
    summary: 'Before/after comparisons for operative plastic-surgical procedures, injections included, without medical necessity.',
    citations: [
      '§ 11 Abs. 1 Satz 3 Nr. 1 HWG',
      'BGH, 31.07.2025, I ZR 170/24 (Hyaluron-Unterspritzung)',
      'OLG Koblenz, 23.04.2024, 9 U 1097/23 (Zeichnungen/Avatare)',
    ],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__11.html',
  },
  {
    provision: '§ 11 Abs. 1 S. 3 Nr. 2 HWG',
    summary: 'Advertising for aesthetic operations aimed predominantly at minors.',
    citations: ['§ 11 Abs. 1 Satz 3 Nr. 2 HWG'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__11.html',
  },
  {
    provision: '§ 11 Abs. 2 HWG',
    summary: 'Drug claimed to be equal to or better than another drug or treatment.',
    citations: ['§ 11 Abs. 2 HWG'],
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__11.html',
  },
  {
    provision: '§ 12 HWG with the Anlage',
    summary: 'Advertising relating to the listed diseases: notifiable infections, malignant tumours, addictions, complications of pregnancy.',
    citations: ['§ 12 Abs. 1 und 2 i. V. m. Anlage Abschnitt A HWG', 'Anlage zu § 12 HWG, Abschnitt A'],
    gap: 'devices are exempt from the cancer item (§ 12 Abs. 1 S. 1 Nr. 2) but the rule does not tell them apart; the 2022 abortion exemption is not modelled',
    url: 'https://www.gesetze-im-internet.de/heilmwerbg/__12.html',
  },
  {
    provision: 'Art. 7 Abs. 3 LMIV',
    summary: 'Food (supplements) must not be attributed properties of preventing, treating or curing a disease.',
    citations: ['Art. 7 Abs. 3 Verordnung (EU) Nr. 1169/2011 (LMIV)'],
    url: 'https://eur-lex.europa.eu/eli/reg/2011/1169/oj',
  },
  {
    provision: 'Art. 10 Abs. 1 HCVO',
    summary: 'Health claims for foods only if authorised and listed.',
    citations: ['Art. 10 Abs. 1 Verordnung (EG) Nr. 1924/2006 (HCVO)'],
    gap: 'the list of authorised claims is not checked; Art. 12 lit. c (recommendations by doctors) is not cited',
    url: 'https://eur-lex.europa.eu/eli/reg/2006/1924/oj',
  },
  {
    provision: 'Art. 20 VO (EG) 1223/2009 with VO (EU) 655/2013',
    summary: 'Cosmetic claims must not attribute properties the product does not have.',
    citations: [],
    notCheckable: 'medad has no cosmetic product type; cosmetics with disease claims are „andere Mittel“ under § 1 Abs. 2 HWG and caught by the § 3 and § 12 rules',
    url: 'https://eur-lex.europa.eu/eli/reg/2009/1223/oj',
  },
  {
    provision: '§ 5 UWG',
    summary: 'Misleading commercial practices, including unfounded top-group claims.',
    citations: ['§ 5 Abs. 1 UWG', '§ 5 Abs. 1, Abs. 2 Nr. 3 UWG', 'OLG Karlsruhe, 6 U 18/11 („Spitzenmediziner“, „Top-Experten“)'],
    url: 'https://www.gesetze-im-internet.de/uwg_2004/__5.html',
  },
  {
    provision: '§ 6 Abs. 2 UWG',
    summary: 'Unfair comparative advertising.',
    citations: ['§ 6 Abs. 2 UWG'],
    url: 'https://www.gesetze-im-internet.de/uwg_2004/__6.html',
  },
  {
    provision: 'UWG Anhang Nr. 7',
    summary: 'False statements that a product is available only for a very limited time.',
    citations: ['Anhang zu § 3 Abs. 3 Nr. 7 UWG'],
    url: 'https://www.gesetze-im-internet.de/uwg_2004/anhang.html',
  },
  {
    provision: 'UWG Anhang Nr. 23b–23c',
    summary: 'Fake or unverified reviews; paid reviews.',
    citations: [],
    gap: 'no review-incentive rule yet',
    url: 'https://www.gesetze-im-internet.de/uwg_2004/anhang.html',
  },
  {
    provision: '§ 27 Abs. 3 S. 1–2 MBO-Ä',
    summary: 'Doctors: no berufswidrige Werbung, in particular anpreisend, irreführend or vergleichend.',
    citations: [
      '§ 27 Abs. 3 Satz 1 und 2 MBO-Ä',
      '§ 27 Abs. 3 Satz 2 MBO-Ä',
      'Zahnärztliche Gutschein-Deals: „in hohem Maße anpreisend“',
      'VG Münster, 03.03.2022, 5 K 3488/21 (kostenlose Beratung als berufswidrige Werbung)',
      `${BAEK}Fallbeispiel „Standardsportmediziner“ (berufswidrige Werbung)`,
    ],
    gap: 'binds doctors only; the context has no advertiser type, so the rules also run for companies and influencers',
    url: 'https://www.bundesaerztekammer.de/themen/recht/berufsrecht',
  },
  {
    provision: '§ 27 Abs. 3 S. 3 MBO-Ä',
    summary: 'Doctors must not cause or tolerate berufswidrige Werbung by others.',
    citations: [],
    notCheckable: 'needs to know who wrote the post and the doctor’s part in it',
  },
  {
    provision: '§ 27 Abs. 3 S. 4 MBO-Ä',
    summary: 'No advertising of commercial products in connection with medical work.',
    citations: [
      '§ 27 Abs. 3 Satz 4 MBO-Ä',
      `${BAEK}Regel 11 „Zurückhaltung hinsichtlich produktbezogener Aussagen“`,
      'LG Frankfurt a. M., 3-10 O 27/21 (eigene Kosmetiklinie auf der Klinik-Website)',
    ],
    url: 'https://www.bundesaerztekammer.de/themen/recht/berufsrecht',
  },
  {
    provision: '§ 7 Abs. 4 MBO-Ä',
    summary: 'Exclusive remote treatment only in individual cases where medically justifiable.',
    citations: ['§ 7 Abs. 4 MBO-Ä', `${BAEK}Regel 4 „Grenzen der Fernbehandlung beachten“`],
    url: 'https://www.aeksh.de/aerzte/ehealth/fernbehandlung',
  },
  {
    provision: '§ 9 MBO-Ä, § 203 StGB',
    summary: 'Medical confidentiality: nothing that identifies a patient without consent.',
    citations: [
      '§ 9 Abs. 1 MBO-Ä',
      '§ 203 Abs. 1 Nr. 1 StGB',
      `${BAEK}Regel 1 „Ärztliche Schweigepflicht beachten“`,
      `${BAEK}Regel 8 „Datenschutz und Datensicherheit beachten“`,
      `${BAEK}Regel 10 „Selbstoffenbarung von Patienten verhindern“`,
    ],
    url: 'https://www.bundesaerztekammer.de/themen/recht/berufsrecht',
  },
  {
    provision: '§ 29 Abs. 1 MBO-Ä',
    summary: 'Collegiality: no disparaging of colleagues.',
    citations: ['§ 29 Abs. 1 MBO-Ä', `${BAEK}Regel 2 „Keine Kollegen diffamieren – Netiquette beachten“`],
  },
  {
    provision: 'BÄK guidance, rules 3 and 9',
    summary: 'Separate private and professional profiles; do not post certificates.',
    citations: [
      `${BAEK}Regel 3 „Grenzen des Arzt-Patienten-Verhältnisses nicht überschreiten“`,
      `${BAEK}Regel 9 „Kein Bereitstellen von Approbationsurkunden, Zeugnissen und anderen Urkunden“`,
    ],
    url: 'https://www.bundesaerztekammer.de/themen/aerzte/digitalisierung',
  },
  {
    provision: '§ 5 Abs. 2 GOÄ (dentists: § 5 GOZ)',
    summary: 'Doctors’ fees follow the GOÄ: flat discounts, deals and vouchers on medical services.',
    citations: [
      '§ 5 Abs. 2 Satz 1 GOÄ',
      'KG, 28.01.2025, 5 U 13/22 („10% Neukundenrabatt“)',
      'LG Berlin II, 27.08.2025, 105 O 71/24 („20%-Rabatt auf Hyaluronbehandlungen“)',
    ],
    gap: 'GOZ § 5 for dentists is not cited (unverified)',
    url: 'https://www.gesetze-im-internet.de/go__1982/__5.html',
  },
  {
    provision: 'MPAV',
    summary: 'Devices not meant for lay use are supplied only to professionals.',
    citations: ['Medizinprodukte-Abgabeverordnung (MPAV): Abgabe von Produkten, die nicht zur Anwendung durch Laien vorgesehen sind, nur an Fachkreise'],
    url: 'https://www.gesetze-im-internet.de/mpav/',
  },
  {
    provision: 'Werbung vs. Information; product status',
    summary: 'Whether a text is advertising at all; whether a hyaluron product is a device or Annex XVI; Rx status of a substance.',
    citations: [],
    notCheckable: 'needs intent, the product’s classification and the AMVV or registers; medad keeps lists of the Rx substances clinics name instead',
  },
];
