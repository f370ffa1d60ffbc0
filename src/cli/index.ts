#!/usr/bin/env node
/// <reference types="node" />
/**
 * `medad check [files...]` and `medad rules`: the CLI for people and CI pipelines.
 * Exit codes: 0 no error-severity finding, 1 at least one, 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { detect } from '../adapters/detect/index.js';
import { createBuiltinRegistry, createChecker, listRules } from '../index.js';
import type { CheckContext, CheckOptions, Report } from '../core/types.js';
import { AUDIENCES, MESSAGE_LOCALES, PRODUCTS } from '../core/types.js';
import { collectFiles, FileSelectionError } from './files.js';
import { formatSarif, type CheckedFile } from './sarif.js';

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
  --jurisdiction PL|DE|RU|auto   law to apply (default: auto, from the text's language)
  --product ${PRODUCTS.join('|')}
  --audience ${AUDIENCES.join('|')}
  --channel NAME                 e.g. instagram, facebook, web, video
  --locale ${MESSAGE_LOCALES.join('|')}           language of the messages (default en)
  --format pretty|json|sarif     output format (default pretty)
  --as-of YYYY-MM-DD             the law in force on that date
  --max-warnings N               also exit 1 when there are more than N warnings
  --pack FILE.json               also apply a JSON rule pack (repeatable; see docs/custom-packs.md)
  --exit-zero                    exit 0 even when errors are found (for demos and reports)
  -h, --help                     this help

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

function formatPretty(results: Array<{ file: FileInput; report: Report }>): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const { file, report } of results) {
    lines.push(`\n${file.name}  [${report.jurisdictions.join(', ') || 'no jurisdiction'}${report.language ? `, language ${report.language.code}` : ''}]`);
    if (report.findings.length === 0) lines.push('  no findings');
    for (const f of report.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      const where = f.range ? `${f.line}:${f.column}` : 'document';
      lines.push(`  ${where.padEnd(8)} ${f.severity.padEnd(7)} ${f.message}  (${f.ruleId})`);
      if (f.range) {
        const { line, col } = lineOf(file.text, f.range.start);
        const width = Math.max(1, Math.min(f.range.end, f.range.start + line.length - col) - f.range.start);
        lines.push(`           │ ${line}`);
        lines.push(`           │ ${' '.repeat(col)}${'^'.repeat(width)}`);
      }
      for (const b of f.legalBasis) lines.push(`           § ${b.citation} (${b.kind}) ${b.url}`);
      for (const s of f.suggestions) if (s.message) lines.push(`           → ${s.message}`);
    }
  }
  lines.push(`\n${errors} error(s), ${warnings} warning(s), ${infos} info(s). medad flags legal risk; it is not legal advice.`);
  return lines.join('\n');
}

const PROGRESS_MIN_FILES = 20;

function summarize(results: CheckedFile[]): { files: number; errors: number; warnings: number; infos: number } {
  const all = results.flatMap((r) => r.report.findings);
  return {
    files: results.length,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    infos: all.filter((f) => f.severity === 'info').length,
  };
}

/**
 * The built-in packs plus `--pack` files, validated by medad/schema (loaded only when needed). A
 * broken pack is a usage error listing every problem; a pack for a built-in jurisdiction adds its
 * rules to that pack but may not replace a built-in rule.
 */
