#!/usr/bin/env node
/// <reference types="node" />
/**
 * `medad check [files...]` and `medad rules`: the CLI for people and CI pipelines. This file parses
 * the command line and runs the pieces, one module per concern: files.ts + glob.ts (which files),
 * read.ts (bytes, capped), decode.ts (text), front-matter.ts (context), ../adapters/markup (prose
 * and source map), document.ts (mapping findings back), pretty.ts / sarif.ts (output),
 * errors.ts (exit codes, documented in docs/cli.md).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { detect } from '../adapters/detect/index.js';
import type { Markup } from '../adapters/markup/index.js';
import { createBuiltinRegistry, createChecker, listRules } from '../index.js';
import type { CheckContext, CheckOptions, Report } from '../core/types.js';
import { AUDIENCES, MESSAGE_LOCALES, PRODUCTS } from '../core/types.js';
import { decodeBytes, ENCODINGS, type Encoding } from './decode.js';
import { mapReport, readDocument, type Document } from './document.js';
import { EXIT, InputError, UsageError, type InputProblem } from './errors.js';
import { collectFiles } from './files.js';
import { formatPretty } from './pretty.js';
import { DEFAULT_MAX_BYTES, parseByteSize, readFileCapped, readStreamCapped } from './read.js';
import { sanitizeName, sanitizeText } from './sanitize.js';
import { formatSarif } from './sarif.js';
import { summarize } from './summary.js';

export { UsageError } from './errors.js';

const MARKUPS = ['auto', 'markdown', 'html', 'text'] as const;

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
  --format pretty|json|sarif     output format (default pretty)
  --as-of YYYY-MM-DD             the law in force on that date
  --max-warnings N               also exit 1 when there are more than N warnings
  --pack FILE.json               also apply a JSON rule pack (repeatable; see docs/custom-packs.md)
  --encoding NAME                encoding of inputs without a byte-order mark (default utf-8):
                                 ${ENCODINGS.join(', ')}
  --markup auto|markdown|html|text  how to read inputs (default auto: by file extension;
                                 stdin is text)
  --max-bytes N[K|M]             refuse inputs larger than this (default ${DEFAULT_MAX_BYTES / 1024 / 1024}M)
  --exit-zero                    exit 0 even when errors are found (for demos and reports)
  -h, --help                     this help

A file may start with YAML front matter that sets its context:
  ---
  product: medical-device
  audience: public
  jurisdiction: PL
  assets:
    - kind: image
      tags: [before-after]
  ---

Exit codes: 0 no error finding, 1 error findings (or too many warnings), 2 usage error or
input not checked, 3 internal error, 4 some inputs unreadable (the others were checked).
`;

function pick<T extends string>(name: string, value: string | undefined, valid: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!valid.includes(value as T)) throw new UsageError(`Unknown ${name} "${value}". Valid values: ${valid.join(', ')}.`);
  return value as T;
}

/** A real calendar date: the core would reject it too, but its error is not the user's to read. */
function parseAsOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.getUTCMonth() + 1 !== Number(m![2]) || d.getUTCDate() !== Number(m![3])) {
    throw new UsageError(`--as-of needs a calendar date as YYYY-MM-DD, got "${value}".`);
  }
  return value;
}

/**
 * The built-in packs plus `--pack` files, validated by medad/schema (loaded only when needed). A
 * broken pack is a usage error listing every problem; a pack for a built-in jurisdiction adds its
 * rules to that pack but may not replace a built-in rule.
 */
