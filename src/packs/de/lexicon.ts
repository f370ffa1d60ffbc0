/**
 * Word lists used by more than one German rule. Patterns are written in medad's pattern language
 * (folded: umlauts and ß are matched however the text spells them).
 */

/**
 * Sentences that explain the law rather than advertise: a legal explanation is not an ad. Only
 * what a statement about the law says: a bare "§ 1" or a "#HWG" hashtag appended to an ad is no
 * citation (issue 14), so a paragraph counts with its act and the acts' names not as hashtags.
 */
export const LEGAL_EXPLANATION = [
  're:(?<![#\\p{L}\\p{N}])(?:hwg|mbo)',
  'heilmittelwerbegesetz*',
  'berufsordnung',
  're:§§? ?\\d+[a-z]?(?: (?:abs|nr|satz|s|ziff)\\.? ?\\d+[a-z]?){0,3},? (?:hwg|mbo|bo|uwg|amg|mpdg|mpg|bgb|stgb|der |des |heilmittel|berufsordnung)',
  'bgh',
  'olg',
  'urteil*',
  'unzulassig*',
  'untersagt',
  'verboten',
  'verbiet*',
  '(darf|durfen) ~4 nicht',
];

/**
 * A share of satisfied customers, also as a stats counter whose number and label a page sets apart
 * ("94% … Zufriedene Kunden"): a statistic without a source, not a patient's own words.
 */
export const SATISFIED_SHARE = 're:\\d+(?:[.,]\\d+)?\\s?(?:%|prozent)[\\s….|:–-]{0,8}zufrieden\\p{L}*\\s+(?:kund|patient)\\p{L}*';

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
  // Hair transplantation: grafts surgically extracted and implanted (FUE/DHI) for a look — de-7.
  'haartransplant*',
  '*haartransplantation',
  'grafts',
  'fue',
  'dhi',
  'implantat*',
  'brust*',
  'nase*',
  'lippen*',
  'kinn*',
];

// ---------------------------------------------------------------------------------------------
// Concept classes shared by several rules. Each is one word-group of the pattern language, so a
// rule composes a class of phrasings (`${EFFECT_VERB} ~4 ${BODY_FUNCTION}`) instead of listing the
// sentences its authors happened to see. These older lists are still expanded with `compose()`;
// newer concepts are named classes (DE_CLASSES below, `@name` in patterns). Moving these lists
// into DE_CLASSES is a mechanical follow-up.
// ---------------------------------------------------------------------------------------------

/** One word-group `(a|b*|c)` from a list of alternatives (no spaces: one word each). */
export const alt = (words: readonly string[]): string => `(${words.join('|')})`;

/** Split a word list into groups whose `alt()` stays under `max` characters. */
function chunks(words: readonly string[], max: number): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  // `alt(cur).length`, kept as words are added: rebuilding the group per word was quadratic and
  // ran for every composed pattern at import (issue 11, cold start).
  let len = 2;
  for (const w of words) {
    if (cur.length && len + 1 + w.length > max) {
      out.push(alt(cur));
      cur = [];
      len = 2;
    }
    len += (cur.length ? 1 : 0) + w.length;
    cur.push(w);
  }
  if (cur.length) out.push(alt(cur));
  return out;
}

/**
 * Every `left gap right` pattern for two classes, split so each pattern stays within the pattern
 * language's length limit (1000 characters): `compose(EFFECT_VERBS, '~4', DISEASES)`.
 */
export function compose(left: readonly string[], gap: string, right: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of chunks(left, 440)) for (const r of chunks(right, 440)) out.push(`${l} ${gap} ${r}`);
  return out;
}

/**
 * Diseases and complaints a product or treatment may claim to cure, relieve or prevent. Sources:
 * the Anlage zu § 12 HWG (notifiable infections, malignant tumours, addictions, complications of
 * pregnancy), the indications HWG decisions dealt with (OLG Hamm 4 U 39/22 Arthrose; LG Hannover
 * 24 O 58/23; Wettbewerbszentrale Corona claims 2020; Verbraucherzentrale NRW on supplements), and
 * the common complaints clinics and supplement sellers name.
 */
