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
  'nie wolno ~3 (reklam*|reklamow*|publikow*|zamieszcza*|używać|wykorzystywać|przedstawiać|sugerować|kierować|kierowania|rozpowszechnia*|stosować|wprowadzać|odwoływać|prezentować|oferować|zachęcać|posługiwać|udzielać|obiecywać|gwarantować|prowadzić)',
  'przyjmowani* produktu leczniczego',
  'reklama produktu leczniczego',
  'nie (może|mogą) ~1 (zawierać|polegać|wprowadzać|sugerować|odwoływać|naruszać)',
  // "nie może być" alone is also "nie może być lepiej!": only with what cannot be so.
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
  // A price alone is not an ad signal: a catalogue or price list (name, price, specs) is not
  // advertising (art. 59 UWM). A price with a lure is ("tylko", "promocyjna").
  'cen(a|ie|ę|y) ~2 (tylko|promocyjn*)',
  'promocj*',
  'rabat*',
  'zniżk*',
  'taniej',
  'z ~1 kodem',
  'now(y|a|e|ego|ej|ą) (glukometr*|ciśnieniomierz*|inhalator*|test*|aparat*|plaster*|plastr*|opask*|wkładk*|żel*|spray*|model*|termometr*|pulsoksymetr*|irygator*|szczoteczk*|soczewk*|wyrób)',
  'zapytaj* w aptece',
  'zapytaj* (o|farmaceut*)',
  'sięgnij* po',
  'reklamę prowadzi',
  // persuasive product copy ("idealny do", "wysokiej jakości", "zapewnia komfort")
  '(idealn*|doskonał*|świetn*) (do|dla|na|rozwiązani*)',
  'wysokiej jakości',
  'zapewnia* ~1 (komfort*|wygod*|skuteczn*|ochron*)',
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
const PROFESSION_WORDS =
  '(lekarz*|lekark*|lekarze|stomatolo*|dentyst*|dermatolo*|ginekolo*|ortoped*|pediatr*|kardiolo*|okuli*|fizjoterapeut*|farmaceut*|pielęgniar*|położn*|ratowni*|specjali*|eksper*|chirurg*|chirurdz*|laryngolo*|urolo*|diabetolo*|alergolo*|dietety*|logoped*|optometry*|higienist*)';

/** Physicians by title or specialty (without "specjalista", "ekspert"). */
const DOCTOR_WORDS =
  '(lekarz*|lekarze|lekark*|stomatolo*|dentyst*|dermatolo*|ginekolo*|ortoped*|pediatr*|kardiolo*|okuli*|chirurg*|chirurdz*|laryngolo*|urolo*|diabetolo*|alergolo*)';

/** Class references (the pack declares them from the word lists above: see PL_CLASSES). */
export const PROFESSIONS = '@profession';
export const DOCTORS = '@doctor';

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
  'promocj(a|i|ę|ą|e|ach|ami)',
  'promocyjn*',
  'rabat*',
  'zniżk*',
  // a discount "-20%", not the dash of a range ("20-30% redukcji tkanki", "w 90%-98%": a digit or
  // a per cent sign before it)
  're:(?<![\\d%])(?<![\\d%]\\s)-\\s?\\d{1,2}\\s?%',
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
  // price lures without the word "promocja": packages, reduced or attractive prices
  'atrakcyjn* cen*',
  'obniżon* cen*',
  'specjaln* (pakiet*|cen*|ofert*)',
  'pakiet* (usług*|zabieg*|wizyt*)',
  '(zmniejszon*|obniżon*|pomniejszon*|taniej) o #money',
  '(zmniejszon*|obniżon*|pomniejszon*|taniej) o #percent',
  // a crossed-out price: "299 zł zamiast 399 zł", "było 399 zł, teraz 299 zł"
  '#money (zamiast|przed) #money',
  '(było|teraz) #money',
  'pakiet* ~6 #money',
  // "już od 599 zł": a starting price as a lure (the PL counterpart of "ab")
  '(już|tylko|jedynie) od #money',
  '#number (zabieg*|zabiegi|zabiegów) ~8 w cenie',
  // a trade-in: "Wymień stare na nowe", "oddaj swój stary aparat w zamian za baterie"
  '(wymień|wymieńcie|wymiana|wymianę|wymianie|oddaj|oddajcie|oddać|oddając*) ~2 (stare|stary|starą|starego|starych|używan*) ~3 na now*',
  '(wymień|wymieńcie|wymiana|wymianę|wymianie|oddaj|oddajcie|oddać|oddając*) ~2 (stare|stary|starą|starego|starych|używan*) ~3 w zamian',
  // the rules of a campaign: "Regulamin akcji", "regulamin promocji"
  'regulamin* (akcji|promocji|loterii)',
  'regulamin* programu lojalnościow*',
  // a token price or half price: "konsultacja za 1 zł", "symboliczna opłata", "druga osoba za pół ceny"
  're:za\\s1\\s?(zl|zlot)',
  'za ~1 złotówk*',
  'symboliczn* złotówk*',
  'za symboliczn* (opłat*|cen*|kwot*)',
  'za pół ceny',
  'pół ceny',
  'połow(a|ę|y) ceny',
  // a referral reward: "przyprowadź znajomego, a oboje otrzymacie 100 zł"
  // (with the reward: "poleć nas znajomym" alone asks for word of mouth, not a price)
  '(poleć|polećcie|przyprowadź|przyprowadźcie|zaproś|zaproście) ~2 (znajom*|przyjaci*|przyjaciół*|koleżank*|koleg*|bliskich|bliską|bliskiego) ~8 (rabat*|zniżk*|gratis*|bon*|voucher*|otrzyma*|dostanie*|dostaniecie|dostaniesz|zyska*|taniej|prezent*)',
  'program* poleceń',
];

/** Traps for PROMOTION: public-health terms, free parking, jobs, NFZ entitlements. */
export const PROMOTION_ALLOW: Pattern[] = [
  // "promocja ośrodka": promoting an entity (a sales show, a brand), not a price promotion
  'promocj* (ośrodka|firmy|marki|placówki|sanatorium|produktu|zdrowego)',
  'promocj* zdrowia',
  'bezpłatn* (parking*|infolini*|wifi|dostaw*|miejsc*|szkoleni*)',
  'konkurs* na (stanowisko|udzielanie)',
  'konkurs* ofert*',
  'bezpłatn* ~4 nfz',
  'bezpłatn* (warsztat*|szkoleni*|wykład*|webinar*|szkoł*|spotkani*)',
  'w ramach nfz',
  // a warranty remedy, not a lure: "bezpłatne usunięcie wad", "bezpłatna naprawa usterek"
  'bezpłatn* (usunięci*|usuwani*|napraw*|wymian*|poprawk*) ~1 (wad|wady|usterk*|usterek|uszkodzeń)',
  // a cancellation fee or refund, not a price cut: "pół ceny wizyty zwracamy przy odwołaniu"
  '(pół|połow*) ceny ~3 (zwraca*|zwrot*|potrąca*|pobiera*|przepada*)',
  '(zwraca*|zwrot*|potrąca*|pobiera*) ~3 (pół|połow*) ceny',
];

/** Public entitlements and warranty terms: a free check-up that keeps a warranty valid is a condition, not a lure. */
export const PROMOTION_UNLESS: Pattern[] = [
  // blood donation drives ("regulamin akcji krwiodawstwa") are public health, not a sale
  'krwiodaw*',
  // a free remedy when the treatment fails is a warranty term: "w przypadku odrzucenia wszczepu
  // wprowadzamy następny bezpłatnie"
  'w (przypadku|razie) ~3 (komplikacj*|powikła*|niepowodze*|odrzuceni*|utraty|uszkodze*|awari*|wad*|usterk*)',
  'w ramach ~1 (gwarancj*|rękojm*)', '(warunk*|utrzymani*) ~2 (gwarancj*|rękojm*)', 'przysługuj*', 'poz', 'szczepi*', 'zaszczep*', 'nfz', 'narodow* fundusz*', 'refundowan*', 'refundacj*', 'program* profilaktyk*', 'ubezpieczeni*'];

/**
 * Class: claims that a product cures or heals ("leczy", "wyleczy", "uzdrawia"). Source: MDR art. 7
 * lit. a (devices), Reg. 1169/2011 art. 7 ust. 3 ("leczenia chorób", foods), Reg. 1223/2009 art. 20
 * (cosmetics). Shared by pl/cure-claim, pl/food-claim and pl/cosmetic-claim.
 */
export const CURE_VERBS: Pattern[] = ['lecz(y|ą)', 'wylecz(y|ysz|ymy|ą|ony|ona|one|enie|enia|eniem|yć|ył|yła|yłam|yłem|yli|yły)', 'uzdrawia*', 'uzdrowi(|sz|my|ą)'];

/**
 * People and places that treat. Nouns only: the adjectives ("materac ortopedyczny leczy", "krem
 * dermatologiczny leczy") are exactly the product claims the cure rules are for.
 */
export const CURE_ALLOW: Pattern[] = [
      '(lekarz*|lekark*|dr|doktor*|specjalista|specjalistka|specjaliści|dermatolog|dermatolodzy|stomatolog|stomatolodzy|ortopeda|ortopedzi|kardiolog|kardiolodzy|ginekolog|ginekolodzy|klinik*|gabinet*|przychodni*|poradni*|oddział*|zespół|który|która|którzy|kto) ~2 lecz(y|ą)',
];

/**
 * Class: pseudo-scientific properties (e-smog shielding, cell "frequencies", stem cells in a
 * cosmetic, oxygen delivered to the skin). Source: MDR art. 7 lit. a; cosmetics Reg. 655/2013
 * (truthfulness, evidence).
 */
export const PSEUDO_SCIENCE: Pattern[] = [
  'promieniowani* elektromagnetyczn*',
  'e-smog*',
  'elektrosmog*',
  '(drgań|drgania|drganiami|wibracj*|częstotliwoś*|rezonans*) ~3 (komórek|komórk*|organizm*)',
  '(komórk*|komórek) macierzyst*',
  '(dostarcz*|dotleni*|dotlenia*) ~5 tlen*',
  'drug* młodoś*',
  'napraw* ~3 (dna|komórek|komórk*|chrząstk*|nerwów)',
  'przyspiesz* (metabolizm*|przemian*|spalani*)',
  'powstrzym* ~3 (namnażani*|wirus*|infekcj*)',
];

