import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { fz38 } from '../basis.js';
import { SCARE_MATCH } from './health-scare.js';

/**
 * The scare phrasings of ru/health-scare in ads of medical services: «пока не поздно», «не
 * дожидайтесь инфаркта». For services the ban that applies is the assumption that the reader is
 * ill (п. 5 ч. 1 ст. 24, extended to services by ч. 5), not п. 6.
 */
export const healthScareService = defineRule({
  id: 'ru/health-scare-service',
  category: 'fear-appeal',
  severity: 'warning',
  verified: false,
  legalBasis: [fz38('п. 5 ч. 1 ст. 24'), fz38('ч. 5 ст. 24')],
  applies: { products: ['medical-service', 'aesthetic-surgery'], audiences: ['public'] },
  match: SCARE_MATCH,
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const healthScareServiceDocs: RuleDocs = {
  note: 'UNVERIFIED: which part of art. 24 extends п. 2–5 to medical services (ч. 5 on medad\'s reading; legal-audit § 8 item 1). Whether a scare line is an "assumption of illness" under п. 5 is a judgement: warning until a FAS decision on a service ad is found. п. 6 (healthy person needs it) is not extended to services (legal-audit § 3.3).',
  examples: {
    invalid: [
      { text: 'Нелеченный пародонтоз потом обойдётся гораздо дороже — записывайтесь на чистку.', context: { product: 'medical-service' } },
      { text: 'Не ждите, пока боль в колене пройдёт сама, — запишитесь к ортопеду.', context: { product: 'medical-service' } },
      { text: 'Не дожидайтесь осложнений — запишитесь к флебологу, пока не поздно.', context: { product: 'medical-service' } },
      { text: 'Гипертония — молчаливый убийца. Проверьте сосуды в нашем центре.', context: { product: 'medical-service' } },
      { text: 'Запущенный пародонтит грозит потерей зубов и даже сепсисом, приводит к инвалидности — лечите сейчас!', context: { product: 'medical-service' } },
      { text: 'Не откладывайте лечение кариеса: запущенный зуб грозит удалением и дорогим протезированием.', context: { product: 'medical-service' } },
      { text: 'Чем дольше вы тянете с визитом к флебологу, тем сложнее будет лечение — записывайтесь.', context: { product: 'medical-service' } },
      { text: 'Промедление может стоить вам здоровья: пройдите обследование сердца в нашем центре.', context: { product: 'medical-service' } },
      { text: 'Самолечение гайморита часто заканчивается хроническим воспалением — доверьте лечение ЛОРу.', context: { product: 'medical-service' } },
      { text: 'Ставить пломбы из композита — игра с огнём: выбирайте керамические вкладки.', context: { product: 'medical-service' } },
      { text: 'Потливость не даёт нормально жить: человек не способен расслабиться и радоваться жизни. Ботулинотерапия — за один визит.', context: { product: 'aesthetic-surgery' } },
      { text: 'С каждым месяцем без лечения варикоз прогрессирует — запишитесь к флебологу.', context: { product: 'medical-service' } },
      { text: 'Гипертония может закончиться инсультом — проверьте сосуды в нашем центре.', context: { product: 'medical-service' } },
      { text: 'Не ждите, пока станет поздно: приходите на диагностику.', context: { product: 'medical-service' } },      // Class (ru-6): harm without care, a disease silent until late, delay that may be too late.
      { text: 'Без своевременного лечения миома может привести к бесплодию — приходите на УЗИ.', context: { product: 'medical-service' } },
      { text: 'Бросать пить в одиночку опасно для жизни: вызовите нарколога.', context: { product: 'medical-service' } },
      { text: 'Глаукома годами протекает незаметно и обнаруживается уже на поздней стадии — проверьте давление глаз у нас.', context: { product: 'medical-service' } },
      { text: 'Болезни щитовидной железы развиваются, не давая о себе знать, до необратимых последствий.', context: { product: 'medical-service' } },
      { text: 'Отложите визит к урологу ещё на год — и может оказаться уже поздно.', context: { product: 'medical-service' } },
      { text: 'Кариес долго развивается незаметно, а потом зуб приходится удалять.', context: { product: 'medical-service' } },
      { text: 'Каждый день промедления с лечением грыжи приближает операцию.', context: { product: 'medical-service' } },
      { text: 'Без наблюдения врача беременность может закончиться выкидышем.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Лечение запущенного кариеса стоит от 6 000 ₽.', context: { product: 'medical-service' } },
      { text: 'Небольшой синяк после инъекции пройдёт сам за несколько дней.', context: { product: 'medical-service' } },
      { text: 'Вакцинация от гриппа снижает риск осложнений, которые могут привести к смерти пожилых людей.', context: { product: 'medical-service' } },
      { text: 'Записаться на приём можно до 20:00.', context: { product: 'medical-service' } },
      { text: 'Не дожидайтесь инсульта — купите тонометр, пока не поздно!', context: { product: 'medical-device' } },
      { text: 'Если после удаления зуба боль усиливается, не терпите — позвоните врачу, чтобы избежать осложнений.', context: { product: 'medical-service' } },
      { text: 'Мы не откладываем плановые операции: о возможных осложнениях хирург рассказывает на консультации.', context: { product: 'medical-service' } },
      { text: 'Если боль не проходит 3 дня, не откладывайте визит к врачу.', context: { product: 'medical-service' } },
      { text: 'Каждый день клиника принимает пациентов с 8 до 20.', context: { product: 'medical-service' } },
      { text: 'Процедура может закончиться раньше, если пациенту станет некомфортно.', context: { product: 'medical-service' } },      // Near misses of the ru-6 classes: reassurance, a silent disease without the late harm, encouragement.
      { text: 'Без лечения простуда обычно проходит сама за неделю, осложнения бывают редко.', context: { product: 'medical-service' } },
      { text: 'Гипертония часто протекает бессимптомно, поэтому давление полезно измерять раз в год.', context: { product: 'medical-service' } },
      { text: 'Никогда не поздно бросить курить: лёгкие восстанавливаются годами.', context: { product: 'medical-service' } },
      { text: 'Самостоятельно снижать дозу можно только по согласованию с врачом.', context: { product: 'medical-service' } },
    ],
  },
};
