import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { CRITERION, fz38, plenum58 } from '../basis.js';

/** Rank and exclusivity claims: «№ 1», «первый в России», «единственный», «уникальный», «ведущий». */
export const rankClaim = defineRule({
  id: 'ru/rank-claim',
  category: 'superlative',
  severity: 'error',
  legalBasis: [fz38('п. 1 ч. 3 ст. 5'), plenum58],
  match: {
    patterns: [
      // "№1" stays "no1" in the shadow (a digit follows); "№ 1" is transliterated to "но 1",
      // which collides with the conjunction «но», so that form needs a ranking word after it.
      're:(?:no|n|#) ?1',
      're:номер (?:1|один)',
      // A Latin «N»/«No» is read as «н»/«но» in the transliterated view («препарат N 1 в
      // рекомендациях специалистов»): the same ranking word after it is needed.
      're:но? 1 (?:в|во|среди|по|на|из|от|для)',
      'топ 1',
      'перв(ый|ая|ое|ые|ой|ого|ую) ~2 в (россии|стране|мире|городе|регионе|области|москве|европе|рф)',
      'перв* и единственн*',
      'единственн(ый|ая|ое|ые|ого|ой|ую|ым|ых) ~3 в (россии|стране|мире|городе|регионе|области|москве|рф)',
      'единственн(ый|ая|ое|ые) ~1 (клиник*|центр*|средств*|препарат*|метод*|способ*|аппарат*|решени*|вариант*)',
      // Class (ru-5): the one right way, ranked by an evaluating word («единственный логичный путь к
      // молодости»); a plain «единственный выход — операция» in a stage description stays clean.
      'единственн(ый|ая|ое|ые) (логичн*|верн*|правильн*|разумн*|надежн*|действенн*|настоящ*) (путь|выход)',
      'уникальн(ый|ая|ое|ые|ого|ой|ую|ым|ых) ~2 (средств*|препарат*|метод*|методик*|разработк*|технологи*|аппарат*|оборудовани*|формул*|состав*|клиник*|специалист*|программ*)',
      'не имеет аналогов',
      'аналогов нет',
      'аналогов не существует',
      'не существует нигде в мире',
      'таких средств не существует',
      'лидер* (рынка|отрасли|в)',
      'лидирующ*',
      'ведущ(ий|ая|ие|его|ей|их|им|ими|ую|ее) ~2 (клиник*|центр*|специалист*|врач*|ревматолог*|кардиолог*|стоматолог*|хирург*|эксперт*|производител*|онколог*|эндокринолог*|невролог*|косметолог*|профессор*)',
    ],
    allow: [
      // Numbered institutions: «ГКБ №1», «поликлиника № 1», «филиал №1».
      're:(?:гкб|гп|кдц|больниц|поликлиник|филиал|корпус|кабинет|роддом|отделени|школ|гимнази|лице|подъезд|аптек|палат)\\p{L}*[^\\p{L}\\p{N}.!?]+(?:но|no|n|н|#)[^\\p{L}\\p{N}.!?]?1',
      'ведущ* специалист* (отдела|управления|сектора|службы)',
      'уникальн* (номер*|код*|идентификатор*)',
      // «Предмет первой необходимости в стране» ranks a need, not the advertiser.
      'перв* необходимост*',
    ],
    unlessSentence: CRITERION,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const rankClaimDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Пластика век — единственный верный путь к открытому взгляду без усталости.', context: { product: 'aesthetic-surgery' } },
      { text: 'Мы — клиника №1 в области имплантации.', context: { product: 'medical-service' } },
      { text: 'Первая и единственная клиника в городе, где лечат без боли и очередей.', context: { product: 'medical-service' } },
      { text: 'Ortospotin – это уникальная запатентованная разработка. Больше таких средств не существует нигде в мире.', context: { product: 'other' } },
      { text: 'Лучшее оборудование от ведущих мировых производителей.', context: { product: 'medical-service' } },
      { text: 'Сироп N 1 среди детских средств от кашля.', context: { product: 'drug' } },
      { text: 'Сироп N 1 для детей по выбору мам.', context: { product: 'drug' } },
      { text: 'Керамические виниры — единственный надёжный способ исправить улыбку.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Маски и антисептики стали товарами первой необходимости в стране.', context: { product: 'medical-device' } },
      { text: 'При четвёртой стадии артроза единственный выход — эндопротезирование, решает врач.', context: { product: 'medical-service' } },
      { text: 'ГКБ №1 им. Пирогова: приём по полису ОМС. Первичный приём — по записи.', context: { product: 'medical-service' } },
      { text: 'При первых симптомах обратитесь к врачу. Первый этаж, кабинет 12.', context: { product: 'medical-service' } },
      { text: 'Клиника — лидер по числу процедур ЭКО в области в 2024 году (по данным регионального регистра ВРТ).', context: { product: 'medical-service' } },
      { text: 'Ведущий специалист отдела кадров Иванова А. П. принимает документы по вторникам.', context: { product: 'medical-service' } },
      { text: 'Кабинет N 1 для приёма терапевта — на первом этаже.', context: { product: 'medical-service' } },
    ],
  },
};
