/**
 * Shared Russian vocabularies: word classes that several rules compose into patterns, so a class
 * of phrasings is extended in one place and every rule that uses it gains the new words. Each
 * group says where it comes from. Entries are stems in the pattern language (`клиник*`).
 */
import type { Pattern } from '../../core/types.js';




// ---------------------------------------------------------------------------------------------
// Channels (the `channel` context). Values are lower-cased and trimmed before comparison.
// ---------------------------------------------------------------------------------------------

/**
 * Resources of Meta Platforms Inc., recognised as extremist (Supreme Court of the RF, 21.03.2022),
 * and X, blocked by Roskomnadzor since 2022: ch. 10.7 art. 5 38-FZ (72-FZ of 07.04.2025, in force
 * 01.09.2025) bans advertising on them. Sources: legal-audit § 4.1; dept.one/memo/zapret-reklama.
 */
export const BANNED_CHANNELS: readonly string[] = ['instagram', 'insta', 'facebook', 'fb', 'threads', 'x', 'twitter', 'x.com', 'инстаграм', 'фейсбук'];

/**
 * Resources FAS named in March 2026 as "restricted" under ч. 10.7 (Telegram, YouTube, WhatsApp,
 * VPN services): a regulator's position, not a court's, so findings on them are warnings.
 * Sources: meduza.io/news/2026/03/05/fas-zayavila-chto-reklama-v-telegrame-narushaet-zakon;
 * xakep.ru/2026/03/11/telegram-fas/.
 */
export const FAS_RESTRICTED_CHANNELS: readonly string[] = ['telegram', 'tg', 'youtube', 'yt', 'whatsapp', 'vpn', 'телеграм', 'ютуб', 'ватсап'];

/**
 * A resource of a person or organisation in the Minjust register of foreign agents: callers
 * declare it with `channel: 'foreign-agent'` (medad has no copy of the register).
 */
export const FOREIGN_AGENT_CHANNELS: readonly string[] = ['foreign-agent', 'иноагент', 'foreign-agent-resource'];

/**
 * Online channels where a business's own promotional post needs the ч. 16–17 ст. 18.1 marking
 * (label, advertiser, erid): platforms and feeds. Not the advertiser's own website: FAS treats
 * information on a company's own site about its own goods as not advertising (letter of
 * 28.08.2015 № АК/45828/15 [K]); a paid or labelled post there is still checked as sponsored.
 */
export const ONLINE_CHANNELS: readonly string[] = [
  // Not ad networks (Яндекс Директ, VK Ads): they add the label and erid to the ads they serve.
  'vk', 'vkontakte', 'вконтакте', 'ok', 'odnoklassniki', 'dzen', 'дзен', 'rutube', 'max',
  'telegram', 'tg', 'youtube', 'whatsapp', 'instagram', 'facebook', 'tiktok', 'threads', 'x', 'twitter', 'linkedin',
  'newsletter', 'email', 'messenger', 'avito', 'reels', 'shorts', 'stories',
];

/** Channels on which ads are video (ч. 7 ст. 24: 5 s and 7 % of the frame; ч. 1.1 ст. 25 the same). */
export const VIDEO_CHANNELS: readonly string[] = ['video', 'tv', 'youtube', 'rutube', 'reels', 'shorts', 'tiktok', 'stories', 'vk-video', 'vk-clips'];
export const AUDIO_CHANNELS: readonly string[] = ['radio', 'podcast', 'audio'];

export const channelIn = (channel: string | undefined, list: readonly string[]): boolean =>
  channel !== undefined && list.includes(channel.trim().toLowerCase());

// ---------------------------------------------------------------------------------------------
// Is the text an ad? (art. 3 п. 1 38-FZ: information meant to draw attention to an object and
// promote it on the market.) An offer, a price, a call to book or buy: not a mention in passing.
// ---------------------------------------------------------------------------------------------

/** Calls to book, buy or order: the sales call-to-action that makes a post an ad. */
export const CALL_TO_ACTION: Pattern[] = [
  '(запишитесь|записывайтесь|записаться|запись) ~3 (прием*|консультаци*|процедур*|телефону|сайте|ссылке|директ*|онлайн|сейчас|сегодня|нам)',
  '(закажите|заказать|купите|купить|приобретите|приобрести|оформите) ~3 (сайте|ссылке|онлайн|доставк*|аптек*|сейчас|сегодня|скидк*|курс*|упаковк*)',
  '(ждем|ждём) вас',
  'приходите ~3 (нам|клиник*|центр*|прием*)',
  '(звоните|пишите) ~3 (телефону|директ*|личн*|нам)',
];

