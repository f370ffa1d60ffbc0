import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

const DOCTORS = '(врачами|педиатрами|стоматологами|кардиологами|дерматологами|специалистами|медиками|докторами|гинекологами|неврологами|фармацевтами)';

/**
 * Doctors recommending a drug, device or supplement. Clinics may show their doctors: the
 * ban of п. 4 ч. 5 ст. 5 excepts ads of medical services and professional-only ads.
 */
export const doctorImagery = defineRule({
  id: 'ru/doctor-imagery',
  category: 'medical-authority-imagery',
  severity: 'error',
  legalBasis: [fz38('п. 4 ч. 5 ст. 5')],
  applies: { products: ['drug', 'medical-device', 'supplement', 'other'], audiences: ['public'] },
  assetTags: ['white-coat'],
  match: {
    patterns: [
      '(врач*|доктор*|педиатр*|стоматолог*|кардиолог*|дерматолог*|фармацевт*|медики|специалисты|провизор*|гинеколог*|невролог*|ревматолог*|профессор*) (рекомендуют|рекомендует|советуют|советует|одобряют|выбирают|назначают)',
      `рекомендован* ~1 ${DOCTORS}`,
      `одобрен* ~1 ${DOCTORS}`,
      '(выбор|рекомендаци*) (врачей|педиатров|стоматологов|специалистов|медиков|докторов|фармацевтов)',
      'в белом халате',
      // Class: experts and expert bodies as recommenders, a specialist's "opinion" with degrees.
      '(организаци*|ассоциаци*|обществ*|союз*|институт*) ~3 (рекомендует|рекомендуют|одобряет|одобрил*|советует)',
      '(мнение|комментарий|слово) (специалиста|врача|эксперта|доктора|профессора)',
      '(ученые|эксперты|диетологи|нутрициологи|гастроэнтерологи|ортопеды|травматологи|офтальмологи|иммунологи) (рекомендуют|советуют|одобряют|выбирают|назначают|подтверждают)',
      '(кандидат|доктор) медицинских наук',
      're:[кд]\\.\\s?м\\.\\s?н\\.?',
      '(ревматолог*|кардиолог*|эндокринолог*|невролог*|профессор*|академик*|хирург*|уролог*|терапевт*|онколог*|главврач*) ~3 *(ович|евич|овна|евна|овича|евича|овны|евны)',
    ],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const doctorImageryDocs: RuleDocs = {
  note: 'Letter FAS № АК/21227 of 14.12.2006 reads «образ» as any information in the ad, not only pictures, so «врачи рекомендуют» counts.',
  examples: {
    invalid: [
      { text: 'Врачи рекомендуют: сироп от кашля для всей семьи.', context: { product: 'drug' } },
      { text: 'Прокомментировать ситуацию мы попросили ведущего ревматолога страны, профессора — Бубновского Сергея Михайловича.', context: { product: 'other' } },
      { text: 'Тонометр, рекомендованный кардиологами. Закажите на сайте.', context: { product: 'medical-device' } },
      { text: 'Российская ассоциация кардиологов рекомендует наш тонометр для домашнего контроля.', context: { product: 'medical-device' } },
      { text: 'Мнение эксперта: «Эти капли — мой выбор при сухости глаз». Офтальмолог, к. м. н.', context: { product: 'drug' } },
      { text: 'Комментарий врача: кандидат медицинских наук советует курс пробиотика.', context: { product: 'supplement' } },
      { text: 'Диетологи рекомендуют наш протеиновый коктейль для похудения.', context: { product: 'supplement' } },
    ],
    valid: [
      { text: 'Приём ведёт кардиолог высшей категории. Имеются противопоказания, необходима консультация специалиста.', context: { product: 'medical-service' } },
      { text: 'Имеются противопоказания. Перед применением посоветуйтесь с врачом.', context: { product: 'drug' } },
      { text: 'Врачи рекомендуют препарат — материал для медицинских работников.', context: { product: 'drug', audience: 'professional' } },
      { text: 'Ведёт приём кандидат медицинских наук, гастроэнтеролог.', context: { product: 'medical-service' } },
      { text: 'Учёные изучают влияние сна на память: читайте обзор в нашем блоге.', context: { product: 'supplement' } },
    ],
  },
};
