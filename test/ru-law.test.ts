/**
 * The RU law corrections of issue 12, as a user meets them: the same post on a banned platform and
 * on an allowed one, a clinic's own promo post, a supplement ad, a service ad talking to children,
 * a giveaway without a purchase condition. Rule examples test each rule; these test the outcome.
 */
import { describe, expect, it } from 'vitest';
import { createBuiltinChecker } from '../src/index.js';

// Compiled once, outside the tests: the first compile of all packs is not what is under test.
const checker = createBuiltinChecker();
const check = checker.check;

const post = 'Клиника «Пример»: лечение кариеса от 3 500 ₽. Запишитесь на приём по телефону! Имеются противопоказания, необходима консультация специалиста.';
const run = (text: string, context: object) => check(text, { jurisdictions: ['RU'], context, asOf: '2026-11-30' }).findings;

describe('RU: the law as it stands on 2026-11-30', () => {
  it('an Instagram post advertising a Russian clinic gets restricted-channel; the same post on VK does not', () => {
    const insta = run(post, { product: 'medical-service', channel: 'instagram' }).filter((f) => f.category === 'restricted-channel');
    expect(insta.map((f) => [f.ruleId, f.severity])).toEqual([['ru/restricted-platform', 'error']]);
    expect(insta[0]!.legalBasis[0]!.citation).toMatch(/^ч\. 10\.7 ст\. 5 /);
    expect(run(post, { product: 'medical-service', channel: 'vk' }).some((f) => f.category === 'restricted-channel')).toBe(false);
  });

  it('before 2025-09-01 the Instagram ban is not in force', () => {
    const r = check(post, { jurisdictions: ['RU'], context: { product: 'medical-service', channel: 'instagram' }, asOf: '2025-08-01' });
    expect(r.findings.some((f) => f.ruleId === 'ru/restricted-platform')).toBe(false);
  });

  it('Telegram, per the FAS statement, is a warning, not an error', () => {
    const f = run(post, { product: 'medical-service', channel: 'telegram' }).filter((x) => x.category === 'restricted-channel');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });

  it("a clinic's own promo post on VK needs the ad marking; the same text without a channel is not judged", () => {
    expect(run(post, { product: 'medical-service', channel: 'vk' }).some((f) => f.ruleId === 'ru/internet-ad-label')).toBe(true);
    expect(run(post, { product: 'medical-service' }).some((f) => f.ruleId === 'ru/internet-ad-label')).toBe(false);
  });

  it('a supplement ad without «не является лекарственным средством» is an error, with it none', () => {
    const ad = 'Витаминный комплекс «Пример» — 790 ₽, закажите на сайте.';
    expect(run(ad, { product: 'supplement' }).filter((f) => f.ruleId === 'ru/supplement-warning').map((f) => f.severity)).toEqual(['error']);
    expect(run(`${ad} Не является лекарственным средством.`, { product: 'supplement' }).some((f) => f.ruleId === 'ru/supplement-warning')).toBe(false);
  });

  it('art. 6 п. 2 binds a service ad that talks to children', () => {
    const f = run('Ребята, скажите маме, что брекеты — это круто!', { product: 'medical-service' });
    expect(f.some((x) => x.ruleId === 'ru/minor-persuasion' && x.severity === 'error')).toBe(true);
  });

  it('a giveaway for a repost is not an art. 9 error; a draw that requires a purchase is', () => {
    const like = run('Розыгрыш! Подпишись, поставь лайк и выиграй чистку зубов.', { product: 'medical-service' });
    expect(like.filter((f) => f.category === 'price-promotion-lottery').map((f) => [f.ruleId, f.severity])).toEqual([['ru/giveaway', 'info']]);
    const buy = run('Купи курс массажа и участвуй в розыгрыше массажного кресла!', { product: 'medical-service' });
    expect(buy.some((f) => f.ruleId === 'ru/lottery' && f.severity === 'error')).toBe(true);
  });

  it('п. 6 and п. 7 of art. 24 are not cited for medical services', () => {
    const f = run('Не дожидайтесь инфаркта — проверьте сердце, пока не поздно! Пришлите ЭКГ в WhatsApp — кардиолог поставит диагноз онлайн.', { product: 'medical-service' });
    const cites = f.flatMap((x) => x.legalBasis.map((b) => b.citation));
    expect(cites.some((c) => /^п\. [67] ч\. 1 ст\. 24 /.test(c))).toBe(false);
    expect(f.some((x) => x.category === 'fear-appeal')).toBe(true);
    expect(f.some((x) => x.category === 'remote-treatment')).toBe(true);
  });
});
