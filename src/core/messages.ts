/**
 * Message formatting without i18next, from the same i18next-v4 JSON catalogs that
 * `medad/i18n` hands to a host's i18next instance.
 */
import type { MessageCatalog } from './types.js';

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** Replace `{{name}}` placeholders (i18next's default interpolation syntax). */
export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    const v = data?.[key];
    return v === undefined ? whole : String(v);
  });
}

/**
 * Find a message: the first of `variants` (most specific first, e.g. `missing_video`, `missing`,
 * `message`) in the requested locale, then the same chain in English. Catalog sets are searched
 * in order (the pack's own messages, then catalogs the caller added). Undefined when none has it.
 */
export function lookup(
  catalogSets: ReadonlyArray<Record<string, MessageCatalog> | undefined>,
  locale: string,
  messageId: string,
  variants: readonly string[],
): string | undefined {
  return lookupEntry(catalogSets, locale, messageId, variants)?.text;
}

/** Like `lookup`, also naming the variant found (so a host's i18next can ask for the same key). */
export function lookupEntry(
  catalogSets: ReadonlyArray<Record<string, MessageCatalog> | undefined>,
  locale: string,
  messageId: string,
  variants: readonly string[],
): { text: string; variant: string } | undefined {
  for (const lng of locale === 'en' ? ['en'] : [locale, 'en']) {
    for (const v of variants) {
      for (const set of catalogSets) {
        // Own properties only: a catalog is caller data, and "constructor" is no message.
        const entry = set && Object.hasOwn(set, lng) ? set[lng]! : undefined;
        const msgs = entry && Object.hasOwn(entry, messageId) ? entry[messageId]! : undefined;
        if (msgs && Object.hasOwn(msgs, v) && typeof msgs[v] === 'string') return { text: msgs[v], variant: v };
      }
    }
  }
  return undefined;
}
