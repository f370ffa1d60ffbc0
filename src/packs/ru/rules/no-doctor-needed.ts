import { defineRule } from '../../../core/define.js';
import type { MatchSpec, RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';

const REMOTE = '(онлайн|дистанционно|удаленно|заочно|видеосвяз*|видеозвонк*|whatsapp|вотсап|ватсап|телеграм*|телеграмм*|мессенджер*|директ*)';

/** «No doctor needed» and remote first diagnoses, shared with ru/remote-first-diagnosis (services). */
export const REMOTE_MATCH: MatchSpec = {
  patterns: [
    'без (визита|похода|обращения|посещения|консультации|осмотра|приема) ~1 (к|в|у) (врачу|врачам|врача|клинику|больницу|поликлинику|доктору|специалисту)',
    'без (визита|похода|обращения|посещения) врача',
    'не (нужно|надо|придется|нужна) ~2 (идти|ходить|обращаться|ехать|записываться) ~1 (к|в) (врачу|врачам|поликлинику|больницу|клинику)',
    // Class: taking a drug or treating oneself without a prescription or a doctor.
    '(принимать|применять|использовать|лечиться|пользоваться|пить) ~2 без (назначения|рецепта|консультации|осмотра) ~1 (врача|доктора|специалиста)',
    '(не|боятся) ~1 (идти|ходить|обращаться) ~1 (к|в) (врачам|врачу|поликлинику|больницу)',
    '(незачем|необходимости) ~2 (идти|ходить|обращаться|ехать|записываться) ~1 (к|в) (врачу|врачам|поликлинику|больницу|клинику)',
    '(врачу|врачам|поликлинику|больницу) (идти|ходить|обращаться) не (нужно|надо)',
    '(приходить|ехать|идти|ходить) ~2 (клинику|врачу|больницу|поликлинику|центр) не (нужно|надо|придется|обязательно)',
    // Class: a photo or results sent in, and a diagnosis or treatment back («пришлите фото — врач назначит лечение»).
    '(пришлите|отправьте|загрузите|присылайте|скиньте) ~2 (фото*|снимок|снимк*|анализ*) ~8 (назнач*|диагноз*|подбер*|поставит*)',
    'врачи бесполезны',
    'врачи не (нужны|помогут)',
    `(диагноз*|диагностик*) ~3 ${REMOTE}`,
    // Class (ru-5): the same with the channel first («бесплатная онлайн-диагностика», «вы прошли
    // онлайн-диагностику»). Not «онлайн-консультация»: a repeat visit online is lawful.
    `${REMOTE} ~1 (диагностик*|диагноз*)`,
    // Class: care at a distance offered as a whole — treatment chosen or a diagnosis made online.
    'не выходя из дома',
    `${REMOTE} ~8 (назначени*|подбор*|уточнени*|постановк*) ~1 (лечени*|диагноз*|препарат*|схем*)`,
    `(назначени*|подбор*|уточнени*|постановк*) ~1 (лечени*|диагноз*) ~8 ${REMOTE}`,
    '(диагноз*|диагностик*) ~3 по (фото|переписке|телефону|фотографии)',
    `поставит* ~1 диагноз ~4 (по|в|за) ~1 (фото|переписке|чате|минут*)`,
    `(назнач*|подбер*|подобрать) ~1 (лечение|препараты|схему) ~2 ${REMOTE}`,
    '(назнач*|подбер*|подобрать) ~1 (лечение|препараты|схему) ~2 по (фото|переписке|фотографии)',
    'рецепт* онлайн без',
    '(вылеч*|излеч*|избав*) ~3 (самостоятельно|дома)',
    '(вылеч*|излеч*|избав*|лечение|лечить) ~3 в домашних условиях',
    '(вылеч*|излеч*|избав*|лечение) ~6 без (врача|врачей)',
    'замен* ~2 (визит*|прием*|консультаци*|поход*) ~1 (врача|врачу)',
    'не тратьте (время|деньги) ~1 (врачей|врачи|поход*)',
    'незаметно (подсыпать|добавить|подмешать)',
    'без (его|ее) ведома',
    '(он|она) ~1 не узнает',
  ],
  unlessSentence: ['не заменяет', 'не заменит', 'ранее назначенн*', 'очн* прием*', 'очной консультаци*', 'установлен на очном'],
  negation: { window: 3, after: 2 },
};

/** The impression that a doctor is not needed; first diagnoses and treatment plans at a distance. */
export const noDoctorNeeded = defineRule({
  id: 'ru/no-doctor-needed',
  category: 'remote-treatment',
  severity: 'error',
  verified: true,
  legalBasis: [fz38('п. 7 ч. 1 ст. 24')],
  // п. 7 binds drugs, devices (ч. 4) and folk medicine; services are ru/remote-first-diagnosis.
  applies: { products: ['drug', 'medical-device', 'other'], audiences: ['public'] },
  match: REMOTE_MATCH,
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const noDoctorNeededDocs: RuleDocs = {
  note: 'п. 7 ч. 1 ст. 24 verified (webreadme.com Nastin handbook reproduces ч. 1). Services are not п. 7 objects (legal-audit § 3.3): remote first diagnoses offered by clinics are ru/remote-first-diagnosis under 323-FZ ст. 36.2.',
  examples: {
    invalid: [
      { text: 'Пройдите бесплатную онлайн-диагностику позвоночника — и получите свой комплекс мазей.', context: { product: 'other' } },
      { text: 'Онлайн-диагноз по анкете за 5 минут — и мы подберём вам пластырь.', context: { product: 'medical-device' } },
      { text: 'Пришлите фото родинки в WhatsApp — крем подберём по фото, без визита к врачу.', context: { product: 'other' } },
      { text: 'Вылечите грибок самостоятельно дома — к врачу идти не нужно!', context: { product: 'drug' } },
      { text: 'Глюкометр сам подскажет дозу — без похода к врачу.', context: { product: 'medical-device' } },
      { text: 'Таблетки можно пить без назначения врача, просто по схеме на упаковке.', context: { product: 'drug' } },
      { text: 'Многие боятся ходить к врачам — с нашим аппаратом это и не нужно.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Онлайн-консультация доступна пациентам, у которых диагноз уже установлен на очном приёме.', context: { product: 'medical-device' } },
      { text: 'Диагностика проводится только очно: запишитесь к врачу.', context: { product: 'medical-device' } },
      { text: 'Онлайн-консультация доступна пациентам, у которых диагноз установлен на очном приёме: врач может скорректировать ранее назначенное лечение.', context: { product: 'medical-service' } },
      { text: 'Статья носит справочный характер и не заменяет очную консультацию врача.', context: { product: 'medical-service' } },
      { text: 'Запишитесь онлайн или вызовите врача на дом.', context: { product: 'medical-service' } },
    ],
  },
};
