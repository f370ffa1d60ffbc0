import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

/** Discrediting competitors, pharmacies, doctors or standard treatment. */
export const competitorDisparagement = defineRule({
  id: 'ru/competitor-disparagement',
  category: 'comparative',
  severity: 'error',
  legalBasis: [fz38('п. 1 и 2 ч. 2 ст. 5')],
  match: {
    patterns: [
      'бесполезн* (средств*|лекарств*|таблет*|препарат*|хими*|уколы|мази|процедур*)',
      'забит* бесполезн*',
      'пустышк*',
      'аптечн* мафи*',
      'врач* мошенник*',
      'устаревш* и опасн*',
      '(уколы|таблетки|мази|лекарства|обезболивающие|препараты) ~1 (способны|могут|умеют) (только|лишь) (убрать|снять|заглушить|маскировать|снимать|убирать)',
      '(уколы|таблетки|мази|лекарства|обезболивающие|препараты) (лишь|только) (снимают|маскируют|убирают|глушат)',
      '(врачи|медики|фармкомпании|аптеки) (скрывают|молчат|обманывают|наживаются)',
      'врачам не выгодно',
      'фармкомпаниям не выгодно',
      'химия (вредна|убивает|разрушает)',
      // Class: a whole kind of treatment declared harmful — «любые обезболивающие … наносят вред
      // желудку» (a claim about one drug's side effect names it, not «любые» or «все»).
      '(любые|все) ~1 (обезболивающие|таблетки|препараты|лекарства|мази|уколы|гормоны|антибиотики|химические) ~4 (вред*|разруша*|убива*|сажа*|губ*|травмир*)',
      // Class: every other remedy of a kind said to harm («любые обезболивающие … наносят вред
      // желудку, печени и почкам»): a general warning names a condition, this names the rival kind.
      '(любые|все|обычн*|аптечн*|традиционн*) ~1 (обезболивающ*|таблетк*|лекарств*|препарат*|мази|уколы|пломбы|антибиотик*|гормон*) ~6 (вред*|разруша*|губ*|убива*|калеч*)',
    ],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const competitorDisparagementDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Аптеки буквально забиты бесполезными средствами, а действительно эффективных просто не найти!', context: { product: 'other' } },
      { text: 'Уколы способны только убрать болевые ощущения, а болезнь продолжает развиваться.', context: { product: 'other' } },
      { text: 'Врачи скрывают, что артроз лечится за месяц: фармкомпаниям не выгодно.', context: { product: 'other' } },
      { text: 'Все таблетки от давления разрушают почки — а наш чай действует мягко.', context: { product: 'other' } },
      { text: 'Все гормональные мази разрушают кожу — выбирайте наш натуральный крем.', context: { product: 'other' } },
      { text: 'Обычные пломбы со временем губят зуб изнутри, керамика — нет.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Обезболивающие снимают симптом, поэтому важно выяснить причину боли на приёме у врача.', context: { product: 'medical-service' } },
      { text: 'Антибиотики бесполезны против вирусов — не принимайте их без назначения.', context: { product: 'medical-service' } },
      { text: 'Длительный приём ибупрофена может повредить желудок: принимайте его после еды.', context: { product: 'drug' } },
      { text: 'Не все мази одинаково подходят при растяжении: подберите средство вместе с травматологом.', context: { product: 'medical-service' } },
      { text: 'Антибиотики без назначения врача могут навредить: не принимайте их самостоятельно.', context: { product: 'medical-service' } },
      { text: 'Не все препараты наносят вред печени — подробнее расскажет врач.', context: { product: 'medical-service' } },
    ],
  },
};
