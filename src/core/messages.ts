/**
 * Message formatting without i18next, from the same i18next-v4 JSON catalogs that
 * `medad/i18n` hands to a host's i18next instance.
 */
import { isSpace } from './rx.js';
import type { MessageCatalog } from './types.js';

/**
 * Replace `{{name}}` placeholders (i18next's default interpolation syntax: `{{ name }}`, names of
 * ASCII word characters, dots and dashes). A hand-written scan, not `String#replace` with a global
 * regex: this runs per finding, and V8 kept re-tiering such a small global regex.
 */
export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  let i = template.indexOf('{{');
  if (i < 0) return template;
  let out = '';
  let copied = 0;
  while (i >= 0) {
    let k = i + 2;
    while (k < template.length && isSpace(template.charCodeAt(k))) k++;
    const nameStart = k;
    while (k < template.length && isNameChar(template.charCodeAt(k))) k++;
    const nameEnd = k;
    while (k < template.length && isSpace(template.charCodeAt(k))) k++;
    if (nameEnd > nameStart && template.startsWith('}}', k)) {
      const v = data?.[template.slice(nameStart, nameEnd)];
      if (v !== undefined) {
        out += template.slice(copied, i) + String(v);
        copied = k + 2;
      }
      i = template.indexOf('{{', k + 2);
    } else i = template.indexOf('{{', i + 1);
  }
  return out + template.slice(copied);
}
// `\w`, `.` and `-`.
const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;

/**
 * Find a message and the variant it is (so a host's i18next can ask for the same key): the first
 * of `variants` (most specific first, e.g. `missing_video`, `missing`, `message`) in the requested
 * locale, then the same chain in English. Catalog sets are searched in order (the pack's own
 * messages, then catalogs the caller added). Undefined when none has it.
 */
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
