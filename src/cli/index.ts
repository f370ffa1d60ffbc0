#!/usr/bin/env node
/// <reference types="node" />
/**
 * `medad check [files...]` and `medad rules`: the CLI for people and CI pipelines.
 * Exit codes: 0 no error-severity finding, 1 at least one, 2 usage error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { detect } from '../adapters/detect/index.js';
import { ConfigError, loadConfig, resolveConfig } from '../config/index.js';
import { applyDirectives, type UnusedDirective } from '../core/directives.js';
import type { Registry } from '../core/registry.js';
import { applyFixes } from '../core/fix.js';
import { createChecker, listRules } from '../index.js';
import type { CheckContext, CheckOptions, Report, Severity, SeverityOverride } from '../core/types.js';
import { AUDIENCES, MESSAGE_LOCALES, PRODUCTS, SEVERITIES } from '../core/types.js';
import { collectFiles, FileSelectionError } from './files.js';
import { COLOURS, formatCompact, formatGithub, PLAIN, wantColour, type Paint } from './formats.js';
import { formatSarif, type CheckedFile } from './sarif.js';
import { closest } from './suggest.js';
import { VERSION } from './version.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

const HELP = `medad — flags legal risk in medical marketing copy (PL, DE, RU). Not legal advice.

Usage:
  medad check [files, directories or globs...]
      check files (stdin when none); directories are searched for .md/.txt/.html
      files; quote globs so every shell passes them through: "posts/**/*.md"
  medad rules [--jurisdiction X] [--format json]
      list the rules

