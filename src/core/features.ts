/**
 * Built-in token features of the pattern language: `#number`, `#percent`, `#money`, `#time-span`,
 * `#superlative`, `#imperative`, `#first-person` (see docs/patterns.md for what each catches and
 * what it does not).
 *
 * Each feature is one token of a pattern and compiles to a regex fragment over the shadow text
 * (lower case, diacritics off: ł→l, ß→ss, й→и, ё→е). Word lists are written as pattern-language
 * words and compiled by the caller's `words` (so they fold exactly like the pack's own literals,
 * transliteration included); suffix rules are written here already folded.
 *
 * Every fragment is self-bounded (it carries its own word-boundary lookarounds), and every
 * quantifier in it either runs over one word or one gap or is bounded, and is only entered at a
 * word start: the work per start is bounded by the length of the word (or gap) it reads, so a
 * whole-text scan stays linear.
 */

/** The feature names, as written after `#`. */
export const FEATURES = ['number', 'percent', 'money', 'time-span', 'superlative', 'imperative', 'first-person'] as const;
export type Feature = (typeof FEATURES)[number];
export const isFeature = (name: string): name is Feature => (FEATURES as readonly string[]).includes(name);
/**
 * Per feature (FEATURES order), the most word starts one match can hold, in any pack language:
 * a pattern `#feature [~N] rest` is then found from the heads of `rest`, trying the word starts
 * up to this many (+ N) before each (compile.ts, engine.ts). `#money` may start on `€`, not at a
 * word start: unbounded, so its search still reads the whole text, but only a text where `rest`
 * matches at one of its heads (a few posts; `#money (zamiast|przed) #money` searched every post
 * with a digit). Derived from the features' parse trees by test/anchors.test.ts.
 */
const SPANS = [8, 9, Infinity, 19, 1, 2, 1];
export const featureSpan = (name: string): number => SPANS[FEATURES.indexOf(name as Feature)] ?? 0;

/** Languages the language-aware features have rules for. */
export const FEATURE_LANGUAGES = ['pl', 'de', 'ru'] as const;
type Lang = (typeof FEATURE_LANGUAGES)[number];

export interface FeatureKit {
  /**
   * An alternation of pattern-language members (single words or plain phrases, `*` stems and
   * `(a|b)` groups allowed), folded like the pack's literals, each with its own boundaries.
   * `glued: true` drops the word-start boundary, for units written against a number (`24h`, `599zł`).
   * `atWordEnd: true` also drops the word-end boundary, for a lookbehind at a place already known
   * to be a word end: a lookbehind of plain strings runs on the matcher (rx.ts), one with a
   * lookahead inside fell back to a RegExp whose first run cost ~90 ms.
   */
  words(members: readonly string[], opts?: { glued?: boolean; atWordEnd?: boolean }): string;
}

/** A word list written as one space-separated string: ~200 bytes less engine than array literals. */
const ws = (s: string): string[] => s.split(' ');

const L = '\\p{L}';
const NWB = '(?<![\\p{L}\\p{N}])';
const NWA = '(?![\\p{L}\\p{N}])';
/** One gap between words (as the pattern language's space): no letters, digits or sentence ends. */
const G = '[^\\p{L}\\p{N}.!?]+';
const G0 = '[^\\p{L}\\p{N}.!?]*';
/** A space that may stand inside a number or between a number and its unit (NBSP, narrow NBSP). */
const SP = '[ \\u00a0\\u202f]';
/**
 * `1200`, `1 200`, `1.200.000`, `2,5`, `1'200`: groups of three after a separator. Bounded (up to
 * 21 digits before the decimal point, 6 after) and followed by no further digit, so a run of a
 * million digits is given up after a few steps instead of being backtracked digit by digit.
 */
const DIGITS = `(?:[0-9]{1,3}(?:[ \\u00a0\\u202f.'][0-9]{3}){1,6}|[0-9]{1,15})(?![0-9])(?:[.,][0-9]{1,6}(?![0-9]))?`;
/**
 * A number that starts where no number goes on: not after a letter/digit and not after
 * "digit + separator", so `1 200 300` is tried once at `1`, never again at `200` (which would make
 * a long run of groups quadratic).
 */