/**
 * Class: effects a product does not have (works on viruses, boosts immunity, rejuvenates,
 * detoxes, "magnetic properties", cures everything). Source: MDR art. 7 lit. a; Pf art. 53 ust. 1;
 * Reg. 1924/2006 art. 10 (unauthorised health claims). Shared by pl/misleading-property and the
 * food and cosmetics rules.
 */
export const EFFECT_CLAIMS: Pattern[] = [
  'działa(|ją) (na|przeciw) (wirus*|bakteri*|koronawirus*|grzyb*|drobnoustroj*)',
  'przeciwwirusow*',
  'zabija ~2 (wirus*|bakteri*|drobnoustroj*|koronawirus*)',
  '(wzmacnia*|wzmocni*|zwiększa*|zwiększy*|podnosi*|podniosł*|podniesie|buduje|zbuduje) ~2 (odporność|odpornościow*)',
  // healing power ascribed to magnets, fields, stones or water ("lecznicza siła magnesów")
  'lecznicz* (sił*|moc*|właściwości*|działani*) ~2 (magnes*|pola|pole|polem|kamieni*|kryształ*|miedzi*|energi*|promieni*)',
  'odmładza(|ją|jąc*)',
  'regeneruj* (komórk*|organizm*|chrząstk*|staw*)',
  'odbudowuj* (chrząstk*|staw*|kości|kość|nerw*)',
  'usuwa* (toksyn*|przyczyn*)',
  'detoks*',
  'oczyszcza* (organizm*|krew|wątrob*|jelit*)',
  // toxins washed out of the body, whatever the wording: "oczyszcza ciało z toksyn", "wypłukuje toksyny"
  '(oczyszcza*|oczyści*|odtruwa*|wypłukuj*|wypłucze|wydala*) ~3 toksyn*',
  // benefits for the whole body ("zdumiewająco korzystne efekty dla całego organizmu", "zbawienny
  // wpływ na cały organizm"): a vague systemic benefit no treatment can show
  '(korzystn*|pozytywn*|zbawienn*|dobroczynn*|zdumiewając*) ~3 (cały|całego|całym|całe) (organizm*|ciał*|ciało)',
  'właściwości* magnetyczn*',
  'cudown* (lek*|środ*|działani*|urządze*|sposób|sposob*|efekt*|właściwości*)',
  'cudownie (działa|leczy)',
  'likwiduj* (stan*|przyczyn*|chorob*|nowotwor*|zapaleni*)',
  'na wszystkie (dolegliwości|choroby|schorzenia|bolączki)',
  'wszystkie układy ~1 narządy',
  'cofa* (chorob*|zmian*|miażdżyc*|cukrzyc*|zwyrodnieni*)',
  'zastępuje (leki|leczenie|operacj*|farmakoterapi*)',
  ...PSEUDO_SCIENCE,
];

/**
 * Class: a direct appeal to children, or asking them to get adults to buy. Source: UWM art. 55
 * ust. 2 pkt 2 (devices), Directive 2001/83 art. 90 lit. e (drugs). Shared by pl/minor-targeting
 * and pl/drug-minor-targeting.
 */
export const MINOR_APPEAL: Pattern[] = [
  'hej (dzieci|dzieciaki|maluchy|przedszkolaki|uczniowie)',
  'dzieciaki',
  'poproś* (mamę|tatę|rodziców|mamy|taty|babcię|dziadka|rodzica)',
  'powiedz* (mamie|tacie|rodzicom|babci|dziadkowi)',
  'niech (mama|tata|rodzice|babcia|dziadek) ~2 (kup*|zamów*|przyniesie|przyniosą)',
  'zbierz* ~1 kolekcj*',
  'zbieraj* ~2 (naklejk*|figurk*|kolekcj*)',
  '(mamo|tato) kup',
];

/**
 * Class: health professionals (or "experts", "scientists") as recommenders: "lekarz poleca",
 * "polecany przez dermatologów", "9 na 10 stomatologów", white-coat staging. Source: UWM art. 55
 * ust. 2 pkt 1, Pf art. 55 ust. 1, Reg. 1924/2006 art. 12 lit. c. Shared by pl/medical-authority
 * and pl/professional-endorsement.
 */
export const AUTHORITY_ENDORSEMENT: Pattern[] = [
  `${PROFESSIONS} ~2 (poleca|polecają|polecam|polecamy|polecił|poleciła|polecili|zaleca|zalecają|zalecam|zalecamy|rekomenduje|rekomendują|rekomenduję|rekomendujemy)`,
  `(polecan*|rekomendowan*|zalecan*) przez ~1 ${PROFESSIONS}`,
  // "approved/tested by specialists" invokes evidence (pl/unsubstantiated-claim); by doctors it is authority
  `(zatwierdzon*|testowan*|sprawdzon*|stosowan*|opracowan*|stworzon*) (przez|z) ~1 ${DOCTORS}`,
  `(jako|jestem) ${PROFESSIONS} ~5 (polecam|zalecam|rekomenduję|używam|stosuję)`,
  // "experts"/"doctors" as the voice of the ad: "według dermatologów", "lekarze potwierdzają"
  `(według|wg|zdaniem) ~1 ${PROFESSIONS}`,
  `${PROFESSIONS} (potwierdzają|twierdzą|przekonują|zalecają|wybierają|ufają|doceniają)`,
  // the verb first: "Zabieg poleca dr n. med. …", "Krem rekomendują dermatolodzy"
  '(poleca|polecają|rekomenduje|rekomendują) (dr|dr.|doktor*|profesor*|prof.)',
  `(poleca|polecają|rekomenduje|rekomendują) ${PROFESSIONS}`,
  `${PROFESSIONS} są zgodni`,
  // a doctor or medical academic quoted as the ad's voice: "– mówi Jan Nowak, prof. dr hab. nauk
  // medycznych", "przekonuje dr Anna Kowalska"
  // (a dotted abbreviation in a closing group would end the word early: "dr" in "drenaż", so "prof." stands alone)
  '(mówi|twierdzi|przekonuje|podkreśla|wyjaśnia|tłumaczy|zaznacza|radzi) ~4 (profesor*|dr|doktor*)',
  '(mówi|twierdzi|przekonuje|podkreśla|wyjaśnia|tłumaczy|zaznacza|radzi) ~4 prof.',
  '(prof.|dr) ~2 hab. ~1 nauk medycznych',
  `${PROFESSIONS} zgodnie twierdzą`,
  're:\\d+\\s(na|z)\\s10\\s(lekarzy|dermatologow|stomatologow|dentystow|pediatrow|ginekologow|farmaceutow|ortopedow|specjalistow|ekspertow)',
  '(biał*|lekarsk*) (fartuch*|kitel|kitla|kitlu|kitlem|kitle|kitli)',
  'fartuch* (lekarsk*|medyczn*)',
  'stetoskop*',
  'wybór (lekarzy|dermatologów|stomatologów|specjalistów|farmaceutów)',
];

/**
 * Class: a professional persona presenting a device: testing, showing or using it, or "it works for
 * me" in a professional's voice (UWM art. 55 ust. 2 pkt 1, second limb). Devices only.
 */
const PRESENTS = '(testuje|testujemy|przetestował*|pokazuje|pokazała|pokazał|prezentuje|demonstruje|używa|stosuje|sprawdza|sprawdził*|recenzuje)';
export const PROFESSIONAL_PRESENTS: Pattern[] = [
  `${PROFESSIONS} ~3 ${PRESENTS}`,
  `(dr|dr.|doktor*|lek.) ~3 ${PRESENTS}`,
  `(jako|jestem) ${PROFESSIONS} ~4 (testuj*|przetestował*|pokazuj*|sprawdz*|noszę)`,
  `(jako|jestem) ${PROFESSIONS} ~6 (sama|sam) ~1 (noszę|używam|stosuję)`,
];

// (any form of "skonsultować": "stosowanie należy skonsultować z lekarzem" is the label warning, not an endorsement)
export const AUTHORITY_ALLOW: Pattern[] = ['skonsult* ~3 z ~1 (lekarzem|farmaceutą|specjalistą)', 'dr inż*', '(mówi|radzi) ~2 (lekarzowi|lekarzem)'];
/** Job ads are not endorsements. */
export const AUTHORITY_UNLESS: Pattern[] = ['zatrudni*', 'poszukuj*', 'rekrut*', 'ofert* pracy'];

/**
 * Class: public figures and scientists as presenters or recommenders (a named role: actor, TV
 * presenter, athlete, influencer, professor). Source: Pf art. 55 ust. 1 pkt 1–2. Shared by
 * pl/celebrity (drugs) and pl/celebrity-product (devices, supplements).
 */
export const CELEBRITY: Pattern[] = [
  'grup* ~2 naukowc*',
  // a dotted abbreviation as the last token of a group ends the match without a word end: "z dr" in
  // "z drużyną" (src/core pattern compiler), so "prof." stands alone
  'na czele z ~1 (profesor*|dr)',
  'na czele z ~1 prof.',
  '(naukowc*|naukowiec|profesor*) ~6 (opracowa*|odkry*|stworzy*|wytoczy*|postanowi*)',
  '(aktor*|aktork*|piosenkar*|influencer*|influencerk*|celebryt*|modelk*|youtuber*|sportow*|miss) ~3 (polec*|wybrał*|zaufał*|chwali*|odwiedził*|korzysta*|nosi|używa|stosuje)',
  'znan(y|a|ego|ej|emu|ym|ą|i) (aktor*|aktork*|piosenkar*|prezenter*|dziennikar*|sportow*|influencer*|blogerk*|bloger*|youtuber*|celebryt*|trener*|modelk*|kucharz*)',
  'lubian(y|a|ego|ej|ym|ą) (aktor*|aktork*|piosenkar*|prezenter*|dziennikar*|sportow*)',
  'prezenter* (telewizyjn*|radiow*|pogody)',
  'gwiazd(a|y|ą|o) (tv|telewizji|sportu|estrady|serialu|kina|disco|instagrama|tiktoka|polsat*|tvn)',
  'celebryt*',
  'ambasador* marki',
  'twarz(|ą) (kampanii|marki)',
  '(mistrz*|mistrzyni*|medalist*|medalistk*) (olimpijsk*|świata|europy|polski)',
  'olimpijczy*',
  '(profesor*|prof.|naukowc*|naukowiec) ~3 (polec*|zalec*|potwierdz*|stosuj*|używa*)',
  // the product credited to a scientist, the participle first: "opracowany przez prof. Jana Nowaka",
  // "formuła stworzona przez zespół naukowców"
  '(opracowan*|stworzon*|zaprojektowan*|odkryt*|wynalezion*) przez ~3 (profesor*|naukowc*|naukowca|naukowcy)',
  '(opracowan*|stworzon*|zaprojektowan*|odkryt*|wynalezion*) przez ~1 prof.',
  // a scientist's record put forward to vouch for the product: "autorem lub współautorem ponad 200 publikacji naukowych"
  '(autor*|współautor*) ~4 publikacj*',
  '(autor*|współautor*) ~4 (prac|artykułów) naukowych',
];