Options for check:
  --jurisdiction PL|DE|RU|auto   law to apply (default: auto, from the text's language);
                                 repeat it or separate by commas for several: PL,DE
  --product ${PRODUCTS.join('|')}
  --audience ${AUDIENCES.join('|')}
  --channel NAME                 e.g. instagram, facebook, web, video
  --locale ${MESSAGE_LOCALES.join('|')}           language of the messages (default en)
  --format pretty|json|sarif|compact|github
                                 output format (default pretty; github: workflow annotations)
  -o, --output-file FILE         write the report to FILE instead of stdout
  --as-of YYYY-MM-DD             the law in force on that date
  --rule ID=off|info|warning|error
                                 switch a rule off or change its severity (repeatable)
  --quiet                        report errors only
  --max-warnings N               also exit 1 when there are more than N warnings
  --pack FILE.json               also apply a JSON rule pack (repeatable; see docs/custom-packs.md)
  --fix                          apply the safe machine fixes (mandatory warnings, labels,
                                 current wordings) to the files
  --fix-dry-run                  compute the fixes without writing (json shows the output)
  --report-unused-disable-directives
                                 report medad-disable comments that disabled nothing (as errors)
  --config FILE                  use this configuration instead of searching for one
  --no-config                    ignore medad.config.* and .medadrc.json
  --exit-zero                    exit 0 even when errors are found (for demos and reports)
  -v, --version                  print the version
  -h, --help                     this help

Configuration: medad.config.{js,mjs,json} or .medadrc.json, found from the working directory
up (packs, rules, jurisdictions, context, locale, ignores, format; schema/config.schema.json).
Disable comments: <!-- medad-disable-next-line pl/superlative -- reason -->, and
<!-- medad-disable [ids] --> … <!-- medad-enable [ids] -->, also as plain-text lines.

A file may start with front matter that sets its context:
  ---
  product: medical-device
  audience: public
  jurisdiction: PL
  ---
`;


interface FileInput {
  name: string;
  text: string;
  /** Offset of the body after front matter, so positions point into the file. */
  context: CheckContext;
  jurisdiction?: string;
}

/** Split `---` front matter (simple `key: value` lines) from the body, keeping offsets. */
export function parseFrontMatter(raw: string): { body: string; offset: number; fields: Record<string, string> } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  if (!m) return { body: raw, offset: 0, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^\s*([\w-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (kv) fields[kv[1]!] = kv[2]!;
  }
  return { body: raw.slice(m[0].length), offset: m[0].length, fields };
}

function pick<T extends string>(name: string, value: string | undefined, valid: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!valid.includes(value as T)) throw new UsageError(`Unknown ${name} "${value}". Valid values: ${valid.join(', ')}.`);
  return value as T;
}

function lineOf(text: string, pos: number): { line: string; col: number } {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const endNl = text.indexOf('\n', pos);
  return { line: text.slice(start, endNl < 0 ? text.length : endNl), col: pos - start };
}

function formatPretty(results: Array<{ file: FileInput; report: Report; unused?: UnusedDirective[] }>, paint: Paint = PLAIN): string {
  const SEV: Record<Severity, (s: string) => string> = { error: paint.red, warning: paint.yellow, info: paint.blue };
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const { file, report } of results) {
    lines.push(`\n${paint.bold(file.name)}  [${report.jurisdictions.join(', ') || 'no jurisdiction'}${report.language ? `, language ${report.language.code}` : ''}]`);
    if (report.routing.mode === 'none') {
      lines.push(`  NOT CHECKED: ${report.routing.reason ?? 'no rule pack could read this text'}`);
      continue;
    }
    if (report.routing.mode === 'fallback') lines.push(`  note: ${report.routing.reason}`);
    if (report.findings.length === 0 && !results.find((r) => r.file === file)?.unused?.length) lines.push('  no findings');
    for (const f of report.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      const where = f.range ? `${f.line}:${f.column}` : 'document';
      lines.push(`  ${where.padEnd(8)} ${SEV[f.severity](f.severity.padEnd(7))} ${f.message}  ${paint.dim(`(${f.ruleId})`)}`);
      if (f.range) {
        const { line, col } = lineOf(file.text, f.range.start);
        const width = Math.max(1, Math.min(f.range.end, f.range.start + line.length - col) - f.range.start);
        lines.push(`           │ ${line}`);
        lines.push(`           │ ${' '.repeat(col)}${'^'.repeat(width)}`);
      }
      for (const b of f.legalBasis) lines.push(paint.dim(`           § ${b.citation} (${b.kind}) ${b.url}`));
      for (const s of f.suggestions) {
        if (s.message) lines.push(`           → ${s.message}`);
        if (s.replacement !== undefined) lines.push(`           ${paint.bold('fix:')} ${JSON.stringify(s.replacement.trim())} (medad check --fix)`);
      }
    }
    for (const u of results.find((r) => r.file === file)?.unused ?? []) {
      errors++;
      lines.push(`  ${`${u.line}:${u.column}`.padEnd(8)} ${paint.red('error'.padEnd(7))} ${u.message}  ${paint.dim('(unused-disable-directive)')}`);
    }
  }
  lines.push(`\n${errors} error(s), ${warnings} warning(s), ${infos} info(s). medad flags legal risk; it is not legal advice.`);
  return lines.join('\n');
}

const PROGRESS_MIN_FILES = 20;

function summarize(results: Array<CheckedFile & { unused?: UnusedDirective[] }>): { files: number; errors: number; warnings: number; infos: number } {
  const all = results.flatMap((r) => r.report.findings);
  const unused = results.reduce((n, r) => n + (r.unused?.length ?? 0), 0);
  return {
    files: results.length,
    errors: all.filter((f) => f.severity === 'error').length + unused,
    warnings: all.filter((f) => f.severity === 'warning').length,
    infos: all.filter((f) => f.severity === 'info').length,
  };
}

/**
 * The built-in packs plus `--pack` files, validated by medad/schema (loaded only when needed). A
 * broken pack is a usage error listing every problem; a pack for a built-in jurisdiction adds its
 * rules to that pack but may not replace a built-in rule.
 */
async function withPackFiles(registry: Registry, files: string[]) {
  if (files.length === 0) return registry;
  const { parsePack } = await import('../adapters/schema/index.js');
  for (const file of files) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(`Cannot read rule pack ${file}.`);
    }
    let pack;
    try {
      pack = parsePack(raw, file);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const clash = pack.rules.find((r) => registry.getRule(r.id));
    if (clash) throw new UsageError(`Rule pack ${file}: rule id ${clash.id} is already defined.`);
    registry.register(pack, { override: registry.jurisdictions().includes(pack.jurisdiction) });
  }
  return registry;
}

/** `--jurisdiction PL --jurisdiction DE`, `--jurisdiction PL,DE` or `auto` (= undefined). */
function parseJurisdictions(values: string[] | undefined, known: readonly string[]): string[] | undefined {
  const all = (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim().toUpperCase()).filter(Boolean);
  if (all.length === 0 || (all.length === 1 && all[0] === 'AUTO')) return undefined;
  if (all.includes('AUTO')) throw new UsageError('--jurisdiction auto cannot be combined with named jurisdictions.');
  return [...new Set(all.map((j) => pick('jurisdiction', j, known)!))];
}

const OPTIONS = {
  jurisdiction: { type: 'string', multiple: true },
  product: { type: 'string' },
  audience: { type: 'string' },
  channel: { type: 'string' },
  locale: { type: 'string' },
  format: { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  'as-of': { type: 'string' },
  rule: { type: 'string', multiple: true },
  quiet: { type: 'boolean' },
  'exit-zero': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  pack: { type: 'string', multiple: true },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['pretty', 'json', 'sarif', 'compact', 'github'] as const;
/** Fix rounds per file: a fix can make another rule's fix possible (ESLint also stops at 10). */
const FIX_PASSES = 10;

/** `--rule pl/superlative=off`, repeatable, checked against the loaded rules. */
function parseRuleFlags(values: string[] | undefined, registry: Registry): Record<string, SeverityOverride> {
  const out: Record<string, SeverityOverride> = {};
  const levels = [...SEVERITIES, 'off'] as const;
  for (const v of values ?? []) {
    const m = /^\s*([^=\s]+)\s*[=:]\s*(\S+)\s*$/.exec(v);
    if (!m) throw new UsageError(`--rule needs ID=${levels.join('|')}, got "${v}".`);
    const [, id, level] = m as unknown as [string, string, string];
    if (!registry.getRule(id)) {
      const ids = registry.listRules().map((r) => r.id);
      const near = closest(id, ids);
      throw new UsageError(`--rule: unknown rule id "${id}".${near ? ` Did you mean "${near}"?` : ''} See "medad rules".`);
    }
    out[id] = pick(`severity for --rule ${id}`, level, levels)!;
  }
  return out;
}

/** An unknown flag: name the closest known one. */
function unknownFlag(err: Error): UsageError {
  const flag = /'(-{1,2}[^']+)'/.exec(err.message)?.[1];
  if (!flag) return new UsageError(err.message);
  const names = Object.keys(OPTIONS).map((k) => `--${k}`);
  const near = closest(flag.replace(/=.*$/, ''), names);
  return new UsageError(`Unknown option ${flag}.${near ? ` Did you mean ${near}?` : ''}`);
}

/** Run the CLI. Returns the exit code; writes to the given streams. */
export async function main(
  argv: string[],
  io: {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
    stdin: () => Promise<string>;
    /** A one-line status updater (set by the binary only when stderr is a terminal). */
    progress?: (line: string) => void;
    /** Colour the pretty format (set by the binary for a terminal without NO_COLOR). */
    colour?: boolean;
    /** Where to look for the configuration and what file names are relative to (default: the process's). */
    cwd?: string;
  },
): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw unknownFlag(err as Error);
      throw err;
    }
    const { values, positionals } = parsed;
    const [command, ...rest] = positionals;
    if (values.version) {
      io.stdout(VERSION);
      return 0;
    }
    if (values.help || command === undefined || command === 'help') {
      io.stdout(HELP);
      return command === undefined && !values.help ? 2 : 0;
    }
    const cwd = io.cwd ?? process.cwd();
    const config = values['no-config']
      ? await resolveConfig({}, undefined, cwd)
      : await loadConfig({ cwd, ...(values.config ? { file: values.config } : {}) });
    const format = pick('format', values.format, FORMATS) ?? config.config.format ?? 'pretty';
    const registry = await withPackFiles(config.registry, values.pack ?? []);
    const ruleFlags = parseRuleFlags(values.rule, registry);
    const checker = createChecker({ ...config.checkerOptions, packs: registry, detect });
    const jurisdictions = checker.registry.jurisdictions();
    const emit = (out: string) => {
      if (values['output-file']) writeFileSync(resolve(cwd, values['output-file']), `${out}\n`);
      else io.stdout(out);
    };
    if (command === 'rules') {
      const js = parseJurisdictions(values.jurisdiction, jurisdictions);
      const rules = listRules().filter((r) => !js || js.includes(r.jurisdiction));
      if (format === 'json') emit(JSON.stringify(rules.map(({ test: _t, ...r }) => r), null, 2));
      else emit(rules.map((r) => `${r.id.padEnd(44)} ${r.category.padEnd(36)} ${r.severity.padEnd(8)} ${r.legalBasis[0]?.citation ?? ''}`).join('\n'));
      return 0;
    }
    if (command !== 'check') {
      const near = closest(command, ['check', 'rules']);
      throw new UsageError(`Unknown command "${command}".${near ? ` Did you mean "${near}"?` : ''} Commands: check, rules.`);
    }

    const jurisdiction = parseJurisdictions(values.jurisdiction, jurisdictions);
    const baseContext: CheckContext = { ...config.checkerOptions.context };
    const product = pick('product', values.product, PRODUCTS);
    const audience = pick('audience', values.audience, AUDIENCES);
    if (product) baseContext.product = product;
    if (audience) baseContext.audience = audience;
    if (values.channel) baseContext.channel = values.channel;
    const locale = values.locale === undefined ? undefined : pick('locale', values.locale, [...new Set([...MESSAGE_LOCALES, ...Object.keys(config.checkerOptions.messages ?? {})])]);
    const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
    if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0 && /^\d+$/.test(values['max-warnings']!))) {
      throw new UsageError(`--max-warnings needs a whole number of warnings (0 or more), got "${values['max-warnings']}".`);
    }

    const inputs: Array<FileInput & { path?: string; raw: string; bodyOffset: number }> = [];
    const toInput = (name: string, raw: string, path?: string) => {
      const fm = parseFrontMatter(raw);
      const ctx: CheckContext = { ...baseContext };
      const p = pick(`product in ${name}`, fm.fields.product, PRODUCTS);
      const a = pick(`audience in ${name}`, fm.fields.audience, AUDIENCES);
      if (p && !product) ctx.product = p;
      if (a && !audience) ctx.audience = a;
      if (fm.fields.channel && !values.channel) ctx.channel = fm.fields.channel;
      if (fm.fields.assets) ctx.assets = [{ kind: 'image', tags: fm.fields.assets.split(/[,\s]+/).filter(Boolean) }];
      const j = fm.fields.jurisdiction ? pick(`jurisdiction in ${name}`, fm.fields.jurisdiction.toUpperCase(), jurisdictions) : undefined;
      // Positions are reported in the body; front matter is replaced by blank lines to keep line numbers.
      const blank = raw.slice(0, fm.offset).replace(/[^\n]/g, ' ');
      return { name, text: blank + fm.body, context: ctx, raw, bodyOffset: fm.offset, ...(path ? { path } : {}), ...(j ? { jurisdiction: j } : {}) };
    };
    if (rest.length === 0) inputs.push(toInput('<stdin>', await io.stdin()));
    else {
      for (const f of collectFiles(io.cwd ? rest.map((r) => resolve(io.cwd!, r)) : rest)) {
        // The configuration's `ignores`, like ESLint's: named or found, an ignored file is skipped.
        if (config.isIgnored(f)) continue;
        inputs.push(toInput(relative(cwd, f) || f, readFileSync(f, 'utf8'), f));
      }
    }

    const fixing = values.fix || values['fix-dry-run'];
    const checkOne = (file: FileInput): { report: Report; unused: UnusedDirective[] } => {
      const opts: CheckOptions = { context: file.context, rules: { ...config.checkerOptions.rules, ...ruleFlags } };
      const j = jurisdiction ?? (file.jurisdiction ? [file.jurisdiction] : undefined);
      if (j) opts.jurisdictions = j;
      if (locale) opts.locale = locale;
      if (values['as-of']) opts.asOf = values['as-of'];
      const report = checker.check(file.text, opts);
      const d = applyDirectives(file.text, report.findings);
      let findings = d.findings;
      if (values.quiet) findings = findings.filter((f) => f.severity === 'error');
      return { report: { ...report, findings }, unused: values['report-unused-disable-directives'] ? d.unused : [] };
    };
    // Progress only for long runs on a terminal: logs and pipes get clean output.
    const showProgress = io.progress && inputs.length >= PROGRESS_MIN_FILES ? io.progress : undefined;
    let fixedCount = 0;
    const results = inputs.map((file, i) => {
      showProgress?.(`medad: checking ${i + 1}/${inputs.length} ${file.name}`);
      let r = checkOne(file);
      let output: string | undefined;
      if (fixing) {
        let text = file.text;
        for (let pass = 0; pass < FIX_PASSES; pass++) {
          const { output: next, fixed } = applyFixes(text, r.report.findings);
          if (fixed.length === 0 || next === text) break;
          fixedCount += fixed.length;
          text = next;
          r = checkOne({ ...file, text });
        }
        if (text !== file.text) {
          // The front matter was blanked for checking: put it back in front of the fixed body.
          output = file.raw.slice(0, file.bodyOffset) + text.slice(file.bodyOffset);
          if (values.fix && file.path) writeFileSync(file.path, output);
        }
      }
      return { file: output !== undefined ? { ...file, text: output } : file, report: r.report, unused: r.unused, ...(output !== undefined ? { output } : {}) };
    });
    showProgress?.('');
    if (format === 'json') {
      emit(
        JSON.stringify(
          {
            version: 1,
            files: results.map(({ file, report, unused, output }) => ({
              file: file.name,
              ...report,
              ...(unused.length ? { unusedDisableDirectives: unused.map(({ directive: _d, ...u }) => u) } : {}),
              ...(output !== undefined ? { output } : {}),
            })),
            summary: summarize(results),
          },
          null,
          2,
        ),
      );
    } else if (format === 'sarif') emit(formatSarif(results, registry.listRules()));
    else if (format === 'compact') emit(formatCompact(results.map((r) => ({ name: r.file.name, findings: r.report.findings, unused: r.unused }))));
    else if (format === 'github') emit(formatGithub(results.map((r) => ({ name: r.file.name, findings: r.report.findings, unused: r.unused }))));
    else emit(formatPretty(results, io.colour && !values['output-file'] ? COLOURS : PLAIN));
    if (fixing && fixedCount > 0) io.stderr(`medad: ${values.fix ? 'applied' : 'would apply'} ${fixedCount} fix(es) in ${results.filter((r) => r.output !== undefined).length} file(s).`);
    // A file no pack could read was not checked: that is never a pass, not even with --exit-zero.
    const unchecked = results.filter((r) => r.report.routing.mode === 'none');
    if (unchecked.length > 0) {
      io.stderr(`medad: ${unchecked.length} input(s) not checked (no rule pack reads their language or script): ${unchecked.map((r) => r.file.name).join(', ')}. Name the law with --jurisdiction to check them anyway.`);
      return 2;
    }
    if (values['exit-zero']) return 0;
    const { errors, warnings } = summarize(results);
    if (maxWarnings !== undefined && warnings > maxWarnings) {
      io.stderr(`medad: ${warnings} warning(s), more than --max-warnings ${maxWarnings}.`);
      return 1;
    }
    return errors > 0 ? 1 : 0;
  } catch (err) {
    const e = err as Error;
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof FileSelectionError || e instanceof RangeError || e instanceof TypeError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`medad: ${e.message}\nRun "medad --help" for usage.`);
      return 2;
    }
    throw err;
  }
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const isMain = (() => {
  try {
    return process.argv[1] !== undefined && /[\\/](cli\.(c?js|ts)|medad)$/.test(process.argv[1]) || process.argv[1]?.endsWith('cli/index.ts');
  } catch {
    return false;
  }
})();

if (isMain) {
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(`${s}\n`),
    stderr: (s) => process.stderr.write(`${s}\n`),
    stdin: readStdin,
    ...(process.stderr.isTTY ? { progress: (line: string) => process.stderr.write(`\r\x1b[K${line}`) } : {}),
    colour: wantColour(process.env, process.stdout.isTTY === true),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`medad: internal error: ${(err as Error).stack ?? err}\n`);
      process.exitCode = 3;
    },
  );
}