const NUM = `(?<![\\p{L}\\p{N}]|[0-9][ \\u00a0\\u202f.,'])${DIGITS}`;

interface TimeSpanWords {
  /** Words that open a span: `po`, `in`, `через`. */
  preps: string[];
  /** Words that may stand between the opening word and the amount: `ciągu`, `der`, `течение`. */
  fillers: string[];
  /** Amounts written as words, ordinals included (`pierwszym`, `einer`, `одну`). */
  numbers: string[];
  /** Units of time and of treatment (`minut*`, `Sitzung*`, `процедур*`). */
  units: string[];
  /** Units of time only, for a bare amount without an opening word (`3 Tage`). */
  timeUnits: string[];
  /** Fixed spans without an amount (`po tygodniu`, `über Nacht`, `через неделю`). */
  fixed: string[];
  /** The "day" word of "day 1 vs. day 14". */
  day: string[];
}

const TIME: Record<Lang, TimeSpanWords> = {
  pl: {
    preps: ws('po w we przez za od na do'),
    fillers: ws('ciągu przeciągu zaledwie tylko już około ok. nawet ponad niespełna'),
    numbers: ws('jeden jedna jedno jednym jednej jednego jedną pierwsz* drugi(m|ej|ego|) trzeci(m|ej|ego|) dwa dwie dwóch dwu trzy trzech cztery czterech pięć pięciu sześć sześciu dziesięć dziesięciu kilka kilku kilkunastu kilkanaście paru parę kolejn*'),
    units: ws('sekund* minut* godzin* godz. dni dzień dnia dniach dób doby tydzień tygodni* miesiąc* miesięcy rok roku lat lata latach zabieg* sesj* wizyt* seri* kuracj* aplikacj* użyci* użyć stosowani* terapi* spotkani*'),
    timeUnits: ws('sekund* minut* godzin* godz. dni dzień dnia dób doby tydzień tygodni* miesiąc* miesięcy rok lat lata'),
    fixed: 'po tygodniu|po miesiącu|po godzinie|po roku|po nocy|w tydzień|w miesiąc|w godzinę|w minutę|w dobę|przez noc|przez tydzień|przez miesiąc|z dnia na dzień|na zawsze'.split('|'),
    day: ['dzień'],
  },
  de: {
    preps: ws('in nach innerhalb binnen ab seit für über'),
    fillers: ws('der dem den des von nur schon bereits knapp etwa ca. rund gerade'),
    numbers: ws('ein eine einer einem einen eines erste(n|r|m|) zweite(n|r|m|) dritte(n|r|m|) zwei drei vier fünf sechs sieben acht neun zehn zwölf wenige(n|r|) paar einige(n|r|) mehrere(n|r|)'),
    units: ws('sekunde* minute* min. stunde* std. tag tage tagen tages woche* monat* jahr* sitzung* behandlung* anwendung*'),
    timeUnits: ws('sekunde* minute* stunde* std. tag tage tagen woche* monat* jahr*'),
    fixed: 'über nacht|im handumdrehen'.split('|'),
    day: ['tag'],
  },
  ru: {
    preps: ws('за через после спустя в на от до'),
    fillers: ws('течение всего уже лишь только около примерно'),
    numbers: ws('один одна одно одну одного одной одном перв* втор(ой|ого|ую|ая) трет(ий|ьей|ьего|ью) два две двух три трех четыре четырех пять пяти десять десяти несколько нескольких пару пары'),
    units: ws('секунд* минут* мин. час часа часов ч. день дня дней сутки суток недел* месяц* год года лет сеанс* процедур* визит* курс* применени* использовани*'),
    timeUnits: ws('секунд* минут* час часа часов день дня дней сутки суток недел* месяц* год года лет'),
    fixed: 'через неделю|через месяц|через год|через день|через час|за неделю|за месяц|за день|за час|за ночь|за сутки|за год|навсегда'.split('|'),
    day: ['день'],
  },
};
/** Units written against the number (`24h`, `30min`, `2ч`). */
const COMPACT_UNITS = ws('h godz. godz min. min std. std ч. ч мин. мин');
const VERSUS = ws('vs. vs versus kontra gegen bis do до против');
/** Spaces around "vs." and the arrow: bounded and disjoint from the dashes, so no run is read twice. */
const SPACES = '[ \\u00a0\\u202f\\t]{0,8}';

