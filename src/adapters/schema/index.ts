/**
 * `medad/schema`: packs as data, validated. zod 4 schemas for rules, packs and check options;
 * `parsePack` turns JSON (text or parsed) into a pack ready for `createChecker({ packs })`, or
 * throws one error that lists every problem with its path.
 *
 * zod is an optional peer dependency: only this entry imports it. Pack authors without zod get
 * the same rules as a JSON Schema in `medad/rule-pack.schema.json`.
 */
// A namespace import, not `{ z }`: a bundler can then drop the parts of zod this file does not
// call (the `z` object re-exports all of zod, locales included: 520 KB in the CLI bundle).
import * as z from 'zod';
import { definePack } from '../../core/define.js';
import { packLimitProblem } from '../../core/pack-guard.js';
import { compilePattern, MAX_CLASS_MEMBERS, MAX_CLASSES, packPatternOptions, type PatternOptions } from '../../core/pattern.js';
import {
  AUDIENCES,
  CATEGORIES,
  LEGAL_BASIS_KINDS,
  MESSAGE_LOCALES,
  PRODUCTS,
  SEVERITIES,
  type CheckOptions,
  type PackDefinition,
  type RulePack,
} from '../../core/types.js';
import { backtrackingRisk, LIMITS, unsafeKeys, type RawIssue } from './safety.js';

export { LIMITS } from './safety.js';

const RULE_ID = /^[a-z]{2,3}\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A message locale: a built-in one or a custom one such as `uk` or `pt-BR` (English is the fallback). */
const LOCALE = z.string().regex(/^[a-z]{2,3}(?:-[A-Z][A-Za-z]{1,3})?$/, { error: `must be a locale such as ${MESSAGE_LOCALES.map((l) => `"${l}"`).join(', ')} or "uk"` });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = (max: number = LIMITS.stringLength) => z.string().max(max, { error: `longer than ${max} characters` });
const nonEmpty = (max: number = LIMITS.stringLength) => text(max).min(1, { error: 'must not be empty' });
const isoDate = z
  .string()
  .regex(ISO_DATE, { error: 'must be a date as YYYY-MM-DD' })
  .refine((d) => !Number.isNaN(Date.parse(d)), { error: 'not a valid date' });
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, { error: `more than ${max} items` });

/**
 * One pattern of medad's pattern language (or `re:` + a regular expression), checked the way the
 * engine will compile it, plus the backtracking guard for raw regular expressions.
 */
export const PatternSchema = z
  .string()
  .max(LIMITS.patternLength, { error: `pattern longer than ${LIMITS.patternLength} characters` })
  .superRefine((p, ctx) => {
    if (p.trim() === '' || p.trim() === 're:') {
      ctx.addIssue({ code: 'custom', message: 'empty pattern' });
      return;
    }
    if (p.startsWith('re:')) {
      const risk = backtrackingRisk(p.slice(3));
      if (risk) {
        ctx.addIssue({ code: 'custom', message: risk });
        return;
      }
    }
    try {
      // Compiling checks the syntax and, for `re:`, builds the regular expression and runs the
      // backtracking guard. A pattern-language source is built from escaped literals and fixed
      // fragments, so it is not built again here: a RegExp costs milliseconds to construct, and a
      // large pack holds thousands of patterns (the engine builds them lazily, on first use).
      // `@class` references are checked per pack (packPatternIssues), where the classes are known.
      compilePattern(p, LENIENT);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
    }
  });
const LENIENT: PatternOptions = { lenientClasses: true };
const patterns = list(PatternSchema, LIMITS.patternsPerList);

/** Concept classes: `{ "result-noun": ["efekt*", "rezultat*"] }`, referenced as `@result-noun`. */
export const ClassesSchema = z
  .record(
    z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { error: 'class names are lower-case words joined by "-", like "result-noun"' }),
    list(nonEmpty(200), MAX_CLASS_MEMBERS).min(1, { error: 'a class lists at least one member' }),
  )
  .refine((c) => Object.keys(c).length <= MAX_CLASSES, { error: `more than ${MAX_CLASSES} classes` });

export const LegalBasisSchema = z.strictObject({
  kind: z.enum(LEGAL_BASIS_KINDS),
  citation: nonEmpty(500),
  url: z.url({ protocol: /^https?$/, error: 'invalid URL' }),
  quote: text(2000).optional(),
  products: list(z.enum(PRODUCTS), PRODUCTS.length).optional(),
  from: isoDate.optional(),
  until: isoDate.optional(),
});

