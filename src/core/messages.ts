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
  for (const lng of locale === 'en' ? ['en'] : [locale, 'en']) {
    for (const v of variants) {
      for (const set of catalogSets) {
        const text = set?.[lng]?.[messageId]?.[v];
        if (text !== undefined) return text;
      }
    }
  }
  return undefined;
}
