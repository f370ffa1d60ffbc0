import { defineRule } from '../../../core/define.js';
import type { MatchSpec, RuleDocs } from '../../../core/types.js';
import { fz38, NUM } from '../basis.js';

// Putting treatment off, enduring symptoms, treating oneself: what a scare says not to do.
const DELAY =
  '(откладывать|откладывайте|откладываете|отложите|отложить|откладывание|затягивать|затягивайте|затягивание|тянуть|тяните|медлить|промедлени*|запускать|запустите|запустить|запущенн*|игнорировать|игнорируете|игнорирование|терпеть|терпите|самолечени*|дожидаться|дожидайтесь)';
// What the scare threatens: lasting or growing harm (not a plain «операция», which aftercare names).
const HARM =
  '(осложнени*|последстви*|необратим*|хронич*|инвалидност*|ампутаци*|потер*|потеря*|разрушени*|ухудшени*|смерт*|летальн*|прогрессир*|усугуб*|удалени*|удалять|удалить|запущенн*)';

/** Scare phrasings, shared with ru/health-scare-service (same class, another basis for services). */
export const SCARE_MATCH: MatchSpec = {
  patterns: [
    'пока не поздно',
    'не дожидайтесь (инсульт*|инфаркт*|осложнени*|операци*|ампутаци*|инвалидност*)',
    'может ~2 (расти|развиваться|развивается) ~2 (рак*|опухол*|онкологи*)',
    '(укорачива*|сокраща*|отнимают) ~1 жизнь',
    'смертельно опасн*',
    'станете инвалидом',
    '(приведет|приводит|грозит|грозят) ~3 (инвалидност*|смерт*|ампутаци*|слепот*|бесплоди*|раку|онкологи*)',
    'тикающ* бомб*',
    'молчалив* убийц*',
    // Class: a catastrophic future if the reader does nothing («потом слечь и больше никогда не
    // сможешь двигаться», «останетесь без зубов», «прикованы к постели»).
    'никогда (не|больше) ~2 (сможете|сможешь|будете|будешь) ~1 (ходить|двигаться|видеть|слышать|жевать|работать|бегать)',
    'больше ~1 не (сможете|сможешь) ~1 (ходить|двигаться|видеть|слышать|жевать|работать|бегать)',
    '(слечь|сляжете|сляжешь)',
    'прикован* ~1 к (постели|кровати|коляске|креслу)',
    '(останетесь|остаться|останешься) инвалид*',
    'с каждым (днем|месяцем|годом) (промедления|ожидания|откладывания)',
    'преждевременн* (старени*|смерт*|гибел*)',
    `(страда*|болеют|болен|больны) ~2 (каждые|каждый) ${NUM} из ${NUM}`,
    '(останетесь|остаться|останешься) без (зубов|ног|зрения|слуха)',
    // Class: a harm word a few words after putting treatment off, enduring or treating oneself
    // («не стоит терпеть боль или заниматься самолечением — это может привести к осложнениям»,
    // «затягивание с визитом грозит необратимыми последствиями»).
    `${DELAY} ~6 ${HARM}`,
    // «Не откладывайте …» carries its own «не»: part of the trigger, not a negation of it.
    `не (стоит|нужно|надо|следует|) ${DELAY} ~6 ${HARM}`,
    // Class: delay priced in harm («промедление может стоить зуба», «чем позже, тем дороже»).
    '(промедлени*|откладывани*|затягивани*) ~2 (может|будет|обойдется|стоит) ~1 (стоить|дорого|дороже|жизни|здоровья|зуба|зубов)',
    '(промедлени*|откладывани*) ~1 (опасно|опасны|чревато|подобно)',
    'чем (позже|дольше|дальше) ~7 тем (сложнее|дороже|опаснее|хуже|труднее|тяжелее|меньше|выше)',
    // Class: a risk metaphor for the other option or for inaction («игра в русскую рулетку»).
    'русск* рулетк*',
    'игр* с огнем',
    'бомб* замедленного действия',
    // Class: the condition dramatised as ruining life («не способен … получать удовольствие от жизни»).
    // (The negation is part of the trigger, so the pack's negation check does not undo it.)
    'не (способен|способна|способны|может|могут) ~6 (удовольстви*|радоваться|радости|полноценн*|нормальн*) ~1 (жизн*|жить)',
    '(неспособн*|лишает|лишают) ~6 (удовольстви*|радоваться|радости|полноценн*|нормальн*) ~1 (жизн*|жить)',
    // Class: the reader warned of a danger the seller protects from («опасайтесь подделок»).
    '(опасайтесь|остерегайтесь|берегитесь|бойтесь) ~2 (подделок|фальсификат*|контрафакт*|осложнени*|последстви*)',
  ],
  // Aftercare tells a treated patient when to come back («после удаления не терпите боль, чтобы
  // избежать осложнений»): that is care, not a scare to buy.
  unlessSentence: ['вакцин*', 'прививк*', 'профилактическ* прививк*', 'после (удаления|операции|процедуры|вмешательства|имплантации|пломбирования|инъекции|инъекций)'],
  negation: { window: 2 },
};

