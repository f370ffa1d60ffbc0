import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz323 } from '../basis.js';
import { REMOTE_MATCH } from './no-doctor-needed.js';

/**
 * A clinic offering a first diagnosis or a treatment plan at a distance (a photo in a messenger, a
 * chat, a questionnaire) or saying a visit is not needed. Telemedicine may follow an in-person
 * diagnosis, not replace it, so the ad offers a service that cannot lawfully be given that way.
 */
export const remoteFirstDiagnosis = defineRule({
  id: 'ru/remote-first-diagnosis',
  category: 'remote-treatment',
  severity: 'warning',
  verified: false,
  legalBasis: [fz323('ч. 2–3 ст. 36.2')],
  applies: { products: ['medical-service', 'aesthetic-surgery'], audiences: ['public'] },
  match: REMOTE_MATCH,
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const remoteFirstDiagnosisDocs: RuleDocs = {
  note: 'UNVERIFIED part numbers: the audit places the limits of remote consultations (prevention, complaints, deciding on a visit; correcting treatment only after an in-person diagnosis) in ч. 2–3 ст. 36.2 323-FZ [K]. The old rule cited ч. 1 and п. 7 ч. 1 ст. 24 38-FZ, which does not bind services. Warning until checked.',
  examples: {
    invalid: [
      { text: 'Пришлите фото родинки в WhatsApp — онколог поставит диагноз за 15 минут, без визита в клинику.', context: { product: 'medical-service' } },
      { text: 'Подберём лечение онлайн по фото, без похода к врачу.', context: { product: 'medical-service' } },
      { text: 'Трихолог назначит схему лечения дистанционно: заполните анкету и отправьте снимки.', context: { product: 'medical-service' } },
      { text: 'Получите медицинскую помощь, не выходя из дома: врач в чате поможет с подбором лечения.', context: { product: 'medical-service' } },
      { text: 'Онлайн-консультация педиатра: уточнение диагноза и назначение лечения за 20 минут.', context: { product: 'medical-service' } },
      { text: 'Дерматолог подберёт лечение по видеосвязи — приезжать в клинику не нужно.', context: { product: 'medical-service' } },
      { text: 'Отправьте снимок зуба в чат — стоматолог подберёт лечение.', context: { product: 'medical-service' } },
      // Class (ru-6): a questionnaire or an automatic reading as the diagnosis.
      { text: 'По итогам онлайн-опроса вам рекомендовано обследование щитовидной железы и курс йода.', context: { product: 'medical-service' } },
      { text: 'Мы изучили ваши жалобы из анкеты: вам подойдёт программа «Здоровое сердце».', context: { product: 'medical-service' } },
      { text: 'Нейросеть сделает расшифровку анализов и объяснит причины отклонений.', context: { product: 'medical-service' } },
      { text: 'Ответьте на 10 вопросов — и система подберёт вам схему лечения.', context: { product: 'medical-service' } },
      { text: 'Пройдите онлайн-тест, и мы назначим вам лечение без визита.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Онлайн-консультация доступна пациентам, у которых диагноз установлен на очном приёме: врач может скорректировать ранее назначенное лечение.', context: { product: 'medical-service' } },
      { text: 'Запишитесь онлайн или вызовите врача на дом.', context: { product: 'medical-service' } },
      { text: 'Вылечите грибок самостоятельно дома — к врачу идти не нужно!', context: { product: 'drug' } },
      { text: 'Результаты анализов можно получить онлайн, а обсудить их — на очном приёме.', context: { product: 'medical-service' } },
      { text: 'Видеосвязь с врачом доступна пациентам после очного приёма.', context: { product: 'medical-service' } },
      { text: 'Отправьте фото полиса в чат, чтобы мы оформили запись.', context: { product: 'medical-service' } },
      // Near misses of the ru-6 classes: a home visit, a device reading in the clinic, a booking form.
      { text: 'Лечение проводится как в домашних условиях, так и в стационаре.', context: { product: 'medical-service' } },
      { text: 'Компьютерная диагностика позвоночника — на приёме у невролога.', context: { product: 'medical-service' } },
      { text: 'Заполните анкету, чтобы администратор подобрал удобное время приёма.', context: { product: 'medical-service' } },
      { text: 'Заполните анкету перед приёмом, чтобы врач знал о ваших аллергиях.', context: { product: 'medical-service' } },
    ],
  },
};