export const DISEASES = [
  'arthrose*', 'rheuma*', 'gicht', 'osteoporose', 'bandscheibenvorfall*',
  'migrane*', 'kopfschmerz*', 'ruckenschmerz*', 'gelenkschmerz*', 'muskelschmerz*', 'nervenschmerz*',
  'diabetes', 'bluthochdruck', 'hypertonie', 'arteriosklerose', 'herzinfarkt*', 'schlaganfall*', 'thrombose*',
  'depression*', 'depressiv*', 'schwermut', 'burnout', 'schlaflosigkeit', 'demenz', 'alzheimer', 'parkinson',
  'asthma', 'allergie*', 'heuschnupfen', 'schuppenflechte', 'psoriasis', 'akne', 'ekzem*', 'hautprobleme',
  'gelenkprobleme', 'verdauungsprobleme', 'schlafprobleme', 'horprobleme', 'magenprobleme', 'darmprobleme', 'herzprobleme', 'kreislaufprobleme', 'zahnfleischtaschen', 'zahnfleischbluten',
  'tinnitus', 'inkontinenz', 'impotenz', 'dysfunktion*', 'potenzprobleme', 'haarausfall', 'cellulite', 'lipodem*',
  'morbus', 'reizdarm*', 'magen', 'verstopfung', 'sodbrennen', 'ubelkeit', 'kater',
  'erkaltung*', 'grippe', 'infekt*', 'infektion*', 'viren', 'virus', 'bakterien', 'pilz*', 'darmpilz*', 'entzundung*', 'borreliose', 'herpes',
  'krebs*', 'tumor*', 'karzinom*', 'metastase*', 'corona*', 'covid*',
  'odem*', 'krampfadern', 'wunden', 'karies', 'parodontose',
  'sucht', 'alkoholsucht', 'nikotinsucht', 'drogensucht', 'abhangigkeit', 'raucherentwohnung', 'ubergewicht', 'fettleibigkeit',
  'krankheit*', 'erkrankung*', 'symptome', 'stress', 'unruhe', 'erschopfung', 'verspannung*',
  // Round 10: written from a general medical vocabulary, not from corpus rows, so that a claim for a
  // complaint no batch has named yet is read as one. Compound heads take every specific complaint
  // ("Knieschmerzen", "Blasenentzündung", "Wechseljahresbeschwerden", "Gastritis", "Herzinsuffizienz").
  // Left out: what a doctor ordinarily removes or treats with proven means (Warzen, Narben, Falten,
  // Zahnstein), fear of the dentist ("Angst": "wir helfen Angstpatienten" is care), "Probleme" alone.
  '*schmerz', '*schmerzen', '*krankheit', '*krankheiten', '*erkrankung', '*erkrankungen', '*entzundung', '*entzundungen', '*beschwerden', '*leiden',
  '*allergie', '*allergien', '*infekt', '*infekte', '*infektion', '*infektionen', '*storung', '*storungen', '*schwache', '*insuffizienz', '*syndrom', '*itis', '*algie', '*arthrose', '*krebs', '*pilz',
  'ischias', 'hexenschuss', 'skoliose', 'fersensporn', 'tennisarm', 'karpaltunnel*', '*neuropathie', 'muskelkrampf*', 'wadenkrampf*', 'krampfe', 'schwindel',
  'insulinresistenz', 'pradiabetes', 'fettleber', 'hashimoto', 'schilddrusenunterfunktion', 'schilddrusenuberfunktion', 'hypothyreose', 'adipositas', 'fettsucht', 'nierensteine', 'gallensteine',
  'leberzirrhose', 'anamie', 'blutarmut', 'eisenmangel', 'vitaminmangel', 'nahrstoffmangel', 'magnesiummangel', 'mangelerscheinung*', 'osteopenie',
  'vorhofflimmern', 'angina pectoris', 'hypotonie', 'besenreiser', 'hamorrhoiden', 'gefassverkalkung', 'wassereinlagerung*', 'orangenhaut',
  'panikattacke*', 'phobie*', 'adhs', 'autismus', 'nervositat',
  'mudigkeit', 'antriebslosigkeit', 'stimmungsschwankung*', 'epilepsie', 'multiple sklerose', 'restless legs', 'schlafapnoe', 'einschlafprobleme', 'durchschlafprobleme',
  '*husten', 'schnupfen', 'atemnot', 'horsturz', 'schwerhorigkeit',
  'blahungen', 'vollegefuhl', 'durchfall', 'reflux', 'laktoseintoleranz', 'histaminintoleranz', 'glutenunvertraglichkeit', 'zoliakie', 'leaky gut', 'candida', 'parasiten', 'wurmer',
  'rosazea', 'rosacea', 'pigmentflecken', 'altersflecken', 'dehnungsstreifen', 'schwangerschaftsstreifen', 'juckreiz', 'nesselsucht', 'vitiligo', 'lupus',
  'alopezie', 'geheimratsecken', 'wechseljahre*', 'menopause', 'pms', 'endometriose', 'unfruchtbarkeit', 'reizblase', 'libidoverlust',
  'ruckenprobleme', 'knieprobleme', 'nackenprobleme', 'huftprobleme', 'venenprobleme', 'blasenprobleme', 'prostataprobleme', 'schilddrusenprobleme', 'gewichtsprobleme', 'erektionsprobleme', 'konzentrationsprobleme', 'atemprobleme',
  'grauer star', 'gruner star', 'katarakt', 'glaukom', 'makuladegeneration', 'kurzsichtigkeit',
  'gurtelrose', 'verschleiss*', 'gelenkverschleiss',
];

/**
 * Organs and body functions an effect claim may target (a product "strengthens the immune system",
 * "detoxifies the liver"). Muscles, mobility and fitness are left out on purpose: physiotherapy
 * states them as its ordinary aim, and the corpora label those texts compliant.
 */