const PERCENT_WORDS = ws('proc. proc procent* prozent* процент* pct');
const CURRENCY_AFTER = ws('zł złot* pln eur euro € usd $ chf gbp £ ₽ руб. руб рубл* rub р.');
const CURRENCY_BEFORE = ws('pln eur € usd $ chf £ ₽');
const THOUSANDS = ws('tys. tys tsd. mln mio. тыс. тыс млн');

/** German words that end like a superlative (`-(e)st(e|en|er|es|em)`) but are not one. */
const DE_NOT_SUPERLATIVE_WORDS = ws('erste(n|r|s|m|) ernste(n|r|s|m|) teste(n|r|) testern');
/** … and word ends that make a compound one of those (`Zahnarztkosten` is excluded by its vowel rule). */
const DE_NOT_SUPERLATIVE_ENDS = [
  ...ws('reste resten feste festen fester festes festem weste westen geste gesten gerste burste bursten wurste wursten fenster dienste'),
  ...ws('diensten kunste kunsten gespenster monster semester orchester schwester priester polster nester proteste protesten hengste'),
  ...ws('horste borste borsten forste forsten papste'),
  ...ws('sechst nachst zigst ssigst hundertst tausendst').flatMap((s) => ws('e en er es em').map((e) => s + e)),
];
/** Short German superlatives the suffix rule leaves out (stem under three letters, or `ss` before `t`). */
const DE_SUPERLATIVES = ws('beste(n|r|s|m|) meiste(n|s|m|) grösste(n|r|s|m|) höchste(n|r|s|m|) wenigste(n|r|s|m|)');

const PL_NOT_SUPERLATIVE = ws('najem* najecha* najeżdż* najazd* najaw* najmow*');
const RU_SUPERLATIVES = ws('сам(ый|ая|ое|ые|ым|ых|ыми|ую) наиболее лучш(ий|ая|ее|ие|его|ей|ему|им|их|ими|ую) наилучш* наихудш* худш(ий|ая|ее|ие|его|ей|ему|им|их|ими|ую)');
const RU_NOT_SUPERLATIVE = ws('ближайш* дальнейш* малейш* светлейш*');

/** Polish nouns and adverbs ending like a singular imperative (`-aj`, `-ij`, `-uj`, `-yj`). */
const PL_NOT_IMPERATIVE_ENDS = ws('kraj rodzaj zwyczaj obyczaj tutaj dzisiaj wczoraj tramwaj urodzaj żmij');
const PL_NOT_IMPERATIVE = ws('maj raj gaj haj kij koncie froncie');
/** Common Polish imperatives without one of the suffixes. */
const PL_IMPERATIVES = ws('zadzwoń sprawdź zapisz kup zamów przyjdź weź zobacz odwiedź napisz dołącz wybierz zgłoś pobierz dowiedz zostaw');
/** German verbs that open questions and statements, not requests (`Haben Sie Fragen?`). */
const DE_NOT_IMPERATIVE = ws('haben sind waren hatten können konnten wollen wollten möchten müssen mussten sollen sollten dürfen durften werden würden wissen kennen wenn denn wann dann wen wem');
/** Russian nouns in the prepositional case that end in `-ите` (diseases in `-ит`, written without it). */
const RU_NOT_IMPERATIVE_ENDS = ws('гепат артр дермат гастр бронх цист кол гингив пародонт стомат синус от рин тонзилл фаринг ларинг простат миокард менинг энцефал панкреат аппендиц конъюнктив вагин керат блефар нефр гаймор трахе эзофаг флеб васкул остеомиел').map((w) => `${w}ите`);
const RU_NOT_IMPERATIVE = ws('сайте визите кредите лимите аппетите депозите транзите граните бите быте');