/** Prices and promotions (money amounts, percentages with discount words). */
export const PRICE_OR_PROMO: Pattern[] = [
  // Amounts in groups of three (`1 200`, `1200`, `12 000 000`), started once per number (the
  // lookbehind): `\\d[\\d  ]*` was re-read from every digit of a long run of "1 1 1 …" (quadratic).
  're:(?<!\\d)(?<!\\d[ \\u00a0])\\d{1,3}(?:[ \\u00a0]?\\d{3})*[ \\u00a0]?(?:₽|руб\\p{L}*|р\\.)',
  're:(?:от|всего|за)\\s\\d{1,3}(?:[ \\u00a0]?\\d{3})*\\s?(?:₽|руб\\p{L}*|р\\.)',
  // Thousands in words («за 10 тысяч рублей», «от 5 тыс. руб.»): #money reads digits only.
  '#number (тысяч*|тыс) (рублей|руб*|р)',
  'скидк*',
  'акци(я|и|ю|ей)',
  're:[-−–]\\d{1,2} ?%',
  'промокод*',
  'в подарок',
  'специальн* (цен*|предложени*)',
];

/** A provider offering its services: «наша клиника», «предлагаем», «услуги центра». */
export const SERVICE_OFFER: Pattern[] = [
  'наш* (клиник*|центр*|медцентр*|стоматологи*|кабинет*|салон*|аптек*|магазин*)',
  '(предлагаем|оказываем|проводим|выполняем|делаем) ~3 (услуг*|процедур*|лечени*|операци*|диагностик*|удалени*|коррекци*|имплантаци*|протезировани*|чистк*)',
  'услуги (клиники|центра|стоматологии|кабинета|салона|медцентра)',
  '(запишитесь|записывайтесь|записаться)',
];

/** An ad: a call to action, a price or promotion, or a provider offering its services. */
export const AD_SIGNALS: Pattern[] = [...CALL_TO_ACTION, ...PRICE_OR_PROMO, ...SERVICE_OFFER];

/**
 * What shows that a post is paid or sponsored (the label itself counts: the ad is then checked
 * for completeness). Used by the pack's `sponsorship` and by `ru/internet-ad-label`.
 */
export const SPONSORSHIP: Pattern[] = [
  're:(?:^|[\\n#|])[^\\p{L}\\n]{0,8}реклама(?:[^\\p{L}\\n]{0,8}(?:\\n|$)|[.:|])',
  'erid',
  'на правах рекламы',
  'промокод*',
  'по промокоду',
  'в сотрудничестве с',
  'партнерск* (материал*|пост*|публикаци*)',
  'спонсор*',
  'реферальн*',
  'коллаборац*',
];

// ---------------------------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------------------------

/**
 * Words that name a dietary supplement (БАД) or food additive: the objects of art. 25 38-FZ
 * («биологически активные добавки и пищевые добавки»), with the forms shops use.
 */
export const SUPPLEMENT_WORDS: Pattern[] = [
  'бад',
  'бады',
  'бадов',
  'биологически активн* добав*',
  '(пищев*|биодобав*|диетическ*) добав*',
  'биодобавк*',
  'нутрицевтик*',
  'витаминн* комплекс*',
  'комплекс* витамин*',
];

// ---------------------------------------------------------------------------------------------
// Health vocabulary, shared by the effect-claim, guarantee and testimonial rules.
// ---------------------------------------------------------------------------------------------

/**
 * Diseases and conditions named in Russian health ads: the ones in FAS/UFAS decisions quoted in
 * ru-rules.md and the corpora (joints, vessels, prostate, parasites, addiction …), the common
 * infections that immunity and antiviral claims name, and chronic conditions from the ICD-10
 * Russian edition's common names. Stems.
 */