export const CheckContextSchema = z.strictObject({
  product: z.enum(PRODUCTS).optional(),
  audience: z.enum(AUDIENCES).optional(),
  channel: text(100).optional(),
  assets: list(
    z.strictObject({ kind: nonEmpty(100), tags: list(nonEmpty(100), 100).optional(), alt: text(2000).optional() }),
    100,
  ).optional(),
  sponsored: z.boolean().optional(),
});

const ExampleSchema = z.union([
  nonEmpty(),
  z.strictObject({ text: nonEmpty(), context: CheckContextSchema.optional(), asOf: isoDate.optional() }),
]);

export const ApplicabilitySchema = z.strictObject({
  languages: list(z.string().regex(/^[a-z]{2,3}$/, { error: 'must be an ISO 639-1 code like "de"' }), 20).optional(),
  products: list(z.enum(PRODUCTS), PRODUCTS.length).optional(),
  audiences: list(z.enum(AUDIENCES), AUDIENCES.length).optional(),
  from: isoDate.optional(),
  until: isoDate.optional(),
  when: patterns.optional(),
  unless: patterns.optional(),
  sponsoredOnly: z.boolean().optional(),
});

export const MatchSpecSchema = z.strictObject({
  patterns: list(PatternSchema, LIMITS.patternsPerList).min(1, { error: 'needs at least one pattern' }),
  allow: patterns.optional(),
  unlessSentence: patterns.optional(),
  negation: z
    .union([z.boolean(), z.strictObject({ window: z.int().min(0).max(12), after: z.int().min(0).max(12).optional() })])
    .optional(),
  inQuotes: z.enum(['skip-cited', 'skip', 'report']).optional(),
});

export const PresenceSpecSchema = z.strictObject({
  parts: list(
    z.strictObject({ id: nonEmpty(100), any: list(nonEmpty(1000), 50).min(1, { error: 'needs at least one alternative' }), insert: text(2000).optional() }),
    20,
  ).min(1, {
    error: 'needs at least one part',
  }),
  exact: z.boolean().optional(),
  outdated: list(nonEmpty(1000), 50).optional(),
  insert: text(2000).optional(),
  insertAt: z.enum(['start', 'end']).optional(),
});

/**
 * A rule as data. There is no `test` key: packs loaded from JSON cannot carry code, and an
 * unknown key is an error (typos would otherwise silently disable a check).
 */
export const RuleSchema = z
  .strictObject({
    id: z.string().regex(RULE_ID, { error: 'must look like "at/kebab-name"' }),
    category: z.enum(CATEGORIES),
    severity: z.enum(SEVERITIES),
    legalBasis: list(LegalBasisSchema, 20).min(1, { error: 'every rule cites at least one legal basis' }),
    applies: ApplicabilitySchema.optional(),
    match: MatchSpecSchema.optional(),
    presence: PresenceSpecSchema.optional(),
    assetTags: list(nonEmpty(100), 50).optional(),
    messageId: nonEmpty(200).optional(),
    examples: z.strictObject({ valid: list(ExampleSchema, LIMITS.examplesPerRule), invalid: list(ExampleSchema, LIMITS.examplesPerRule) }),
    note: text().optional(),
    verified: z.boolean().optional(),
    since: text(40).optional(),
  })
  .superRefine((r, ctx) => {
    if (!r.match && !r.presence && !r.assetTags) {
      ctx.addIssue({ code: 'custom', message: 'needs match, presence or assetTags', path: [] });
    }
    if (r.presence && r.presence.exact === false) {
      r.presence.parts.forEach((part, i) =>
        part.any.forEach((alt, k) => {
          const res = PatternSchema.safeParse(alt);
          if (!res.success) ctx.addIssue({ code: 'custom', message: res.error.issues[0]!.message, path: ['presence', 'parts', i, 'any', k] });
        }),
      );
    }
  });

/** Messages of one locale: `{ [messageId]: { message, suggestion?, <variant>? } }`. */
const CatalogSchema = z.record(z.string().max(200), z.record(z.string().max(100), text()));

