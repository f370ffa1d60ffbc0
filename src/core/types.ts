/**
 * The public data model of medad: rules, packs, check options and findings.
 *
 * Everything here is plain data so that packs can be written as JSON, reviewed by
 * non-programmers and validated by the `medad/schema` adapter.
 */

/** The finding categories: the cross-jurisdiction contract (see docs/categories.md). */
export const CATEGORIES = [
  'superlative',
  'comparative',
  'guarantee',
  'urging',
  'misleading-property',
  'unsubstantiated-claim',
  'fear-appeal',
  'medical-authority-imagery',
  'celebrity-endorsement',
  'testimonial',
  'before-after',
  'minor-targeting',
  'missing-required-disclosure',
  'missing-manufacturer-info',
  'undisclosed-advertising',
  'lay-comprehensibility',
  'patient-privacy',
  'graphic-content-warning',
  'remote-treatment',
  'prescription-drug-to-public',
  'professional-only-device-to-public',
  'restricted-disease-claim',
  'price-promotion-lottery',
  'profile-separation',
  'prohibited-subject',
  'restricted-channel',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** A severity override: a severity, or `'off'` to disable the rule. */
export type SeverityOverride = Severity | 'off';

export const PRODUCTS = [
  'medical-device',
  'medical-service',
  'drug',
  'aesthetic-surgery',
  'supplement',
  'other',
] as const;
export type Product = (typeof PRODUCTS)[number];

export const AUDIENCES = ['public', 'professional'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const LEGAL_BASIS_KINDS = ['statute', 'regulation', 'case-law', 'guidance', 'best-practice'] as const;
export type LegalBasisKind = (typeof LEGAL_BASIS_KINDS)[number];

/** Jurisdiction codes are upper-case ISO 3166-1 alpha-2 (`PL`, `DE`, `RU`, or a custom pack's). */
export type Jurisdiction = string;

export interface LegalBasis {
  kind: LegalBasisKind;
  /** The citation as the source law writes it, e.g. `art. 55 ust. 2 pkt 1 ustawy o wyrobach medycznych`. */
  citation: string;
  url: string;
  /** Optional short quotation of the cited text, in the source language. */
  quote?: string;
  /**
   * The products this basis governs, when a rule's basis differs by product (e.g. misleading claims:
   * § 3 HWG for drugs and treatments, Art. 7 MDR for devices). A finding for a declared product
   * cites only the bases that govern it; with no product declared, every basis in force is cited.
   */
  products?: Product[];
  /** ISO date (YYYY-MM-DD) from which this basis governs (a finding as of an earlier date omits it). */
  from?: string;
  /** ISO date (YYYY-MM-DD) until which (inclusive) this basis governed. */
  until?: string;
}

/** Something the post shows besides text, declared by the caller (e.g. tags from image tooling). */
export interface Asset {
  kind: 'image' | 'video' | 'audio' | 'link' | string;
  tags?: string[];
  alt?: string;
}

/** What is advertised, to whom and where. Unknown fields stay undefined. */
export interface CheckContext {
  product?: Product;
  audience?: Audience;
  channel?: string;
  assets?: Asset[];
  /** The caller states that the content is paid or sponsored. */
  sponsored?: boolean;
}

/**
 * A pattern in medad's small pattern language (see docs/patterns.md):
 * - words are matched whole, on Unicode letter boundaries, case- and diacritic-insensitively;
 * - `*` at the end of a word accepts any ending (`najlepsz*`), `(a|b)` alternates inside a word;
 * - a space accepts any run of spaces, line breaks, hyphens and quotes between words;
 * - `~N` between words allows up to N other words in between;
 * - `@name` stands for any member of the pack's concept class `name` (`PackDefinition.classes`);
 * - `#number`, `#percent`, `#money`, `#time-span`, `#superlative`, `#imperative`, `#first-person`
 *   are built-in token features (other `#words` are literal hashtags);
 * - `re:` prefix: a raw regular expression source (no flags; the engine adds `u` and boundaries).
 */
export type Pattern = string;

/** Where a rule applies. Every field narrows; an absent field means "any". */
export interface Applicability {
  /** Languages of the text the rule's patterns are written for (ISO 639-1). Defaults to the pack's. */
  languages?: string[];
  products?: Product[];
  audiences?: Audience[];
  /** ISO date (YYYY-MM-DD) from which the rule's basis is in force. */
  from?: string;
  /** ISO date (YYYY-MM-DD) until which (inclusive) the basis is in force. */
  until?: string;
  /** The rule only runs when the text also matches one of these (e.g. "it is an ad"). */
  when?: Pattern[];
  /**
   * The rule does not run when the text matches one of these anywhere: an exemption the post may
   * state once for all its sentences (e.g. the medical necessity that lifts § 11 Abs. 1 S. 3 HWG).
   */
  unless?: Pattern[];
  /** Only when the caller states the content is sponsored, or the text shows it. */
  sponsoredOnly?: boolean;
}

/** Text-matching part of a rule: triggers, exceptions and negation. */
export interface MatchSpec {
  /** Any of these patterns triggers the rule. */
  patterns: Pattern[];
  /** A trigger that overlaps a match of one of these is not reported (known false positives). */
  allow?: Pattern[];
  /** The trigger is not reported when its sentence also matches one of these (e.g. a stated criterion). */
  unlessSentence?: Pattern[];
  /**
   * Skip a trigger preceded (within `window` words in the same sentence) by a negation word of the pack.
   * `true` uses the pack's default window.
   */
  negation?: boolean | { window: number; after?: number };
  /** Report triggers inside quotations too (default: quotations that cite a law are skipped). */
  inQuotes?: 'skip-cited' | 'skip' | 'report';
}

/**
 * A presence check: the text must contain a mandatory wording.
 * Every part must be present; each part is satisfied by any of its alternatives.
 */
export interface PresenceSpec {
  parts: Array<{
    id: string;
    /** Alternatives. With `exact`, matched word for word (tolerant of case, spacing, punctuation, line breaks). */
    any: string[];
    /**
     * What to add when only this part is missing and adding it is safe without the author's data
     * (a label such as «Реклама»; never a placeholder such as an INN to fill in).
     */
    insert?: string;
  }>;
  /**
   * `true` (default): the wording is fixed by law, compared word by word keeping diacritics.
   * `false`: the law fixes content, not wording: the alternatives are patterns.
   */
  exact?: boolean;
  /** Wordings that circulate but are not compliant (drafts, old versions): reported where found. */
  outdated?: string[];
  /** The sentence to insert; used as the suggestion's replacement (the machine fix of `--fix`). */
  insert?: string;
  /**
   * Where a missing wording goes: `end` (default; mandatory warnings close the ad) or `start`
   * (advertising labels must be seen first): before the first non-blank character.
   */
  insertAt?: 'start' | 'end';
}

/** An example is a text, or a text with the context the rule needs to apply. */
export type Example = string | { text: string; context?: CheckContext; asOf?: string };

export interface RuleExamples {
  /** Texts the rule must not flag (near misses). */
  valid: Example[];
  /** Texts the rule must flag. */
  invalid: Example[];
}

/** What a rule's own function receives, for the few checks that data cannot say. */
export interface RuleFunctionContext {
  /** The text as the caller gave it. */
  text: string;
  context: CheckContext;
  /** Matches of a pattern list in the text (original UTF-16 ranges). */
  find(patterns: readonly Pattern[]): Array<{ start: number; end: number }>;
  /** Whether the assets declare any of these tags. */
  hasAssetTag(...tags: string[]): boolean;
}

/** What a rule function reports: a range in the original text (or null) and a message variant. */
export interface RuleFunctionResult {
  range: { start: number; end: number } | null;
  /** Key of the message variant in the catalog (default `message`). */
  variant?: string;
  data?: Record<string, string | number>;
  /** A safe machine fix: put `text` in place of `range` (an empty range inserts). */
  replacement?: { text: string; range: { start: number; end: number } };
}

export interface RuleDefinition {
  /** Stable id: `<jurisdiction in lower case>/<kebab-name>`, e.g. `pl/superlative-clinic`. */
  id: string;
  category: Category;
  /** Default severity. By the authority of the basis: statute/regulation → error, guidance → warning, best practice → info. */
  severity: Severity;
  legalBasis: LegalBasis[];
  applies?: Applicability;
  match?: MatchSpec;
  presence?: PresenceSpec;
  /** Asset tags that trigger the rule by themselves (e.g. `white-coat`, `before-after`). */
  assetTags?: string[];
  /** A small function for what data cannot say. Packs loaded from JSON cannot carry one. */
  test?: (ctx: RuleFunctionContext) => RuleFunctionResult[];
  /** Message id in the catalogs; defaults to the rule id. */
  messageId?: string;
  /**
   * Texts the rule must flag and near misses it must not. Built-in rules keep them in a separate
   * `RuleDocs` export so bundles that only check texts do not carry them; `listRules()` merges them in.
   */
  examples?: RuleExamples;
  /** Free-text note for reviewers (e.g. where catalogue and statute disagree). */
  note?: string;
  /** Whether the basis was checked against the statute text. Unverified rules stay `warning`. */
  verified?: boolean;
  /** Version of medad that introduced the rule. */
  since?: string;
}

/** A rule after `defineRule`: jurisdiction filled in from its pack. */
export interface Rule extends RuleDefinition {
  jurisdiction: Jurisdiction;
}

/** What a rule carries for tests and docs but not at run time. */
export interface RuleDocs {
  examples: RuleExamples;
  note?: string;
}

/** A rule with its examples, as `listRules()` returns it. */
export interface DocumentedRule extends Rule {
  examples: RuleExamples;
}

/** One locale's messages of a pack: `{ [messageId]: { message, suggestion?, ...variants } }`. */
export type MessageCatalog = Record<string, Record<string, string>>;

/**
 * A catalog as medad ships it for i18next (`locales/<lng>/medad.json`): rule messages by id plus
 * entries that are not rule messages (`ui`, nested). Accepted as an extra catalog by
 * `createChecker({ messages })`; only string messages are ever read from it.
 */
export type LocaleCatalog = Record<string, Record<string, unknown>>;

export interface PackDefinition {
  /** Jurisdiction code, e.g. `PL`. */
  jurisdiction: Jurisdiction;
  /** Languages the pack's patterns are written in (ISO 639-1); the first is the main one. */
  languages: string[];
  name: string;
  rules: RuleDefinition[];
  /** Messages per locale (`en` is required; the engine falls back to it). */
  messages: Record<string, MessageCatalog>;
  /** Words that negate a following trigger ("nie", "nicht", "не"). */
  negations?: string[];
  /** How many words before a trigger are searched for a negation (default 3). */
  negationWindow?: number;
  /** How many words after a trigger are searched for a negation (default 0; German: "heilt nicht"). */
  negationAfter?: number;
  /**
   * Words that open a new clause ("natomiast", "ale", "lecz"): a negation does not reach across
   * them. When set, the negation search is also scoped to the clause by punctuation: before a
   * trigger it stops at a semicolon or a spaced dash ("nie zmienia się, natomiast zmarszczki
   * znikają", "nie boli – efekt od razu"), after a trigger also at a comma, colon or bracket
   * ("efekt od razu – nie wolno przegapić"). Commas before a trigger stay open ("nie obiecujemy,
   * że będzie bezboleśnie"). Default: unset, the whole sentence within the window.
   */
  negationBreaks?: string[];
  /** Patterns that mark a sentence as citing a law, so quotations in it are skipped. */
  citations?: Pattern[];
  /** Patterns that show content is paid or sponsored (for `sponsoredOnly` rules). */
  sponsorship?: Pattern[];
  /** Extra views of the text: `'ru-translit'` also matches Latin transliteration of Russian. */
  transliterate?: 'ru';
  /**
   * Concept classes: named word lists that patterns reference as `@name` (see docs/patterns.md).
   * Members are single words or plain phrases of the pattern language (`efekt*`, `(na|do) zawsze`,
   * `bez bólu`), folded like the pack's literals.
   */
  classes?: Record<string, string[]>;
}

export interface RulePack extends Omit<PackDefinition, 'rules'> {
  rules: Rule[];
}

/** Filter for `listRules` and registry queries. */
export interface RuleFilter {
  jurisdiction?: Jurisdiction | Jurisdiction[];
  category?: Category | Category[];
  language?: string;
  product?: Product;
  severity?: Severity;
}

/** A detector plugged into the check (the `medad/detect` adapter provides one). */
export type LanguageDetector = (text: string) => DetectedLanguage;

export interface DetectedLanguage {
  /** ISO 639-1 code, or `'und'`. */
  code: string;
  confidence: number;
  /** Optional runs of the text by language. */
  segments?: Array<{ start: number; end: number; code: string }>;
  /**
   * Whether the guess is sure enough to choose the law alone. When absent, a confidence of 0.5
   * or more counts as sure. An unsure guess makes medad check the text against every pack of the
   * text's script (`report.routing.mode === 'fallback'`).
   */
  reliable?: boolean;
}

/** The locales medad ships messages in. */
export type MessageLocale = 'en' | 'pl' | 'de' | 'ru';
export const MESSAGE_LOCALES: readonly MessageLocale[] = ['en', 'pl', 'de', 'ru'];
/**
 * A message locale: a built-in one, or any locale a pack or the checker's `messages` has a
 * catalog for (`createChecker({ messages: { uk } , locale: 'uk' })`). Missing strings fall back to English.
 */
export type Locale = MessageLocale | (string & {});

export interface CheckOptions {
  /** Jurisdictions to apply, or `'auto'` (default): from the text's language. */
  jurisdictions?: Jurisdiction[] | 'auto';
  context?: CheckContext;
  /** Language of the messages, independent of the text. Default `en`. */
  locale?: Locale;
  /** Per-rule severity overrides. */
  rules?: Record<string, SeverityOverride>;
  /** The law in force on this date (YYYY-MM-DD). Default: today. */
  asOf?: string;
  /** A language detector to use for `'auto'` instead of the built-in one. */
  detect?: LanguageDetector;
}

export interface Suggestion {
  message: string;
  /**
   * A safe machine fix (what `medad check --fix` applies): text to put in place of `range`; an
   * empty range inserts (a missing warning at the end, a missing label at the start).
   */
  replacement?: string;
  range?: { start: number; end: number };
}

export interface Finding {
  ruleId: string;
  category: Category;
  jurisdiction: Jurisdiction;
  severity: Severity;
  /** UTF-16 indices into the text the caller passed; null for document-level findings. */
  range: { start: number; end: number } | null;
  /** 1-based line and column (UTF-16 units) of `range.start`; for document-level findings 1, 1. */
  line: number;
  column: number;
  /** `text.slice(range.start, range.end)`, or '' for document-level findings. */
  excerpt: string;
  message: string;
  /**
   * The message's key in the catalogs: with i18next and medad's resources,
   * `t(messageId + "." + messageVariant, messageData)` gives exactly `message`.
   */
  messageId: string;
  /**
   * The catalog entry the message came from: `message`, a variant such as `missing`, `outdated`
   * or `incomplete`, or a channel-specific one such as `missing_video`.
   */
  messageVariant: string;
  /** The interpolation data of the message (`match`, `channel`, and what the variant needs). */
  messageData: Record<string, string | number>;
  legalBasis: LegalBasis[];
  suggestions: Suggestion[];
}

export type SkipReason = 'off' | 'not-in-force' | 'product' | 'audience' | 'not-sponsored' | 'language';

/**
 * How the packs were chosen: `explicit` (the caller named the jurisdictions), `detected` (the
 * text's language named one pack), `segments` (a main language plus packs that read only their
 * own runs of a mixed post), `fallback` (the language was uncertain, so every pack for the text's
 * script read it) or `none` (no pack could read the text: it was NOT checked).
 */
export interface Routing {
  mode: 'explicit' | 'detected' | 'segments' | 'fallback' | 'none';
  /** Why, in English, for fallback, segments and none. */
  reason?: string;
}

export interface Report {
  language: { code: string; confidence: number } | null;
  jurisdictions: Jurisdiction[];
  /** How the packs were chosen; `mode: 'none'` means the text was not checked at all. */
  routing: Routing;
  findings: Finding[];
  skipped: Array<{ ruleId: string; reason: SkipReason }>;
}
