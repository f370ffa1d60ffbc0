/**
 * What a text shows about its language besides trigrams: letters only some candidates use and
 * frequent function words. franc alone confuses close neighbours on short posts (Russian →
 * Bulgarian/Ukrainian, German → Dutch); these signals settle most of those cases, and a few of
 * them rule a language out entirely, which is what keeps a Ukrainian post away from Russian law.
 */

/** ISO 639-3 (franc) → ISO 639-1 for the languages we route or must keep apart. */
export const ISO1: Record<string, string> = {
  pol: 'pl',
  deu: 'de',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  mkd: 'mk',
  srp: 'sr',
  ces: 'cs',
  slk: 'sk',
  nld: 'nl',
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  hrv: 'hr',
  slv: 'sl',
};
export const ISO3: Record<string, string> = Object.fromEntries(Object.entries(ISO1).map(([k, v]) => [v, k]));

/**
 * Candidates franc may choose from, by script (ISO 639-3). The extra sets join only when the text
 * shows a letter of theirs: every extra candidate is one more way for a three-word Polish or
 * Russian fragment to be mistaken, so they must earn their place.
 */
export const LATIN = ['pol', 'deu', 'eng', 'ces', 'slk', 'nld'];
export const LATIN_EXTRA = { re: /[èêàçñãõìòùœ¿¡đ]/, langs: ['fra', 'spa', 'ita', 'por', 'hrv', 'slv'] };
export const CYRILLIC = ['rus', 'ukr', 'bel', 'bul'];
export const CYRILLIC_EXTRA = { re: /[јљњџђћѓќѕ]/, langs: ['srp', 'mkd'] };

/**
 * Letters that point to a language. `weight` is added per occurrence (capped); `excludes` lists
 * languages whose orthography never uses the letter, so one occurrence removes them.
 */
