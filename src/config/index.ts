/// <reference types="node" />
/**
 * Project configuration for the CLI, the textlint rule and the unified plugin: one loader, so a
 * repository's `medad.config.json` means the same thing in all three.
 *
 * Found from a directory upwards (lilconfig): `medad.config.js`, `medad.config.mjs`,
 * `medad.config.json`, `.medadrc.json`. Validated with medad/schema's zod schema; every problem
 * names the file, the key and the valid values. Node only (reads files).
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { lilconfig } from 'lilconfig';
import picomatch from 'picomatch';
// Only entry points are imported (`medad`, `medad/schema`): the integrations' build maps them to
// the package itself, so medad/textlint and medad/unified share the engine with `medad`.
import { createBuiltinChecker, createRegistry, type CheckerOptions, type CheckerWithPacksOptions, type MessageCatalog, type Registry, type RulePack } from '../index.js';

export const CONFIG_FILES = ['medad.config.js', 'medad.config.mjs', 'medad.config.json', '.medadrc.json'] as const;

/** What a configuration file may say (see schema/config.schema.json). */
export interface MedadConfig {
  packs?: string[];
  rules?: CheckerOptions['rules'];
  jurisdictions?: 'auto' | string[];
  context?: CheckerOptions['context'];
  locale?: string;
  messages?: Record<string, string>;
  ignores?: string[];
  format?: 'pretty' | 'json' | 'sarif' | 'compact' | 'github';
  asOf?: string;
}

/** A configuration, resolved: packs loaded, paths read, ignores compiled. */
export interface ResolvedConfig {
  /** The file it came from, or undefined when none was found (defaults). */
  file: string | undefined;
  /** The folder `ignores` and pack paths are relative to. */
  dir: string;
  config: MedadConfig;
  registry: Registry;
  /** Options for `createChecker` (packs, defaults, extra catalogs). */
  checkerOptions: CheckerWithPacksOptions;
  /** Whether a path (absolute, or relative to the working directory) matches `ignores`. */
  isIgnored(path: string): boolean;
}

/** A configuration file that cannot be read or used: the message names the file and the key. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The built-in packs by jurisdiction, with messages in all four locales: the very pack objects
 * `check()` uses (taken from a built-in checker's registry), so their compiled form is shared.
 * `plPack` & co. from `medad` carry only English and their own language.
 */
const builtins = (): Record<string, RulePack> => Object.fromEntries(createBuiltinChecker().registry.packs().map((p) => [p.jurisdiction, p]));

function readJson(path: string, what: string, configFile: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`${configFile}: cannot read ${what} ${path}.`);
  }
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new ConfigError(`${configFile}: ${what} ${path} is not valid JSON (${(err as Error).message}).`);
  }
}

/**
 * Find the configuration for `cwd` (searching up to the file system root), or read `file` when
 * given. Returns undefined when there is none.
 */
export async function findConfig(cwd: string = process.cwd(), file?: string): Promise<{ file: string; raw: unknown } | undefined> {
  const explorer = lilconfig('medad', {
    searchPlaces: [...CONFIG_FILES],
    stopDir: resolve('/'),
    loaders: {
      // Parse JSON ourselves: the error then names the file.
      '.json': (path: string, content: string) => {
        try {
          return JSON.parse(content);
        } catch (err) {
          throw new ConfigError(`${path}: not valid JSON (${(err as Error).message}).`);
        }
      },
    },
  });
  try {
    const found = file ? await explorer.load(resolve(cwd, file)) : await explorer.search(cwd);
    if (!found) return undefined;
    const raw = (found.config as { default?: unknown } | null)?.default ?? found.config;
    return { file: found.filepath, raw };
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (file && e.code === 'ENOENT') throw new ConfigError(`Cannot read configuration file ${file}.`);
    throw new ConfigError(`Cannot load configuration${file ? ` ${file}` : ''}: ${e.message}`);
  }
}