async function withPackFiles(files: string[]) {
  const registry = createBuiltinRegistry();
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

/** Run the CLI. Returns the exit code; writes to the given streams. */
export async function main(
  argv: string[],
  io: {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
    stdin: () => Promise<string>;
    /** A one-line status updater (set by the binary only when stderr is a terminal). */
    progress?: (line: string) => void;
  },
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        jurisdiction: { type: 'string' },
        product: { type: 'string' },
        audience: { type: 'string' },
        channel: { type: 'string' },
        locale: { type: 'string' },
        format: { type: 'string' },
        'as-of': { type: 'string' },
        'exit-zero': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        pack: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(HELP);
      return command === undefined && !values.help ? 2 : 0;
    }
    const format = pick('format', values.format, ['pretty', 'json', 'sarif'] as const) ?? 'pretty';
    // Without --pack the built-in packs compile on first use, only those the files need.
    const checker = createChecker(values.pack?.length ? { packs: await withPackFiles(values.pack), detect } : { detect });
    const jurisdictions = checker.registry.jurisdictions();
    if (command === 'rules') {
      const j = values.jurisdiction === undefined ? undefined : pick('jurisdiction', values.jurisdiction.toUpperCase(), jurisdictions);
      const rules = listRules(j ? { jurisdiction: j } : undefined);
      if (format === 'json') io.stdout(JSON.stringify(rules.map(({ test: _t, ...r }) => r), null, 2));
      else for (const r of rules) io.stdout(`${r.id.padEnd(44)} ${r.category.padEnd(36)} ${r.severity.padEnd(8)} ${r.legalBasis[0]?.citation ?? ''}`);
      return 0;
    }
    if (command !== 'check') throw new UsageError(`Unknown command "${command}". Commands: check, rules.`);

    const jurisdiction =
      values.jurisdiction === undefined || values.jurisdiction === 'auto'
        ? undefined
        : pick('jurisdiction', values.jurisdiction.toUpperCase(), jurisdictions);
    const baseContext: CheckContext = {};
    const product = pick('product', values.product, PRODUCTS);
    const audience = pick('audience', values.audience, AUDIENCES);
    if (product) baseContext.product = product;
    if (audience) baseContext.audience = audience;
    if (values.channel) baseContext.channel = values.channel;
    const locale = pick('locale', values.locale, MESSAGE_LOCALES);
    const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
    if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0 && /^\d+$/.test(values['max-warnings']!))) {
      throw new UsageError(`--max-warnings needs a whole number of warnings (0 or more), got "${values['max-warnings']}".`);
    }

    const inputs: FileInput[] = [];
    const toInput = (name: string, raw: string): FileInput => {
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
      return { name, text: blank + fm.body, context: ctx, ...(j ? { jurisdiction: j } : {}) };
    };
    if (rest.length === 0) inputs.push(toInput('<stdin>', await io.stdin()));
    else for (const f of collectFiles(rest)) inputs.push(toInput(relative(process.cwd(), f) || f, readFileSync(f, 'utf8')));

    // Progress only for long runs on a terminal: logs and pipes get clean output.
    const showProgress = io.progress && inputs.length >= PROGRESS_MIN_FILES ? io.progress : undefined;
    const batch: CheckOptions = {};
    if (locale) batch.locale = locale;
    if (values['as-of']) batch.asOf = values['as-of'];
    const reports = checker.checkMany(
      inputs.map((file) => {
        const j = jurisdiction ?? file.jurisdiction;
        return { text: file.text, options: { context: file.context, ...(j ? { jurisdictions: [j] } : {}) } };
      }),
      {
        ...batch,
        ...(showProgress ? { onProgress: (done: number) => showProgress(`medad: checking ${done}/${inputs.length} ${inputs[done - 1]!.name}`) } : {}),
      },
    );
    const results = inputs.map((file, i) => ({ file, report: reports[i]! }));
    showProgress?.('');
    if (format === 'json') {
      io.stdout(JSON.stringify({ version: 1, files: results.map(({ file, report }) => ({ file: file.name, ...report })), summary: summarize(results) }, null, 2));
    } else if (format === 'sarif') io.stdout(formatSarif(results, listRules()));
    else io.stdout(formatPretty(results));
    if (values['exit-zero']) return 0;
    const { errors, warnings } = summarize(results);
    if (maxWarnings !== undefined && warnings > maxWarnings) {
      io.stderr(`medad: ${warnings} warning(s), more than --max-warnings ${maxWarnings}.`);
      return 1;
    }
    return errors > 0 ? 1 : 0;
  } catch (err) {
    const e = err as Error;
    if (e instanceof UsageError || e instanceof FileSelectionError || e instanceof RangeError || e instanceof TypeError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
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