export const DISEASES: readonly string[] = [
  'артроз*', 'артрит*', 'остеохондроз*', 'остеопороз*', 'подагр*', 'грыж*', 'радикулит*', 'сколиоз*',
  'диабет*', 'гипертони*', 'гипертензи*', 'атеросклероз*', 'инсульт*', 'инфаркт*', 'тромбоз*', 'варикоз*', 'геморро*',
  'простатит*', 'аденом*', 'импотенци*', 'бесплоди*', 'цистит*', 'молочниц*',
  'паразит*', 'глист*', 'грибк*', 'грибок', 'микоз*', 'герпес*', 'папиллом*', 'бородавк*',
  'псориаз*', 'экзем*', 'дерматит*', 'акне', 'угри', 'угрей', 'угрями', 'угрев*', 'аллерги*', 'астм*',
  'гастрит*', 'язв*', 'панкреатит*', 'холецистит*', 'цирроз*', 'гепатит*', 'дисбактериоз*', 'запор*',
  'рак*', 'онкологи*', 'опухол*', 'метастаз*', 'злокачественн*', 'новообразовани*', 'катаракт*', 'глауком*', 'близорукост*', 'дальнозоркост*',
  'коронавирус*', 'covid', 'ковид*', 'грипп*', 'простуд*', 'орви', 'орз', 'вирус*', 'инфекци*',
  'алкоголизм*', 'зависимост*', 'курени*', 'ожирени*', 'целлюлит*', 'депресси*', 'бессонниц*', 'деменци*', 'мигрен*',
  // Degenerative and bedside conditions that device and rehabilitation ads name.
  'атрофи*', 'пролежн*', 'дисплази*', 'дегенераци*', 'тромб*', 'шлак*', 'токсин*',
  // Functional bowel disorders that probiotic and supplement pages name (СРК = IBS).
  'срк', 'синдром* раздраженного кишечника', 'дискинези*',
  // Reproductive diagnoses that fertility supplements name.
  'гиперпролактинеми*', 'астенозоосперми*', 'олигоастенозоосперми*', 'олигозоосперми*', 'эндометриоз*', 'мастопати*',
  // Common named conditions beyond the ad-famous ones (ru-7: an oil «при конъюнктивите», a gel
  // «при артериосклерозе»): infections of the eye, ear, nose and airways, skin and scalp, heart
  // rhythm, blood, nerves and tendons, by their everyday Russian names (and the spellings without «ъ»).
  'конъюнктивит*', 'коньюнктивит*', 'коньюктивит*', 'конъюктивит*', 'блефарит*', 'артериосклероз*',
  'ринит*', 'синусит*', 'гайморит*', 'отит*', 'тонзиллит*', 'ангин*', 'бронхит*', 'пневмони*', 'фарингит*', 'ларингит*',
  'себоре*', 'перхот*', 'алопеци*', 'облысени*', 'лишай', 'лишая', 'лишаем', 'розаце*', 'витилиго', 'кандидоз*',
  'аритми*', 'тахикарди*', 'стенокарди*', 'анеми*', 'неврит*', 'невралги*', 'бурсит*', 'тендинит*', 'плоскостопи*',
  'колит*', 'пиелонефрит*', 'уретрит*', 'гипотиреоз*', 'тиреоидит*', 'миом*', 'фибром*',
  // Round 10: written from general knowledge by organ system (ICD-10 chapters by everyday names),
  // not from corpus rows, so the long tail of named complaints is reached. Left out on purpose:
  // stems that read common words («кист*» → кисть, «ломк*» → ломкость, «ячмен*» → barley,
  // «растяжк*» → stretching, «травм*» → травматолог, «стресс*» and «усталост*» alone → advice).
  // Joints, spine, muscles and nerves.
  'остеоартроз*', 'полиартрит*', 'ревматизм*', 'ревматоидн*', 'спондил*', 'протрузи*', 'ишиас*', 'люмбаго',
  'шпор*', 'вальгус*', 'нейропати*', 'полинейропати*', 'туннельн*', 'растяжени*', 'вывих*', 'ушиб*',
  'склероз*', 'паркинсон*', 'альцгеймер*', 'эпилепси*', 'вегетососудист*', 'всд', 'дистони*',
  'головн* боль', 'головн* боли', 'головн* болей', 'головн* болью', 'головн* болями', 'головокружени*', 'шум в ушах', 'шума в ушах', 'шумом в ушах', 'шумы в ушах', 'звон в ушах', 'тугоухост*', 'глухот*',
  // Mind and addiction.
  'невроз*', 'паническ*', 'расстройств*', 'выгорани*', 'хроническ* усталость', 'хроническ* усталости', 'депрессивн*',
  'наркомани*', 'игромани*', 'табакокурени*', 'абстинен*', 'похмель*', 'запой', 'запоя', 'запоев', 'запоем', 'запои', 'тяг* к алкоголю', 'тяг* к спиртному',
  // Eyes.
  'астигматизм*', 'кератоконус*', 'косоглази*', 'миопи*', 'ретинопати*',
  // Skin, hair and nails.
  'прыщ*', 'постакне', 'пигментаци*', 'гиперпигментаци*', 'купероз*', 'нейродермит*', 'крапивниц*', 'кондилом*',
  'онихомикоз*', 'чесотк*', 'демодек*', 'гипергидроз*', 'потливост*', 'сосудист* звездочки', 'сосудист* звездочек', 'сосудист* сеточка', 'сосудист* сеточки', 'мозол*', 'натоптыш*', 'диатез*', 'атопическ*',
  'выпадени* волос', 'седин*', 'косточк* на (ноге|ногах|стопе|стопах)',
  // Vessels, heart and blood.
  'тромбофлебит*', 'недостаточност*', 'лимфостаз*', 'холестерин*', 'бляшк*',
  'ишеми*', 'ибс', 'гипотони*',
  // Metabolism and hormones.
  'преддиабет*', 'инсулинорезистентност*', 'лишний вес', 'лишнего веса', 'лишним весом', 'лишние килограммы', 'лишних килограммов', 'лишних килограмм', 'избыточный вес', 'избыточного веса', 'избыточным весом', 'авитаминоз*',
  'гипертиреоз*', 'зоб', 'зоба', 'зобом', 'аутоиммунн*', 'иммунодефицит*',
  // Digestion, liver and kidneys.
  'рефлюкс*', 'гэрб', 'дуоденит*', 'гастродуоденит*', 'болезн* крона', 'хеликобактер*', 'гепатоз*', 'желтух*',
  'желчнокаменн*', 'мочекаменн*', 'камни в почках', 'камней в почках', 'камни в желчном', 'камней в желчном', 'песок в почках', 'нефрит*', 'полип*', 'полипоз*', 'дисбиоз*', 'интоксикаци*', 'отравлени*',
  // Urology, andrology, gynaecology.
  'эректильн*', 'эякуляци*', 'недержани*', 'энурез*', 'гиперплази*',
  'климакс*', 'климактерическ*', 'менопауз*', 'пмс', 'поликистоз*', 'киста', 'кисты', 'кисту', 'кистой', 'кистами', 'кистозн*', 'эрози*',
  'вагиноз*', 'вагинит*', 'аднексит*', 'эндометрит*', 'впч', 'фиброаденом*', 'лактостаз*', 'мастит*',
  // Infections and parasites.
  'лямбли*', 'описторх*', 'аскарид*', 'гельминт*', 'хламиди*', 'уреаплазм*', 'микоплазм*',
  'боррелиоз*', 'энцефалит*', 'вич', 'спид', 'туберкулез*', 'ротавирус*', 'стафилокок*', 'стрептокок*',
  // Airways, ENT and teeth.
  'хобл', 'кашел*', 'кашл*', 'насморк*', 'аденоид*', 'храп*', 'апноэ',
  'кариес*', 'пародонтоз*', 'пародонтит*', 'гингивит*', 'стоматит*', 'пульпит*', 'кровоточивост*', 'галитоз*', 'флюс*',
  // Tumours.
  'меланом*',
];