/**
 * Class: superlatives and absolute valuations of a provider, result or quality ("najlepszy",
 * "najnowocześniejszy sprzęt", "nr 1", "jedyny", "lider"). Source: art. 14 ust. 1 UDL (NIL reading),
 * MDR art. 7, art. 16 ust. 1 pkt 2 uznk. Shared by pl/superlative and pl/superlative-product.
 */
export const SUPERLATIVE: Pattern[] = [
  // morphology (#superlative: naj- with an adjective or adverb ending) before a provider, result or
  // quality noun: "najszerszy wybór", "najwyższej jakości", "najniższe ceny". Spatial and temporal
  // superlatives ("najbliższy termin", "najczęstsze pytania") are in SUPERLATIVE_ALLOW.
  '#superlative @quality-noun',
  'wybitn* (specjali*|lekarz*|lekarze|zespół*|zespoł*|ekspert*|chirurg*|chirurdz*|stomatolog*|kadr*|efekt*)',
  'rewolucjoniz*',
  'nic lepszego',
  'nie da się zastąpić',
  'niezastąpion*',
  'najczęściej (stosowan*|wybieran*|polecan*|kupowan*)',
  'najchętniej (wybieran*|kupowan*|polecan*)',
  'najlepsz*',
  'najlepsi',
  'najskuteczniejs*',
  'najnowocześniejs*',
  'najtańs*',
  'najszybs*',
  'najbezpieczniejs*',
  'najdokładniejs*',
  'najsilniejs*',
  'najzdrowsz*',
  // "najwyższej, światowej jakości": an adjective may sit between the superlative and its noun
  'najwyższ* ~2 (jakości|poziom*|standard*|klas*)',
  'światow(ej|ym) (jakości|poziomie)',
  // "przełom w leczeniu zmian naczyniowych": a breakthrough is an absolute valuation, like "rewolucyjny"
  '(przełom|przełomem) w (leczeniu|medycynie|stomatologii|terapii|dermatologii|kosmetologii|diagnostyce|estetyce|ortopedii|rehabilitacji|odchudzaniu|walce|usuwaniu|implantologii|okulistyce)',
  'najkrótsz* (termin*|czas*|kolejk*)',
  'najnowsz* ~1 (technolog*|sprzęt*|urządze*|aparat*|metod*|laser*|generacj*|rozwiąza*|techni*|materiał*)',
  '(najskuteczniej|najtaniej|najszybciej|najbezpieczniej|najdokładniej)',
  'najlepiej ~1 (wyposażon*|ocenian*|wykwalifikowan*|wyszkolon*|dobran*|sprzedając*)',
  'najbardziej (skuteczn*|zaawansowan*|nowoczesn*|doświadczon*|bezpieczn*|polecan*|precyzyjn*)',
  'najwięcej (zadowolon*|pacjent*|klient*|zabiegów)',
  'jedyn(y|a|e|ego|ej|emu|ym|ych|ą|i)',
  '(numer|nr|no.|no) (1|jeden)',
  'lider* (rynku|w|wśród|branży)',
  'wiodąc* (klinik*|gabinet*|ośrod*|producent*|mark*|centr*|specjali*|placówk*)',
  'bezkonkurencyjn*',
  'niezrównan*',
  'ultranowoczesn*',
  'światowej klasy',
  'klasy premium',
  'topow*',
  'perfekcyjn*',
  'rewolucyjn*',
  'przełomow*',
  'doskonał(y|a|e|ego|ej|ym|ych|ą|ymi)',
  // a first or a gold standard ranks the provider or treatment: "jako pierwsi mieliśmy lasery
  // frakcyjne", "laseroterapia to złoty standard w odmładzaniu skóry"
  'jako (pierwsi|pierwszy|pierwsza|pierwsze)',
  // valuations that rank without "naj-": "prawdziwi eksperci", "renomowana klinika", "o
  // międzynarodowej sławie", "unikalna metoda", "nie ma sobie równych"
  'prawdziw(i|y|ych|ymi|a|ą|ej) (eksper*|specjali*|profesjonali*|mistrz*|fachow*)',
  'renomowan* (klinik*|gabinet*|ośrod*|centr*|specjali*|lekarz*|lekarze|chirurg*|chirurdz*|placówk*|zespół|zespoł*)',
  '(międzynarodow*|światow*|ogólnopolsk*) (sław*|renom*)',
  '(unikaln*|niepowtarzaln*) ~2 (metod*|technik*|terapi*|zabieg*|technolog*|program*|podejści*|protokoł*|protokół)',
  'nie (ma|mają|miała|miał|miały) sobie równ(ych|ego)',
  'złot(y|ym|ego|ej|a|e) standard*',
];

export const SUPERLATIVE_ALLOW: Pattern[] = [
  '(najbliższ*|najczęstsz*|najmłodsz*|najwcześniejsz*|najpóźniejsz*|najmniejsz*|najstarsz*) @quality-noun',
  'jak #superlative',
  'najlepsz* (życzenia|życzeń|pozdrowienia)',
  // "the best recommendation / calling card is our patients' opinions": a superlative about the
  // evidence, not a rank of the provider (that is pl/testimonial when the opinions follow)
  'najlepsz* (rekomendacj*|wizytówk*|dowod*|dowodem|reklam*|nagrod*|potwierdzeni*)',
  // "an excellent alternative to liposuction" compares with another treatment (pl/comparative)
  'doskonał* alternatyw*',
  // A superlative quoted as a word ("przymiotniki takie jak „najlepszy”") is talked about, not used.
  '(„|"|«) (najlepsz*|najtańs*|najnowocześniejs*|najkrótsz*|najskuteczniejs*|najtaniej|najszybciej|najskuteczniej|jedyn*) (”|"|“|»)',
  'jak (najszybciej|najtaniej|najskuteczniej|najbezpieczniej|najdokładniej)',
  'jedyn(e|a|y|ą) (co|czego|czym)',
  'jedyn* (wymog*|wymóg|warunk*|warunek|ograniczeni*|przeciwwskazani*|minus*|dokument*|różnic*|zmian*|skutk*|objaw*)',
  'jedyn* ~3 (czynn*|otwart*|dyżurując*|dostępn*) ~3 (w|na) (gminie|powiecie|mieście|okolicy|weekend*|niedziel*|święt*)',
  // "the only way to check / avoid / diagnose it is…": advice on what to do, not a rank
  'jedyn* (sposob*|sposób|metod*|drog*|możliwoś*) (zwiększenia|uniknięcia|sprawdzenia|oceny|potwierdzenia|zapobiegania|ustalenia|rozpoznania|weryfikacji|wykluczenia|postawienia|zdiagnozowania|wykrycia)',
  // perfection denied: "perfekcyjna korekta okularami nie jest możliwa"
  '(perfekcyjn*|doskonał*) ~5 nie (jest|są|będzie|bywa) (możliw*|osiągaln*)',
  // a statistic's range: "najbardziej skuteczna klinika osiągnęła 41%, a najmniej skuteczna 19%"
  'najbardziej ~6 (a|i|oraz|do) najmniej',
  'najmniej ~6 (a|i|oraz|do) najbardziej',
  // the best moment or chance is time pressure (pl/urging), not a rank of the provider
  '#superlative ~2 (okazj*|szans*|moment*|pora|porą|porę)',
  // a first step or visit, a newsletter's "be the first to know", a gold standard of diagnosis (education)
  'jako (pierwsi|pierwszy|pierwsza|pierwsze) (krok*|etap*|wizyt*|badani*|czynnoś*|objaw*|sygnał*)',
  'jako pierwsi ~2 (dowie*|otrzyma*|pozna*|dostan*)',
  'jako (pierwsi|pierwszy|pierwsza|pierwsze) w kolejności',
  'złot* standard* (diagnostyki|diagnostyczn*|rozpoznawania|badania|badań)',
  'złot* standard* w (diagnostyce|rozpoznawaniu|badaniu)',
];

/** A superlative backed by a named ranking, or a quotation of the law. */
export const SUPERLATIVE_UNLESS: Pattern[] = [
  '(według|wg|w) (rankingu|raportu|plebiscytu|zestawienia|badania)',
  'ranking*',
  // a sentence saying something cannot be had: "Perfekcyjna korekta wady wzroku za pomocą okularów
  // albo soczewek kontaktowych nie jest możliwa" (too long for the allow's gap)
  'nie (jest|są|będzie|będą|bywa) (możliw*|osiągaln*)',
  // a standard named by guidelines: "złoty standard według wytycznych ESE"
  '(według|wg) (wytycznych|zaleceń|rekomendacji|standardów)',
  'zgodnie z (wytycznymi|zaleceniami|rekomendacjami|standardami)',
  ...LEGAL_TEXT,
];

/**
 * Class: time and scarcity pressure ("nie czekaj", "tylko dziś", "ostatnie terminy", "oferta
 * ograniczona"). Source: NIL on art. 14 UDL; art. 7 pkt 7 upnpr. Shared by pl/urging and
 * pl/urging-product.
 */
