/**
 * `medad/i18n`: every rule message, suggestion and UI string in en, pl, de and ru, as i18next
 * resources under the namespace `medad`.
 *
 * Hosts with their own i18next instance call `registerMedadResources(i18n)`; apps without one
 * use `createMedadI18n(lng)`. The core formats findings from the same JSON without i18next
 * (`check(text, { locale: 'de' })`), so this entry is only for UIs that want the strings.
 * i18next is an optional peer dependency: only this entry imports it.
 */
import i18next, { type i18n as I18n } from 'i18next';
import uiDe from '../../cli/locales/de.json';
import uiEn from '../../cli/locales/en.json';
import uiPl from '../../cli/locales/pl.json';
import uiRu from '../../cli/locales/ru.json';
import { MESSAGE_LOCALES, type MessageLocale } from '../../core/types.js';
import { builtinPacks } from '../../index.js';

export const MEDAD_NAMESPACE = 'medad';

const UI: Record<MessageLocale, Record<string, unknown>> = { en: uiEn, pl: uiPl, de: uiDe, ru: uiRu };

/**
 * One locale's catalog, made from the packs' own messages (as scripts/build-locales.ts writes
 * `locales/<lng>/medad.json`): the package then carries each message once, shared with `medad`,
 * rather than a second copy in this entry.
 */
function catalog(lng: MessageLocale): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // builtinPacks(), not plPack & co.: those carry only English and their own language.
  for (const pack of builtinPacks()) {
    for (const rule of pack.rules) {
      const id = rule.messageId ?? rule.id;
      const entry = pack.messages[lng]?.[id];
      if (entry) out[id] = entry;
    }
  }
  out.ui = UI[lng];
  return out;
}

/** The catalogs: `{ en: { 'pl/superlative': { message, suggestion }, …, ui: {…} }, … }`. */
export const medadResources: Record<MessageLocale, Record<string, unknown>> = /* @__PURE__ */ Object.fromEntries(
  MESSAGE_LOCALES.map((lng) => [lng, catalog(lng)]),
) as Record<MessageLocale, Record<string, unknown>>;

/** What `registerMedadResources` needs of an i18next instance (any i18next ≥ 21 has it). */
export interface ResourceHost {
  addResourceBundle(lng: string, ns: string, resources: object, deep?: boolean, overwrite?: boolean): unknown;
}

export interface RegisterOptions {
  /** Only these locales (default: all four). */
  languages?: MessageLocale[];
  /** Replace strings the host already defined under `medad` (default false: host overrides win). */
  overwrite?: boolean;
}

/**
 * Add medad's catalogs to the host's i18next instance under namespace `medad`. Never calls
 * `init()`; existing keys win unless `overwrite` is set, so a host can reword any message.
 * Returns the instance for chaining.
 */
export function registerMedadResources<T extends ResourceHost>(i18n: T, options: RegisterOptions = {}): T {
  if (!i18n || typeof i18n.addResourceBundle !== 'function') {
    throw new TypeError('registerMedadResources expects an i18next instance (with addResourceBundle).');
  }
  for (const lng of options.languages ?? (Object.keys(medadResources) as MessageLocale[])) {
    const resources = medadResources[lng];
    if (!resources) throw new RangeError(`Unknown locale ${JSON.stringify(lng)}. Valid values: "en", "pl", "de", "ru".`);
    i18n.addResourceBundle(lng, MEDAD_NAMESPACE, resources, true, options.overwrite ?? false);
  }
  return i18n;
}

/**
 * A ready i18next instance for apps without one: language `lng`, English fallback, namespace
 * `medad` as default. Synchronous: the resources are bundled.
 */
export function createMedadI18n(lng: MessageLocale = 'en'): I18n {
  if (!(lng in medadResources)) throw new RangeError(`Unknown locale ${JSON.stringify(lng)}. Valid values: "en", "pl", "de", "ru".`);
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: 'en',
    ns: [MEDAD_NAMESPACE],
    defaultNS: MEDAD_NAMESPACE,
    resources: Object.fromEntries(Object.entries(medadResources).map(([l, r]) => [l, { [MEDAD_NAMESPACE]: r }])),
    initAsync: false,
    // Messages are plain text for terminals and UIs that escape on their own; rule ids contain "/".
    interpolation: { escapeValue: false },
    nsSeparator: ':',
    keySeparator: '.',
  });
  return instance;
}