export const BODY_FUNCTIONS = [
  'immunsystem*', 'abwehr*', 'immunabwehr', 'abwehrkrafte', 'selbstheilung*', 'selbstregulation*', 'regulation',
  'stoffwechsel', 'durchblutung', 'sauerstoffversorgung', 'nahrstoffversorgung', 'energieversorgung', 'verdauung', 'darmflora', 'darm*',
  'zellen', 'zelle', 'zellwachstum', 'nervenzell*', 'gehirnzell*', 'zahnfleisch*', 'leber*', 'leberzellen', 'niere*', 'herz*', 'herzleistung', 'kreislauf', 'gefasse', 'blutgefasse', 'nervenregeneration', 'korper',
  'knochenaufbau', 'knochen', 'gelenke', 'knorpel*', 'schleimhaut*', 'lymph*', 'lymphsystem', 'potenz', 'libido', 'blutdruck', 'blutzucker', 'cholesterin*', 'hormon*', 'hormonhaushalt',
  'entgiftung', 'gedachtnis', 'konzentration', 'psyche', 'stimmung', 'gelenkfunktion',
  // The healing process itself as the target ("beschleunigt wesentlich den Gesundungsprozess") — de-5.
  'gesundungsprozess*', 'heilungsprozess*',
  // Round 10, organs, values and functions from a general medical vocabulary. Nerves are left out:
  // physiotherapy improves "das Zusammenspiel zwischen Nerven und Muskeln" as its ordinary aim.
  'sehkraft', 'atemwege', 'prostata', 'schilddruse',
  'gehirn', 'blutfett*', 'triglyceride', 'insulin*', 'testosteron*', 'serotonin*', 'melatonin*',
  'fettverbrennung', 'fettstoffwechsel', 'mikrobiom', 'knochendichte', 'venen',
  'abwehrzellen', 'immunzellen',
];

/**
 * Effect verbs: what a product or treatment is said to do to a disease or a body function
 * (cure, relieve, prevent, strengthen, detoxify). "behandeln" is left out: naming what a doctor
 * treats is information, not a claimed effect.
 */
export const EFFECT_VERBS = [
  'heilt', 'heilen', 'heilbar', 'lindert', 'lindern', 'gelindert', 'linderung', 'beseitigt', 'beseitigen', 'bekampft', 'bekampfen', 'besiegt', 'besiegen',
  'starkt', 'gestarkt', 'kraftigt', 'kraftigen', 'fordert', 'fordern', 'gefordert', 'aktiviert', 'aktivieren', 'anregen', 'regt',
  'schutzt', 'schutzen', 'beugt', 'vorbeugen', 'vorbeugung', 'verhindert', 'verhindern', 'hemmt', 'hemmen', 'senkt', 'senken', 'steigert', 'steigern', 'gesteigert', 'erhohte',
  'verbessert', 'verbessern', 'verbesserung', 'regeneriert', 'regenerieren', 'reguliert', 'regulieren', 'harmonisiert', 'harmonisieren', 'entlastet', 'entlasten', 'reinigt', 'reinigen',
  'entgiftet', 'entgiften', 'ausgeleitet', 'ausleiten', 'ausgespult', 'stabilisiert', 'stabilisieren', 'optimiert', 'optimieren', 'reduziert', 'reduzieren', 'befreit', 'bessern', 'uberwinden', 'loswerden',
  'beschleunigt', 'beschleunigen',
  // Round 10, from general usage: lessen, suppress, normalise, slow down, repair, stimulate. "lockert"
  // and "beruhigt" are left out: massage loosens and calms, and physiotherapy pages are compliant.
  'mindert', 'mindern', 'verringert', 'verringern', 'vermindert', 'vermindern', 'unterdruckt', 'unterdrucken', 'neutralisiert', 'neutralisieren', 'entgegenwirken', 'dampft', 'dampfen',
  'normalisiert', 'normalisieren', 'verlangsamt', 'verlangsamen', 'aufhalten', 'repariert', 'reparieren', 'revitalisiert', 'revitalisieren', 'stimuliert', 'stimulieren', 'entsauert', 'entsauern',
];

/** Words that say a result is certain, lasting or without risk or pain (guarantee class). */
export const PERMANENCE = ['lebenslang*', 'langlebig*', 'langanhaltend*', 'dauerhaft*', 'langzeithaltbar*', 'unvergang*'];

/** Intensifiers that turn a safety or comfort word into a promise ("völlig schmerzfrei"). */
export const ABSOLUTE = ['vollig', 'absolut', 'vollkommen', 'komplett', 'ganzlich', 'total', 'garantiert', '100'];

/** Safety, comfort and painlessness words that, made absolute, promise the outcome (§ 3 S. 2 Nr. 2 HWG). */
export const SAFETY_WORDS = ['schmerzfrei', 'schmerzlos', 'risikolos', 'risikofrei', 'harmlos', 'unschadlich', 'unbedenklich', 'ungefahrlich', 'sicher', 'nebenwirkungsfrei', 'problemlos', 'komplikationslos'];

/** Results a treatment is sold by: the nouns a guarantee or a superlative attaches to. */
export const RESULT_NOUNS = ['lacheln', 'ergebnis*', 'resultat*', 'zahne', 'haut', 'figur', 'aussehen', 'nase', 'lippen', 'brust', 'profil', 'gesicht', 'heilung'];

/** States a treatment promises to reach ("wieder fit", "glatt", "schmerzfrei"). */
export const RESULT_STATES = ['wieder', 'fit', 'glatt*', 'heilbar', 'geheilt', 'weg', 'verschwunden', 'schmerzfrei', 'beschwerdefrei', 'faltenfrei', 'rauchfrei', 'nichtraucher', 'schlank*', 'straff*', 'gesund', 'jung*', 'strahlend*'];