export const URGENCY: Pattern[] = [
  'nie (czekaj|czekajcie|zwlekaj|zwlekajcie|ryzykuj|ryzykujcie|zastanawiaj|zastanawiajcie|przegap|przegapcie|odkładaj|odkładajcie|zwlekaj|wahaj|wahajcie)',
  '(tylko|jedynie|wyłącznie) (dziś|dzisiaj|teraz)',
  '(tylko|jedynie|wyłącznie) do (niedzieli|piątku|soboty|końca)',
  '(promocj*|ofert*|rabat*) ~2 do (końca|niedzieli|piątku|soboty|wyczerpania)',
  'tylko ~1 (weekend*|dni|godzin*)',
  'już (dziś|dzisiaj|teraz) ~2 (zapisz*|zamów*|kup*|umów*|zadzwoń*|skorzystaj*|sięgnij*|zarezerwuj*|skontaktuj*|zgłoś*)',
  '(zapisz*|zamów*|kup*|umów*|zadzwoń*|skorzystaj*|zarezerwuj*|skontaktuj*|zgłoś*|przyjdź*|odwiedź*) ~4 (jeszcze|już) (dziś|dzisiaj|teraz)',
  '(zapisz*|zamów*|kup*|umów*|zadzwoń*|skorzystaj*|zarezerwuj*) ~3 natychmiast',
  'ostatni(e|ch) ~2 (terminy|termin*|miejsc*|sztuk*)',
  'pospiesz* się',
  'spiesz* się',
  'oferta ~1 ograniczon*',
  '#imperative ~3 (już|jeszcze) (dziś|dzisiaj|teraz)',
  'do wyczerpania (zapasów|zapasu|miejsc|puli|limitu|produktów|towaru|sztuk|stanów|stanu)',
  'zanim (zabraknie|skończ*|znikn*|minie)',
  'oferta ważna (do|tylko)',
  'liczba (miejsc|sztuk|terminów|wizyt|zabiegów|voucherów|bonów|zapisów) ~1 ograniczon*',
  'ograniczon* liczb* (miejsc|sztuk|terminów|wizyt|zabiegów|voucherów|bonów|zapisów)',
  'sięgnij* po',
  'zasługujesz na',
  // "Twój uśmiech zasługuje na więcej"
  '(twój|twoja|twoje|twoich|twojej|twojego) ~2 (zasługuje|zasługują) na',
  'zrób to dla siebie',
  'kliknij i (kup*|zamów*|zapisz*)',
  // scarcity of the stock itself, in any order (round 7): "sprzedawany w ograniczonych ilościach",
  // "ilość opakowań ze zniżką jest ograniczona", "dopóki jest dostępny", "póki starczy zapasów",
  // "zostało tylko 5 sztuk", "limitowana seria", "aby się pospieszył" (art. 7 pkt 7 upnpr)
  'ograniczon* (ilości*|ilość|nakład*|pul*|zapas*|parti*)',
  '(ilość|ilości|liczba|pula) (opakowań|sztuk|produktów|produktu|preparatu|zestawów|voucherów|bonów|kuponów|egzemplarzy|miejsc|terminów) ~4 (ograniczon*|limitowan*)',
  '(nakład|pula|zapasy|zapas|partia) ~3 (ograniczon*|limitowan*)',
  '(dopóki|póki) ~3 (dostępn*|zapas*|starcz*|wystarcz*)',
  '(dopóki|póki) (trwa|trwają) (promocj*|ofert*|akcj*)',
  'się (pospiesz*|spiesz*|pośpiesz*)',
  'pośpiesz* się',
  'limitowan* (edycj*|seri*|liczb*|ilo*|pul*|nakład*)',
  '(zostało|zostały|pozostało|pozostały) ~1 (tylko|jedynie|zaledwie) ~1 #number',
  '(zostało|zostały|pozostało|pozostały) ~1 (tylko|jedynie|zaledwie) ~1 (kilka|parę|ostatni*)',
  // classes (round 10): the deal running out or bound to a deadline ("promocja dobiega końca",
  // "wolne terminy szybko się rozchodzą", "cena obowiązuje tylko do piątku"), the first N buyers,
  // the last chance
  '@deal ~4 @runs-out',
  '@deal ~4 (tylko|jedynie|wyłącznie) (do|przez)',
  '@deal ~5 coraz mniej',
  'coraz mniej ~2 @deal',
  '(pierwszych|pierwszym|pierwsze) #number (osób|osoby|osobom|pacjent*|klient*|klientek|zgłoszeń|zapisan*|kupując*|zamówień)',
  'ostatni* (okazj*|dzwonek|chwil*)',
  'ostatni* (dni|godzin*|szans*) ~2 @deal',
  'kto pierwszy ~1 ten lepszy',
  'czas ucieka',
  'póki (możesz|możecie|czas)',
];
export const URGENCY_ALLOW: Pattern[] = [
  'ostatni* ~2 (wizyt*|kontrol*) ~3 (przed|po)',
  // a link to reading, not to the service: "przeczytaj artykuł o zdrowiu dziąseł", "sprawdź, jak dbać o…"
  '(przeczytaj*|dowiedz*|poznaj*|sprawdź*|zobacz*) ~2 (artykuł*|wpis*|porad*|poradnik*|jak|czym|dlaczego|więcej)',
  // a look at a gallery is a before/after caption (pl/before-after), not an invitation to the service
  'zobacz(|cie) ~2 (metamorfoz*|zdjęci*|galeri*)',
];
/** Preparation and aftercare advice ("przed zabiegiem zadbaj o nawodnienie") is information. */
export const AFTERCARE: Pattern[] = ['przed zabiegiem', 'po zabiegu', 'po ekstrakcji', 'po operacji', 'zalecen*', 'zaleca*'];

/** Emergencies: "nie czekaj – dzwoń 112" is safety advice, not pressure to buy. */
// A shortage notice ("z powodu niedoborów w hurtowniach lek wydajemy w ograniczonej ilości") rations, it does not press.
export const URGENCY_UNLESS: Pattern[] = ['niedobor*', 'hurtowni*', '112', '999', 'pogotowi*', 'gorączk*', 'krwawieni*', 'duszności*', 'utrat* przytomności'];

/**
 * Class: persuasion, the "cechy reklamy" of art. 14 UDL as the NIL reads it: imperative invitations
 * to use the service and benefit or emotion framing ("zadbaj o uśmiech", "odzyskaj pewność
 * siebie", "zaufaj profesjonalistom", "wygładź zmarszczki w naszym gabinecie", "przekonaj się").
 * Plain booking or contact information ("umów wizytę: tel. …", "rejestracja online") is not in the
 * class (categories.md, `urging`). Source: art. 14 ust. 1 UDL; NIL, nil.org.pl/drukuj/4240/1.
 */
export const PERSUASION: Pattern[] = [
  'zadbaj(|cie) o (swój|swoje|swoją|swoich|siebie|uśmiech*|zdrowi*|urod*|wygląd*|skór*|sylwetk*|piękn*|włosy|zęby|twarz*|ciał*|kondycj*|komfort*)',
  'odzyskaj(|cie)',
  'poczuj(|cie) (się|różnic*|ulg*|komfort*|moc*|pewnoś*)',
  'przekonaj(|cie) się',
  'wybierz(|cie) (nas|nasz*|klinik*|gabinet*|centrum|zdrowi*|piękn*|komfort*|profesjonal*|doświadcz*|jakoś*)',
  'zaufaj(|cie)',
  'postaw(|cie) na (zdrowi*|piękn*|nas|profesjonal*|jakoś*|doświadcz*|sprawdzon*)',
  'pozwól(|cie) sobie',
  'podaruj(|cie) sobie',
  'zafunduj(|cie) sobie',
  'daj(|cie) sobie ~2 (szans*|pomóc|odmłodzi*)',
  'spełnij(|cie) ~2 marzeni*',
  'odmień(|cie)',
  'odmłódź(|cie)',
  'zrób(|cie) pierwszy krok',
  'zainwestuj(|cie) (w|we)',
  'spraw(|cie) sobie',
  'zrób(|cie) coś dla siebie',
  'zrób(|cie) sobie prezent',
  'ciesz(|cie) się (piękn*|zdrow*|młod*|nowym|nową|promiennym|pełnią|uśmiech*|efekt*)',
  'odkryj(|cie) (now*|swoj*|piękn*|moc*|sekret*|radość)',
  'wypróbuj(|cie)',
  'skorzystaj(|cie) z (ofert*|promocj*|zabieg*|naszej|naszych|usług*|okazj*|konsultacj*|rabat*|zniżk*|pakiet*)',
  'sprawdź(|cie) ~2 (ofert*|cen*|porówna*|promocj*|efekt*|różnic*|sam*)',
  '(wygładź*|wypełnij*|powiększ|powiększcie|usuń|usuńcie|pozbądź*|zlikwiduj*|popraw|poprawcie|ujędrnij*|wyszczupl*|wymodeluj*|wybiel|wybielcie|odśwież*) ~6 u nas',
  '(wygładź*|wypełnij*|powiększ|powiększcie|usuń|usuńcie|pozbądź*|zlikwiduj*|popraw|poprawcie|ujędrnij*|wyszczupl*|wymodeluj*|wybiel|wybielcie|odśwież*) ~6 w (naszym|naszej|klinice|gabinecie)',
  'pozbądź(|cie) się',
  'zapraszamy ~3 do (skorzystania|odwiedzenia|wypróbowania|doświadczenia|odkrycia|przekonania)',
  'warto ~1 (wybrać|skorzystać|zdecydować|postawić|zaufać|odwiedzić|przyjść|sprawdzić|wypróbować|zainwestować)',
  // "now is the moment": a request or a recommendation tied to right now ("Sprawdź, które zabiegi
  // warto wykonać właśnie teraz")
  'warto ~4 (właśnie|akurat) teraz',
  '(umów*|zapisz*|zarezerwuj*|zadzwoń*|skorzystaj*|zdecyduj*|wybierz*|zgłoś*|przyjdź*|wykonaj*|zrób*|sprawdź*|kup*|zamów*) ~8 (właśnie|akurat) teraz',
  'zanurz(|cie) się',
  'doświadcz(|cie)',
  'zyskaj(|cie)',
  'otrzymaj(|cie) ~2 (rabat*|zniżk*|gratis*|prezent*|bon*)',
  'odbierz(|cie) ~2 (rabat*|zniżk*|prezent*|bon*|gratis*)',
  'niech ~2 przekona*',
  'rozpocznij(|cie) ~3 (drog*|przygod*|metamorfoz*)',
  'drog* do (zdrow*|piękn*|wymarzon*|pewnoś*)',
  'nie (zwlekaj|czekaj) ~2 (decyzj*|dłużej)',
  // "get yourself examined", "rescue your joints": an imperative aimed at the reader's own body
  'zbadaj(|cie) (się|swoje|swój|swoją|swoich)',
  'się zbadaj(|cie)',
  'ratuj(|cie) (swoje|swój|swoją|swoich|siebie|zdrowi*)',
  // social proof that asks the reader to follow: "dołącz do grona zadowolonych pacjentów",
  // "zaufało nam już ponad 3000 osób"
  '(dołącz|dołączcie|dołączysz|dołączyć) do (grona|grupy|tysięcy|setek) ~2 (zadowolon*|szczęśliw*|uśmiechnięt*)',
  'zaufał(o|y|a|) nam już',
  '(zaufało|zaufały|zaufali|zaufała) nam ~1 #number',
  '(zaufało|zaufały|zaufali) nam ~1 (tysiące|tysiąc*|setki|ponad|rzesze)',
  'pokochaj(|cie) (swoj*|siebie|swój|swoje)',
  // "Chcesz pięknej cery? Przyjdź do nas": the wish named as the benefit the clinic sells
  '(chcesz|chcecie|pragniesz|pragniecie) ~1 (piękn*|młod*|szczupł*|gładk*|jędrn*|biał*|promienn*|olśniewając*|idealn*)',
  // the conditional benefit pitch: "Jeśli zależy Ci na pięknym uśmiechu … zapraszamy"
  '(jeśli|jeżeli|gdy) (marzysz|marzycie|pragniesz) o',
  '(jeśli|jeżeli|gdy) (zależy|chcesz|cenisz|oczekujesz) ~4 (piękn*|zdrow*|uśmiech*|młod*|szczupł*|sylwetk*|wygląd*|komfort*|pewnoś*|jędrn*|gładk*|profesjonaliz*)',
  // "czas na zmiany", "czas na ulgę … dla Ciebie"
  'czas na (metamorfoz*|piękn*)',
  'czas na ~4 dla (ciebie|siebie|was)',
  // the best or only chance: "najlepsza w roku okazja, żeby zbadać słuch", "unikalna szansa, aby…"
  // ("jedyna szansa na przeżycie" is a medical fact, so "jedyna" only with "okazja")
  '(najlepsz*|jedyn*|unikaln*|wyjątkow*|niepowtarzaln*) ~2 okazj*',
  '(najlepsz*|unikaln*|wyjątkow*|niepowtarzaln*) ~2 szans*',
  // class (round 10): any imperative with the benefit it sells ("odbuduj młodość", "przywróć
  // skórze blask", "zacznij metamorfozę sylwetki"); @benefit-verb lists the imperatives #imperative
  // does not read (endings other than -aj/-ij/-uj/-yj: "przywróć", "popraw", "odśwież")
  '#imperative ~2 @benefit',
  '@benefit-verb ~2 @benefit',
];