/** A pack as JSON: the same fields as `definePack`, rules as data. `$schema` is allowed for editors. */
export const RulePackSchema = z
  .strictObject({
    $schema: z.string().optional(),
    jurisdiction: z.string().regex(/^[A-Z]{2}$/, { error: 'must be two upper-case letters (ISO 3166-1), like "AT"' }),
    languages: list(z.string().regex(/^[a-z]{2,3}$/, { error: 'must be an ISO 639-1 code like "de"' }), 20).min(1, { error: 'needs at least one language' }),
    name: nonEmpty(200),
    rules: list(RuleSchema, LIMITS.rules),
    messages: z.record(LOCALE, CatalogSchema).refine((m) => m.en !== undefined, { error: 'English messages ("en") are required' }),
    negations: list(nonEmpty(60), 200).optional(),
    negationBreaks: list(nonEmpty(60), 200).optional(),
    negationWindow: z.int().min(0).max(12).optional(),
    negationAfter: z.int().min(0).max(12).optional(),
    citations: patterns.optional(),
    sponsorship: patterns.optional(),
    transliterate: z.literal('ru').optional(),
    classes: ClassesSchema.optional(),
  });

/**
 * Patterns checked against their pack: `@class` references must name a declared class, class
 * members must compile, and language-aware features (`#superlative` …) need a language they know.
 */