/**
 * Organs, tissues and body functions that effect claims name ("restores the joints", "boosts
 * immunity"). Not skin, hair, nails or teeth: «очищает кожу» is a cosmetic's function and
 * «восстановление зубов» a dental service's name.
 */
export const BODY: readonly string[] = [
  'сустав*', 'хрящ*', 'позвоночник*', 'спин*', 'кост*', 'мышц*', 'связк*',
  'сосуд*', 'сердц*', 'кров*', 'печен*', 'почк*', 'желуд*', 'кишечник*', 'поджелудочн*', 'щитовидк*', 'щитовидн*', 'надпочечник*', 'простат*',
  'иммунитет*', 'иммунн*', 'защитн*', 'зрени*', 'глаз*', 'слух*',
  'мозг*', 'памят*', 'нерв*', 'давлени*', 'гормон*', 'потенци*', 'либидо', 'метаболизм*', 'организм*', 'клетк*', 'клеток',
  // Reproductive function and fat tissue: what fertility and slimming supplements claim to act on.
  'сперм*', 'сперматозоид*', 'фертильност*', 'репродуктивн*', 'зачати*', 'эрекци*', 'жиров*',
  // Spinal discs (ru-7: a mattress «восстанавливает естественную форму дисков»); the plain forms
  // only, as «диск*» also reads «дискомфорт», «дисконт».
  'диск', 'диска', 'диски', 'дисков', 'дискам', 'дисками', 'межпозвонков*', 'межпозвоночн*',
];

/**
 * Verbs by which a product or treatment is said to act on the body or a disease, in the present,
 * future and infinitive (what an ad promises), not the past (what a patient tells).
 */
export const EFFECT_VERBS: readonly string[] = [
  'лечит', 'лечат', 'лечить', 'излечива*', 'излечит', 'вылечива*', 'исцеля*', 'восстанавлива*', 'восстановит', 'восстановят', 'восстановить',
  'укрепля*', 'укрепит', 'укрепят', 'укрепить', 'очища*', 'очистит', 'очистят', 'очистить', 'омолажива*', 'омолодит', 'омолодят', 'омолодить', 'нормализ*', 'оздоравлива*',
  'регенерир*', 'выводит', 'выведет', 'избавля*', 'избавит', 'избавят', 'избавить', 'защища*', 'защитит', 'защитят', 'защитить', 'устраня*', 'устранит', 'устранят', 'устранить',
  'повыша*', 'повысит', 'повысят', 'повысить', 'поднима*', 'поднимет', 'поднимут', 'усилива*', 'усилит', 'усилят', 'усилить', 'растворя*', 'растворит', 'растворят', 'растворить', 'рассасыва*',
  'улучша*', 'улучшит', 'улучшить', 'ускоря*', 'регулиру*', 'снижа*', 'снизит', 'снизить', 'останавлива*',
  // Not «уменьшает», «облегчает»: relief of a symptom is what a tape or a procedure is for
  // (a speed or a figure on top of it is ru/guarantee-result's or ru/unsourced-statistics').
  'предотвраща*', 'предотвратит', 'замедля*', 'прекраща*',
  'разжижа*', 'вытягива*', 'выводят', 'рассасыва*',
  // Slowing a disease down: «задерживает рост злокачественных клеток», «тормозит развитие артроза».
  'задержива*', 'тормозит', 'тормозят', 'затормозит',
  'убива*', 'уничтожа*', 'уничтожит', 'уничтожат', 'уничтожить', 'обновля*', 'заживля*', 'спаса*', 'спасет', 'спасут', 'побежда*', 'победит', 'победят', 'победить',
];

