import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38, NUM } from '../basis.js';
import { HELPS_DIAGNOSE, PANACEA } from '../lexicon.js';

/**
 * Health effects claimed for a medical service, method or device: «укрепляет иммунитет»,
 * «нормализует обмен веществ», «останавливает разрушение костной ткани», «способствует снижению
 * боли». The effect must be true and provable; medad cannot know whether it is, so it asks.
 * Class: an effect verb or effect noun acting on an organ, a body function, a complaint or a
 * disease. Drugs are left out (their indications are approved); supplements and other goods are
 * ru/therapeutic-claim.
 */
export const effectClaim = defineRule({
  id: 'ru/effect-claim',
  category: 'misleading-property',
  severity: 'warning',
  verified: false,
  legalBasis: [fz38('п. 2 ч. 3 ст. 5')],
  applies: { products: ['medical-service', 'aesthetic-surgery', 'medical-device'], audiences: ['public'] },
  match: {
    patterns: [
      '@effect-verb ~1 @body',
      '@effect-verb ~1 @complaint',
      '@effect-verb ~2 (от|при) ~1 @disease',
      '@effect-noun ~1 @body',
      '@effect-noun ~1 @complaint',
      '(профилактик*|защит*) ~2 (коронавирус*|covid|ковид*|грипп*|орви|простуд*)',
      '(антивирусн*|иммуномодулир*) (профилактик*|эффект*|действи*|защит*)',
      // «не только уменьшает боль, но и …» affirms twice: its «не» is part of the trigger.
      'не только @effect-verb ~1 @body',
      'не только @effect-verb ~1 @complaint',
      // Class: a disease process said to stop or turn back («атрофия прекращается», «артроз можно
      // замедлить и даже остановить», «останавливает разрушение костной ткани»).
      '@disease ~3 (прекраща*|прекратится|останавлива*|остановить|остановится|замедлить|обратить|поворачивает)',
      '(разрушени*|старени*) ~3 (прекраща*|прекратится|останавлива*|остановить|остановится|замедлить|обратить|поворачивает)',
      // Class: a method said to treat many or all diseases, or a disease «even» or «also» («но и при артрите»).
      '(лечени*|лечит|лечить|лечат|помогает|помогают) ~3 (многих|различн*|всех|любых|разных|множеств*) (заболевани*|болезн*|недуг*)',
      '(лечени*|лечит|лечить|лечат) ~1 заболевани* внутренн* орган*',
      'даже при ~1 @disease',
      'но и при ~1 @disease',
      // Class (round 10): a method without accepted evidence credited with a cure or an effect
      // («гирудотерапия лечит варикоз», «озонотерапия убивает вирусы», «детокс очищает печень»);
      // a price list that only names the method («гирудотерапия — 1 500 ₽») claims nothing.
      '@unproven-method ~4 @cure-verb',
      '@unproven-method ~4 @effect-verb',
      // A device or a method as the subject of a cure verb with a named disease («магнитный браслет
      // снимает мигрень», «ударно-волновая терапия устраняет пяточную шпору»); a doctor who treats
      // a disease («гастроэнтеролог лечит гастрит») describes the service.
      '(помогает|помогают) ~1 (при|от) ~1 @disease',
      '(прибор*|аппарат*|устройств*|ламп*|облучател*|браслет*|пояс*|стельк*|матрас*|подушк*|аппликатор*|массажер*|тренажер*|бандаж*|терапи*|процедур*|методик*|метод*|курс*) ~3 @cure-verb ~2 @disease',
      ...PANACEA,
    ],
    // Risks and aftercare name the same words with the opposite intent.
    // A device's intended purpose («прибор для снижения давления») is what it is for, not a claim.
    // A denial inside the span («гомеопатия не лечит бронхит») is out of the negation window's reach.
    allow: [HELPS_DIAGNOSE, '@cure-verb ли', 'для @effect-noun', '@unproven-method ~3 не @cure-verb', '@unproven-method ~3 не @effect-verb'],
    // A result with a time span is ru/guarantee-result's finding; aftercare and risks use the same words.
    unlessSentence: [`за ${NUM} (сеанс*|процедур*|дн*|недел*)`, '(возможн*|может|могут) ~3 (побочн*|осложнени*|отек*|бол*)', 'после (процедуры|операции|удаления) ~4 (возможн*|может|следует|нельзя)', 'противопоказан*'],
    negation: { window: 2 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const effectClaimDocs: RuleDocs = {
  note: 'UNVERIFIED as a breach: п. 2 ч. 3 ст. 5 bans untrue information about characteristics; whether a stated effect is true needs evidence medad does not have. Chelyabinsk UFAS 2020 («Доктор Ост», antiviral prophylaxis and immunity boosting by laser) is the model case. Warning only.',
  examples: {
    invalid: [
      { text: 'Курс озонотерапии укрепляет иммунитет и очищает сосуды.', context: { product: 'medical-service' } },
      { text: 'Магнитный браслет нормализует давление и снимает спазмы.', context: { product: 'medical-device' } },
      { text: 'Плазмолифтинг: регенерация тканей и улучшение кровообращения уже после первой процедуры.', context: { product: 'aesthetic-surgery' } },
      { text: 'На фоне курса остеопороз прекращается, кости снова крепнут.', context: { product: 'medical-service' } },
      { text: 'Карбокситерапия помогает при многих заболеваниях кожи и сосудов.', context: { product: 'medical-service' } },
      { text: 'Ортопедический матрас помогает даже при грыже позвоночника.', context: { product: 'medical-device' } },
      // Class (round 10): an unproven method credited with an effect; a device or method curing a named disease.
      { text: 'Гирудотерапия в нашем центре лечит тромбофлебит и мастопатию.', context: { product: 'medical-service' } },
      { text: 'Сеансы биорезонанса уничтожают лямблии и описторхов.', context: { product: 'medical-service' } },
      { text: 'Апитерапия пчелиным ядом снимает воспаление суставов.', context: { product: 'medical-service' } },
      { text: 'Акупунктура помогает бросить курить и избавляет от абстиненции.', context: { product: 'medical-service' } },
      { text: 'Турмалиновый пояс избавляет от ишиаса и люмбаго.', context: { product: 'medical-device' } },
      { text: 'Кварцевая лампа помогает при ангине и отите.', context: { product: 'medical-device' } },
      { text: 'Курс ударно-волновой терапии устраняет бурсит локтя у теннисистов.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Пилинг с омолаживающим эффектом: более 20 процедур в прайсе.', context: { product: 'aesthetic-surgery' } },
      { text: 'После процедуры возможны отёк и лёгкая болезненность, они проходят за 2–3 дня.', context: { product: 'medical-service' } },
      { text: 'Приём невролога — 2 500 ₽. Имеются противопоказания, необходима консультация специалиста.', context: { product: 'medical-service' } },
      { text: 'Препарат снижает давление — имеются противопоказания, ознакомьтесь с инструкцией.', context: { product: 'drug' } },
      { text: 'Прибор для снижения давления: точность измерения ±3 мм рт. ст.', context: { product: 'medical-device' } },
      { text: 'Процедура противопоказана даже при лёгкой простуде.', context: { product: 'medical-service' } },
      { text: 'Прогрессирование близорукости у детей врач оценивает раз в полгода.', context: { product: 'medical-service' } },
      // Near misses of the round-10 classes: a price list, a doctor's service, an MRI, a denial.
      { text: 'Гирудотерапия — 1 500 ₽ за сеанс, иглорефлексотерапия — 2 000 ₽.', context: { product: 'medical-service' } },
      { text: 'Невролог лечит мигрень, невралгии и последствия инсульта.', context: { product: 'medical-service' } },
      { text: 'Магнитно-резонансная томография выявляет протрузии и грыжи дисков.', context: { product: 'medical-service' } },
      { text: 'Метод помогает выявить рак на ранней стадии.', context: { product: 'medical-service' } },
      { text: 'Гомеопатия не лечит бронхит — при кашле дольше недели покажитесь терапевту.', context: { product: 'medical-service' } },
    ],
  },
};