/** Providers and qualities a superlative ranks ("die modernste Praxis", "der beste Service"). */
export const PROVIDER_NOUNS = [
  'praxis', 'praxen', 'klinik*', 'zentrum', 'zentren', 'arzt', 'arztin', 'arzte', 'zahnarzt*', 'chirurg*', 'mediziner*', 'team', 'spezialist*', 'experte*', 'adresse', 'anbieter*',
  'behandlung*', 'therapie*', 'methode*', 'verfahren', 'technik', 'technologie*', 'versorgung', 'betreuung', 'service', 'qualitat', 'materialien', 'material', 'geräte', 'gerate', 'ausstattung',
  'kaugefuhl', 'beissgefuhl', 'lebensmittel', 'produkt*', 'mittel', 'zahnspange', 'implantat*', 'wahl',
];

/** Time spans a result is promised within ("in 10 Minuten", "nach nur 3 Sitzungen"). */
export const TIME_UNITS = ['minuten', 'stunden', 'tagen', 'tage', 'wochen', 'woche', 'monaten', 'sitzungen', 'sitzung', 'behandlungen', 'anwendungen'];

/**
 * Prescription-only substances and brands that clinics and online shops name to the public
 * (§ 10 Abs. 1 HWG). Rx status: Anlage 1 AMVV (Arzneimittelverschreibungsverordnung); brands as
 * authorised by the EMA / BfArM. Groups: botulinum toxin A and its aesthetic brands; GLP-1 and
 * GIP/GLP-1 agonists sold for weight loss; acne and hair-loss tablets (isotretinoin, finasteride,
 * dutasteride; minoxidil only as tablets, see RX_FORMS); PDE-5 inhibitors; hyaluronidase (Hylase,
 * used to dissolve fillers); systemic antibiotics and cortisone injections; medical cannabis.
 */
export const RX_SUBSTANCES = [
  'botox*', 'botulinum*', 'bocouture', 'azzalure', 'vistabel', 'dysport', 'xeomin', 'alluzience',
  'semaglutid', 'wegovy', 'ozempic', 'rybelsus', 'tirzepatid', 'mounjaro', 'liraglutid', 'saxenda', 'victoza',
  'isotretinoin', 'aknenormin', 'finasterid', 'propecia', 'dutasterid',
  'sildenafil', 'viagra', 'tadalafil', 'cialis', 'vardenafil', 'levitra', 'avanafil', 'spedra',
  'hyaluronidase', 'hylase',
  'antibiotikum', 'antibiotika', 'amoxicillin', 'doxycyclin', 'cortisonspritze*', 'kortisonspritze*', 'medizinalcannabis*',
];

/** Substances that are prescription-only in one form only: minoxidil as tablets (the solution is OTC). */
export const RX_FORMS = ['minoxidil ~2 (tablette*|kapsel*|oral*)', 'orales minoxidil'];

// ---------------------------------------------------------------------------------------------
// Named concept classes (`@name` in patterns, declared once in the pack). New rules compose these
// instead of listing phrasings; the word lists above stay for the `compose()`-built patterns.
// ---------------------------------------------------------------------------------------------

/**
 * A word list as class members: members that a stem in the same list already covers are dropped
 * ("leber*" covers "leberzellen"), since class members must not be able to match the same words.
 */
function covered(words: readonly string[]): string[] {
  const stems = words.filter((w) => /^[a-z]+\*$/.test(w)).map((w) => w.slice(0, -1));
  if (stems.length === 0) return [...words];
  // A word is covered when a stem other than its own starred form is a prefix of it: for a plain
  // word any stem that starts it, for a starred one a stem shorter than its own, i.e. one that
  // starts it without its last letter. One regex of the stems (plain letters, nothing to escape)
  // answers that in one test per word; a loop over prefixes and a Set was 3 ms of import (issue 11).
  const starts = new RegExp(`^(?:${stems.join('|')})`);
  return words.filter((w) => !starts.test(w.endsWith('*') ? w.slice(0, -2) : w));
}