/**
 * Verbs by which a remedy or a provider is said to take a complaint away (round 10, written from
 * the language, not from corpus rows): remove, relieve, cure, defeat, cope with, help against —
 * present, future and first person plural, the tenses that promise. Used with @disease and
 * @symptom; «помогает» and «решает» count only there («помогает при артрозе», «решает проблему
 * геморроя»). Not «излечим», also the short adjective «curable» of education.
 */
export const CURE_VERBS: readonly string[] = [
  'снима*', 'снимет', 'снимут', 'снимем', 'убира*', 'уберет', 'уберут', 'уберем', 'устраня*', 'устранит', 'устранят', 'устраним',
  'избавля*', 'избавит', 'избавят', 'избавим', 'лечит', 'лечат', 'лечим', 'вылечива*', 'вылечит', 'вылечат', 'вылечим', 'излечива*', 'излечит', 'излечат',
  'исцеля*', 'исцелит', 'справля*', 'справится', 'справятся', 'справимся', 'побежда*', 'победит', 'победят', 'победим', 'купиру*', 'подавля*', 'нейтрализу*',
  'выгоня*', 'изгоня*', 'убива*', 'уничтожа*', 'уничтожит', 'помогает', 'помогают', 'поможет', 'помогут', 'спасает', 'спасают', 'спасет', 'спасут', 'решает', 'решают', 'решит', 'решим',
];

/**
 * A cure promised by the provider (first person plural future) or to the reader (second person
 * future): «вылечим», «избавим», «уберём», «вы избавитесь», «забудете». Not «излечим», which is
 * also the short adjective «curable» of health education («рак излечим на ранней стадии»).
 */
export const CURE_PROMISE: readonly string[] = [
  'вылечим', 'избавим', 'уберем', 'устраним', 'победим', 'справимся',
  'избавитесь', 'избавишься', 'вылечитесь', 'вылечишься', 'излечитесь', 'излечишься', 'забудете', 'забудешь',
];

/**
 * Methods without accepted evidence that ads credit with cures (round 10, from the RAS
 * memoranda on pseudoscience and common sense, not from corpus rows): homeopathy, bioresonance,
 * ozone, leeches and bee venom, colon cleansing and «detox», coding against drinking, energy and
 * folk healing, frequency devices. Not physiotherapy or manual therapy, which are licensed
 * services, and not «резонансн*» («магнитно-резонансная томография») or «тибетск*» (a style of massage).
 */
export const UNPROVEN_METHODS: readonly string[] = [
  'гомеопат*', 'биорезонанс*', 'озонотерапи*', 'озонировани*', 'гирудотерапи*', 'пиявк*', 'апитерапи*', 'иглоукалывани*', 'иглорефлексотерапи*', 'акупунктур*',
  'гидроколонотерапи*', 'детокс*', 'очищени* организма', 'чистк* печени', 'чистк* кишечника', 'чистк* сосудов', 'кодировани*', 'подшив*', 'торпед*',
  'гипноз*', 'гипнотерапи*', 'энерготерапи*', 'биоэнерг*', 'целительств*', 'целител*', 'экстрасенс*', 'заговор*', 'рейки', 'реики', 'аюрвед*',
  'су джок', 'квантов*', 'частотн*', 'кровопускани*', 'уринотерапи*', 'голодани*', 'шунгит*', 'турмалин*',
];

/**
 * A reviewer's own words (round 10, from how Russian reviews are written, not from corpus rows):
 * being pleased, delighted, grateful — said by «я/мне/мой» (`#first-person ~3
 * @review`) or as a set phrase that only a patient or buyer says. Not «рекомендую»: a doctor says
 * «я рекомендую» too (ru/patient-thanks lists whom a patient recommends to).
 */
export const REVIEW_WORDS: readonly string[] = [
  'довольна', 'доволен', 'довольны', 'в восторге', 'понравилось', 'понравился', 'понравилась', 'понравились',
  'благодарна', 'благодарен', 'признательна', 'признателен', 'не пожалела', 'не пожалел', 'не пожалею', 'спасибо',
];

/** Whom a patient thanks: a doctor by any specialty («гинекологу», «флебологу»), the clinic, its staff. */
export const CARERS: readonly string[] = [
  'доктор*', 'врач*', 'клиник*', 'центр*', 'специалист*', 'хирург*', 'стоматолог*', 'персонал*', 'команд*', 'коллектив*', 'отделени*', 'медсестр*',
  '*лог', '*лога', '*логу', '*логом', '*логи', '*логов', '*логам', '*ист', '*иста', '*исту', '*истом',
];

/**
 * Scarcity (round 10): the units a sale or a booking runs out of, and the words that say they do
 * («мест почти не осталось», «остались считанные упаковки», «партию раскупают»). Not «курс»,
 * «запас», «срок»: a course ends and the body's stores run low in health education; not
 * «остаётся»: «место укола остаётся красным» is aftercare.
 */