/** Validate a raw configuration with medad/schema (zod, an optional peer: needed only with a config file). */
async function validate(raw: unknown, file: string): Promise<MedadConfig> {
  let schema: typeof import('../adapters/schema/index.js');
  try {
    schema = await import('../adapters/schema/index.js');
  } catch {
    throw new ConfigError(`${file}: validating a configuration needs zod (npm install zod).`);
  }
  try {
    return schema.parseConfig(raw, file) as MedadConfig;
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
}

/**
 * Load and resolve the configuration for `cwd`: built-in and JSON packs, catalogs, ignores and
 * the checker's defaults. Without a configuration file, the defaults (every built-in pack).
 */
export async function loadConfig(options: { cwd?: string; file?: string } = {}): Promise<ResolvedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const found = await findConfig(cwd, options.file);
  const config = found ? await validate(found.raw, found.file) : {};
  return resolveConfig(config, found?.file, found ? dirname(found.file) : cwd);
}

/** Turn a validated configuration into packs, checker options and an ignore matcher. */
export async function resolveConfig(config: MedadConfig, file: string | undefined, dir: string): Promise<ResolvedConfig> {
  const where = file ?? 'configuration';
  const packs: RulePack[] = [];
  const extra: RulePack[] = [];
  const known = builtins();
  for (const entry of config.packs ?? Object.keys(known)) {
    const builtin = known[entry.toUpperCase()];
    if (builtin && !/[./\\]/.test(entry)) {
      packs.push(builtin);
      continue;
    }
    if (!/\.json$/i.test(entry)) {
      throw new ConfigError(`${where}: packs: unknown pack "${entry}". Valid values: ${Object.keys(known).join(', ')}, or a path to a JSON pack (*.json).`);
    }
    const path = resolve(dir, entry);
    const { parsePack } = await import('../adapters/schema/index.js');
    try {
      extra.push(parsePack(readJson(path, 'pack', where), path));
    } catch (err) {
      throw new ConfigError(`${where}: packs: ${(err as Error).message}`);
    }
  }
  const registry = createRegistry(packs);
  for (const pack of extra) {
    const clash = pack.rules.find((r) => registry.getRule(r.id));
    if (clash) throw new ConfigError(`${where}: packs: rule id ${clash.id} of ${pack.name} is already defined.`);
    registry.register(pack, { override: registry.jurisdictions().includes(pack.jurisdiction) });
  }

  const messages: Record<string, MessageCatalog> = {};
  for (const [lng, path] of Object.entries(config.messages ?? {})) {
    const catalog = readJson(resolve(dir, path), `messages.${lng}`, where);
    if (catalog === null || typeof catalog !== 'object' || Array.isArray(catalog)) {
      throw new ConfigError(`${where}: messages.${lng}: ${path} must hold an object of messages by rule id.`);
    }
    messages[lng] = catalog as MessageCatalog;
  }

  const checkerOptions: CheckerWithPacksOptions = { packs: registry };
  if (config.jurisdictions !== undefined) checkerOptions.jurisdictions = config.jurisdictions;
  if (config.context) checkerOptions.context = config.context;
  if (config.locale) checkerOptions.locale = config.locale;
  if (config.rules) checkerOptions.rules = config.rules;
  if (config.asOf) checkerOptions.asOf = config.asOf;
  if (Object.keys(messages).length) checkerOptions.messages = messages;

  // Rule ids and jurisdictions are checked against the loaded packs, naming the file.
  for (const id of Object.keys(config.rules ?? {})) {
    if (!registry.getRule(id)) {
      const near = registry.listRules().map((r) => r.id).filter((x) => x.split('/')[0] === id.split('/')[0]);
      throw new ConfigError(`${where}: rules: unknown rule id "${id}".${near.length ? ` Valid values: ${near.join(', ')}.` : ` Loaded jurisdictions: ${registry.jurisdictions().join(', ')}.`}`);
    }
  }
  if (Array.isArray(config.jurisdictions)) {
    for (const j of config.jurisdictions) {
      if (!registry.jurisdictions().includes(j)) throw new ConfigError(`${where}: jurisdictions: "${j}" has no pack. Valid values: ${registry.jurisdictions().join(', ')}, "auto".`);
    }
  }

  // ESLint-style: a glob matches paths relative to the config's folder; a folder name or a
  // glob ending in "/" ignores everything below it.
  const globs = (config.ignores ?? []).flatMap((g) => {
    const bare = g.replace(/\/+$/, '');
    return [bare, `${bare}/**`];
  });
  const match = globs.length ? picomatch(globs, { dot: true }) : undefined;
  const isIgnored = (path: string): boolean => {
    if (!match) return false;
    const rel = relative(dir, resolve(path));
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    return match(rel.split(sep).join('/'));
  };
  return { file, dir, config, registry, checkerOptions, isIgnored };
}