/** Class: pushing a child to get adults to buy (categories.md: minor-targeting is urging too when it pushes to buy). */
/** Class: persuading a reader to switch to or try a product ("przejdź na Degasin", "niech się pan przekona"). */
export const SWITCH_PERSUADE: Pattern[] = ['przejdź(|cie) na', 'niech ~2 przekona*'];

export const CHILD_PUSH: Pattern[] = [
  'poproś* (mamę|tatę|rodziców|mamy|taty|babcię|dziadka|rodzica)',
  'niech (mama|tata|rodzice|babcia|dziadek) ~2 (kup*|zamów*|przyniesie|przyniosą)',
  'zbierz* ~2 kolekcj*',
  '(mamo|tato) kup',
];

/**
 * Class: diagnosis, treatment or a prescription via upload, chat, questionnaire or app instead of
 * a visit, or "no need to see a doctor". Source: Pf art. 55 ust. 2 pkt 1 lit. a; MDR art. 7 lit. b;
 * uzl art. 42 ust. 1. Shared by pl/remote-treatment and pl/remote-consultation.
 */
/** Acts of care that need an examination: diagnosis, prescription, treatment. */
const CARE = '(diagnoz*|zdiagnozuj*|zdiagnozujemy|rozpoznani*|rozpoznamy|recept*|e-recept*|wylecz*|leczeni*|leczymy|terapi*|przepisz*|przepiszemy|dobierzemy|dobierze|oceni|ocenimy)';
/** Channels that stand in for the visit: upload, chat, questionnaire, app. */
const REMOTE_CHANNEL = '(czat*|czacie|aplikacj*|formularz*|ankiet*|kwestionariusz*|zdjęci*|zdjęć|fotk*|selfie|messenger*|whatsapp*|online|zdaln*|mail*|maila|sms*|internet*)';
/** Patient-account and pharmacy logistics: where an e-prescription is collected, not how it is issued. */
/** Photos the clinic takes itself (an X-ray, a panoramic scan) are not a photo sent in instead of a visit. */
export const REMOTE_ALLOW: Pattern[] = [
  // what else arrives in minutes: lab results, a confirmation, a parcel, an answer
  '(wynik*|potwierdzeni*|paczk*|przesyłk*|odpowied*|kod*|zamówieni*) ~4 @obtain-verb',
  'teleporad* kontroln*',
  // "teleporada nie jest alternatywą dla badania": the negation sits inside the match
  'nie (jest|są|będzie|stanowi|stanowią) ~1 alternatyw*',
  // the honest limit: "konsultacja online nie jest tak samo skuteczna jak wizyta" (the negation sits inside the match)
  'nie (jest|są|będzie|bywa) ~1 (samo|równie) ~1 (skuteczn*|dokładn*|wartościow*|rzeteln*)',
  // a form filled in before the visit, not instead of it
  '(ankiet*|formularz*|kwestionariusz*) ~3 przed (wizytą|zabiegiem|konsultacją|badaniem)',
  '(zdjęci*|zdjęć) (rtg|pantomograficzn*|tomograficzn*|radiologiczn*|rentgenowsk*|cbct|panoramiczn*|cefalometryczn*|wewnątrzustn*|zębów)',
];
export const REMOTE_UNLESS: Pattern[] = ['ikp', 'internetow* kont* pacjenta', 'zrealizuj*', 'zrealizujesz', 'realizacj*', 'wyniki badań', 'rejestracj*', 'umów* ~3 online'];
export const REMOTE_TREATMENT: Pattern[] = [
  // care delivered through a remote channel ("wyleczymy przez czat", "receptę dobierzemy z ankiety")
  '@care-act ~4 @remote-channel',
  '@remote-channel ~4 @care-act',
  'postawimy ~1 diagnoz*',
  'prześlij* ~2 (zdjęci*|fotk*|foto) ~6 (diagnoz*|ocen*|leczeni*|recept*)',
  'wystarczy ~2 (zdjęci*|selfie|ankiet*|formularz*|kwestionariusz*|fotk*)',
  'recept* ~6 #number (minut*|min)',
  'recept* ~6 (kilka|kilkanaście|parę) (minut*|min)',
  'recept* ~3 bez (wizyty|wizyt|badania|badań|konsultacji|rozmowy|wychodzenia)',
  'bez wychodzenia z domu ~5 (diagnoz*|leczeni*|recept*|wylecz*)',
  '@care-act ~8 nie (musisz|trzeba) ~1 (wychodzić|przychodzić|jechać|iść)',
  'wyleczymy zdalnie',
  // "a questionnaire gives the doctor a picture of your health": an assessment without a visit
  '@remote-channel ~4 obraz ~1 (stanu|zdrowia)',
  // a form or questionnaire that leads straight to a prescription or diagnosis
  '(wypełni*|uzupełni*) ~2 (formularz*|ankiet*|kwestionariusz*) ~6 (recepta|recepty|receptę|receptą|e-recept*|diagnoz*)',
  '(wypełni*|uzupełni*) ~2 (formularz*|ankiet*|kwestionariusz*) ~6 (kod|kodu) ~1 sms*',
  // speed as the lure: "konsultacja nawet w 15 minut", "e-recepta już w 10 minut"
  '(konsultacj*|recepta|recepty|receptę|receptą|e-recept*|teleporad*|zwolnieni*|diagnoz*) ~2 (nawet|już|zaledwie) (w|do|po|za) #number (minut*|min|godzin*|godz|h)',
  // without "nawet/już": "zwolnienie lekarskie online w 15 minut" (not consultations: "konsultacja trwa do 30 minut" is its length)
  '(zwolnieni*|l4|diagnoz*|e-recept*) ~3 (w|za) #number (minut*|min)',
  // instead of the visit ("zastępuje wizytę", "bez wizyt u lekarza", "nie musisz iść do dermatologa")
  '(zastępuje|zastępują|zastąpi|zastąpią) (wizytę|lekarza|badanie|konsultację|dermatologa|okulistę)',
  'bez (wizyt*|konsultacj*|badani*) ~1 (u|z|w) ~1 (lekarz*|lekarzem|dermatolog*|specjalist*|dentyst*|stomatolog*|gabine*|przychodn*|klinic*)',
  'bez lekarza',
  // a remote visit as good as one in person: "konsultacja online może być tak samo skuteczna jak wizyta stacjonarna"
  '@remote-channel ~4 (samo|równie) ~1 (skuteczn*|dokładn*|wartościow*|rzeteln*)',
  '(skuteczn*|dokładn*) jak ~1 (wizyt*|konsultacj*|badani*) (stacjonarn*|osobist*)',
  'nie musisz ~2 (lekarza|dermatologa|wizyty|lekarz*)',
  'zamiast (wizyty|lekarza|badania)',
  // class (round 7): the document obtained in minutes, whatever it is called ("receptę uzyskasz już
  // w zaledwie kilka minut", "dokument można otrzymać w kilkanaście minut", "L4 wystawimy po 10 minutach")
  '@obtain-verb ~4 (w|po|za) ~1 (kilka|kilkanaście|parę) (minut*|min)',
  '@obtain-verb ~4 (w|po|za) ~1 #number (minut*|min)',
  // class (round 7): issued with no contact with the doctor ("lekarz nie ma obowiązku nawiązywania
  // połączenia telefonicznego", "kontaktuje się z pacjentem tylko w razie konieczności"): Pf art. 55
  // ust. 2 pkt 1 lit. a, treatment "w drodze korespondencyjnej"
  'bez ~3 (kontakt*|połączeni*|rozmow*|rozmawia*) ~2 (telefoniczn*|lekarz*|lekarzem|pacjent*)',
  // (the "nie" inside the match, so it is not read as negating the claim)
  'nie (ma|mają) obowiązku ~3 (kontakt*|połączeni*|rozmow*|rozmawia*|dzwoni*) ~2 (telefoniczn*|lekarz*|lekarzem|pacjent*)',
  'nie (musi|musisz|muszą|trzeba) ~3 (kontakt*|rozmawia*|dzwoni*|łączyć|połącz*) ~2 (telefoniczn*|lekarz*|lekarzem|pacjent*|tobą|panią|panem)',
  '(kontaktuje|kontaktują|kontaktować|skontaktuje|dzwoni|zadzwoni|zadzwonić|oddzwoni) ~4 tylko (w|gdy|jeśli|jeżeli) ~1 (razie|konieczności|potrzeby|wątpliwości)',
  '(algorytm*|sztuczn*|ai) ~5 (rozpozna*|wykryj*|wykryje|diagnoz*|powie|oceni|rak*|czerniak*|nowotw*)',
  // the remote channel sold as the alternative to a visit: "świetną alternatywą stała się teleporada"
  'alternatyw* ~6 (teleporad*|e-wizyt*|e-konsultacj*|telekonsultacj*|wideokonsultacj*)',
  'alternatyw* ~6 @remote-channel',
  '(teleporad*|e-wizyt*|e-konsultacj*|telekonsultacj*|wideokonsultacj*) ~4 alternatyw*',
  '@remote-channel ~4 alternatyw*',
];