export const SCARCE_UNITS: readonly string[] = [
  'мест', 'места', 'место', 'упаков*', 'флакон*', 'партия', 'партии', 'партию', 'штук*', 'набор*', 'комплект*', 'сертификат*', 'товар*', 'остатк*', 'слот*', 'окошк*', 'окошек', 'билет*',
];
export const RUNS_OUT: readonly string[] = [
  'заканчива*', 'закончил*', 'закончится', 'закончатся', 'разбира*', 'разобрал*', 'раскупа*', 'раскупил*', 'раскупят', 'тает', 'тают', 'исчерпан*',
  'осталось', 'остались', 'осталась', 'считанн*',
];

/** Taking or using a remedy, told by the one who took it (past and present: «пила», «принимаю», «мазала»). */
export const INTAKE: readonly string[] = [
  'пила', 'пил', 'пью', 'пьет', 'пропила', 'пропил', 'принимала', 'принимал', 'принимаю', 'принимает', 'брала', 'брал', 'купила', 'купил', 'заказала', 'заказал',
  'попробовала', 'попробовал', 'пробовала', 'пробовал', 'использовала', 'использовал', 'пользовалась', 'пользовался', 'пользуюсь', 'мазала', 'мазал', 'мажу', 'носила', 'носил', 'ношу', 'применяла', 'применял', 'применяю', 'использую',
];

/**
 * Help to find or watch a disease, not to cure it («метод помогает выявить рак на ранней стадии»,
 * «тест поможет исключить диабет»): allowed where «помогает» counts as a cure verb.
 */
export const HELPS_DIAGNOSE: Pattern = '(помогает|помогают|поможет|помогут) ~1 (выявить|выявлять|обнаружить|обнаруживать|диагностировать|определить|распознать|заподозрить|исключить|контролировать|отслеживать)';

/** The same verbs in the past tense, as the product's deed in a story («избавил меня от остеохондроза»). */
export const EFFECT_PAST: readonly string[] = ['избавил', 'избавило', 'избавила', 'вылечил', 'вылечило', 'вылечила', 'исцелил', 'исцелило', 'спас', 'спасло', 'восстановил', 'восстановило', 'вернул', 'вернуло'];

/** Cure-all and miracle words: a product that cures everything cannot be described truthfully. */
export const PANACEA: Pattern[] = ['панаце*', 'от всех (болезней|недугов|болячек)', 'чудо (средство|препарат|таблетк*|капл*|крем)', 'чудодейственн*', 'волшебн* (средство|эффект*)'];

/**
 * Talk about the law, not an ad: «по закону реклама не может обещать …», «нельзя ссылаться на
 * отзывы». Rules whose triggers such sentences quote skip them (unlessSentence).
 */
export const LAW_TALK: Pattern[] = [
  'по закону',
  'закон* ~3 запрещ*',
  'закон* ~3 не (позволяет|разрешает|допускает)',
  'реклам* ~4 не (может|могут|должна|должны|вправе)',
  '(нельзя|запрещено|недопустимо) ~2 (обещать|ссылаться|называть|писать|гарантировать|утверждать|использовать)',
];

/** Nouns of effect (list items of product pages: «Способствует: нормализации моторики …»). */
export const EFFECT_NOUNS: readonly string[] = [
  'нормализаци*', 'ускорени*', 'восстановлени*', 'улучшени*', 'укреплени*', 'очищени*', 'омоложени*', 'снижени*', 'оздоровлени*', 'регенераци*', 'стимуляци*', 'активизаци*', 'повышени*',
];

/**
 * Symptoms a remedy is said to relieve: what a supplement's «показания» list. A narrower class
 * than COMPLAINTS (no body functions such as «обмен», «тонус», «микрофлора», which supplements may
 * support), and pain spelled out by its forms so that «больше», «большой» stay out.
 */
export const SYMPTOMS: readonly string[] = [
  'боль', 'боли', 'болей', 'болью', 'болям', 'болях', 'болев*', 'воспалени*', 'отек*', 'отеч*', 'спазм*', 'вздути*', 'диаре*', 'понос*',
  'запор*', 'изжог*', 'тошнот*', 'метеоризм*', 'диспепси*', 'рвот*', 'зуд*', 'судорог*', 'тревожност*',
];

/** Health problems a claim is about, besides named diseases: pain, inflammation, symptoms. */
// Pain by its forms, not «бол*»: that stem also reads «более», «большой» («омолаживающий эффект;
// более выгодная стоимость» is no claim about pain).
export const COMPLAINTS: readonly string[] = ['боль', 'боли', 'болей', 'болью', 'болям', 'болях', 'болев*', 'болезненн*', 'болит', 'болят', 'болезн*', 'болячк*', 'воспалени*', 'отек*', 'отечност*', 'спазм*', 'симптом*', 'вздути*', 'диаре*', 'кровоток*', 'кровообращени*', 'лимфоток*', 'микрофлор*', 'моторик*', 'тонус*', 'обмен*'];

