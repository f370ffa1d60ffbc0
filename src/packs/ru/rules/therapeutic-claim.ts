import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';
import { HELPS_DIAGNOSE, PANACEA } from '../lexicon.js';

// Remedies named by what they are «от» («чай от давления», «капли от паразитов»).
const REMEDY = '(средство|средства|комплекс|капсулы|таблетки|чай|сбор|крем|капли|бад|добавка|порошок|спрей|пластырь|пластыри|мазь|бальзам|сироп|настойка|гранулы|пилюли|пастилки|драже|эликсир|масло|гель)';

/** Supplements and other non-medical goods presented as curing disease. */
export const therapeuticClaim = defineRule({
  id: 'ru/therapeutic-claim',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [fz38('п. 1 ч. 1 ст. 25'), fz38('п. 6 ч. 5 ст. 5')],
  applies: { products: ['supplement', 'other'] },
  match: {
    patterns: [
      '(лечит|лечат|излечивает|излечивают|вылечивает|вылечивают|исцеляет)',
      '(восстанавливает|восстанавливают|восстановит) ~2 (хрящ*|сустав*|печень|ткан*|сосуд*|нервн*|зрение|потенци*)',
      'заменяет (лекарств*|таблетк*|препарат*|лечение)',
      '(лечебн*|целебн*) (свойств*|эффект*|действи*)',
      // Class: an effect verb acting on an organ, a body function or a disease («помогает
      // восстановить суставы», «укрепляет сосуды», «защитит от простуды»).
      '@effect-verb ~1 @body',
      '@effect-verb ~2 (от|при) ~1 @disease',
      '@effect-verb ~1 @disease',
      // («подавляет боль» is what a painkiller does; «подавляет рост раковых клеток» is a cure claim.)
      'подавля* ~2 @disease',
      // Class: a remedy named by the disease it is «от» («натуральный комплекс от гипертонии»).
      `${REMEDY} ~1 от @disease`,
      `${REMEDY} ~1 от давлени*`,
      // Class: a body measure said to return to normal («давление придёт в норму»).
      '(давлени*|сахар*|холестерин*|гормон*|пульс|стул|вес|гемоглобин*) ~2 (придет|приходит|вернется|возвращается|приходят|вернутся) в норму',
      // Class: a claimed effect on a symptom or disease as a noun («Способствует: снижению боли и
      // вздутия», «снижению длительности и тяжести диареи»).
      '@effect-noun ~3 @symptom',
      '@effect-noun ~3 @disease',
      // Class: an effect on a measure of a body function or a symptom («увеличивает вероятность
      // зачатия», «повышает концентрацию сперматозоидов», «снижается уровень тревожности»).
      '@effect-verb ~1 (уровень|уровня|концентраци*|количеств*|выработк*|вероятност*|жизнеспособност*|подвижност*|скорост*) ~3 @body',
      '@effect-verb ~1 (уровень|уровня|концентраци*|количеств*|выработк*|вероятност*) ~3 @symptom',
      '(увеличива*|увеличит) ~2 @body',
      '(влия*|воздейству*) на ~1 @effect-noun ~1 @body',
      // Class: a disease the product is said to prevent or treat («в профилактике и терапии цистита»).
      '(профилактик*|терапи*|лечени*) ~1 @disease',
      // Class: a pharmacological action on cells, DNA or fat («проникают в ДНК жировых клеток»,
      // «расщепляют жир», «сжигает жировые отложения»): no food can do what a drug does.
      '(проника*|проникнут|проникнет|встраива*) ~2 (днк|клетк*|клеточн*|ген*|ядр*)',
      '(расщепля*|сжига*|сжигает|растворя*|расщепит|сожжет) ~2 (жир*|жиров*|целлюлит*)',
      // Class: indications — a disease or symptom the product is «for» («При дисбактериозе …
      // При антибиотико-ассоциированной диарее», «рекомендует при СРК принимать»).
      'при ~2 @disease',
      'при ~2 @symptom',
      '(применя*|принима*|рекоменд*|показан*) ~3 для (лечени*|профилактик*|устранени*|облегчени*) ~2 @disease',
      // Class (ru-5): a disease said to have passed («гипертония прошла», «артроз полностью уходит»),
      // an effect noun acting on an organ or tissue («для восстановления хрящевой ткани»).
      '@disease ~2 (прошла|прошел|прошли|проходит|пройдет|ушла|ушел|уходит|уйдет|исчезла|исчез|исчезает|исчезнет|отступила|отступает)',
      // (Repair or cleansing of a tissue, not «укрепление иммунитета»: advice says that of prevention.)
      '(восстановлени*|регенераци*|омоложени*|очищени*|обновлени*) ~2 (хрящ*|сустав*|сосуд*|печен*|почк*|ткан*|клеток|клетк*|нерв*|кост*|позвоночник*|связок|связк*)',
      // Class (ru-6): a disease's course said to be slowed or reversed («задерживает рост
      // злокачественных клеток», «способствует регрессии опухолей», «рассасыванию тромбов»).
      '@effect-verb ~1 (рост*|развити*|размножени*|образовани*|прогрессировани*) ~2 @disease',
      '@effect-verb ~1 (рост*|развити*|размножени*|образовани*|прогрессировани*) ~1 (злокачественн*|раков*|опухолев*|патологическ*)',
      '(регресси*|рассасывани*|излечени*|исчезновени*|растворени*) ~2 @disease',
      // Class (ru-6): the body's functions or balance said to be restored («помогает восстановить
      // важные функции в организме», «нормализация дисбалансов в организме»), chances of a body
      // outcome raised («может повысить шансы на успешное зачатие»).
      '@effect-verb ~3 (функци*|работ*|деятельност*|баланс*|дисбаланс*) ~2 @body',
      '@effect-noun ~3 (функци*|работ*|деятельност*|баланс*|дисбаланс*) ~2 @body',
      '@effect-verb ~1 (шанс*|шансы) ~3 @body',
      // Class (ru-6): the organ named first, the remedy's deed after it («и кровь очищает, и
      // суставы лечит»): transitive forms only, «организм восстанавливается» describes.
      '@body (очищает|очищают|укрепляет|укрепляют|восстанавливает|восстанавливают|омолаживает|омолаживают|лечит|лечат|защищает|защищают|обновляет|обновляют|оздоравливает|оздоравливают|нормализует|нормализуют)',
      // Class (ru-6): cure promised as help («излечиться поможет»), years taken off («минус 10 лет»).
      // «Не только излечиться» affirms: the «не» is part of the trigger, so negation does not undo it.
      '(излечиться|вылечиться|исцелиться|выздороветь) ~2 (поможет|помогает|помогут|помогают)',
      '(поможет|помогает|помогут|помогают) ~2 (излечиться|вылечиться|исцелиться|выздороветь)',
      'не только ~2 (излечиться|вылечиться|исцелиться|выздороветь)',
      'минус #number (лет|год|года)',
      'моложе на #number (лет|год|года)',
      // Class (ru-7): illness named generically («помощь при заболеваниях суставов», «при целом
      // спектре заболеваний»), recovery «после перенесённых заболеваний», a body part healing by
      // itself («волосы лечатся изнутри»), the form or structure of an organ restored.
      'при ~2 @illness',
      '(восстановлени*|восстанавлива*|восстановит|реабилитаци*) ~4 после ~2 @illness',
      '(восстановлени*|восстанавлива*|восстановит|реабилитаци*) ~4 после ~2 (операци*|травм*|химиотерапи*|инсульт*|инфаркт*|ковид*|covid|родов)',
      '(профилактик*|лечени*|терапи*|излечени*|избавлени*|защит*) ~2 @illness',
      '@heals-itself',
      '@effect-verb ~3 (форм*|структур*|целостност*|эластичност*|плотност*) ~2 @body',
      // Class (round 10): a remedy said to take a named disease or a symptom away, in any tense
      // that promises («снимает головную боль», «справляется с простатитом», «помогает от
      // остеоартроза», «убирает отёки»), or to work against it («капсулы против климакса»).
      '@cure-verb ~3 @disease',
      '@cure-verb ~1 @symptom',
      'против ~1 @disease',
      'эффективн* ~2 (от|при) ~1 @disease',
      ...PANACEA,
    ],
    // The onset of a symptom («у кого с возрастом стало повышаться давление») and what another
    // remedy does only for a while (a comparison, ru/incorrect-comparison) claim no property.
    // Hygiene and cosmetic functions named by a complaint («зубная паста для профилактики кариеса»,
    // «шампунь против перхоти», «дезодорант против пота») are what those goods are for; a symptom
    // that does not pass is a referral («если кашель не проходит, обратитесь к терапевту»).
    allow: [
      '(паст*|ополаскивател*|шампун*|дезодорант*|антиперспирант*|лосьон*|тоник*|пенк*|мыло|скраб*) ~3 (для|против|от) ~1 (профилактик*|перхот*|прыщ*|акне|угр*|пота|потливост*|седин*|кариес*|кровоточивост*|налет*)',
      HELPS_DIAGNOSE,
      // A question asks, it does not claim («помогает ли мёд при ангине?»).
      '@cure-verb ли ~3 (при|от|против) ~2 @disease',
      '@cure-verb ли',
      '@disease ~2 не (проходит|проходят|пройдет|пройдут|уходит|уходят|исчезает|исчезают)',
      '(стал*|начал*|начинает|начинают) ~1 @effect-verb', '(лишь|только) (кратковременно|временно|ненадолго) ~1 @effect-verb', 'не является лекарственн*', 'под контролем врача', 'не (предназначен*|применяется|используется) (для|в) ~2 @disease'],
    // Contraindications and cautions name diseases with the opposite intent («с осторожностью при
    // гастрите»), and health education sends the reader to a doctor or to a way of life («при
    // подозрении на СРК обратитесь к врачу»).
    unlessSentence: ['противопоказ*', 'прививк*', 'вакцин*', 'осторожност*', 'проконсультир*', 'консультаци*', '(при|время|период*|планирующ*) ~1 беременност*', 'не рекоменд*', 'перед применением', 'подозрени*', 'врач*', 'образ* жизни'],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const therapeuticClaimDocs: RuleDocs = {
  note: 'п. 1 ч. 1 ст. 25 (БАД presented as a drug or as healing) verified; exact wording of п. 6 ч. 5 ст. 5 (therapeutic properties of other goods) UNVERIFIED.',
  examples: {
    invalid: [
      { text: 'После курса чая «Пример» у 9 из 10 покупателей простатит прошёл.', context: { product: 'supplement' } },
      { text: 'Капсулы для укрепления суставов и восстановления хрящей.', context: { product: 'supplement' } },
      { text: 'Комплекс улучшает эрекцию и либидо у мужчин после 40.', context: { product: 'supplement' } },
      { text: 'Капсулы увеличивают подвижность сперматозоидов уже через месяц.', context: { product: 'supplement' } },
      { text: 'Травяной чай снижает уровень тревожности и нервного напряжения.', context: { product: 'supplement' } },
      { text: 'Натуральный комплекс для профилактики эндометриоза.', context: { product: 'supplement' } },
      { text: 'Активные вещества проникают в клетки печени и обновляют их.', context: { product: 'supplement' } },
      { text: 'Коктейль сжигает жир даже во время сна.', context: { product: 'supplement' } },
      { text: 'Порошок влияет на повышение иммунитета всей семьи.', context: { product: 'supplement' } },
      { text: 'БАД «Суставит-Пример» лечит артроз и восстанавливает хрящ за 30 дней.', context: { product: 'supplement' } },
      { text: 'Травяной чай от простатита и гипертонии — заменяет таблетки!', context: { product: 'other' } },
      { text: 'Капли от паразитов с целебным эффектом для всей семьи.', context: { product: 'other' } },
      { text: 'Облепиховый сироп укрепит сосуды и защитные силы всей семьи.', context: { product: 'supplement' } },
      { text: 'Пояс из собачьей шерсти быстро избавит от радикулита.', context: { product: 'other' } },
      { text: 'Мой знакомый травник сказал: этот сбор — настоящая панацея.', context: { product: 'other' } },
      { text: 'Капсулы «Пример-Флора» — при вздутии, изжоге и запорах.', context: { product: 'supplement' } },
      { text: 'Способствует снижению воспаления и отёков в суставах.', context: { product: 'supplement' } },
      { text: 'Травяной сбор от гастрита — пейте курсом 3 недели.', context: { product: 'other' } },
      { text: 'С нашими капсулами сахар в крови придёт в норму.', context: { product: 'supplement' } },
      { text: 'Экстракт гриба подавляет рост опухоли.', context: { product: 'supplement' } },
      { text: 'Пластыри для стоп вытягивают шлаки и токсины.', context: { product: 'other' } },
      // Class (ru-6): a disease slowed or reversed, body functions restored, the organ first, cure as help, years off.
      { text: 'Грибной экстракт тормозит развитие опухолей и поддерживает силы.', context: { product: 'supplement' } },
      { text: 'Курс капсул способствует рассасыванию тромбов в венах ног.', context: { product: 'supplement' } },
      { text: 'Комплекс помогает восстановить нормальную работу щитовидки.', context: { product: 'supplement' } },
      { text: 'Чага и печень очищает, и сосуды укрепляет.', context: { product: 'other' } },
      { text: 'Настойка не только вылечиться поможет, но и силы вернёт.', context: { product: 'other' } },
      { text: 'Эликсир молодости: минус 15 лет за курс!', context: { product: 'supplement' } },
      { text: 'Капсулы восстанавливают функцию щитовидной железы.', context: { product: 'supplement' } },
      { text: 'Экстракт гриба тормозит рост метастазов.', context: { product: 'supplement' } },
      // Class (ru-7): illness named generically, recovery after an illness, a body part healing by itself, a structure restored; new diagnoses.
      { text: 'Бальзам «Пример» применяют при хронических заболеваниях бронхов.', context: { product: 'other' } },
      { text: 'Сироп ускоряет восстановление после перенесённой пневмонии.', context: { product: 'supplement' } },
      { text: 'Чай для профилактики болезней почек и мочевого пузыря.', context: { product: 'other' } },
      { text: 'С этой подушкой шейные позвонки лечатся во сне.', context: { product: 'other' } },
      { text: 'Аппликатор восстанавливает природную эластичность мелких сосудов.', context: { product: 'other' } },
      { text: 'Капли с прополисом помогают при гайморите и отите.', context: { product: 'supplement' } },
      { text: 'Шампунь с дёгтем избавляет от себореи за две недели.', context: { product: 'other' } },
      // Class (round 10): a cure verb or «против» with a disease or symptom from the widened
      // @disease vocabulary (written without the corpus).
      { text: 'Пастилки «Пример» снимают мигрень и головокружение у офисных работников.', context: { product: 'supplement' } },
      { text: 'Наши стельки уберут пяточную шпору — ходите легко.', context: { product: 'other' } },
      { text: 'Фитосбор справится с циститом и пиелонефритом.', context: { product: 'other' } },
      { text: 'Жевательные конфеты помогают от шума в ушах.', context: { product: 'supplement' } },
      { text: 'Порошок из водорослей против описторхоза и лямблий.', context: { product: 'supplement' } },
      { text: 'Сироп эффективен при гастродуодените у взрослых.', context: { product: 'supplement' } },
      { text: 'Пластины для дёсен лечат пародонтоз без стоматолога.', context: { product: 'other' } },
      { text: 'Гранулы подавляют тягу к алкоголю с первой недели.', context: { product: 'supplement' } },
    ],
    valid: [
      { text: 'Прогулки, сон и питание — основа укрепления иммунитета, напоминает наш магазин.', context: { product: 'other' } },
      { text: 'Если с возрастом стало повышаться давление, витамины его не снизят — нужен врач и лечение.', context: { product: 'supplement' } },
      { text: 'Обычные капли лишь временно снижают давление в глазах, поэтому их закапывают каждый день.', context: { product: 'other' } },
      { text: 'БАД не предназначен для терапии цистита и не является лекарственным средством.', context: { product: 'supplement' } },
      { text: 'Перед применением при эндометриозе проконсультируйтесь со специалистом.', context: { product: 'supplement' } },
      { text: 'Не рекомендуется во время беременности и кормления грудью.', context: { product: 'supplement' } },
      { text: 'Капсулы содержат жирные кислоты омега-3 и витамин E.', context: { product: 'supplement' } },
      { text: 'БАД. Не является лекарственным средством. Источник витамина D.', context: { product: 'supplement' } },
      { text: 'Крем для проблемной кожи: увлажняет и успокаивает.', context: { product: 'other' } },
      { text: 'Витамин C участвует в работе иммунной системы.', context: { product: 'supplement' } },
      { text: 'Перед применением проконсультируйтесь с врачом, если у вас артрит.', context: { product: 'supplement' } },
      { text: 'Препарат лечит артроз — имеются противопоказания, ознакомьтесь с инструкцией.', context: { product: 'drug' } },
      { text: 'При подозрении на гастрит обратитесь к врачу-гастроэнтерологу.', context: { product: 'supplement' } },
      { text: 'С осторожностью при заболеваниях печени; перед применением проконсультируйтесь с врачом.', context: { product: 'supplement' } },
      { text: 'Крем от загара SPF 50 для всей семьи.', context: { product: 'other' } },
      { text: 'Защита от угроз: антивирус для смартфона.', context: { product: 'other' } },
      // Near misses of the ru-6 classes: a body that recovers by itself, a nutrient's role, a disclaimer.
      { text: 'Организм восстанавливается после нагрузки быстрее, если спать 8 часов.', context: { product: 'supplement' } },
      { text: 'Кальций нужен для нормальной работы мышц и костей.', context: { product: 'supplement' } },
      { text: 'Организм сам регулирует баланс воды, пейте по жажде.', context: { product: 'other' } },
      // Near misses of the ru-7 class: a warning about an illness, recovery after sport, a disclaimer, care advice.
      { text: 'Не применять при заболеваниях почек в стадии обострения.', context: { product: 'supplement' } },
      { text: 'Протеин для восстановления после интенсивных тренировок.', context: { product: 'supplement' } },
      { text: 'Матрас средней жёсткости, высота 22 см, чехол снимается для стирки.', context: { product: 'other' } },
      { text: 'Масло для волос: питает кончики и облегчает расчёсывание.', context: { product: 'other' } },
      // Near misses of the round-10 cure verbs: negation, a verb with no complaint, a referral, a list of ingredients.
      { text: 'Эти пастилки не снимают мигрень и не заменяют лечения.', context: { product: 'supplement' } },
      { text: 'Удобная крышка помогает сохранить аромат чая надолго.', context: { product: 'other' } },
      { text: 'Шум в ушах дольше недели — повод показаться лор-врачу.', context: { product: 'supplement' } },
      { text: 'Курьер решает вопрос доставки за один день, упаковка снимается легко.', context: { product: 'other' } },
      { text: 'Состав: экстракт фенхеля, мята, мелисса; без сахара и красителей.', context: { product: 'supplement' } },
      { text: 'Зубная паста для профилактики кариеса с фтором, 75 мл.', context: { product: 'other' } },
      { text: 'Шампунь против перхоти для ежедневного применения.', context: { product: 'other' } },
      { text: 'Если кашель не проходит больше недели, покажитесь терапевту.', context: { product: 'supplement' } },
      { text: 'Помогает ли шалфей при фарингите? Спросите у лор-врача.', context: { product: 'supplement' } },
    ],
  },
};