/**
 * Diseases, conditions and complaints a clinic, a device seller or a supplement names. Written from
 * the ICD-10 chapters and the lay names a patient uses (round 10: from general knowledge, not from
 * corpus rows, so that a cure claim for a disease no earlier post named is still read as one);
 * GIS and court practice bar naming diseases for a supplement at all ("otyłość, przeziębienie,
 * zaburzenia erekcji": zboralska-kancelaria.pl on Reg. 1169/2011 art. 7 ust. 3). Not cosmetic
 * complaints (cellulite, wrinkles, scars: @symptom) and not tiredness or stress, which authorised
 * claims of vitamins name ("zmniejsza uczucie zmęczenia", Reg. 432/2012). Closed forms where a
 * stem would catch another word ("guzik", "zezwolenie", "odrobina", "rakieta").
 */
const DISEASE_WORDS: string[] = [
  // tumours, heart and vessels, metabolism
  '(nowotw*|rak|raka|rakiem|raku|czerniak*|białacz*|chłoniak*|przerzut*|guz|guza|guzy|guzów|cukrzyc*|insulinoopor*|nadciśnieni*|miażdżyc*|zawał*|udar*|arytmi*|migotani*|niewydolno*|zakrzep*|żylak*|hemoroid*|otyłoś*|podagr*|anemi*|niedokrwisto*)',
  // mind and nerves
  '(depresj*|nerwic*|lęki|lęków|lękow*|bezsenno*|migren*|padaczk*|demencj*|alzheimer*|parkinson*|stwardnieni*|neuropati*|neuralgi*|nerwoból*|adhd|autyzm*|alkoholizm*|nałog*|nałóg|uzależnie*|anoreksj*|bulimi*|szumy|szumów)',
  // lungs, infections, immunity
  '(alergi*|uczuleni*|astm*|przeziębieni*|gryp*|angin*|zatok*|infekcj*|zakażeni*|covid*|koronawirus*|wirus*|bakteri*|borelioz*|opryszczk*|półpaś*|bezdech*|kaszel|kaszlu|kaszlem|katar*|przewiani*)',
  // digestion, liver, kidneys, parasites
  '(refluks*|zgag*|wrzod*|celiaki*|nietolerancj*|kamic*|stłuszczeni*|wzdęci*|zaparci*|biegunk*|niestrawno*|nudno*|pasożyt*|owsik*|glist*|tasiemc*|kandydoz*|drożdżyc*|nietrzymani*)',
  // joints, spine, bones
  '(reumatyzm*|reumatoidaln*|rzs|artretyzm*|artroz*|zwyrodnieni*|osteoporoz*|dyskopati*|rwa|rwę|rwy|rwą|ischias*|przepuklin*|skolioz*|haluks*|halluks*|ostrog*|fibromialgi*|płaskostopi*|bruksizm*)',
  // skin, hair, sex and hormones, eyes, ears, teeth; the generic words
  '(łuszczyc*|egzem*|wyprysk*|atopow*|azs|pokrzywk*|trądzik*|różyc*|grzybic*|brodawk*|kurzajk*|łupież*|owrzodze*|łysieni*|nadpotliwo*|impotencj*|erekcj*|wytrysk*|prostat*|endometrioz*|mięśniak*|torbiel*|pcos|policystyczn*|niepłodno*|menopauz*|hashimoto|niedoczynno*|nadczynno*|zaćm*|jaskr*|krótkowzroczno*|dalekowzroczno*|niedosłuch*|głuchot*|próchnic*|paradontoz*|parodontoz*|zapaleni*|chorob*|schorzeni*|dolegliwo*|ból|bólu|bóle|bólem|bólów|bólami)',
];

/**
 * Organs and body functions (the function groups of the EU health-claims register, Reg. 432/2012,
 * in everyday Polish). Closed word forms where a stem would catch other words ("serdecznie",
 * "stawiamy", "potencjał", "ciśnieniomierz").
 */
const BODY_WORDS: string[] = [
  '(odporno*|krążeni*|serce|serca|sercu|naczyni*|naczyń|tętnic*|wątrob*|nerk*|jelit*|trawieni*|metabolizm*|stawy|stawów|stawom|stawach|chrząstk*|kości|kość|kręgosłup*|mózg*|pamięć|pamięci)',
  '(koncentracj*|nerwy|nerwów|hormon*|tarczyc*|płuc*|wzrok*|słuch|słuchu|krew|krwi|cholesterol*|ciśnienie|ciśnienia|glukoz*|libido|potencja|potencji|potencję|płodno*|komórk*|komórek|dna|organizm*)',
];

/**
 * Effect verbs that claim to act on a disease or an organ ("leczy", "zwalcza", "chroni przed",
 * "cofa", "odbudowuje", "obniża"). Mild, authorised-claim verbs ("wspiera", "pomaga w
 * utrzymaniu", "łagodzi objawy") are deliberately absent.
 */
const EFFECT_VERB_WORDS: string[] = [
  '(leczy|leczą|zapobiega|zapobiegają|zapobiegnie|chroni|chronią|ochroni|zwalcza|zwalczają|zwalcz|likwiduje|likwidują|cofa|cofają|hamuje|hamują|zahamuje|niszczy|zniszczy|eliminuje|pokonuje|przywraca|przywróci)',
  '(regeneruje|regenerują|zregeneruje|odbudowuje|odbudowują|odbuduje|oczyszcza|oczyszczają|oczyści|wzmacnia|wzmacniają|wzmocni|uodparnia|reguluje|regulują|normalizuje|obniża|obniżają|obniży|udrażnia|rozpuszcza|odtruwa|odkwasza|dotlenia|powstrzymuje|powstrzyma|powstrzymasz|naprawia|odmładza|walczy|walczą|wojnę|wojna|walkę|odtruwają|odkwaszają|dotleniają|rozpuszczają|udrażniają|normalizują|naprawiają|odmładzają|uodparniają|przywracają|pokonują|niszczą|eliminują|oczyszczą|ratuje|ratują|uratuje|ratuj|ratujcie)',
];

/** Cure-like verbs only (the present; the future is @cure-promise): devices legitimately "protect" or "support" within their intended purpose. */
const CURE_LIKE = '(leczy|leczą|zwalcza|zwalczają|likwiduje|likwidują|cofa|cofają|pokonuje|eliminuje)';
/** Class: a cure-like verb on a named disease, for devices and aesthetic procedures ("mata likwiduje nadciśnienie"). */
export const DISEASE_CURE: Pattern[] = ['@cure-verb ~3 @disease', '@cure-promise ~3 @disease'];

/** Class: an effect verb acting on a named disease, in either order ("zwalcza grypę", "kaszel zwalczą"). */
export const DISEASE_EFFECT: Pattern[] = ['@effect-verb ~3 @disease', '@disease ~2 @effect-verb', '@cure-promise ~3 @disease', '@disease ~2 @cure-promise'];

/** Class: an effect verb acting on an organ or body function ("oczyszcza wątrobę", "obniża cholesterol"). */
export const BODY_EFFECT: Pattern[] = ['@effect-verb ~2 @body', '@cure-promise ~2 @body'];

/** Class: a product "for" or "against" a named disease ("na przewianie", "przeciw grypie"). */
export const FOR_DISEASE: Pattern[] = ['(na|przeciw|przeciwko) @disease'];


/**
 * Skin, body and comfort problems an ad promises to remove (wrinkles, scars, pain, fat). Source:
 * the guarantee class of categories.md; the aesthetic and pain vocabulary of the released corpora,
 * and (round 10, from the vocabulary of aesthetic medicine, not from posts) folds, jowls, double
 * chin, laxity, pores, freckles, redness, bruises, love handles, greying and thinning hair, calluses.
 */
export const SYMPTOM_WORDS =
  '(zmarszcz*|przebarwie*|blizn*|ból|bólu|bóle|bólem|bólów|dolegliwo*|cellulit*|trądzik*|rozstęp*|cienie|cieni|worki|obrzęk*|opuchlizn*|zaczerwieni*|pajączk*|naczynk*|fałd*|tłuszcz*|kilogram*|problem*|objaw*|owłosieni*|włosk*|plam*|wągr*|pryszcz*|łupież*|swędzeni*|pieczeni*|zgag*|kaszel|kaszlu|katar*|wzdęci*|chrapani*|bruzd*|podbród*|chomik*|wiotkoś*|zwiotcz*|pory|porów|zaskórnik*|krost*|piegi|piegów|rumie*|sińc*|boczk*|oponk*|opadnięt*|opadając*|siwi*|łysin*|przerzedz*|odcisk*|modzel*|zrogowac*|zgrubie*|potliwo*)';
const DISAPPEAR_WORDS =
  '(znika|znikają|zniknie|znikną|zniknął|zniknęła|zniknęły|zanika|zanikają|zaniknie|zanikną|ustępuje|ustępują|ustąpi|ustąpią|minie|miną|pryśnie|wyparuje|rozpłynie)';

/**
 * Class: a patient's own voice. A first-person past narrative of an outcome ("przeszłam cały spacer
 * bez bólu", "rzuciłam palenie, udało się"), a quotation attributed to a patient ("– pisze nasza
 * klientka"), a signature with age ("– Anna, 34 lata"), signed thanks. The shadow text folds ł to l,
 * so "przeszłam" is matched as "przeszlam"; the verb endings listed avoid nouns such as "problem"
 * or "reklam". Source: categories.md (`testimonial`); UWM art. 58 ust. 1 pkt 3; Pf art. 55 ust. 2 pkt 3.
 */
