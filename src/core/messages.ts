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
 * Look up `messageId.variant` in the locale's catalog, then in English, then the bare message.
 * Returns undefined when no catalog has the message.
 */
export function lookup(
  catalogs: Record<string, MessageCatalog>,
  locale: string,
  messageId: string,
  variant: string,
): string | undefined {
  const order = locale === 'en' ? ['en'] : [locale, 'en'];
  const variants = variant === 'message' || variant === 'suggestion' ? [variant] : [variant, 'message'];
  for (const v of variants) {
    for (const lng of order) {
      const text = catalogs[lng]?.[messageId]?.[v];
      if (text !== undefined) return text;
    }
  }
  return undefined;
}
