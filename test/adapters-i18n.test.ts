/**
 * medad/i18n: the catalogs in locales/<lng>/medad.json are complete and consistent. A key
 * missing in any locale fails, so do placeholders that differ between locales and rules without
 * a message. The catalogs are generated from the packs (scripts/build-locales.ts) and must match
 * a fresh generation.
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { buildCatalogs, catalogPath, serialize } from '../scripts/build-locales.js';
import { createMedadI18n, MEDAD_NAMESPACE, medadResources, registerMedadResources } from '../src/adapters/i18n/index.js';
import { MESSAGE_LOCALES } from '../src/core/types.js';
import { builtinPacks } from '../src/index.js';

type Tree = Record<string, unknown>;
const committed = Object.fromEntries(MESSAGE_LOCALES.map((l) => [l, JSON.parse(readFileSync(catalogPath(l), 'utf8')) as Tree]));
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Leaf keys as dotted paths, plural suffixes folded into the base key. */
function leaves(tree: Tree, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') for (const [kk, vv] of leaves(v as Tree, key)) out.set(kk, [...(out.get(kk) ?? []), ...vv]);
    else out.set(key.replace(PLURAL, ''), [...(out.get(key.replace(PLURAL, '')) ?? []), String(v)]);
  }
  return out;
}
const placeholders = (texts: string[]) => [...new Set(texts.flatMap((t) => [...t.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]!)))].sort();
const byLocale = Object.fromEntries(MESSAGE_LOCALES.map((l) => [l, leaves(committed[l]!)]));

describe('catalogs', () => {
  it('match a fresh generation from the packs (run npm run locales)', () => {
    const fresh = buildCatalogs();
    for (const l of MESSAGE_LOCALES) expect(readFileSync(catalogPath(l), 'utf8'), `locales/${l}/medad.json`).toBe(serialize(fresh[l]!));
  });

  for (const pack of builtinPacks()) {
    for (const lng of MESSAGE_LOCALES) {
      it(`every ${pack.jurisdiction} rule has a message in ${lng}`, () => {
        const missing = pack.rules.map((r) => r.messageId ?? r.id).filter((id) => typeof (committed[lng]![id] as Tree | undefined)?.message !== 'string');
        expect(missing, `add them to src/packs/${pack.jurisdiction.toLowerCase()}/locales/${lng}.json`).toEqual([]);
      });
    }
  }

  for (const lng of MESSAGE_LOCALES.filter((l) => l !== 'en')) {
    it(`${lng} has exactly the keys of en (message, suggestion, variants, UI strings)`, () => {
      const en = [...byLocale.en!.keys()].sort();
      const here = [...byLocale[lng]!.keys()].sort();
      expect(en.filter((k) => !here.includes(k)), `missing in ${lng}`).toEqual([]);
      expect(here.filter((k) => !en.includes(k)), `only in ${lng}`).toEqual([]);
    });
    it(`${lng} uses the same {{placeholders}} as en in every string`, () => {
      const diff: string[] = [];
      for (const [key, texts] of byLocale.en!) {
        const other = byLocale[lng]!.get(key);
        if (!other) continue;
        const a = placeholders(texts);
        const b = placeholders(other);
        if (a.join() !== b.join()) diff.push(`${key}: en {{${a.join(', ')}}} vs ${lng} {{${b.join(', ')}}}`);
      }
      expect(diff).toEqual([]);
    });
  }

  it('UI plurals have every form the locale needs (Polish and Russian: one, few, many, other)', () => {
    for (const lng of MESSAGE_LOCALES) {
      const ui = committed[lng]!.ui as Tree;
      const bases = new Set(Object.keys(ui).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      for (const base of bases) {
        for (const cat of new Intl.PluralRules(lng).resolvedOptions().pluralCategories) {
          expect(ui[`${base}_${cat}`], `${lng} ui.${base}_${cat}`).toEqual(expect.any(String));
        }
      }
    }
  });
});

describe('registerMedadResources', () => {
  it('adds the catalogs under namespace medad to a host instance without touching its own strings', async () => {
    const host = i18next.createInstance();
    await host.init({ lng: 'de', resources: { de: { medad: { ui: { noFindings: 'Alles gut' } }, app: { title: 'Meine App' } } } });
    registerMedadResources(host);
    expect(host.t('app:title')).toBe('Meine App');
    expect(host.t('medad:ui.noFindings')).toBe('Alles gut');
    expect(host.t('medad:ui.disclaimer')).toMatch(/keine Rechtsberatung/);
    expect(host.hasResourceBundle('ru', MEDAD_NAMESPACE)).toBe(true);
  });
  it('overwrites host strings only when asked, and rejects a non-instance', () => {
    const host = i18next.createInstance();
    void host.init({ lng: 'en', initAsync: false, resources: { en: { medad: { ui: { noFindings: 'All clear' } } } } });
    registerMedadResources(host, { overwrite: true, languages: ['en'] });
    expect(host.t('medad:ui.noFindings')).toBe(medadResources.en.ui && (medadResources.en.ui as Tree).noFindings);
    expect(host.hasResourceBundle('pl', MEDAD_NAMESPACE)).toBe(false);
    expect(() => registerMedadResources({} as never)).toThrow(TypeError);
  });
});

describe('createMedadI18n', () => {
  it('formats rule messages with interpolation in the requested language', () => {
    const rule = builtinPacks().find((p) => p.jurisdiction === 'PL')!.rules[0]!;
    const id = rule.messageId ?? rule.id;
    const t = createMedadI18n('de').t;
    const text = t(`${id}.message`, { match: 'XYZ' });
    expect(text).toContain('XYZ');
    expect(text).toBe((committed.de![id] as Tree).message!.toString().replace(/\{\{\s*match\s*\}\}/g, 'XYZ'));
  });
  it('picks Polish and Russian plural forms', () => {
    const pl = createMedadI18n('pl');
    expect([1, 2, 5, 22].map((count) => pl.t('ui.errors', { count }))).toEqual(['1 błąd', '2 błędy', '5 błędów', '22 błędy']);
    const ru = createMedadI18n('ru');
    expect([1, 3, 5, 21].map((count) => ru.t('ui.warnings', { count }))).toEqual(['1 предупреждение', '3 предупреждения', '5 предупреждений', '21 предупреждение']);
  });
  it('rejects an unknown locale', () => {
    expect(() => createMedadI18n('fr' as never)).toThrow(RangeError);
  });
});

describe('medadResources', () => {
  it('equals the published catalogs locales/<lng>/medad.json (built from the same packs)', () => {
    for (const lng of ['en', 'pl', 'de', 'ru'] as const) {
      const published = JSON.parse(readFileSync(new URL(`../locales/${lng}/medad.json`, import.meta.url), 'utf8'));
      expect(medadResources[lng]).toEqual(published);
    }
  });
});