export const TESTIMONIAL_VOICE: Pattern[] = [
  '@past-first ~8 @outcome',
  're:(wreszcie|znow|znowu|nareszcie|w koncu)\\s(moge|moglam|moglem|chodze|spie|biegam|jem|widze|slysze|oddycham|usmiecham)',
  'od (kiedy|czasu) ~3 (używam|stosuję|noszę|biorę|przyjmuję|jestem)',
  // a family member's outcome told by a relative ("moja córka po trzech wizytach przestała się jąkać")
  'moj(a|ego|ej|e|emu|) (córka|córki|syn|syna|mama|mamy|mąż|męża|żona|żony|dziecko|dziecka|tata|taty|babcia|babci) ~8 @outcome',
  '(pisze|mówi|napisała|napisał|opowiada|wspomina|podkreśla|dodaje|przyznaje|relacjonuje) ~2 (pani|pan|pacjent*|pacjentk*|klient*|klientk*|nasz*|nasza|użytkow*)',
  're:[\\u2013\\u2014-]\\s?\\p{L}+,\\s?\\d{1,2}\\s?(lat|lata|l\\.)',
  'dziękuję ~4 (doktor*|dr|pani|panu|zespoł*|klinice|całemu|personel*)',
  // the patient's own diagnosis opens the story ("zdiagnozowano u mnie Hashimoto")
  '(zdiagnozowano|wykryto|stwierdzono|rozpoznano) u mnie',
  // the sceptic converted: "Byłam sceptyczna, ale…"
  '(byłam|byłem|podchodziłam|podchodziłem) ~2 (sceptyczn*|sceptycznie|nieufn*|nieufnie)',
  'dziękuję za (uratowanie|nowy|nową|piękny|piękne|odzyskan*|wspaniał*|opiek*|cierpliwość|pomoc|zdrowie|uśmiech|rady|porady|cenne|troskę|leczenie|terapię)',
  'z ~1 wdzięcznością',
  // a past case told as a story: the complaint went away ("po jednej wizycie ból szyi ustąpił",
  // "przebarwienia zniknęły po trzech zabiegach"): a review or a case report (Pf art. 55 ust. 2 pkt 3)
  '@symptom ~4 @gone-past',
  // class (round 10): a named disease gone in the past tense ("choroba zniknęła", "po kuracji cofnęła się łuszczyca")
  '@disease ~4 @gone-past',
  '@gone-past ~3 @disease',
  // the provider helped me, I finally found the right one: "Pani Olga bardzo mi pomogła",
  // "wreszcie znalazłam specjalistkę, która…"
  '(bardzo|ogromnie|naprawdę|niesamowicie|tak|wreszcie|skutecznie) mi (pomógł|pomogła|pomogli|pomogło|pomogły)',
  '(pomógł|pomogła|pomogli|pomogło|pomogły) mi (wyjść|wrócić|stanąć|pozbyć|uporać|odzyskać|poradzić|przejść|zapomnieć)',
  // class (round 10): a review's words next to the speaker ("jestem zachwycona", "warto było, nie
  // żałuję ani złotówki", "efekt przerósł moje oczekiwania")
  '#first-person ~3 @review',
  '@review ~3 #first-person',
  // first-person verbs #first-person does not read: "nie żałuję", "na pewno wrócę"
  '(nie|niczego) (żałuję|żałowałam|żałowałem)',
  '(pewno|napewno|chętnie|jeszcze|zdecydowanie) wrócę',
  '(wreszcie|nareszcie) (znalazłam|znalazłem|trafiłam|trafiłem)',
  'w końcu (znalazłam|znalazłem|trafiłam|trafiłem)',
  // a review's closing line: "Bardzo bardzo polecam!", "Gorąco polecam!"
  're:(bardzo|goraco|szczerze|serdecznie|zdecydowanie|z calego serca)\\spolecam\\s?!',
];

/** The words of a `(a|b|c)` group (or several), as class members. */
const members = (...groups: string[]): string[] => groups.flatMap((g) => g.replace(/^\(|\)$/g, '').split('|'));

/**
 * The pack's concept classes (`@name` in patterns, docs/patterns.md). Each is one of the shared
 * vocabularies above, with its source in the comment where the word list is defined.
 */