async function withPackFiles(files: string[], maxBytes: number) {
  const registry = createBuiltinRegistry();
  if (files.length === 0) return registry;
  const { parsePack } = await import('../adapters/schema/index.js');
  for (const file of files) {
    let data: unknown;
    try {
      // Decoded like any input (a UTF-8 BOM is fine), capped, and parsed here so that a file that
      // is not JSON (say, a secrets file passed by mistake) is never echoed back in the error.
      const text = decodeBytes(readFileCapped(file, file, maxBytes), file);
      try {
        data = JSON.parse(text);
      } catch (err) {
        const at = /position (\d+)/.exec((err as Error).message)?.[1];
        throw new UsageError(`Rule pack ${file}: not valid JSON${at ? ` (at character ${at})` : ''}.`);
      }
    } catch (err) {
      if (err instanceof InputError) throw new UsageError(`Cannot read rule pack ${err.message}`);
      throw err;
    }
    let pack;
    try {
      pack = parsePack(data, file);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const clash = pack.rules.find((r) => registry.getRule(r.id));
    if (clash) throw new UsageError(`Rule pack ${file}: rule id ${clash.id} is already defined.`);
    try {
      registry.register(pack, { override: registry.jurisdictions().includes(pack.jurisdiction) });
    } catch (err) {
      // The registry's checks of a pack (shape, duplicate ids) are about the user's file.
      throw new UsageError(`Rule pack ${file}: ${(err as Error).message}`);
    }
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

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input, read up to `maxBytes` (throwing InputError beyond it). */
  stdin: (maxBytes: number) => Promise<Uint8Array | string>;
  /** A one-line status updater (set by the binary only when stderr is a terminal). */
  progress?: (line: string) => void;
}

/** How an input is named in output: relative to the working directory when it lies below it. */
function displayName(name: string): string {
  if (!isAbsolute(name)) return name;
  const rel = relative(process.cwd(), name);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : name;
}

const PROGRESS_MIN_FILES = 20;

/** Run the CLI. Returns the exit code; writes to the given streams. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    const e = err as Error & { code?: string };
    if (e instanceof UsageError || e.code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`medad: ${sanitizeText(e.message)}\nRun "medad --help" for usage.`);
      return EXIT.usage;
    }
    // Anything else is medad's fault, a RangeError or TypeError from the core included: say so.
    io.stderr(`medad: internal error: ${e?.stack ?? String(err)}\nThis is a bug in medad; please report it with the command that caused it.`);
    return EXIT.internal;
  }
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      jurisdiction: { type: 'string', multiple: true },
      product: { type: 'string' },
      audience: { type: 'string' },
      channel: { type: 'string' },
      locale: { type: 'string' },
      format: { type: 'string' },
      'as-of': { type: 'string' },
      'exit-zero': { type: 'boolean' },
      'max-warnings': { type: 'string' },
      'max-bytes': { type: 'string' },
      encoding: { type: 'string' },
      markup: { type: 'string' },
      pack: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout(HELP);
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  const format = pick('format', values.format, ['pretty', 'json', 'sarif'] as const) ?? 'pretty';
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(values['max-bytes']);
  if (maxBytes === undefined) throw new UsageError(`--max-bytes needs a whole number of bytes, optionally with K or M (e.g. 500K), got "${values['max-bytes']}".`);
  const checker = createChecker({ packs: await withPackFiles(values.pack ?? [], maxBytes), detect });
  const jurisdictions = checker.registry.jurisdictions();
  if (command === 'rules') {
    const js = parseJurisdictions(values.jurisdiction, jurisdictions);
    const rules = listRules().filter((r) => !js || js.includes(r.jurisdiction));
    if (format === 'json') io.stdout(JSON.stringify(rules.map(({ test: _t, ...r }) => r), null, 2));
    else for (const r of rules) io.stdout(`${r.id.padEnd(44)} ${r.category.padEnd(36)} ${r.severity.padEnd(8)} ${r.legalBasis[0]?.citation ?? ''}`);
    return EXIT.ok;
  }
  if (command !== 'check') throw new UsageError(`Unknown command "${command}". Commands: check, rules.`);

  const jurisdiction = parseJurisdictions(values.jurisdiction, jurisdictions);
  const baseContext: CheckContext = {};
  const product = pick('product', values.product, PRODUCTS);
  const audience = pick('audience', values.audience, AUDIENCES);
  if (product) baseContext.product = product;
  if (audience) baseContext.audience = audience;
  if (values.channel) baseContext.channel = values.channel;
  const locale = pick('locale', values.locale, MESSAGE_LOCALES);
  const asOf = parseAsOf(values['as-of']);
  const encoding = pick('encoding', values.encoding?.toLowerCase(), ENCODINGS) as Encoding | undefined;
  const markupOption = pick('markup', values.markup, MARKUPS);
  const markup: Markup | undefined = markupOption === 'auto' ? undefined : markupOption;
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0 && /^\d+$/.test(values['max-warnings']!))) {
    throw new UsageError(`--max-warnings needs a whole number of warnings (0 or more), got "${values['max-warnings']}".`);
  }

  // Each input is read, checked and mapped back before the next is read, so only its text and
  // report stay in memory; a problem with one input is reported and the others go on.
  const problems: InputProblem[] = [];
  const results: Array<{ file: { name: string; text: string }; report: Report }> = [];
  const checkOne = async (name: string, bytes: () => Uint8Array | string | Promise<Uint8Array | string>, markupFor?: Markup) => {
    let doc: Document;
    try {
      doc = readDocument(name, await bytes(), { ...(encoding ? { encoding } : {}), ...(markupFor ? { markup: markupFor } : {}), jurisdictions });
    } catch (err) {
      if (err instanceof InputError) problems.push({ file: name, kind: 'unreadable', message: err.message });
      else if (err instanceof UsageError) problems.push({ file: name, kind: 'usage', message: err.message });
      else throw err;
      return;
    }
    const opts: CheckOptions = { context: { ...doc.context, ...baseContext } };
    const j = jurisdiction ?? doc.jurisdictions;
    if (j) opts.jurisdictions = j;
    if (locale) opts.locale = locale;
    if (asOf) opts.asOf = asOf;
    results.push({ file: { name: doc.name, text: doc.text }, report: mapReport(doc, checker.check(doc.map.text, opts)) });
  };
  // Progress only for long runs on a terminal: logs and pipes get clean output.
  let showProgress: ((line: string) => void) | undefined;
  if (rest.length === 0) await checkOne('<stdin>', () => io.stdin(maxBytes), markup ?? 'text');
  else {
    const selection = collectFiles(rest);
    problems.push(...selection.problems);
    showProgress = io.progress && selection.files.length >= PROGRESS_MIN_FILES ? io.progress : undefined;
    for (const [i, f] of selection.files.entries()) {
      const name = displayName(f.name);
      showProgress?.(`medad: checking ${i + 1}/${selection.files.length} ${sanitizeName(name)}`);
      await checkOne(name, () => readFileCapped(f.path, name, maxBytes), markup);
    }
  }
  showProgress?.('');
  const summary = summarize(results.map((r) => r.report));
  if (format === 'json') {
    io.stdout(
      JSON.stringify(
        {
          version: 1,
          files: results.map(({ file, report }) => ({ file: file.name, ...report })),
          summary,
          inputErrors: problems,
        },
        null,
        2,
      ),
    );
  } else if (format === 'sarif') io.stdout(formatSarif(results, listRules(), problems));
  else io.stdout(formatPretty(results.map(({ file, report }) => ({ name: file.name, text: file.text, report })), summary));

  for (const p of problems) io.stderr(`medad: ${sanitizeText(p.message)}`);
  // A file no pack could read was not checked: that is never a pass, not even with --exit-zero.
  const unchecked = results.filter((r) => r.report.routing.mode === 'none');
  if (unchecked.length > 0) {
    io.stderr(`medad: ${unchecked.length} input(s) not checked (no rule pack reads their language or script): ${unchecked.map((r) => sanitizeName(r.file.name)).join(', ')}. Name the law with --jurisdiction to check them anyway.`);
  }
  if (unchecked.length > 0 || problems.some((p) => p.kind === 'usage')) return EXIT.usage;
  if (problems.length > 0) {
    io.stderr(`medad: ${problems.length} input(s) could not be read; the other ${results.length} were checked.`);
    return EXIT.unreadable;
  }
  if (values['exit-zero']) return EXIT.ok;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    io.stderr(`medad: ${summary.warnings} warning(s), more than --max-warnings ${maxWarnings}.`);
    return EXIT.findings;
  }
  return summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

/** Standard input, capped: a FIFO or an endless producer stops at the cap with an error. */
function readStdin(maxBytes: number): Promise<Uint8Array | string> {
  // Nothing piped in: waiting for a terminal user to type a post is never what they meant.
  if (process.stdin.isTTY) return Promise.reject(new UsageError('No input: name files, directories or globs, or pipe a post into "medad check".'));
  return readStreamCapped(process.stdin, '<stdin>', maxBytes);
}

const isMain = (() => {
  try {
    return process.argv[1] !== undefined && /[\\/](cli\.(c?js|ts)|medad)$/.test(process.argv[1]) || process.argv[1]?.endsWith('cli/index.ts');
  } catch {
    return false;
  }
})();

if (isMain) {
  // `medad rules | head -1`: the reader went away; that is a normal end, not a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
      throw err;
    });
  }
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
      process.exitCode = EXIT.internal;
    },
  );
}