function packPatternIssues(data: unknown): PackIssue[] {
  if (data === null || typeof data !== 'object') return [];
  const pack = data as { rules?: unknown; languages?: unknown; transliterate?: unknown; classes?: unknown; citations?: unknown; sponsorship?: unknown };
  const classes = ClassesSchema.safeParse(pack.classes ?? {});
  const languages = Array.isArray(pack.languages) && pack.languages.every((l) => typeof l === 'string') ? (pack.languages as string[]) : undefined;
  if (!classes.success || !languages) return []; // reported by the schema itself
  const po = packPatternOptions({ languages, classes: classes.data, ...(pack.transliterate === 'ru' ? { transliterate: 'ru' as const } : {}) });
  try {
    compilePattern('a', po);
  } catch (err) {
    return [{ path: 'classes', message: (err as Error).message }];
  }
  const out: PackIssue[] = [];
  const check = (list: unknown, path: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((p, k) => {
      if (typeof p !== 'string' || p.startsWith('re:') || !/[@#]/.test(p)) return;
      try {
        compilePattern(p, po);
      } catch (err) {
        out.push({ path: `${path}[${k}]`, message: (err as Error).message });
      }
    });
  };
  check(pack.citations, 'citations');
  check(pack.sponsorship, 'sponsorship');
  if (!Array.isArray(pack.rules)) return out;
  pack.rules.forEach((r: unknown, i) => {
    if (r === null || typeof r !== 'object') return;
    const rule = r as { match?: Record<string, unknown>; applies?: { when?: unknown }; presence?: { exact?: unknown; parts?: unknown } };
    check(rule.match?.patterns, `rules[${i}].match.patterns`);
    check(rule.match?.allow, `rules[${i}].match.allow`);
    check(rule.match?.unlessSentence, `rules[${i}].match.unlessSentence`);
    check(rule.applies?.when, `rules[${i}].applies.when`);
    if (rule.presence?.exact === false && Array.isArray(rule.presence.parts)) {
      rule.presence.parts.forEach((part: unknown, k) => check((part as { any?: unknown } | null)?.any, `rules[${i}].presence.parts[${k}].any`));
    }
  });
  return out;
}

/**
 * Checks across rules (prefixes, duplicate ids, English messages). They run on the raw data even
 * when the schema found other problems, so that one error lists everything.
 */
function crossRuleIssues(data: unknown): PackIssue[] {
  const out: PackIssue[] = [];
  if (data === null || typeof data !== 'object') return out;
  const pack = data as { jurisdiction?: unknown; rules?: unknown; messages?: { en?: Record<string, { message?: unknown }> } };
  if (!Array.isArray(pack.rules)) return out;
  const prefix = typeof pack.jurisdiction === 'string' ? `${pack.jurisdiction.toLowerCase()}/` : undefined;
  const seen = new Map<string, number>();
  pack.rules.forEach((r: unknown, i) => {
    if (r === null || typeof r !== 'object') return;
    const { id, messageId } = r as { id?: unknown; messageId?: unknown };
    if (typeof id !== 'string') return;
    if (prefix && RULE_ID.test(id) && !id.startsWith(prefix)) out.push({ path: `rules[${i}].id`, message: `must start with "${prefix}" (the pack's jurisdiction)` });
    const first = seen.get(id);
    if (first !== undefined) out.push({ path: `rules[${i}].id`, message: `duplicate rule id "${id}" (also rules[${first}])` });
    else seen.set(id, i);
    const mid = typeof messageId === 'string' ? messageId : id;
    const en = pack.messages?.en;
    if (en && typeof en === 'object' && typeof en[mid]?.message !== 'string') {
      out.push({ path: `rules[${i}]`, message: `no English message: add messages.en["${mid}"].message` });
    }
  });
  return out;
}

export const CheckOptionsSchema = z.strictObject({
  jurisdictions: z.union([z.literal('auto'), list(z.string().regex(/^[A-Z]{2}$/), 50)]).optional(),
  context: CheckContextSchema.optional(),
  locale: LOCALE.optional(),
  rules: z.record(z.string().regex(RULE_ID), z.enum([...SEVERITIES, 'off'])).optional(),
  asOf: isoDate.optional(),
  detect: z.custom<NonNullable<CheckOptions['detect']>>((v) => typeof v === 'function', { error: 'must be a function' }).optional(),
});

export type RuleData = z.infer<typeof RuleSchema>;
export type RulePackData = z.input<typeof RulePackSchema>;

export interface PackIssue {
  /** Where, as `rules[3].legalBasis[0].url` (empty for the pack itself). */
  path: string;
  message: string;
}

/** A pack that cannot be loaded; `issues` lists every problem found, not just the first. */
export class PackValidationError extends Error {
  override name = 'PackValidationError';
  constructor(
    readonly issues: PackIssue[],
    source?: string,
  ) {
    super(
      `Invalid rule pack${source ? ` ${source}` : ''} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  ${i.path || '(pack)'}: ${i.message}`).join('\n'),
    );
  }
}

/** `['rules', 3, 'legalBasis', 0, 'url']` → `rules[3].legalBasis[0].url`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out;
}

function issuesOf(error: z.ZodError): PackIssue[] {
  const out: PackIssue[] = [];
  const add = (issue: z.core.$ZodIssue, base: PropertyKey[]) => {
    // A union reports why each branch failed; show the branch that got furthest.
    if (issue.code === 'invalid_union' && issue.errors.length) {
      const best = [...issue.errors].sort((a, b) => Math.max(0, ...b.map((x) => x.path.length)) - Math.max(0, ...a.map((x) => x.path.length)))[0]!;
      for (const sub of best) add(sub, [...base, ...issue.path]);
      return;
    }
    out.push({ path: formatPath([...base, ...issue.path]), message: messageOf(issue) });
  };
  for (const issue of error.issues) add(issue, []);
  return out;
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && issue.values.length) {
    return `unknown value; expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${issue.keys.includes('test') ? ' (packs loaded from JSON cannot carry code)' : ''}`;
  return issue.message;
}

/**
 * Validate a pack given as JSON text or as parsed JSON and return it as a `RulePack` (via
 * `definePack`), ready for `createChecker({ packs: [...] })`. Throws `PackValidationError` listing
 * every problem with its path. `source` (a file name) is only used in the error message.
 */
export function parsePack(json: unknown, source?: string): RulePack {
  let data = json;
  if (typeof json === 'string') {
    if (json.length > LIMITS.textLength) throw new PackValidationError([{ path: '', message: `JSON text longer than ${LIMITS.textLength} characters` }], source);
    try {
      data = JSON.parse(json);
    } catch (err) {
      throw new PackValidationError([{ path: '', message: `not valid JSON: ${(err as Error).message}` }], source);
    }
  }
  const unsafe: RawIssue[] = unsafeKeys(data);
  if (unsafe.length) throw new PackValidationError(unsafe.map((u) => ({ path: formatPath(u.path), message: u.message })), source);
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const rules = (data as { rules?: unknown }).rules;
    if (Array.isArray(rules) && rules.length > LIMITS.rules) {
      throw new PackValidationError([{ path: 'rules', message: `more than ${LIMITS.rules} rules` }], source);
    }
  }
  const tooBig = data !== null && typeof data === 'object' ? packLimitProblem(data) : undefined;
  if (tooBig) throw new PackValidationError([{ path: '', message: `too large: ${tooBig}` }], source);
  const result = RulePackSchema.safeParse(data);
  const issues = [...(result.success ? [] : issuesOf(result.error)), ...crossRuleIssues(data), ...packPatternIssues(data)];
  if (!result.success || issues.length) throw new PackValidationError(issues, source);
  const { $schema: _schema, ...def } = result.data;
  try {
    return definePack(def as PackDefinition);
  } catch (err) {
    throw new PackValidationError([{ path: '', message: (err as Error).message }], source);
  }
}