/**
 * The pack's concept classes (`@name` in patterns, see docs/patterns.md): the vocabularies above
 * under the names rules use, so a rule says «@effect-verb ~1 @body» instead of listing phrasings.
 */
export const CLASSES: Record<string, string[]> = {
  disease: [...DISEASES],
  body: [...BODY],
  complaint: [...COMPLAINTS],
  symptom: [...SYMPTOMS],
  'effect-verb': [...EFFECT_VERBS],
  'effect-noun': [...EFFECT_NOUNS],
  'effect-past': [...EFFECT_PAST],
  'cure-verb': [...CURE_VERBS],
  'cure-promise': [...CURE_PROMISE],
  'unproven-method': [...UNPROVEN_METHODS],
  review: [...REVIEW_WORDS],
  carer: [...CARERS],
  'scarce-unit': [...SCARCE_UNITS],
  'runs-out': [...RUNS_OUT],
  intake: [...INTAKE],
};

// ---------------------------------------------------------------------------------------------
// ru-4 classes: the concepts behind the misses of the real batch ru-4 (comparisons, urging,
// testimonials). The pack merges them into its `classes` next to CLASSES.
// ---------------------------------------------------------------------------------------------

/**
 * Treatments, methods and products a comparison or an invitation names as its object («по
 * сравнению с лазерной липосакцией», «дешевле, чем инъекции ботокса», «воспользуйтесь
 * блефаропластикой»). Not «лечение» itself: «профилактика дешевле, чем лечение» is advice.
 */
export const TREATMENTS: readonly string[] = [
  'операци*', 'вмешательств*', 'инъекци*', 'укол*', 'таблет*', 'капсул*', 'мазь', 'мази', 'мазей', 'мазями', 'препарат*', 'лекарств*',
  'процедур*', 'метод*', 'методик*', 'технологи*', 'аппарат*', 'терапи*', 'имплант*', 'имплантаци*', 'протез*', 'протезировани*',
  'брекет*', 'элайнер*', 'винир*', 'коронк*', 'пломб*', 'липосакци*', 'подтяжк*', 'лифтинг*', '*пластик*', 'пилинг*', 'лазер*',
  'ботокс*', 'диспорт*', 'ботулинотерапи*', 'филлер*', 'мезотерапи*', 'биоревитализаци*', 'отбеливани*', 'трансплантаци*', 'коррекци*',
];

/**
 * What a persuasive invitation promises the reader will gain or become: looks, youth,
 * confidence («получите белоснежную улыбку», «верните молодость», «станьте увереннее»).
 */
export const DESIRED_LOOKS: readonly string[] = [
  'улыбк*', 'фигур*', 'молодост*', 'красот*', 'уверенност*', 'свежест*', 'стройност*', 'харизм*', 'привлекательност*',
  'упругост*', 'сияни*', 'внешност*', 'взгляд*', 'мечт*', 'идеальн*', 'белоснежн*', 'голливудск*',
];

export const RU4_CLASSES: Record<string, string[]> = {
  treatment: [...TREATMENTS],
  'desired-look': [...DESIRED_LOOKS],
};

/**
 * Promotion without a price or a call to book: a promised result of a service («новая грудь за
 * один день», «белоснежная улыбка за час») or goods offered as in stock («маски в наличии»).
 * Used with AD_SIGNALS where only an ad breaches the law (the restricted-channel rules); advice
 * and education on the same platform name no such result and offer nothing.
 */
export const PROMO_CLAIMS: Pattern[] = [
  '(нов*|идеальн*|красив*|упруг*|молод*|стройн*|белоснежн*|голливудск*|ровн*) (грудь|груди|нос|лицо|улыбк*|фигур*|тело|губы|зубы|взгляд*|ягодиц*)',
  '@desired-look ~3 #time-span',
  '(грудь|нос|лицо|улыбк*|фигур*|тело|губы|зубы|взгляд*|ягодиц*) ~2 мечты',
  'в наличии',
  'под заказ',
];

// ---------------------------------------------------------------------------------------------
// ru-6 classes: broad concepts behind the misses of the real batch ru-6. Each is written as a
// kind of phrasing (a changed body state, an inaction, a questionnaire verdict), not as the
// corpus sentence; near misses are in the rules' docs.
// ---------------------------------------------------------------------------------------------

/**
 * A body or a look said to change for the better, in the present or future of the thing itself
 * («морщины разглаживаются», «кожа подтягивается», «пятна исчезнут», «будете здоровы»): what an
 * ad promises when it puts the change next to a span of time. Not the past (a patient's story)
 * and not «проходит» (a symptom's natural course, which aftercare states).
 */
