import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

// Doctors and scientists as a body (plural): the ones an ad says have proven or recognised an effect.
const EXPERTS = '(учен*|врачи|медики|специалисты|эксперты|ревматологи|кардиологи|неврологи|дерматологи|косметологи|эндокринологи|урологи|гинекологи|онкологи|диетологи|профессора)';

/** «Клинически доказано», «прошёл клинические испытания»: advantages argued from research. */
export const researchClaim = defineRule({
  id: 'ru/research-claim',
  category: 'unsubstantiated-claim',
  severity: 'error',
  legalBasis: [fz38('п. 4 ч. 1 ст. 24'), fz38('ч. 5 ст. 24'), fz38('п. 5 ч. 1 ст. 25')],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      'клинически (доказан*|подтвержден*|проверен*|протестирован*|доказано|апробирован*)',
      'научно (доказан*|подтвержден*|доказано)',
      'доказанн* (эффективност*|действи*)',
      '(прошел|прошла|прошло|прошли) ~1 (клинические|все|многочисленные) ~1 (испытания|исследования)',
      'исследования (показали|доказали|подтвердили)',
      // Broader: studies invoked unnamed, in any tense («ряд исследований наглядно демонстрируют»,
      // «многочисленные исследования подтверждают»). A single lab test «исследование крови
      // показывает …» is a finding, so a plural or a quantifier is required.
      '(ряд|многие|многочисленн*|научн*|клиническ*|последни*|современн*|зарубежн*) ~1 (исследования|исследований|испытания|испытаний) ~2 (показ*|демонстрир*|доказ*|подтвержд*|свидетельству*)',
      'зарегистрирован* ~3 (значит|поэтому|следовательно)',
      'испытани* ~3 (показали|доказали|подтвердили)',
      // Class (ru-5): one study named by its kind, not by its source («сравнительное изучение … показало»).
      '(сравнительн*|клиническ*|независим*|рандомизированн*|плацебо*) (изучени*|исследовани*|испытани*) ~8 (показал*|доказал*|подтвердил*|продемонстрировал*)',
      // Class: an effect said to be proven or confirmed, by whom left vague («эффективность
      // доказана учёными», «действие подтверждено клиническими исследованиями», «Доказано: …»).
      '(эффективност*|действи*|польза|пользу|безопасност*|результативност*) ~2 (доказан*|подтвержден*)',
      // («диагноз подтверждён исследованиями» is a finding, so «подтверждён» needs the science words.)
      'доказан* ~2 (учеными|наукой|исследовани*|испытани*|экспертами|клиническ*|практик*)',
      'подтвержден* ~2 (учеными|наукой|экспертами|клиническ*)',
      // Class (ru-5): doctors or scientists as a body said to recognise or prove the effect, with no
      // study named («ведущие мировые ревматологи признают их наиболее эффективными»). «Учен*»: the
      // Latin «uchenye» reads back without its «ы».
      `${EXPERTS} (доказали|подтвердили|подтверждают|установили|убедились)`,
      // «Признают» only with what they are said to recognise: «учёные признают, что лекарства пока нет» is news.
      `${EXPERTS} (признают|признали) ~4 (эффективн*|действенн*|наиболее|лучш*|полезн*|безопасн*|единственн*)`,
      're:(?<=(?:^|[.!?…\\n])\\s{0,3})доказано(?=\\s{0,3}[:!—–-])',
      // Class (ru-6): a trial narrated by its volunteers and its outcome, the source left out
      // («группа испытуемых (100 человек) принимала …», «в ходе исследования были получены
      // следующие результаты»). «Исследование» alone is also a scan («в ходе исследования пациент
      // лежит неподвижно»): the outcome words are needed.
      'испытуем*',
      '(исследовани*|испытани*|эксперимент*) ~2 участвовал* ~2 #number',
      'в ходе (исследования|испытаний|испытания|эксперимента) ~4 (получены|получен|показал*|выяснил*|установлен*|доказан*|выявлен*)',
      // Class (ru-7): proof asserted as a fact, the prover and the source left out, in any word
      // order and tense: the method «доказал(а) свою эффективность», «эффективность … многократно
      // обоснована и доказана» (the quality several words before), «имеет научное обоснование»,
      // a claim «подтверждённая отзывами/практикой». What is proven is the quality of the product
      // or the method, so a diagnosis «подтверждён анализами» stays out.
      '(доказал*|подтвердил*|продемонстрировал*|доказыва*|подтвержда*) ~1 (эффективност*|безопасност*|действенност*|результативност*|эффект|пользу|состоятельност*)',
      '(эффективност*|безопасност*|действенност*|результативност*|польза|пользу) ~6 (доказан*|обоснован*)',
      '(многократно|неоднократно|давно|многолетн*|научно|клинически) ~1 (обоснован*|доказан*|подтвержден*)',
      '(имеют|имеет|имеющ*|получил*|обладают|обладает|есть|с) научн* (обосновани*|обоснованием|подтверждени*|доказательств*|базой|базу|база)',
      '(подтвержден*|доказан*) (отзывами|отзывах|пациентами|клиентами|покупателями|практикой|опытом|временем|тысячами|сотнями|миллионами)',
    ],
    // «Эффективность метода не доказана» carries its «не» inside the match.
    allow: ['не (доказан*|подтвержден*)'],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const researchClaimDocs: RuleDocs = {
  note: 'п. 4 bans arguing advantages from the studies required for registration; professional texts are exempt (ч. 2 ст. 24). False research results are also unreliable advertising under ч. 3 ст. 5 (point number UNVERIFIED). For supplements п. 5 ч. 1 ст. 25 (research presented as a direct recommendation; verified in the Garant text) applies.',
  examples: {
    invalid: [
      { text: 'Независимое исследование на 300 добровольцах показало, что капсулы снижают холестерин.', context: { product: 'supplement' } },
      { text: 'Кардиологи признают: экстракт боярышника укрепляет сосуды лучше аптечных таблеток.', context: { product: 'supplement' } },
      { text: 'Учёные установили, что пояс «Пример» ускоряет заживление переломов.', context: { product: 'medical-device' } },
      { text: 'Многочисленные исследования подтверждают пользу гирудотерапии.', context: { product: 'medical-service' } },
      { text: 'Клинически доказано: эффект уже через 3 дня. Есть противопоказания. Посоветуйтесь с врачом.', context: { product: 'drug' } },
      { text: 'Аппарат прошёл клинические испытания — значит, он лучше аналогов.', context: { product: 'medical-device' } },
      { text: 'Исследования подтвердили: наша методика работает.', context: { product: 'medical-service' } },
      { text: 'БАД «Кардио-Пример» прошёл клинические исследования — принимайте по 2 капсулы в день.', context: { product: 'supplement' } },
      { text: 'Эффективность магнитотерапии доказана многолетней практикой.', context: { product: 'medical-service' } },
      { text: 'Доказано: коллаген укрепляет связки и суставы.', context: { product: 'supplement' } },
      { text: 'Польза курса подтверждена клиническими данными.', context: { product: 'medical-service' } },
      // Class (ru-6): a trial told by its volunteers and outcome, no source.
      { text: 'Испытуемые принимали чай 30 дней и сбросили в среднем 6 кг.', context: { product: 'supplement' } },
      { text: 'В ходе эксперимента установлено, что капли улучшают зрение на 40 %.', context: { product: 'supplement' } },
      { text: 'В исследовании участвовали 200 добровольцев: у 93 % улучшился сон.', context: { product: 'supplement' } },
      // Class (ru-7): proof asserted as a fact with no source, in any order or tense.
      { text: 'Гирудотерапия давно доказала свою действенность при мигрени.', context: { product: 'medical-service' } },
      { text: 'Пояс «Пример» подтверждает высокую результативность у тысяч покупателей.', context: { product: 'medical-device' } },
      { text: 'Польза курса иглоукалывания для сна неоднократно доказана.', context: { product: 'medical-service' } },
      { text: 'Наш протокол плазмолифтинга имеет научную базу и применяется с 2012 года.', context: { product: 'aesthetic-surgery' } },
      { text: 'Безопасность порошка для детей и взрослых научно обоснована.', context: { product: 'supplement' } },
      { text: 'Качество пломб доказано временем — носятся по 15 лет.', context: { product: 'medical-service' } },
      { text: 'Действенность настойки подтверждена отзывами сотен покупательниц.', context: { product: 'other' } },
    ],
    valid: [
      { text: 'Учёные признают, что единого лекарства от болезни Альцгеймера пока нет.', context: { product: 'drug' } },
      { text: 'Клиническое исследование препарата «Пример» продолжается; результаты будут опубликованы в 2027 году.', context: { product: 'drug' } },
      { text: 'Врачи не признают гомеопатию методом лечения — так сказано в меморандуме РАН № 2 (2017).', context: { product: 'medical-service' } },
      { text: 'Исследование крови показывает уровень гемоглобина и лейкоцитов.', context: { product: 'medical-service' } },
      { text: 'Лабораторные исследования крови — результаты через 1 день.', context: { product: 'medical-service' } },
      { text: 'Регистрационное удостоверение № РЗН 2021/12345.', context: { product: 'medical-device' } },
      { text: 'Клинически доказанная эффективность: данные РКИ для специалистов.', context: { product: 'drug', audience: 'professional' } },
      { text: 'Эффективность метода не доказана, поэтому мы его не применяем.', context: { product: 'medical-service' } },
      { text: 'Диагноз подтверждён исследованиями крови и УЗИ.', context: { product: 'medical-service' } },
      { text: 'В ходе исследования пациент лежит неподвижно около 20 минут.', context: { product: 'medical-service' } },
      // Near misses of the ru-7 class: a diagnosis confirmed, an unproven method said so, evidence-based care named with its source.
      { text: 'Эффективность биорезонансной терапии не доказана, поэтому в клинике её нет.', context: { product: 'medical-service' } },
      { text: 'Диагноз подтверждён анализами и МРТ, лечение назначает невролог.', context: { product: 'medical-service' } },
      { text: 'Схемы лечения соответствуют клиническим рекомендациям Минздрава России.', context: { product: 'medical-service' } },
      { text: 'Безопасность вакцины оценивается в исследованиях, результаты публикует производитель.', context: { product: 'drug' } },
    ],
  },
};