export const PL_CLASSES: Record<string, string[]> = {
  profession: members(PROFESSION_WORDS),
  doctor: members(DOCTOR_WORDS),
  disease: members(...DISEASE_WORDS),
  body: members(...BODY_WORDS),
  'effect-verb': members(...EFFECT_VERB_WORDS),
  'cure-verb': members(CURE_LIKE),
  symptom: members(SYMPTOM_WORDS),
  disappear: members(DISAPPEAR_WORDS),
  'care-act': members(CARE),
  /**
   * A cure promised, not described: the perfective future of the provider or the product ("wyleczymy",
   * "zlikwiduje", "pokonasz"), the reader's second person and the imperative ("pozbędziesz się",
   * "pokonaj"). The present "leczy/leczymy" is left out: "leczymy migrenę" and "cukrzycę leczy się
   * insuliną" are how a clinic and a textbook say what is treated. Written from the conjugation, not
   * from posts (round 10). Not "usunie": "usuniemy torbiel" is a surgical service, not a cure claim.
   */
  'cure-promise': [
    'wylecz(y|ymy|ysz|ą|ę)', 'ulecz(y|ymy|ysz|ą|ę)', 'pozbęd(zie|ziesz|ziemy|ą)', 'zlikwiduj(e|emy|esz|ą)', 'wyeliminuj(e|emy|esz|ą)',
    'pokona(|my|sz|ją|j|jcie)', 'zwalcz(y|ymy|ysz)', 'cofn(ie|iemy|iesz|ą)', 'odwróc(i|imy|isz|ą)', 'uwoln(i|imy|isz|ią)',
    'pożegna(sz|cie|j|jcie)', 'zapomn(isz|icie)', 'uporasz',
  ],
  /**
   * A disease or complaint going away, in the future or as done ("migrena zniknie", "astma odejdzie
   * w niepamięć", "łuszczyca to przeszłość"). The present ("objawy ustępują po tygodniu") is how a
   * textbook describes a course, so it is left out.
   */
  gone: [
    'zniknie', 'znikną', 'ustąpi', 'ustąpią', 'minie', 'miną', 'przejdzie', 'przejdą', 'odejdzie', 'odejdą', 'pryśnie', 'wyparuje',
    'przeszłość', 'przeszłością',
  ],
  /**
   * The other remedies as a group ("wszystkie dostępne środki", "standardowe leczenie", "tradycyjne
   * metody"): with @remedy in pl/comparative, the rest of the market run down. Not "dostępne"
   * alone: "dostępne leki łagodzą objawy" is how a clinic describes an incurable disease.
   */
  'usual-care': ['standardow*', 'tradycyjn*', 'konwencjonaln*', 'klasyczn*', 'dotychczasow*', 'wszystkie', 'wszystkich', 'zwykł*', 'konkurencyjn*'],
  remedy: ['środki', 'środków', 'preparat*', 'leki', 'leków', 'metod*', 'leczeni*', 'zabieg*', 'kremy', 'kremów', 'suplement*', 'terapi*', 'chondroprotektor*', 'maści'],
  /**
   * Soothing or stopping an inflammation or an infection ("łagodzą podrażnione gardło", "eliminując
   * przewlekłe stany zapalne"): with @inflammation, treatment properties a food may not claim
   * (Reg. 1169/2011 art. 7 ust. 3). Not for cosmetics ("koi podrażnioną skórę" is a cosmetic claim)
   * nor drugs (an indication).
   */
  'soothe-verb': ['łagodz*', 'eliminuj*', 'zwalcz*', 'wycisza*', 'koją*', 'koi', 'uśmierza*', 'hamuj*', 'znosi', 'znoszą'],
  inflammation: ['zapaln*', 'zapaleni*', 'podrażnion*', 'podrażnie*', 'infekcj*', 'kaszel', 'kaszlu', 'gardł*', 'katar*', 'chrypk*', 'obrzęk*'],
  /** Getting a document or a drug ("uzyskasz", "otrzymasz", "dostaniesz", "wystawimy"): with a span of minutes it is the remote-prescription lure. */
  'obtain-verb': ['uzyska*', 'otrzyma*', 'dostan*', 'dostać', 'odbierz*', 'wystawi*'],
  'remote-channel': members(REMOTE_CHANNEL),
  /**
   * First-person singular past tense ("przeszłam", "schudłem", "poczułam"): the ł-endings after a
   * vowel or d/g/z/sz, as word endings. Not "-łem" after a: "kanałem", "materiałem" are nouns.
   */
  'past-first': ['*ałam', '*iłam', '*yłam', '*ułam', '*ęłam', '*szłam', '*dłam', '*głam', '*złam', '*iłem', '*yłem', '*ułem', '*dłem', '*głem'],
  /** A complaint gone, told as done (a patient's story or a case report): "ustąpił", "zniknęła", "cofnęły się". */
  'gone-past': ['ustąpił(|a|y)', 'minął', 'minęł(a|y)', 'zniknął', 'zniknęł(a|y)', 'przeszedł', 'przeszł(a|y)', 'znikł(|a|y)', 'cofnął', 'cofnęł(a|y)'],
  /**
   * The words of a patient's review, written from how Polish reviews are worded (round 10, not from
   * posts): delight, gratitude, "pomogła", "warto było", "nie żałuję", "najlepsza decyzja", "złote
   * ręce", coming back. Not "pomogła mi": a colleague helps with a rota too (the help verbs stay
   * with what was helped, in TESTIMONIAL_VOICE). Each also fits an ad's own voice ("będziesz zachwycona", "pacjent ma być
   * zadowolony"), so pl/testimonial takes them only next to the speaker's first person
   * (`#first-person ~3 @review`: "jestem zachwycona", "pani doktor pomogła mi").
   */
  review: [
    'zachwycon*', 'zadowolon*', 'wdzięczn*', 'wrażeniem', 'wrócę', 'wracać', 'żałuję', 'żałowałam', 'żałowałem', 'uratował*', 'odmienił*', 'przerósł', 'przerosła', 'przerosło', 'przerosły', 'dziękuję',
    'podziękowania',
    // the two-word formulas as one member (two phrase members of a class are refused as possibly
    // overlapping, src/core/pattern.ts): "warto było", "najlepsza decyzja", "złote ręce", "nowo narodzona"
    '(warto|najlepsz*|złote|złotych|nowo) (było|decyzj*|ręce|rąk|narodzon*)',
  ],
  /**
   * What an offer sells out of or runs on (round 10, written from how scarcity is said, not from
   * posts): the deal itself, places, dates, pieces. With @runs-out or a deadline it is the scarcity
   * pressure of art. 7 pkt 7 upnpr. Not "wizyta" or "zabieg": "wizyta kończy się omówieniem wyników"
   * describes a visit.
   */
  deal: [
    'promocj*', 'ofert*', 'rabat*', 'zniżk*', 'cena', 'ceny', 'voucher*', 'pakiet*', 'bony', 'okazj*', 'miejsc*', 'terminy', 'terminów',
    'zapisy', 'zapisów', 'sztuk*', 'zestaw*',
  ],
  /** Running out: "kończy się", "wyczerpują się", "rozchodzą się", "wygasa", "dobiega końca". */
  'runs-out': ['kończy', 'kończą', 'skończy', 'skończą', 'wyczerp(uj|ią|ie)*', 'rozchodz*', 'rozeszł*', 'znikają', 'wygasa', 'wygaśnie', 'dobiega*'],
  /**
   * What an ad offers the reader instead of a treatment (round 10, from how benefit copy is worded,
   * not from posts): youth, beauty, health, confidence, a smile, a figure, comfort, energy. After an
   * imperative or "chcesz…?" it is the invitation to use the service that art. 14 UDL bars as a
   * "cecha reklamy" (NIL), whatever the verb ("odbuduj młodość", "przywróć skórze blask"). Not
   * "pewność": "zyskaj pewność diagnozy" is information (and KER/177/23 let "odkryj pewność siebie
   * na nowo" stand).
   */
  benefit: [
    'młodoś*', 'młodzieńcz*', 'urod*', 'zdrowi(e|a|u|em)', 'uśmiech*', 'sylwetk*', 'blask*', 'jędrnoś*', 'sprawnoś*',
    'komfort*', 'piękn*', 'wygląd', 'wyglądu', 'wyglądem', 'energi*', 'witalnoś*', 'świeżoś*', 'radoś*', 'kobiecoś*', 'atrakcyjnoś*', 'metamorfoz*',
    'figur*', 'promienn*', 'gładk*', 'samopoczuci*', 'formy', 'formę', 'wolnoś*', 'swobod*',
  ],
  /** Imperatives of change outside the endings #imperative reads (docs/patterns.md: "Does not catch"). */
  'benefit-verb': [
    'przywróć(|cie)', 'popraw(|cie)', 'odbierz(|cie)', 'odśwież(|cie)', 'wygładź(|cie)', 'odmłódź(|cie)', 'podkreśl(|cie)', 'zmień(|cie)',
    'odmień(|cie)', 'powiększ(|cie)', 'wyszczupl(|cie)', 'napraw(|cie)', 'zwiększ(|cie)', 'ożyw(|cie)', 'rozświetl(|cie)', 'spraw(|cie)',
    'postaw(|cie)', 'zrób(|cie)', 'daj(|cie)',
  ],
  /** Outcomes a patient reports (pain gone, weight lost, "wreszcie mogę", thanks). */
  outcome: [
    'ból', 'bólu', 'bóle', 'schudł*', 'kg', 'efekt*', 'zniknął', 'zniknęła', 'zniknęły', 'znikł*', 'lepiej', 'pewnoś*', 'uśmiech*',
    'wreszcie', 'znów', 'znowu', 'nareszcie', 'w końcu', 'zadowolon*', 'polecam', 'dziękuj*', 'odzyskał*', 'pozbył*', 'zapomniał*',
    'udało', 'udał*', 'przestał*', 'minął', 'minęło', 'minęła', 'mogę', 'wyleczył*', 'nie palę', 'już po',
    // improvement or relief felt: "odczułam wyraźną poprawę", "poczułem ulgę"
    'popraw(a|ę|y|ie|ą)', 'ulg(a|ę|i|ą)',
    // how the stay felt: "czułam się cudownie zaopiekowana"
    'cudownie', 'wspaniale', 'zaopiekowan*', 'bezpiecznie',
    // a life restarted or back to normal: "zaczęłam życie od nowa", "chodzę normalnie"
    'od nowa', 'normalnie', 'swobodnie',
    // as good as new: "kolano jest jak nowe"
    'jak now(y|a|e)',
  ],
  /** Treatments and procedures as the subject of a promise ("zabieg … jest bezpieczny"). */
  treatment: [
    'zabieg*', 'metod*', 'terapi*', 'preparat*', 'procedur*', 'urządzeni*', 'leczeni*', 'chirurgi*', 'implant*', 'laser*',
    'techni*', 'lek', 'leki', 'produkt*', 'wyrób', 'znieczuleni*', 'iniekcj*', 'wybielani*', 'operacj*',
  ],
  /**
   * Delay, neglect or inaction about one's health ("im dłużej zwlekasz", "ignorowanie ubytku
   * słuchu", "niepodjęcie leczenia"): with @harm it is the fear appeal of art. 16 ust. 1 pkt 3
   * uznk and Pf art. 55 ust. 2 pkt 1 lit. c ("not acting will make you worse").
   */
  neglect: [
    'im dłużej', 'zwlekani*', 'zwlekasz', 'zwlekając', 'odkładani*', 'odkładasz', 'odkładając', 'ignorowani*', 'ignorujesz', 'ignorując',
    'lekceważeni*', 'lekceważysz', 'bagatelizowani*', 'bagatelizujesz', 'niepodjęci*', 'zaniechani*', 'zaniedbani*', 'zaniedbujesz',
    'brak leczenia', 'nieleczon*', 'nieleczeni*', 'nieuzupełnion*',
  ],
  /**
   * A threat the reader cannot see ("ukryte wady zgryzu", "utajona infekcja"): the hook of a fear
   * appeal, "you may already be ill" (art. 16 ust. 1 pkt 3 uznk: advertising that plays on fear).
   * Not "podstępna" or "bezobjawowa": clinics and screening programmes use them to describe a
   * disease's course.
   */
  hidden: ['ukryt*', 'utajon*', 'niezauważon*', 'niewidoczn*'],
  /** What a hidden threat or a spreading disease is: a defect, a disease, a focus of infection. */
  'threat-noun': ['wad*', 'chorob*', 'chorób', 'schorze*', 'infekcj*', 'zagroż*', 'próchnic*', 'ognisk*', 'zakaże*', 'nowotw*', 'raka', 'zmian*'],
  /** Serious consequences a fear appeal names (risk, loss, irreversible damage, a grave disease). */
  harm: [
    'ryzyk*', 'grozi', 'grożą', 'groźn*', 'powikła*', 'utrat*', 'usunięci*', 'nieodwracaln*', 'uszkadza*', 'demencj*',
    'alzheimer*', 'udar*', 'udaru', 'zawał*', 'niewydolnoś*', 'depresj*', 'kalectw*', 'amputacj*', 'ślepot*', 'śmier*', 'nowotw*', 'raka', 'rakiem',
  ],
  /**
   * Harmlessness asserted as a fact: the product "is harmless", "without harm to". With @harm-object
   * in pl/guarantee: "nie może zaszkodzić zdrowiu", "nie szkodzi wątrobie". Pf art. 55 ust. 2 pkt 2
   * bars the assurance that there are no adverse effects; MDR art. 7 bars ascribing safety a device
   * lacks. "nie szkodzi" alone is also the idiom "never mind", so the verb needs what it would harm.
   */
  harmless: ['nieszkodliw(y|a|e|ego|ej|ym|ą|ych|ymi|ość|ości)', 'bez szkody dla'],
  /**
   * Who or what an ad says a product will not harm: the body, its organs, a child, anyone (datives,
   * as "szkodzić" takes). Not "skórę/skóra": with ę folded, "skore" made the RU transliterated view
   * lose "skoree" (как можно скорее) in test/evasion.test.ts; an engine interaction, reported.
   */
  'harm-object': [
    ...members(...BODY_WORDS), 'zdrowi(u|e|a)', 'dzieck(u|a|o)', 'dzieci', 'dzieciom', 'płod(u|owi)', 'ciąż(y|ę)', 'nikomu', 'nikogo',
    'człowiek(owi|a)', 'ludziom', 'kobiet(om|y)', 'skórze', 'cerze', 'zęb(om|y|ów)', 'szkliw(u|o)', 'żołąd(ek|kowi|ka)',
    'włos(om|y|ów)', 'oczom', 'oczy', 'rogówc(e|ę)', 'śluzówc(e|ę)', 'błon(ie|ę) śluzow(ej|ą)',
  ],
  /** Result words for "a result near a time span" (not "wynik": lab results come "w 24 h"). */
  'result-noun': ['efekt*', 'rezultat*', 'popraw*', 'ulg*', 'różnic*', 'odmłodzeni*', 'wygładzeni*'],
  /**
   * A result seen or felt, without a result noun (round 10, from the language): "widoczne już po
   * pierwszym zabiegu", "po tygodniu zauważysz", "odczuwalna po 3 dniach". With a span of time or
   * treatments, a promised timing (pl/guarantee).
   */
  visible: [
    'widoczn*', 'widać', 'odczuwaln*', 'zauważaln*', 'zauważysz', 'zauważycie', 'zobaczysz', 'zobaczycie', 'poczujesz', 'poczujecie',
    'odczujesz', 'odczujecie', 'dostrzeżesz', 'dostrzeżecie',
  ],
  /** Providers, results and qualities a superlative ranks (morphology: `#superlative @quality-noun`). */
  'quality-noun': [
    'klinik*', 'gabinet*', 'centrum', 'centra', 'ośrod*', 'placówk*', 'specjali*', 'lekarz*', 'lekarze', 'zespół', 'zespoł*', 'kadr*',
    'sprzęt*', 'technolog*', 'metod*', 'aparat*', 'urządze*', 'laser*', 'efekt*', 'rezultat*', 'jakoś*', 'opiek*', 'obsług*',
    'cen*', 'wybór', 'wybor*', 'rozwiąza*', 'zabieg*', 'leczeni*', 'terapi*', 'produkt*', 'preparat*', 'materiał*', 'standard*',
    'poziom*', 'ofert*', 'usług*', 'diagnostyk*', 'lek', 'leki', 'leków', 'syrop*', 'tablet*', 'suplement*', 'dawk*', 'warunk*', 'skuteczn*',
  ],
};
