import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38, NUM } from '../basis.js';

/** Before/after framing: «до и после», «было — стало», case captions «Женщина, 54 года». */
export const beforeAfter = defineRule({
  id: 'ru/before-after',
  category: 'before-after',
  severity: 'warning',
  verified: false,
  legalBasis: [fz38('п. 2 ч. 1 ст. 24'), fz38('п. 2 ч. 1 ст. 25')],
  applies: { audiences: ['public'] },
  assetTags: ['before-after'],
  match: {
    patterns: [
      'до и после',
      'до после',
      'было стало',
      'фото (до|результат*|пациент*)',
      `результат (через|спустя) ${NUM}`,
      'снимк* (до|после)',
      'before after',
      // Case captions are often written «Женщина. 54 года.», across a full stop: a raw regex.
      're:(?:женщина|мужчина|пациентка|пациент|девушка|клиентка)[.,:]?\\s+\\d{1,3}\\s+(?:лет|год|года)',
      'преображени* (пациент*|клиент*)',
      // Class (ru-6): a person showing their own photo in a result story («вот моё фото»), and a
      // gallery of transformations («истории реальных преображений»).
      '(вот|смотрите|посмотрите|прикладываю|прилагаю) ~1 (мое|мои|свое|свои) (фото*|фотк*|снимк*|снимок)',
      '(истори*|галере*|примеры|фото*) ~2 (преображени*|трансформаци*|перевоплощени*)',
    ],
    allow: [
      `за ${NUM} (час*|дн*|суток|недел*|минут*) до и после`,
      '(суток|сутки|часа|часов|дней|недели|недель|день) до и после',
      'до и после (еды|приема|операции|тренировк*|сна|родов)',
      'до и после ~3 (не|нельзя|избегайте|исключите)',
      // Lab values measured before and after are numbers, not photos (the testimonial rules judge
      // the story); photos searched for or retouched are talked about, not shown (ru-5).
      '(анализ*|сдавал*|сдала|сдал|измерял*|измерени*|замер*|уровень) ~4 до и после',
      '(ищет|ищут|ищете|искать|ретуш*) ~6 до и после',
      // A clinic's own renovation is a transformation too, of premises, not of a patient.
      '(преображени*|трансформаци*) ~1 (клиник*|центр*|кабинет*|здани*|интерьер*|сайт*|компани*|бренд*)',
    ],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const beforeAfterDocs: RuleDocs = {
  note: 'UNVERIFIED application: п. 2 ч. 1 ст. 24 (specific cases of improvement) is verified, but no FAS decision on «до и после» photos as such was retrieved. Warning until checked.',
  examples: {
    invalid: [
      { text: 'Посмотрите фото до и после ринопластики наших пациенток.', context: { product: 'aesthetic-surgery' } },
      { text: 'Фото до и после: ринопластика у нашего хирурга. Записывайтесь!', context: { product: 'medical-service' } },
      { text: 'Женщина. 54 года. Сустав полностью восстановился. Срок терапии — 1,5 месяца.', context: { product: 'other' } },
      { text: 'Было — стало: отбеливание за один визит.', context: { product: 'medical-service' } },
      // Class (ru-6): one's own photo in a result story; a gallery of transformations.
      { text: 'Минус два размера за лето — вот мои фото в купальнике!', context: { product: 'supplement' } },
      { text: 'Галерея преображений наших пациентов после пластики век.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'Сдайте анализ на холестерин до и после курса, чтобы врач оценил динамику.', context: { product: 'medical-service' } },
      { text: 'Многие ищут в сети снимки «до и после», но ретушь искажает ожидания — обсудите результат с хирургом.', context: { product: 'aesthetic-surgery' } },
      { text: 'За 2 часа до и после процедуры не наносите декоративную косметику.', context: { product: 'medical-service' } },
      { text: 'Принимать до и после еды по назначению врача.', context: { product: 'drug' } },
      { text: 'Было три кабинета — стало пять: мы расширились и открыли новый филиал.', context: { product: 'medical-service' } },
      { text: 'Вот наши фото кабинетов и оборудования — приходите знакомиться.', context: { product: 'medical-service' } },
      { text: 'История преображения клиники: от одного кабинета до центра на 20 врачей.', context: { product: 'medical-service' } },
    ],
  },
};