interface LetterSignal {
  re: RegExp;
  lang: string[];
  excludes: string[];
  /** A habit, not a rule of spelling: adds weight but does not count against an exclusion. */
  weak?: boolean;
}
export const LETTERS: LetterSignal[] = [
  { re: /[ąęłńśźż]/g, lang: ['pol'], excludes: ['ces', 'slk', 'deu', 'nld', 'eng', 'hrv', 'slv'] },
  { re: /ß/g, lang: ['deu'], excludes: ['nld', 'pol', 'ces', 'slk', 'eng'] },
  { re: /[äöü]/g, lang: ['deu'], excludes: ['nld', 'pol', 'eng'] },
  { re: /[èêàçœ]/g, lang: ['fra'], excludes: ['pol', 'deu', 'ces', 'slk'] },
  { re: /[ñ¿¡]/g, lang: ['spa'], excludes: ['pol', 'deu', 'ces', 'slk'] },
  { re: /[ãõ]/g, lang: ['por'], excludes: ['pol', 'deu', 'ces', 'slk'] },
  { re: /[ěřů]/g, lang: ['ces'], excludes: ['pol', 'slk', 'deu'] },
  { re: /[ľĺŕô]/g, lang: ['slk'], excludes: ['pol', 'ces', 'deu'] },
  // Polish digraphs and endings (Czech writes ř, š, č instead of rz, sz, cz).
  { re: /rz|sz|cz|prz|ów|ó|wy|ych|(?<=\p{L})[tzn]y(?!\p{L})/gu, lang: ['pol'], excludes: [], weak: true },
  // German spells c only in ch, ck, sch and loanwords; Dutch and English use it freely (reclame).
  { re: /c(?![hk])/g, lang: ['nld', 'eng', 'pol', 'ces', 'slk'], excludes: [], weak: true },
  // Letters of Czech and Slovak (and South Slavic) that Polish spelling does not have.
  { re: /[čšžťďňýáíú]/g, lang: ['ces', 'slk'], excludes: ['pol', 'deu', 'nld', 'eng'] },
  { re: /ij/g, lang: ['nld'], excludes: [], weak: true },
  // Spelling habits rather than letters: German -ung/-keit/-lich/ck/tz, Dutch doubled vowels, -heid/-lijk.
  { re: /ung|keit|lich|ck|tz|chen|äu|eu/g, lang: ['deu'], excludes: [], weak: true },
  { re: /aa|oo|uu|oe|ui|heid|lijk|sch(?![aeiouäöü])/g, lang: ['nld'], excludes: [], weak: true },
  // Russian case and verb endings Bulgarian lacks (it has no cases); Ukrainian shares some.
  { re: /(?:ого|ому|ему|ых|ыми|ими|ами|ями|ться|тся|ую|юю|ания|ения|ании|ении|ов|их|ей)(?![а-яёіїєґ])/g, lang: ['rus', 'ukr'], excludes: [], weak: true },
  // Bulgarian: the article -ът, ъ before a consonant, the future particle ще.
  { re: /ът(?![а-я])|ъ(?=[бвгджзклмнпрстфхцчшщ])|(?<![а-я])(?:ще|във|със|към|са|се|ги)(?![а-я])/g, lang: ['bul'], excludes: ['rus', 'ukr', 'bel'] },
  // Bulgarian writes ь only before о (шофьор): a ь anywhere else is Russian, Ukrainian or Belarusian.
  { re: /ь(?!о)/g, lang: ['rus', 'ukr', 'bel'], excludes: ['bul', 'mkd', 'srp'], weak: true },
  // Plurals in -ти/-ни/-ди (продукти, условни): Russian spells most of them -ты/-ны/-ды.
  { re: /[тндрмпбвфзл]и(?![а-яёіїєґ])/g, lang: ['bul', 'ukr'], excludes: [], weak: true },
  // Ukrainian -ськ-/-цьк-, -ння and the apostrophe before я/ю/є/ї; Russian writes -ск-, -ние, ъ/ь.
  { re: /[сцз]ьк|ння(?![а-яіїєґ])|[бпвмфр][’'][яюєї]/g, lang: ['ukr'], excludes: ['rus', 'bul'] },
  // Russian verb forms -ует/-ают/-яет (требует, считает); Bulgarian has -ува/-ва.
  { re: /(?:ует|ают|яет|ится|ется|ией|ью|ою|ею|ите|ся|ть)(?![а-я])|(?<![а-я])(?:все|всё)(?![а-я])/g, lang: ['rus'], excludes: [], weak: true },
  // Belarusian akanye endings and dz/c where Russian has д/т (пастановай, урада → ru постановой).
  { re: /(?:ага|аму|ай|ая)(?![а-яіў])|дз[еяюіё]|ц[ьвэ]/g, lang: ['bel'], excludes: [], weak: true },
  // Belarusian э after a consonant (рэгулюе, цэны) and шч where Russian writes щ.
  { re: /[бвгджзклмнпрстфхцчш]э|шч/g, lang: ['bel'], excludes: [], weak: true },
  // Bulgarian definite nouns: -ията, -нето (промоцията, рекламирането).
  { re: /(?:ията|нето|ането|ението|ият)(?![а-я])/g, lang: ['bul'], excludes: [] },
  // Russian ъ stands only before е, ё, ю, я (объект, подъезд).
  { re: /ъ(?=[еёюя])/g, lang: ['rus'], excludes: [], weak: true },
  { re: /[ыэ]/g, lang: ['rus', 'bel'], excludes: ['ukr', 'bul', 'mkd', 'srp'] },
  { re: /ё/g, lang: ['rus', 'bel'], excludes: ['ukr', 'bul', 'mkd', 'srp'] },
  { re: /[їєґ]/g, lang: ['ukr'], excludes: ['rus', 'bel', 'bul'] },
  { re: /і/g, lang: ['ukr', 'bel'], excludes: ['rus', 'bul', 'mkd', 'srp'] },
  { re: /ў/g, lang: ['bel'], excludes: ['rus', 'ukr', 'bul'] },
  { re: /[јљњџђћѓќѕ]/g, lang: ['srp', 'mkd'], excludes: ['rus', 'ukr', 'bel', 'bul'] },
];

/** Frequent short words. A word may appear for several languages; it then counts for each. */
export const FUNCTION_WORDS: Record<string, string[]> = {
  pol: ['i', 'w', 'z', 'na', 'nie', 'się', 'do', 'jest', 'to', 'że', 'dla', 'po', 'od', 'oraz', 'lub', 'jak', 'przez', 'który', 'która', 'które', 'są', 'już', 'tylko', 'przy', 'bez', 'czy', 'ze', 'co', 'także', 'może', 'jej', 'ich', 'jego', 'go', 'tym', 'tego', 'być', 'mogą', 'gdy', 'albo', 'oraz', 'we', 'ani', 'też', 'nas', 'was', 'twój', 'twoje', 'się'],
  deu: ['und', 'der', 'die', 'das', 'ist', 'nicht', 'mit', 'für', 'sie', 'ihre', 'ihr', 'wir', 'ein', 'eine', 'einer', 'einem', 'einen', 'den', 'dem', 'des', 'zu', 'auf', 'bei', 'von', 'auch', 'sich', 'oder', 'wie', 'nur', 'noch', 'im', 'ohne', 'unsere', 'jetzt', 'wird', 'werden', 'sind', 'durch', 'nach', 'über', 'aus', 'dass', 'wenn', 'zur', 'zum', 'vom', 'kann', 'es', 'ich'],
  nld: ['de', 'het', 'een', 'van', 'en', 'is', 'dat', 'niet', 'voor', 'met', 'zijn', 'op', 'te', 'wordt', 'worden', 'bij', 'ook', 'aan', 'naar', 'uit', 'om', 'dan', 'maar', 'of', 'wel', 'geen', 'kan', 'door', 'deze', 'dit', 'zij', 'ze', 'er', 'hun', 'u', 'uw', 'ons', 'onze'],
  eng: ['the', 'and', 'of', 'to', 'is', 'for', 'with', 'your', 'you', 'our', 'we', 'are', 'this', 'that', 'it', 'on', 'be', 'not', 'or', 'at', 'by', 'as', 'from', 'has', 'have', 'an', 'if', 'its', 'must', 'should', 'may', 'any', 'was', 'will', 'can', 'which'],
  ces: ['a', 'je', 'se', 'na', 'v', 've', 'z', 'ze', 'do', 'k', 'o', 'pro', 'že', 'to', 'jsou', 'by', 'být', 'nebo', 'jako', 'které', 'který', 'která', 'také', 'podle', 'při', 'tak', 'ale', 'jen', 'již', 'není'],
  slk: ['a', 'je', 'sa', 'na', 'v', 'vo', 'z', 'zo', 'do', 'k', 'o', 'pre', 'že', 'to', 'sú', 'by', 'byť', 'alebo', 'ako', 'ktoré', 'ktorý', 'ktorá', 'tiež', 'podľa', 'pri', 'tak', 'ale', 'len', 'už', 'nie', 'aj', 'ak'],
  rus: ['что', 'это', 'через', 'всех', 'всем', 'этот', 'эта', 'эти', 'свой', 'своих', 'нет', 'есть', 'очень', 'ещё', 'еще', 'чтобы', 'где', 'как', 'для', 'мы', 'вы', 'все', 'всё', 'только', 'уже', 'ваш', 'наш', 'так', 'у', 'же', 'его', 'её', 'она', 'он', 'они', 'был', 'была', 'быть', 'который', 'которые', 'также', 'если', 'когда', 'будет', 'этого', 'этом', 'о', 'об', 'к', 'должна', 'должен', 'либо', 'нас', 'вас', 'вам', 'нам', 'сам', 'сами'],
  ukr: ['і', 'та', 'що', 'це', 'як', 'від', 'для', 'без', 'або', 'ваш', 'наш', 'вже', 'лише', 'також', 'після', 'й', 'з', 'у', 'в', 'на', 'не', 'до', 'його', 'їх', 'які', 'який', 'яка', 'щодо', 'цього', 'може', 'має', 'бути', 'був', 'була', 'ми', 'ви', 'ці'],
  bel: ['і', 'ў', 'у', 'з', 'на', 'не', 'што', 'гэта', 'як', 'ад', 'для', 'без', 'або', 'ужо', 'толькі', 'таксама', 'пасля', 'да', 'яго', 'іх', 'якія', 'які', 'якая', 'можа', 'мае', 'быць', 'былі', 'мы', 'вы', 'гэты', 'гэтага'],
  bul: ['за', 'да', 'се', 'е', 'са', 'като', 'най', 'това', 'който', 'която', 'които', 'във', 'със', 'към', 'ще', 'беше', 'но', 'те', 'тя', 'той', 'му', 'им', 'тази', 'този', 'тези', 'може', 'след', 'пред', 'ли', 'ги', 'нея', 'всички', 'чрез', 'така', 'много', 'също'],
};

/**
 * Letters whose absence is telling: a Ukrainian text of a few words almost always has і, ї or є;
 * a Belarusian one і or ў. Below `minLetters` the absence proves nothing.
 */
export const EXPECTED: Array<{ lang: string; re: RegExp; minLetters: number; penalty: number }> = [
  { lang: 'ukr', re: /[іїєґ]/, minLetters: 14, penalty: 0.2 },
  { lang: 'bel', re: /[іў]/, minLetters: 14, penalty: 0.1 },
  { lang: 'pol', re: /[ąęłńśźżóćw]/, minLetters: 18, penalty: 0.2 },
  // A Bulgarian sentence of some length has ъ or one of its particles (е, са, се, ще, това, които).
  { lang: 'bul', re: /ъ|(?<![а-я])(?:е|са|се|да|ще|това|тази|този|които|който|която|към|във|със)(?![а-я])/, minLetters: 40, penalty: 0.15 },
];