const PL_FIRST_PERSON = ws('ja mnie mi mną mój moja moje mojego mojej mojemu moim moich moimi moją jestem mam mogę polecam uważam wiem');
/** Polish nouns in the instrumental that end like a first-person past tense (`-łem`/`-łam` folded to `-lem`/`-lam`). */
const PL_NOT_FIRST_PERSON_ENDS = ws('szpital materiał kanał portal metal finał kapitał ideał potencjał rytuał generał kwartał dział michał rafał profil kamil styl krokodyl upał zapał skandal mural szal').map((w) => `${w}em`);
const DE_FIRST_PERSON = ws('ich mich mir mein meine meinem meinen meiner meines bin');
const RU_FIRST_PERSON = ws('я меня мне мной мною мой моя моё мои моего моей моему моим моих моими мою');

/**
 * A negative lookbehind at a word end (every caller puts it right after `NWA`): the word does not
 * end in one of these (folded members).
 */
function notEndingIn(kit: FeatureKit, ends: readonly string[]): string {
  return `(?<!${kit.words(ends, { glued: true, atWordEnd: true })})`;
}

function timeSpan(lang: Lang, kit: FeatureKit): string {
  const t = TIME[lang];
  const numx = `(?:${NUM}(?:${SP}?[-–—]${SP}?${DIGITS})?${NWA}|${kit.words(t.numbers)})`;
  const compact = `${NUM}${SP}?${kit.words(COMPACT_UNITS, { glued: true })}`;
  const qty = `(?:${compact}|${numx}${G}${kit.words(t.units)})`;
  const versus =
    `${kit.words(t.day)}${G}${DIGITS}${NWA}${SPACES}(?:${kit.words(VERSUS)}|[-–—→>]{1,2})${SPACES}` + `${kit.words(t.day)}${G}${DIGITS}${NWA}`;
  const opened = `${kit.words(t.preps)}${G}(?:${kit.words(t.fillers)}${G0})?${qty}`;
  return `(?:${versus}|${opened}|${kit.words(t.fixed)}|${compact}|${NUM}${NWA}${G}${kit.words(t.timeUnits)})`;
}

function superlative(lang: Lang, kit: FeatureKit): string {
  switch (lang) {
    case 'pl':
      // `naj…` + an adjective ending (`najlepszy`, `najtańsi`) or an adverb ending (`najlepiej`, `najbardziej`).
      return `${NWB}(?!${kit.words(PL_NOT_SUPERLATIVE)})naj${L}*(?:sz(?:y|a|e|ego|ej|emu|ym|ych|ymi)|si|ej)${NWA}`;
    case 'de':
      // Three or more letters, the last not a vowel a/i/o/u/y and not `s` (`Gäste`, `Liste`, `Kosten`,
      // `Spezialisten`, `musste` are nouns, verbs and past tenses), then `(e)st` and an adjective ending.
      return `(?:${kit.words(DE_SUPERLATIVES)}|${NWB}(?=[\\p{L}\\p{N}]*st(?:e|en|er|es|em)${NWA})(?!${kit.words(DE_NOT_SUPERLATIVE_WORDS)})${L}{2,}[^\\P{L}aiouys]st(?:e|en|er|es|em)${NWA}${notEndingIn(kit, DE_NOT_SUPERLATIVE_ENDS)})`;
    case 'ru':
      // `-ейш-/-айш-` (folded `-еиш-/-аиш-`): `новейший`, `величайший`; plus `самый …` and the irregular ones.
      return `(?:${kit.words(RU_SUPERLATIVES)}|${NWB}(?!${kit.words(RU_NOT_SUPERLATIVE)})${L}{2,}[еа]иш${L}{1,4}${NWA})`;
  }
}