/** Validate check options (e.g. from a config file); returns them typed or throws a `PackValidationError`-style list. */
export function parseCheckOptions(value: unknown): CheckOptions {
  const unsafe = unsafeKeys(value);
  if (unsafe.length) throw new PackValidationError(unsafe.map((u) => ({ path: formatPath(u.path), message: u.message })), 'options');
  const result = CheckOptionsSchema.safeParse(value);
  if (!result.success) throw new PackValidationError(issuesOf(result.error), 'options');
  return result.data as CheckOptions;
}

/** The JSON Schema (draft 2020-12) of a pack file, as published in `schema/rule-pack.schema.json`. */
export function rulePackJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RulePackSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/medad/schema/rule-pack.schema.json',
    title: 'medad rule pack',
    description:
      'A data-only rule pack for medad (JSON). Patterns use medad\'s pattern language; packs cannot carry code. Validated at load by medad/schema (parsePack), which also rejects unsafe regular expressions, duplicate ids and prototype keys.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** Output formats of `medad check` (also the config file's `format`). */
export const OUTPUT_FORMATS = ['pretty', 'json', 'sarif', 'compact', 'github'] as const;

/**
 * A project configuration (`medad.config.json`, `.medadrc.json`, or the default export of
 * `medad.config.js`/`.mjs`), found from the working directory up. Paths are relative to the file.
 */
export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Built-in packs by jurisdiction (`"PL"`) and JSON packs by path; default: every built-in pack. */
  packs: list(nonEmpty(1000), 50).optional(),
  /** Severity overrides by rule id, or `"off"`. */
  rules: z.record(z.string().regex(RULE_ID, { error: 'must be a rule id like "pl/superlative"' }), z.enum([...SEVERITIES, 'off'])).optional(),
  /** Default jurisdictions (`"auto"`: from the text's language). */
  jurisdictions: z.union([z.literal('auto'), list(z.string().regex(/^[A-Z]{2}$/, { error: 'must be a jurisdiction code like "PL"' }), 50)]).optional(),
  /** Default context of every post (front matter and flags override it). */
  context: CheckContextSchema.optional(),
  /** Language of the messages. */
  locale: LOCALE.optional(),
  /** Extra message catalogs by locale: a path to a JSON file in the `locales/<lng>/medad.json` format. */
  messages: z.record(LOCALE, nonEmpty(1000)).optional(),
  /** Globs of files and folders not to check, relative to the config file (`drafts/**`, `legal/`). */
  ignores: list(nonEmpty(1000), 1000).optional(),
  /** Output format of `medad check`. */
  format: z.enum(OUTPUT_FORMATS).optional(),
  /** The law in force on this date. */
  asOf: isoDate.optional(),
});

export type MedadConfig = z.infer<typeof ConfigSchema>;

/** A configuration file with problems; `issues` names every bad key and its valid values. */
export class ConfigValidationError extends Error {
  override name = 'ConfigValidationError';
  constructor(
    readonly issues: PackIssue[],
    readonly file: string,
  ) {
    super(
      `Invalid medad configuration ${file} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  ${i.path || '(config)'}: ${i.message}`).join('\n'),
    );
  }
}

/** Validate a configuration object (the parsed file). `file` names it in the error. */
export function parseConfig(value: unknown, file: string): MedadConfig {
  const unsafe = unsafeKeys(value);
  if (unsafe.length) throw new ConfigValidationError(unsafe.map((u) => ({ path: formatPath(u.path), message: u.message })), file);
  const result = ConfigSchema.safeParse(value);
  if (!result.success) throw new ConfigValidationError(issuesOf(result.error), file);
  return result.data;
}

/** The JSON Schema of the configuration file, as published in `schema/config.schema.json`. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/medad/schema/config.schema.json',
    title: 'medad configuration',
    description: 'medad.config.json / .medadrc.json: packs, rule switches, default jurisdictions and context, locale, ignores and output format. Validated by medad (parseConfig in medad/schema).',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