export const RESULT_CHANGE: readonly string[] = [
  'разглажива*', 'разгладится', 'разгладятся', 'выравнива*', 'выровняется', 'выровняются',
  'подтягивается', 'подтягиваются', 'подтянется', 'подтянутся', 'омолаживается', 'молодеет', 'помолодеет',
  'исчезает', 'исчезают', 'исчезнет', 'исчезнут', 'пропадает', 'пропадают', 'пропадет', 'пропадут',
  'уменьшается', 'уменьшаются', 'уменьшится', 'уменьшатся', 'сужаются', 'сузятся', 'светлеет', 'посветлеет', 'посветлеют',
  'улучшается', 'улучшаются', 'улучшится', 'улучшатся', 'нормализуется', 'нормализуются',
  'выздоровеете', 'выздоровеешь', 'светлеют', 'бледнеет', 'бледнеют',
  // A state named after «станет»: «кожа становится подтянутой», «зубы станут белее» (not «станет ясно»).
  '(будете|будешь|становится|становятся|станет|станут|станете) (подтянут*|упруг*|гладк*|ровн*|ровнее|чист*|светле*|белее|моложе|стройне*|здоров*|эластичн*|свеж*|сияющ*|бархатист*|четк*|четче|тоньше|меньше)',
  'похудеете', 'похудеешь', 'сбросите', 'сбросишь', 'избавитесь', 'избавишься',
  // Round 10: a body measure or an organ said to recover by itself, written from the language
  // («давление стабилизируется», «зрение восстанавливается», «волосы перестают выпадать»,
  // «бляшки рассасываются»). Not «проходит», «заживает», «спадает»: aftercare says them of a wound.
  'стабилизируется', 'стабилизируются', 'восстанавливается', 'восстанавливаются', 'восстановится', 'восстановятся',
  'снижается', 'снижаются', 'снизится', 'снизятся', 'укрепляется', 'укрепляются', 'укрепится', 'укрепятся', 'крепнут', 'окрепнут',
  'очищается', 'очищаются', 'очистится', 'очистятся', 'перестают', 'перестанут', 'перестает', 'перестанет', 'поднимается', 'поднимется',
  'рассасываются', 'рассосутся', 'растворяются', 'растворятся', 'выводятся', 'выведутся', 'отрастают', 'отрастут',
];

/**
 * What a doctor's or a treatment's advantage is said to outclass, and the words that say it
 * loses: «проигрывает по результативности», «уступает по эффективности».
 */
export const QUALITY_NOUNS: readonly string[] = [
  'результативност*', 'эффективност*', 'качеств*', 'надежност*', 'безопасност*', 'результат*', 'точност*', 'долговечност*',
];

/** Care missing: without a doctor, without (timely) treatment. What a scare says harm follows from. */
export const NO_CARE: readonly string[] = [
  // One member: «без медицинского (лечения)» and «без лечения» would match the same words.
  'без (лечения|наблюдения|контроля|врача|врачей|медицинск*|врачебн*|своевременн*|квалифицированн*|профессиональн*|специализированн*)',
];

/** Harm a scare threatens: lasting damage, death, a late stage (the nouns and adjectives). */
export const HARM_WORDS: readonly string[] = [
  'осложнени*', 'последстви*', 'необратим*', 'инвалидност*', 'ампутаци*', 'разрушени*', 'смерт*', 'летальн*',
  'гибел*', 'паралич*', 'слепот*', 'делири*', 'запущенн*', 'прогрессир*', 'усугуб*', 'бесплоди*', 'поздн* стади*', 'удалени*', 'удалять', 'удалить',
  // Named catastrophes a scare ends on: «закончиться выкидышем», «пока не случится перелом».
  'выкидыш*', 'перелом*', 'инсульт*', 'инфаркт*', 'кровотечени*', 'сепсис*',
];

// ---------------------------------------------------------------------------------------------
// ru-7 classes.
// ---------------------------------------------------------------------------------------------

/**
 * Illness named generically, not by a diagnosis: «при заболеваниях суставов», «при целом спектре
 * заболеваний», «после перенесённых болезней». A remedy offered for it claims to treat.
 */
export const ILLNESS_WORDS: readonly string[] = ['заболевани*', 'болезн*', 'недуг*', 'патологи*', 'хворь', 'хвори', 'хворей'];

/**
 * A body part or a disease said to heal (reflexive): «волосы лечатся изнутри», «грибок излечивается
 * за курс». The reflexive forms that EFFECT_VERBS (the product acting on an organ) does not reach.
 */
export const HEALS_ITSELF: readonly string[] = [
  'лечатся', 'лечится', 'излечиваются', 'излечивается', 'исцеляются', 'исцеляется', 'вылечиваются', 'вылечивается', 'выздоравливает', 'выздоравливают',
];

export const RU7_CLASSES: Record<string, string[]> = {
  illness: [...ILLNESS_WORDS],
  'heals-itself': [...HEALS_ITSELF],
};

export const RU6_CLASSES: Record<string, string[]> = {
  'no-care': [...NO_CARE],
  harm: [...HARM_WORDS],
  'result-change': [...RESULT_CHANGE],
  quality: [...QUALITY_NOUNS],
};