/** Scaring healthy readers into treatment: «пока не поздно», «может расти раковая опухоль». */
export const healthScare = defineRule({
  id: 'ru/health-scare',
  category: 'fear-appeal',
  severity: 'error',
  verified: true,
  legalBasis: [fz38('п. 6 ч. 1 ст. 24')],
  // п. 6 binds drugs, devices (ч. 4) and folk medicine, not medical services (ч. 5 extends only
  // п. 2–5): services are ru/health-scare-service.
  applies: { products: ['drug', 'medical-device', 'other'], audiences: ['public'] },
  match: SCARE_MATCH,
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const healthScareDocs: RuleDocs = {
  note: 'п. 6 does not apply to drugs used for disease prevention: vaccination and prophylaxis sentences are skipped.',
  examples: {
    invalid: [
      { text: 'Заболевания суставов не просто приносят дискомфорт. Они укорачивают жизнь на 10-15 лет.', context: { product: 'other' } },
      { text: 'Человек не чувствует боли, тогда как в организме уже может расти раковая опухоль.', context: { product: 'other' } },
      { text: 'Не дожидайтесь инсульта — купите тонометр, пока не поздно!', context: { product: 'medical-device' } },
      { text: 'Запустите колени — и однажды просто сляжете. Мазь «Пример» нужна уже сейчас.', context: { product: 'drug' } },
      { text: 'Без корсета через пару лет останетесь прикованы к кровати.', context: { product: 'medical-device' } },
      { text: 'Пропустите курс — и больше не сможете нормально ходить.', context: { product: 'other' } },
      { text: 'С каждым днём промедления суставы разрушаются — мазь нужна сейчас.', context: { product: 'drug' } },
      { text: 'Страдает каждый 2 из 3 взрослых, и вы тоже в группе риска — купите тест.', context: { product: 'medical-device' } },
      { text: 'Игнорировать храп — значит рисковать необратимыми последствиями для сердца. Купите аппарат «Пример».', context: { product: 'medical-device' } },
      { text: 'Остерегайтесь подделок — покупайте глюкометр только у официального дилера!', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Вакцинация от гриппа снижает риск осложнений, которые могут привести к смерти пожилых людей.', context: { product: 'drug' } },
      { text: 'Не дожидайтесь инсульта — пройдите чек-ап сосудов, пока не поздно!', context: { product: 'medical-service' } },
      { text: 'Гипертония часто протекает бессимптомно — измеряйте давление регулярно.', context: { product: 'medical-device' } },
      { text: 'Гипертонией страдает значительная часть взрослых (по данным ВОЗ за 2023 год); измерение давления занимает минуту.', context: { product: 'medical-device' } },
      { text: 'Мазь «Пример»: при ухудшении состояния прекратите применение и обратитесь к врачу.', context: { product: 'drug' } },
    ],
  },
};
