/**
 * A host application with its own i18next renders medad's findings itself: for every finding of
 * every rule example, in en, pl, de and ru, `t(messageId + '.' + messageVariant, messageData)`
 * must give exactly `finding.message` (variants such as an incomplete warning, channel-specific
 * ones such as a video's size rule, and the interpolation data included). Custom locales work end
 * to end, with English as the fallback.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { registerMedadResources } from '../src/adapters/i18n/index.js';
import { createBuiltinChecker, listRules, MESSAGE_LOCALES, type Example, type Finding } from '../src/index.js';

function hostI18n(lng: string, extra: Record<string, object> = {}) {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng,
    fallbackLng: 'en',
    initAsync: false,
    resources: Object.fromEntries(Object.entries(extra).map(([l, r]) => [l, { medad: r }])),
    ns: ['medad'],
    defaultNS: 'medad',
    interpolation: { escapeValue: false },
  });
  registerMedadResources(i18n);
  return i18n;
}

const render = (i18n: ReturnType<typeof hostI18n>, f: Finding) => i18n.t(`${f.messageId}.${f.messageVariant}`, f.messageData);
const asCase = (e: Example) => (typeof e === 'string' ? { text: e } : e);

describe('a host i18next renders every finding exactly as finding.message', () => {
  const checker = createBuiltinChecker();
  const rules = listRules();
  for (const locale of MESSAGE_LOCALES) {
    it(`in ${locale}`, () => {
      const i18n = hostI18n(locale);
      const variants = new Set<string>();
      const channelVariants = new Set<string>();
      let compared = 0;
      // Every example, plus the channel-specific variants no example reaches: a DE drug ad and a
      // RU clinic ad without their warnings, as a video, a TikTok, an Instagram reel and a radio spot.
      const cases: Array<{ jurisdiction: string; ex: Example }> = rules.flatMap((rule) =>
        [...rule.examples.invalid, ...rule.examples.valid].map((ex) => ({ jurisdiction: rule.jurisdiction, ex })),
      );
      for (const channel of ['video', 'tiktok', 'instagram', 'radio']) {
        cases.push({ jurisdiction: 'DE', ex: { text: 'Neu in Ihrer Apotheke: Hustensaft Beispiel – hilft schnell bei Reizhusten.', context: { product: 'drug', channel } } });
        cases.push({ jurisdiction: 'RU', ex: { text: 'Стоматология «Улыбка»: лечение кариеса, имплантация, отбеливание. Запись по телефону.', context: { product: 'medical-service', channel } } });
      }
      for (const { jurisdiction, ex } of cases) {
        {
          const { text, context, asOf } = asCase(ex);
          const report = checker.check(text, { jurisdictions: [jurisdiction], locale, ...(context ? { context } : {}), ...(asOf ? { asOf } : {}) });
          for (const f of report.findings) {
            expect({ id: f.ruleId, text, message: render(i18n, f) }).toEqual({ id: f.ruleId, text, message: f.message });
            if (f.messageVariant.includes('_')) channelVariants.add(f.messageVariant);
            variants.add(f.messageVariant.replace(/_.*/, '_<channel>'));
            compared++;
          }
        }
      }
      // The comparison must cover the variants, not only the plain message.
      expect(compared).toBeGreaterThan(300);
      expect([...channelVariants]).toEqual(expect.arrayContaining(['missing_instagram', 'missing_radio', 'missing_tiktok', 'missing_video']));
      expect([...variants]).toEqual(expect.arrayContaining(['message', 'asset', 'missing', 'incomplete', 'outdated', 'missing_<channel>']));
    }, 600_000); // every rule example, checked and rendered: minutes on a loaded machine, not a speed test
  }
});

describe('custom locales end to end', () => {
  const uk = {
    'pl/superlative': { message: '«{{match}}» ставить послугу вище за інші.', suggestion: 'Приберіть найвищий ступінь.' },
  };
  const text = 'Najlepsza klinika w mieście! Gwarantujemy efekt.';

  it("messages: { uk } + locale: 'uk' — translated where the catalog has it, English elsewhere", () => {
    const checker = createBuiltinChecker({ messages: { uk }, locale: 'uk', jurisdictions: ['PL'], context: { product: 'medical-service' } });
    const en = createBuiltinChecker({ jurisdictions: ['PL'], context: { product: 'medical-service' } }).check(text).findings;
    const { findings } = checker.check(text);
    const sup = findings.find((f) => f.ruleId === 'pl/superlative')!;
    expect(sup.message).toBe(`«${sup.excerpt}» ставить послугу вище за інші.`);
    expect(sup.excerpt).toMatch(/^Najlepsza/);
    expect(sup.suggestions[0]!.message).toBe('Приберіть найвищий ступінь.');
    const guarantee = findings.find((f) => f.ruleId === 'pl/guarantee')!;
    expect(guarantee.message).toBe(en.find((f) => f.ruleId === 'pl/guarantee')!.message);
    // The host's i18next with the same catalog and English fallback agrees.
    const i18n = hostI18n('uk', { uk });
    for (const f of findings) expect(render(i18n, f)).toBe(f.message);
  });

  it('an unknown locale is still an error naming the valid ones, custom ones included', () => {
    expect(() => createBuiltinChecker({ locale: 'uk' })).toThrow(/locale.*"uk".*en.*pl.*de.*ru/s);
    expect(() => createBuiltinChecker({ messages: { uk } }).check(text, { locale: 'ua' })).toThrow(/uk/);
  });
});
