/**
 * Builds the i18next catalogs `locales/<lng>/medad.json` (namespace `medad`, i18next JSON v4)
 * from the packs' own message files (`src/packs/<xx>/locales/<lng>.json`, keyed by message id)
 * and the CLI/UI strings (`src/cli/locales/<lng>.json`, under `ui`). Runs before every build, so
 * the committed catalogs cannot drift from the packs; `--check` only reports drift (exit 1).
 *
 *   npm run locales            write the catalogs
 *   npm run locales -- --check fail if a committed catalog differs
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinPacks } from '../src/index.js';
import { MESSAGE_LOCALES } from '../src/core/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export type Catalog = Record<string, unknown>;

function readJson(path: string): Record<string, unknown> {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
}

/**
 * One catalog per locale. Rule messages come from the packs as loaded (so a message id the
 * engine would not find is not published either), in rule order; a locale a pack does not
 * translate is left out for that rule — the locale test reports it instead of hiding it.
 */
export function buildCatalogs(): Record<string, Catalog> {
  const out: Record<string, Catalog> = {};
  for (const lng of MESSAGE_LOCALES) {
    const catalog: Catalog = {};
    for (const pack of builtinPacks()) {
      for (const rule of pack.rules) {
        const id = rule.messageId ?? rule.id;
        const entry = pack.messages[lng]?.[id];
        if (entry) catalog[id] = entry;
      }
    }
    catalog.ui = readJson(join(ROOT, 'src/cli/locales', `${lng}.json`));
    out[lng] = catalog;
  }
  return out;
}

export function catalogPath(lng: string): string {
  return join(ROOT, 'locales', lng, 'medad.json');
}

export const serialize = (c: Catalog): string => `${JSON.stringify(c, null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [lng, catalog] of Object.entries(buildCatalogs())) {
    const path = catalogPath(lng);
    const text = serialize(catalog);
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        console.error(`locales/${lng}/medad.json is stale: run npm run locales`);
        stale++;
      }
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
