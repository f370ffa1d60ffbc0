import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

const BETTER = '(лучше|эффективнее|надежнее|безопаснее|качественнее|быстрее|дешевле|мягче|сильнее|дольше|точнее|комфортнее|выгоднее)';
const OTHERS = '(других|друг*|остальн*|конкурент*|обычн*|аптечн*|прочих|государственн*|традиционн*|аналог*|любых|всех)';

/** Comparisons with competitors or other treatments without a verifiable criterion. */
export const incorrectComparison = defineRule({
  id: 'ru/incorrect-comparison',
  category: 'comparative',
  severity: 'error',
  legalBasis: [fz38('п. 1 ч. 2 ст. 5'), fz38('п. 1 ч. 3 ст. 5')],
  match: {
    patterns: [
      `${BETTER} ~1 чем ~1 (у|в|во|на) ~1 ${OTHERS}`,
      `${BETTER} ~1 чем ${OTHERS}`,
      `${BETTER} (аналогов|конкурентов)`,
      `в отличие от ${OTHERS}`,
      `превосход(ит|ят|ящ*) ~3 ${OTHERS}`,
      `не (сравнить|сравнится) с ${OTHERS}`,
      // Class: comparisons built as constructions, not with «лучше»: «так быстро, как не смогли
      // десятки средств», «ни одно лекарство не …», «вместо операции», «не то что в поликлинике».
      'так (быстро|хорошо|эффективно|надежно|легко) ~1 как ~2 не (смог*|могли|может|могут|сумел*|удавалось)',
      '(десятки|сотни|многие|другие) (средств|препаратов|лекарств|методов|мазей|таблеток|клиник|врачей) ~3 не (смог*|могли|помог*|справ*)',
      'ни (одно|один|одна|одному|одной) ~2 (средство|средству|лекарство|препарат*|метод*|крем*|мазь|мази|аппарат*|массажист*) ~3 не',
      'никак(ое|ой|ая|ие) ~1 (средство|лекарство|препарат*|метод*|крем*|мазь|мази|аппарат*) ~3 не',
      'вместо (операции|хирург*|уколов|таблеток|лекарств|антибиотиков|гормонов|стационара)',
      `не (то|так) ~1 что ~1 (в|у) ${OTHERS}`,
      `не как (в|у) ${OTHERS}`,
      'в отличие от (поликлиник*|больниц*|аптек*|таблеток|лекарств|операции)',
    ],
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const incorrectComparisonDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Имплантация у нас в 2 раза надёжнее, чем в других клиниках города.', context: { product: 'medical-service' } },
      { text: 'В отличие от аптечных мазей, наш гель действует с первого применения.', context: { product: 'drug' } },
      { text: 'Наш аппарат эффективнее аналогов и превосходит все импортные модели.', context: { product: 'medical-device' } },
      { text: 'Спина прошла так легко, как не удавалось ни одному массажисту.', context: { product: 'medical-device' } },
      { text: 'Ни одна аптечная мазь не снимет отёк за ночь — а наш бальзам снимет.', context: { product: 'other' } },
      { text: 'Лазер вместо операции: удаляем грыжу без разреза.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Имплант, в отличие от моста, не требует обточки соседних зубов.', context: { product: 'medical-service' } },
      { text: 'Чем раньше начато лечение, тем лучше прогноз.', context: { product: 'medical-service' } },
      { text: 'Мы не сравниваем себя с другими клиниками — приходите и убедитесь сами.', context: { product: 'medical-service' } },
      { text: 'Ни один врач не поставит диагноз по фото — приходите на осмотр.', context: { product: 'medical-service' } },
      { text: 'Операция нужна не всегда: при начальной стадии врач может назначить консервативное лечение.', context: { product: 'medical-service' } },
    ],
  },
};