function imperative(lang: Lang, kit: FeatureKit): string {
  switch (lang) {
    case 'pl':
      // Singular `-aj/-ij/-uj/-yj` (`skorzystaj`, `przypomnij`, `zarezerwuj`, `odkryj`); plural
      // `-cie` after a consonant that ends imperative stems (`zadzwońcie`, `zapiszcie`, `umówcie`);
      // a consonant before `-cie` that ends noun stems (`w mieście`, `w trakcie`, `wsparcie`) is not one.
      return (
        `(?:${kit.words(PL_IMPERATIVES)}|${NWB}(?!${kit.words(PL_NOT_IMPERATIVE)})` +
        `(?:${L}+(?:aj|ij|uj|yj)${NWA}${notEndingIn(kit, PL_NOT_IMPERATIVE_ENDS)}|${L}{2,}[jzwbpnlmd]cie${NWA}(?<!encie)))`
      );
    case 'de':
      // Formal imperative: a verb in `-n` + `Sie` at the start of a sentence (or after `bitte`,
      // `jetzt` …), in a sentence that does not end in a question mark.
      return (
        // The letter test comes first: the lookbehind reads back over the gap, which must only
        // happen at word starts (at every position of a long gap it would be quadratic). The
        // question-mark lookahead is bounded for the same reason ("und rufen Sie und rufen Sie …").
        `${NWB}(?=${L})(?<=(?:^|[.!?:;\\n…]|${NWB}(?:bitte|jetzt|einfach|gleich|doch|also|dann|deshalb|daher|heute|und))${G0})` +
        `(?!${kit.words(DE_NOT_IMPERATIVE)})${L}+n${G}sie${NWA}(?![^.!?\\n]{0,300}\\?)`
      );
    case 'ru':
      // `-ите/-йте` (both fold to `-ите`), `-ьте`, reflexive `-сь`: `звоните`, `узнайте`, `оставьте`, `запишитесь`.
      return `${NWB}(?!${kit.words(RU_NOT_IMPERATIVE)})${L}{2,}(?:ите|ьте)(?:сь)?${NWA}${notEndingIn(kit, RU_NOT_IMPERATIVE_ENDS)}`;
  }
}

function firstPerson(lang: Lang, kit: FeatureKit): string {
  switch (lang) {
    case 'pl':
      // Pronouns, a few present-tense verbs, and the past tense `-łem/-łam` after a vowel (`byłam`,
      // `zrobiłem`); the instrumental of nouns in `-ał/-ył/-il` (`szpitalem`) is listed out.
      return `(?:${kit.words(PL_FIRST_PERSON)}|${NWB}${L}+[aiuy]l(?:em|am)${NWA}${notEndingIn(kit, PL_NOT_FIRST_PERSON_ENDS)})`;
    case 'de':
      return kit.words(DE_FIRST_PERSON);
    case 'ru':
      return kit.words(RU_FIRST_PERSON);
  }
}

/**
 * The regex source of a feature for a pack's languages, or a reason why it cannot be built.
 * Language-independent features (numbers, percentages, money) accept every language's words.
 */
export function featureSource(name: Feature, languages: readonly string[], kit: FeatureKit): { source: string } | { error: string } {
  switch (name) {
    case 'number':
      return { source: `${NUM}${NWA}` };
    case 'percent':
      return { source: `${NUM}${SP}?(?:%|${kit.words(PERCENT_WORDS)})` };
    case 'money': {
      const amount = `${NUM}(?:,[-–]{1,2}|\\.[-–])?(?:${SP}?${kit.words(THOUSANDS)})?`;
      return {
        source: `(?:${amount}${SP}?${kit.words(CURRENCY_AFTER, { glued: true })}|${kit.words(CURRENCY_BEFORE)}${SP}?${DIGITS}${NWA})`,
      };
    }
  }
  const langs = FEATURE_LANGUAGES.filter((l) => languages.includes(l));
  if (langs.length === 0) {
    return { error: `#${name} has rules for ${FEATURE_LANGUAGES.join(', ')} only; the pack's languages are ${languages.join(', ') || 'none'}` };
  }
  const build = name === 'time-span' ? timeSpan : name === 'superlative' ? superlative : name === 'imperative' ? imperative : firstPerson;
  const parts = langs.map((l) => build(l, kit));
  return { source: parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})` };
}
