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
    ],
    valid: [
      { text: 'Имплант, в отличие от моста, не требует обточки соседних зубов.', context: { product: 'medical-service' } },
      { text: 'Чем раньше начато лечение, тем лучше прогноз.', context: { product: 'medical-service' } },
      { text: 'Мы не сравниваем себя с другими клиниками — приходите и убедитесь сами.', context: { product: 'medical-service' } },
    ],
  },
};