export const DE_CLASSES: Record<string, string[]> = {
  /** The diseases and body functions above as classes, for patterns that name them once (`@disease ~5 vor`). */
  disease: covered(DISEASES),
  body: covered(BODY_FUNCTIONS),
  /** Words that put a result in the present moment ("sofort straffer", "strahlt sofort"). */
  immediacy: ['sofort', 'sofortig*', 'unmittelbar', 'augenblicklich', 'schlagartig', 'im nu', 'im handumdrehen', 'ruckzuck', 'blitzschnell'],
  /**
   * States and comparatives a treatment promises to reach: the other half of an immediacy or
   * certainty promise. Comparatives ("straffer", "jünger") are listed because "sofort straff"
   * is rarely written; "besser" is left out (it is a comparison, not a state).
   */
  'result-state': [
    'straff*', 'frisch*', 'glatt*', 'junger', 'jugendlicher', 'voller', 'praller', 'schlank*', 'strahlt', 'strahlend*', 'schoner',
    'gesellschaftsfahig', 'arbeitsfahig', 'einsatzfahig', 'alltagstauglich', 'ausgehfein', 'schmerzfrei', 'beschwerdefrei', 'faltenfrei', 'symptomfrei',
    'sichtbar*', 'spurbar*', 'fit', 'wieder fit', 'vorbei', 'verschwunden', 'erholt', 'erholter',
    // Freedom from a habit or complaint as the promised state ("Rauchfrei in einer Stunde").
    'rauchfrei', 'nichtraucher*', 'narbenfrei*',
  ],
  /**
   * Speed words a result is sold by ("in Minutenschnelle von Schmerzen befreit", "schnell und sicher
   * heilen"). Plain "schnell" is left out: "schnell einen Termin" is booking, not a result — de-6.
   */
  speed: [
    'minutenschnelle', 'sekundenschnelle', 'windeseile', 'rekordzeit', 'blitzschnell*', 'im nu', 'im handumdrehen', 'ruckzuck',
    'schnell und (sicher|effektiv|dauerhaft|nachhaltig|zuverlassig|wirksam|naturlich|schmerzfrei|schonend)',
  ],
  /** The effect verbs above as a class, for patterns that pair them with a speed or a range of complaints. */
  'effect-verb': covered(EFFECT_VERBS),
  /** Remedies sold "against" a complaint, also as the head of a compound ("Kräutertropfen", "Abnehmkur"). */
  remedy: [
    'mittel', 'tipps', '*tee', '*tees', '*spray', 'globuli', '*pulver', '*tropfen', '*kapseln', '*tabletten', '*pastillen', '*kur', '*salbe', '*balsam', 'therapie', 'behandlung', 'hilfe',
    // Round 10: the goods a device or wellness shop sells "gegen" a complaint ("Kupferarmband gegen Rheuma").
    '*armband', '*armbander', '*pflaster', '*kissen', '*matte', '*lampe', '*creme', '*serum', '*bad', '*saft', '*bandage', '*elixier', '*extrakt', '*essenz',
  ],
  /** Effect verbs that also close a sentence in the passive or infinitive ("… vorbeugen", "… wird gestärkt"). */
  'effect-after': [
    'vorbeugen', 'lindern', 'gelindert', 'heilen', 'geheilt', 'bekampfen', 'bekampft', 'besiegen', 'beseitigen', 'beseitigt', 'senken', 'gesenkt', 'reduzieren', 'reduziert',
    'starken', 'starkt', 'gestarkt', 'entlastet', 'entlasten', 'steigern', 'gesteigert', 'fordern', 'gefordert', 'schutzen', 'bessern', 'gebessert', 'verbessert', 'uberwinden',
    'loswerden', 'regenerieren', 'regeneriert', 'aktiviert', 'aktivieren', 'mindern', 'gemindert', 'verringern', 'vermindern', 'normalisieren',
    'verlangsamen', 'aufhalten', 'aufgehalten', 'unterdrucken', 'unterdruckt', 'gedampft',
  ],
  /** Numbers written as words, for amounts a weight-loss promise names ("Fünf Pfund in sieben Tagen"). */
  'amount-word': ['ein', 'eine', 'einen', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwolf', 'funfzehn', 'zwanzig', 'dreissig', 'vierzig', 'funfzig'],
  /**
   * Units of body weight a slimming promise counts ("7 Pfund", "5 Kilo", "3 Kleidergrößen").
   * Centimetres are left out: "eine 2 cm lange Wunde heilt in 10 Tagen" is aftercare.
   */
  'weight-unit': ['kilo', 'kilos', 'kg', 'kilogramm', 'pfund', 'kleidergrosse*'],
  /** How a body part is promised to look ("gerade Zähne", "straffe Haut", "volle Lippen"). */
  'look-adjective': [
    'gerade*', 'weiss*', 'schone*', 'straff*', 'glatt*', 'voll*', 'prall*', 'schlank*', 'flach*', 'jugendlich*', 'makellos*', 'perfekt*', 'ebenmassig*', 'faltenfrei*',
  ],
  /** Body parts and looks an aesthetic or slimming result is promised for. */
  'look-noun': ['zahne', 'zahnen', 'lacheln', 'haut', 'lippen', 'figur', 'beine', 'bauch', 'nase', 'brust', 'busen', 'taille', 'po', 'hautbild', 'gesicht', 'konturen', 'korper'],
  /** Result nouns an outcome promise attaches to ("deutliche Besserung nach wenigen Tagen"). */
  'result-noun': [
    'ergebnis*', 'resultat*', 'erfolg*', 'effekt*', 'wirkung', 'besserung', 'verbesserung*', '*besserung', 'linderung', 'erleichterung', 'heilung', 'genesung',
  ],
  /** Nouns for an immediate effect, written as one word ("Soforteffekt", "Sofort-Wirkung"). */
  'instant-effect': ['soforteffekt*', 'sofortwirkung*', 'sofortergebnis*', 'sofort (effekt*|wirkung*|ergebnis*)'],
  /** Risks and side effects a treatment may claim to exclude. */
  risk: [
    'risiko', 'risiken', 'infektion', 'infektionen', 'komplikation*', 'nebenwirkung*', 'resistenz*', 'ausfall', 'ausfallzeit*', 'downtime',
    // Harms a procedure may claim to leave out ("keine allergische Reaktion", "keine Narben") — de-5.
    'allergie*', 'allergisch* reaktion*', 'unvertraglichkeit*', 'narben', 'narbenbildung', 'verbrennung*',
  ],
  /** Every one, all: what turns "therapierbar" or "hilft" into a universal promise. */
  universal: ['alle', 'allen', 'aller', 'jede', 'jeder', 'jedes', 'jeden', 'samtliche*', 'jegliche*'],
  /** What a universal remedy claims to cover ("für alle Beschwerden", "auf alle Ebenen"). */
  'complaint-range': [
    'beschwerden', '*beschwerden', 'bedurfnisse', 'leiden', 'krankheiten', 'erkrankungen', 'probleme', 'wehwehchen', 'organsysteme', 'organe', 'ebenen', 'zonen', 'krankheitsbilder',
  ],
  /** Grave outcomes a fear appeal holds up (the § 12 HWG list and what hearing-aid and dental ads threaten). */
  'grave-disease': [
    'demenz*', 'alzheimer', 'krebs*', '*krebs', 'tumor*', 'herzinfarkt*', 'schlaganfall*', 'depression*', 'depressiv*', 'erblindung', 'zahnverlust',
    'autoimmun*', 'lahmung*', 'amputation', 'organversagen', 'herzversagen', 'unfruchtbarkeit', 'sepsis', 'blutvergiftung',
    // Poisoning held up as the threat ("kann … zu einer toxischen Belastung führen") — de-5.
    'vergiftung*', '*vergiftung', 'toxisch* belastung*',
    // Death and organ failure held up as the outcome ("kann zum Tod führen", "Nierenversagen") — de-6.
    'tod', 'todesfall*', 'nierenversagen', 'leberversagen', 'lungenversagen',
  ],
  /** Verbs that make a complaint the cause of a grave one ("löst Depressionen aus", "kann zu Demenz führen"). */
  'cause-verb': ['auslost', 'auslosen', 'ausgelost', 'verursacht', 'verursachen', 'entwickeln', 'entwickelt', 'entstehen', 'begunstigt', 'begunstigen', 'fuhren', 'fuhrt'],
  /** Pseudo-physiological concepts a method claims to measure or change (no accepted evidence). */
  pseudo: [
    'storfeld*', 'bioenerget*', 'bioresonanz*', 'energiefeld*', 'energiefluss', 'energieblockade*', 'entzundungsherd*', 'streuungsherd*', 'storherd*',
    'quantenphanomen*', 'quantenenergie*', 'quantenheilung', 'frequenztherapie*', 'korperfrequenz*', 'meridian*', 'ubersauerung', 'lebensenergie',
    // "Ausleitung" of metals or toxins (amalgam, heavy metals): detox without an accepted mechanism — de-5.
    'ausleitung*', '*ausleitung', '*ausleitungen',
    // Gut "cleansing" sold as a treatment (KG Berlin 2019: "Darmsanierung/Darmreinigung" suggests a
    // disease treated by an effect colon hydrotherapy is not shown to have) — de-6.
    'darmsanierung*', 'darmreinigung*', 'colonhydro*', 'colon hydro*',
    // The devices that "find" or "zap" energetic disorders ("Testampullen", "Zapper") — de-7.
    'testampulle*', 'zapper', '*zapper',
  ],
  /**
   * Methods without accepted evidence of a therapeutic effect, as the Verbraucherzentralen, the
   * Stiftung Warentest ("Die andere Medizin") and the HWG decisions name them (OLG Hamm 4 U 148/17 on
   * Bioresonanz; LG Berlin on Eigenblut). Offered for a named disease they claim an effect they are
   * not shown to have. Acupuncture, osteopathy, hypnosis and light therapy are left out: each has an
   * accepted indication. Colon hydrotherapy and "Darmsanierung" are @pseudo already (flagged alone).
   */
  'unproven-method': [
    'homoopath*', 'globuli', 'bioresonanz*', 'eigenblut*', 'ozontherapie*', 'sauerstofftherapie*', 'chelattherapie*',
    'kinesiolog*', 'reiki', 'geistheil*', 'fernheil*', 'energieheil*', 'energiearbeit', 'irisdiagnos*', 'bachblut*',
    'schussler*', 'magnetfeldtherapie*', 'frequenztherapie*', 'neuraltherapie*', 'klangtherapie*',
    'heilstein*', 'mykotherapie*', 'vitalpilz*', 'heilpilz*', 'craniosacral*',
    'infusionskur*', 'basenkur*', 'basenfasten', 'entschlackung*', 'zapper', 'spagyrik',
  ],
  /**
   * What a scarcity claim counts down (§ 27 Abs. 3 MBO-Ä anpreisend; UWG Anhang Nr. 7): places,
   * appointments, slots, packs, sets, vouchers, also as the end of a compound ("Restplätze",
   * "OP-Termine", "Behandlungsslots"). Rooms and staff are left out: "nur 3 Behandlungsräume" counts
   * no offer.
   */
  slot: [
    'platz', 'platze', '*platze', 'termin', 'termine', '*termine', 'slot', 'slots', '*slots', 'stuck', 'packung', 'packungen', 'dosen', 'flaschen',
    'exemplare', 'sets', 'pakete', 'gutscheine', 'tickets', 'kontingent*',
  ],
  /**
   * Scarcity and last-chance formulas that stand on their own (UWG Anhang Nr. 7; § 27 Abs. 3 MBO-Ä
   * anpreisend): an offer said to be nearly gone, once only, or for a short time.
   */
  /** Offers and price deals, also as the end of a compound ("Winterrabatt", "Paketangebot", "Frühlingsaktion"). */
  offer: ['angebot*', '*angebot', '*angebote', 'aktion*', '*aktion', 'rabatt*', '*rabatt', 'sonderpreis*', 'aktionspreis*', 'deal*', 'gutschein*', '*gutschein'],
  scarcity: [
    'letzte gelegenheit', 'einmalige gelegenheit', 'einmalige chance', 'einmaliges angebot', 'restplatz', 'restplatze',
    'fast ausgebucht', 'bald ausgebucht', 'schnell ausgebucht', 'nahezu ausgebucht', 'fast ausverkauft', 'bald ausverkauft',
    'nur solange', 'schnell zugreifen', 'bevor es weg ist',
    'gilt nicht mehr lange', 'nur noch wenige tage', 'jetzt oder nie', 'greifen sie zu', 'greif zu', 'bald teurer',
    'limitiert verfugbar', 'limitierte edition',
  ],
  /**
   * Chronic and grave diseases no product or method removes (§ 3 S. 2 Nr. 1 HWG: a cure is a
   * Wirksamkeit it does not have). Sources: the Anlage zu § 12 HWG, the de-3…de-7 claims (Parodontose,
   * Corona, Arthrose, ADHS) and the complaints supplement and device sellers name. Left out on purpose:
   * what a doctor does remove (Karies, Zahnstein, Tumoren, Warzen, Krampfadern) and what massage
   * loosens (Verspannungen, Stress).
   */
  chronic: [
    'parodontose', 'parodontitis', 'arthrose*', 'rheuma*', 'gicht', 'osteoporose', 'migrane*', 'tinnitus', 'allergie*', 'heuschnupfen', 'asthma',
    'neurodermitis', 'schuppenflechte', 'psoriasis', 'diabetes', 'bluthochdruck', 'demenz', 'alzheimer', 'parkinson', 'depression*', 'adhs',
    'autismus', 'corona*', 'covid*', 'multiple sklerose', 'fibromyalgie', 'endometriose', 'inkontinenz', 'impotenz', 'erektionsstorung*',
    'reizdarm*', 'colitis', 'morbus crohn', 'lipodem*', 'cellulite', 'haarausfall', 'krankheiten', 'erkrankungen',
  ],
  /** Verbs that say a disease is gone ("entfernt Parodontose", "stoppt Alzheimer", "Migräne verschwindet"). */
  'removal-verb': [
    'entfernt', 'entfernen', 'behebt', 'beheben', 'behoben', 'lost', 'losen', 'gelost', 'auflosen', 'vertreibt', 'vertreiben', 'eliminiert', 'eliminieren',
    'beendet', 'beenden', 'stoppt', 'stoppen', 'gestoppt', 'kuriert', 'kurieren', 'ausheilen', 'ausgeheilt', 'verschwindet', 'verschwinden', 'beseitigt', 'beseitigen',
  ],
  /**
   * Verbs that promise a disease gone for good, beyond the effect verbs ("kuriert", "vertreibt",
   * "bezwingt", "verbannt"). "Entfernen" is left out: a doctor removes warts and varicose veins;
   * "auskurieren" too: one cures a cold oneself.
   */
  'cure-verb': ['kuriert', 'kurieren', 'bezwingt', 'bezwingen', 'vertreibt', 'vertreiben', 'verbannt', 'verbannen', 'eliminiert', 'eliminieren', 'erlost', 'erlosen', 'besiegt', 'besiegen', 'tilgt', 'tilgen'],
  /** Words that declare a complaint gone ("Rückenschmerzen ade", "Akne ist Geschichte", "wie weggeblasen"). */
  'gone-word': [
    'ade', 'adieu', 'tschuss', 'goodbye', 'lebewohl', 'passe', 'geschichte', 'vergangenheit', 'vergessen', 'verschwunden', 'verflogen', 'vorbei', 'weg', 'futsch', 'weggeblasen', 'wie weggeblasen',
    'geheilt', 'ausgeheilt', 'kuriert', 'besiegt',
  ],
  /**
   * Hedges of aftercare and education: a complaint that "usually" fades "after a few days" is
   * information about a course, not a cure promised ("Die Schwellung verschwindet meist von selbst").
   */
  'course-hedge': ['in der regel', 'meist', 'meistens', 'normalerweise', 'gewohnlich', 'ublicherweise', 'oft', 'haufig', 'von selbst', 'von allein', 'spontan', 'vorubergehend', 'nach wenigen', 'nach einigen', 'innerhalb weniger'],
  /**
   * Diseases of Anlage A zu § 12 HWG that self-treatment ads name: notifiable infections (IfSG) and
   * malignant tumours. Addictions and pregnancy complications have their own patterns in the rule.
   */
  notifiable: [
    'corona*', 'covid*', 'sars', 'masern', 'keuchhusten', 'tuberkulose', 'hepatitis', 'hiv', 'aids', 'influenza', 'norovirus', 'salmonell*', 'borreliose',
    'krebs*', '*krebs', 'tumor*', 'karzinom*', 'melanom*', 'leukamie', 'lymphom*', 'metastas*',
  ],
  /** Body fat as the target of a "fat away" promise ("Fettzellen", "Fettpölsterchen", "Fettdepots"). */
  fat: ['fett', 'fettzellen', 'fettdepot*', 'fettpolster*', '*fettpolster', 'fettgewebe', 'bauchfett', 'huftgold', 'speckrollen', 'fettreserven', 'problemzone*'],
  /**
   * Doctors and health specialists, also as the end of a compound ("Proktologe", "Suchtmediziner",
   * "Zahnärztin", "Schönheitschirurg"): whom a rank or a sales pitch is pinned on.
   */
  specialist: [
    '*arzt', '*arztin', '*arzte', '*arzten', '*arztinnen', '*loge', '*logen', '*login', '*loginnen', '*mediziner', '*medizinerin', '*medizinern',
    // The common specialties spelled out as well: letter-spaced text ("U r o l o g e") is re-read
    // against the pack's known words, and a compound pattern ("*loge") names no whole word.
    'urolog(e|en|in)', 'kardiolog(e|en|in)', 'proktolog(e|en|in)', 'gynakolog(e|en|in)', 'dermatolog(e|en|in)', 'neurolog(e|en|in)',
    'onkolog(e|en|in)', 'internist(en|in)', 'orthopad(e|en|in)', 'psychiater(in)',
    '*chirurg', '*chirurgen', '*chirurgin', '*pade', '*paden', '*padin', '*iater', '*iatern', '*iaterin', 'apotheker', 'apothekerin', 'spezialist*', 'experte', 'experten', 'expertin*', 'professor*', '*therapeut', '*therapeuten', '*therapeutin',
  ],
  /** Products, also as the end of a compound ("Zahnpflegeprodukte", "Vitaminprodukten"). */
  'product-word': ['produkt*', '*produkt', '*produkte', '*produkten'],
  /** Channels that replace a visit. */
  'remote-channel': ['smartphone', 'handy', 'app', 'zoom', 'skype', 'video', 'videochat', 'videocall', 'whatsapp', 'chat', 'telefon', 'internet', 'facetime'],
  /**
   * Acts of treatment (not of advice or booking): what may not be delivered remotely without a
   * visit. "Beratung", "Termin" and "Konsultation" are left out: talking and booking online are lawful.
   */
  'care-act': [
    'diagnose*', 'krankschreib*', 'krankmeldung*', 'attest*', 'rezept', 'rezepte', 'sitzung*', '*sitzung', '*sitzungen', 'behandlung', 'behandlungen', 'therapie', 'therapien', 'anwendung*',
  ],
  /** Vitality and health as a whole, which supplements and alternative methods claim to restore. */
  vitality: ['vitalitat', 'lebenskraft', 'lebensfreude', 'gesundheit', 'jugendlichkeit', 'wohlbefinden', 'abwehrkraft', 'selbstheilungskrafte'],
  /** Verbs that restore or make flourish ("die Gesundheit aufblühen lassen", "Vitalität zurückgewinnen"). */
  'restore-verb': ['aufbluhen', 'zuruckgewinnen', 'zuruckzugewinnen', 'zuruck', 'wiederherstellen', 'wiederhergestellt', 'zuruckgeben', 'boosten', 'ankurbeln'],
  /** Other providers or treatments a disparaging comparison points at. */
  'provider-other': [
    'behandlungen', 'praxen', 'kliniken', 'anbieter', 'kassenpraxen', 'kassenarzte', 'krankenhauser', 'unikliniken', 'arzte', 'arztinnen', 'zahnarzte', 'kollegen', 'kolleginnen', 'studios', 'institute', 'methoden', 'verfahren',
    'diaten', '*diaten', 'produkte', 'mittel', 'praparate', 'cremes',
  ],
  /**
   * How a reviewer says they were cared for ("habe mich gut aufgehoben gefühlt", "fühlte mich ernst
   * genommen"): with a first-person "gefühlt" a patient's voice, never the practice's ("bei mir sind
   * Sie gut aufgehoben" has no "gefühlt").
   */
  'felt-care': ['aufgehoben', 'wohl', 'wohlgefuhlt', 'sicher', 'verstanden', 'willkommen', 'ernst genommen', 'geborgen', 'gut beraten', 'bestens beraten', 'in guten handen', 'in besten handen'],
  /** The people a patient thanks in a review ("Vielen Dank an das ganze Team", "Dankeschön an Frau Dr. …"). */
  'thanked-staff': ['team', 'praxisteam', '*team', 'dr', 'doktor', 'frau', 'herrn', 'herr', 'prof', 'arztin', 'arzt', '*arztin', '*arzt', 'schwestern', 'helferinnen', '*helferinnen', 'personal', 'chirurgin', 'chirurg',
    '*pade', '*paden', '*padin', '*loge', '*logen', '*login', '*therapeut', '*therapeuten', '*therapeutin'],
  /** A patient's words for the outcome in a review ("sehe jünger aus", "fühle mich wohl"). */
  'felt-outcome': [
    'junger', 'besser', 'frischer', 'schoner', 'wohl', 'wohler', 'gesund', 'fit', 'wie neu', 'erholt', 'entspannter', 'attraktiver', 'selbstbewusster',
    // How the patient's own skin or body part looks now ("Meine Aknenarben wirken feiner") — de-5.
    'feiner', 'glatter', 'straffer', 'kleiner', 'reiner', 'heller', 'gleichmassiger', 'ebenmassiger', 'praller', 'voller', 'weicher', 'definierter',
  ],
};
