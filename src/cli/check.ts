/**
 * The CLI's commands, `check` and `rules`: everything a run needs beyond its arguments (the
 * configuration, the checker, the readers and the output). index.ts loads this module once it
 * knows a command is to run, so `--version` and `--help` do not load the engine and the packs.
 */
import { writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parentPort } from 'node:worker_threads';
import { detect } from '../adapters/detect/index.js';
import type { Markup } from '../adapters/markup/index.js';
import { loadConfig, resolveConfig } from '../config/index.js';
import { applyDirectives, type UnusedDirective } from '../core/directives.js';
import { applyFixes } from '../core/fix.js';
import type { Registry } from '../core/registry.js';
import { createChecker } from '../index.js';
import type { CheckContext, CheckOptions, Report, SeverityOverride } from '../core/types.js';
import { AUDIENCES, MESSAGE_LOCALES, PRODUCTS, SEVERITIES } from '../core/types.js';
import { decodeBytes, ENCODINGS, type Encoding } from './decode.js';
import { mapReport, readDocument, type Document } from './document.js';
import { InputError, UsageError, EXIT, type InputProblem } from './errors.js';
import { collectFiles } from './files.js';
import { COLOURS, PLAIN } from './formats.js';
import type { CliIO } from './index.js';
import { OPTIONS } from './options.js';
import { filePart, lineSink, reportFile, reportWriter, type FilePart } from './output.js';
import { parseConcurrency, runInWorkers, workerCount, type WorkerReply } from './pool.js';
import { DEFAULT_MAX_BYTES, parseByteSize, readFileCapped } from './read.js';
import { sanitizeName, sanitizeText } from './sanitize.js';
import { closest } from './suggest.js';
import { addTo, tally, type Summary } from './summary.js';

export { ConfigError } from '../config/index.js';

const MARKUPS = ['auto', 'markdown', 'html', 'text'] as const;

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
async function withPackFiles(registry: Registry, files: string[], maxBytes: number) {
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

/** How an input is named in output: relative to the working directory when it lies below it. */
function displayName(name: string, cwd = process.cwd()): string {
  if (!isAbsolute(name)) return name;
  const rel = relative(cwd, name);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : name;
}

const PROGRESS_MIN_FILES = 20;

const FORMATS = ['pretty', 'json', 'sarif', 'compact', 'github'] as const;
/** Fix rounds per file: a fix can make another rule's fix possible (ESLint also stops at 10). */
const FIX_PASSES = 10;

/** `--rule pl/superlative=off`, repeatable, checked against the loaded rules. */
function parseRuleFlags(values: string[] | undefined, registry: Registry): Record<string, SeverityOverride> {
  const out: Record<string, SeverityOverride> = {};
  const levels = [...SEVERITIES, 'off'] as const;
  for (const v of values ?? []) {
    const m = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(v);
    if (!m) throw new UsageError(`--rule needs ID=${levels.join('|')}, got "${v}".`);
    const id = m[1]!;
    if (!registry.getRule(id)) {
      const near = closest(id, registry.listRules().map((r) => r.id));
      throw new UsageError(`--rule: unknown rule id "${id}".${near ? ` Did you mean "${near}"?` : ''} See "medad rules".`);
    }
    out[id] = pick(`severity for --rule ${id}`, m[2], levels)!;
  }
  return out;
}

/** An unknown flag: name the closest known one. */
function unknownFlag(err: Error): UsageError {
  const flag = /'(-{1,2}[^']+)'/.exec(err.message)?.[1];
  if (!flag) return new UsageError(err.message);
  const near = closest(flag.replace(/=.*$/, ''), Object.keys(OPTIONS).map((k) => `--${k}`));
  return new UsageError(`Unknown option ${flag}.${near ? ` Did you mean ${near}?` : ''}`);
}

/** What a check run needs, made from the arguments and the configuration (in a worker too). */
async function prepare(argv: string[], io: Pick<CliIO, 'cwd' | 'colour'>) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw unknownFlag(err as Error);
    throw err;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  // index.ts has answered --version, --help and a missing command.
  if (command === undefined) throw new Error('prepare: no command');
  const cwd = io.cwd ?? process.cwd();
  // The project's configuration (found from the working directory up); flags win over it.
  const config = values['no-config'] ? await resolveConfig({}, undefined, cwd) : await loadConfig({ cwd, ...(values.config ? { file: values.config } : {}) });
  const format = pick('format', values.format, FORMATS) ?? config.config.format ?? 'pretty';
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(values['max-bytes']);
  if (maxBytes === undefined) throw new UsageError(`--max-bytes needs a whole number of bytes, optionally with K or M (e.g. 500K), got "${values['max-bytes']}".`);
  const registry = await withPackFiles(config.registry, values.pack ?? [], maxBytes);
  const ruleFlags = parseRuleFlags(values.rule, registry);
  const checker = createChecker({ ...config.checkerOptions, packs: registry, detect });
  const jurisdictions = checker.registry.jurisdictions();
  const setup = { values, command, rest, cwd, config, format, maxBytes, registry, checker, jurisdictions };
  if (command !== 'check') return setup;

  const jurisdiction = parseJurisdictions(values.jurisdiction, jurisdictions);
  const baseContext: CheckContext = {};
  const product = pick('product', values.product, PRODUCTS);
  const audience = pick('audience', values.audience, AUDIENCES);
  if (product) baseContext.product = product;
  if (audience) baseContext.audience = audience;
  if (values.channel) baseContext.channel = values.channel;
  const locale = pick('locale', values.locale, [...new Set([...MESSAGE_LOCALES, ...Object.keys(config.checkerOptions.messages ?? {})])]);
  const asOf = parseAsOf(values['as-of']);
  const encoding = pick('encoding', values.encoding?.toLowerCase(), ENCODINGS) as Encoding | undefined;
  const markupOption = pick('markup', values.markup, MARKUPS);
  const markup: Markup | undefined = markupOption === 'auto' ? undefined : markupOption;
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0 && /^\d+$/.test(values['max-warnings']!))) {
    throw new UsageError(`--max-warnings needs a whole number of warnings (0 or more), got "${values['max-warnings']}".`);
  }
  const concurrency = parseConcurrency(values.concurrency);

  const docOptions = { ...(encoding ? { encoding } : {}), jurisdictions };
  const configContext = config.checkerOptions.context ?? {};
  const rules = { ...config.checkerOptions.rules, ...ruleFlags };
  /** Check one document: findings in file offsets, disable comments applied. */
  const checkDoc = (doc: Document): { report: Report; unused: UnusedDirective[] } => {
    // Context: the configuration's, then the file's front matter, then the flags.
    const opts: CheckOptions = { context: { ...configContext, ...doc.context, ...baseContext }, rules };
    const j = jurisdiction ?? doc.jurisdictions;
    if (j) opts.jurisdictions = j;
    if (locale) opts.locale = locale;
    if (asOf) opts.asOf = asOf;
    const report = mapReport(doc, checker.check(doc.map.text, opts));
    const d = applyDirectives(doc.text, report.findings);
    const findings = values.quiet ? d.findings.filter((f) => f.severity === 'error') : d.findings;
    return { report: { ...report, findings }, unused: values['report-unused-disable-directives'] ? d.unused : [] };
  };
  const fixing = values.fix || values['fix-dry-run'];
  const paint = io.colour && !values['output-file'] ? COLOURS : PLAIN;

  /**
   * One input from bytes to its share of the output: read, check, fix passes, rendering. The
   * same function runs in a worker (`--concurrency`), so an input's outcome does not depend on
   * where it was checked. A problem with the input is its outcome; anything else throws.
   */
  const processInput = async (input: Input): Promise<Outcome> => {
    let doc: Document;
    try {
      doc = await readDocument(input.name, await input.bytes(), { ...docOptions, ...(input.markup ? { markup: input.markup } : {}) });
    } catch (err) {
      if (err instanceof InputError) return { problem: { file: input.name, kind: 'unreadable', message: err.message }, fixes: 0 };
      if (err instanceof UsageError) return { problem: { file: input.name, kind: 'usage', message: err.message }, fixes: 0 };
      throw err;
    }
    let file = doc;
    let r = checkDoc(doc);
    let output: string | undefined;
    let fixes = 0;
    if (fixing) {
      // Apply, re-read and re-check until nothing is left to fix; what remains is reported.
      for (let pass = 0; pass < FIX_PASSES; pass++) {
        const { output: next, fixed } = applyFixes(file.text, r.report.findings);
        if (fixed.length === 0 || next === file.text) break;
        fixes += fixed.length;
        file = await readDocument(doc.name, next, { ...docOptions, markup: doc.markup });
        r = checkDoc(file);
      }
      if (file.text !== doc.text) {
        output = file.text;
        if (values.fix && input.path) writeFileSync(input.path, output);
      }
    }
    const result: Result = {
      name: file.name,
      part: filePart(format, { file, report: r.report, unused: r.unused, output }, paint),
      tally: tally(r.report.findings, r.unused.length),
      checked: r.report.routing.mode !== 'none',
      fixed: output !== undefined,
    };
    return { result, fixes };
  };
  const fileInput = (f: { name: string; path: string }): Input => ({ ...f, bytes: () => readFileCapped(f.path, f.name, maxBytes), markup });
  return { ...setup, command, markup, maxWarnings, concurrency, fixing, processInput, fileInput };
}

/** An input of a check run; `bytes` reads it when its turn comes. */
interface Input {
  name: string;
  path?: string;
  bytes: () => Uint8Array | string | Promise<Uint8Array | string>;
  markup?: Markup | undefined;
}

/** What a checked file comes to: its part of the output and what the summary counts of it. */
interface Result {
  name: string;
  part: FilePart;
  tally: Summary;
  /** False when no rule pack could read it (routing `none`): never a pass. */
  checked: boolean;
  fixed: boolean;
}

/** An input's outcome: its result, or why it could not be read; and how many fixes were applied. */
interface Outcome {
  result?: Result;
  problem?: InputProblem;
  fixes: number;
}

/** Runs a command (index.ts `main` answers the rest and reports what this throws). */
export async function run(argv: string[], io: CliIO & { workerUrl: URL }): Promise<number> {
  const s = await prepare(argv, io);
  const { values, command, rest } = s;
  const { cwd, config, format, registry, jurisdictions } = s;
  const emit = (out: string) => {
    if (values['output-file']) writeFileSync(resolve(cwd, values['output-file']), `${out}\n`);
    else io.stdout(out);
  };
  if (command === 'rules') {
    const js = parseJurisdictions(values.jurisdiction, jurisdictions);
    const rules = registry.listRules().filter((r) => !js || js.includes(r.jurisdiction));
    if (format === 'json') emit(JSON.stringify(rules.map(({ test: _t, ...r }) => r), null, 2));
    else emit(rules.map((r) => `${r.id.padEnd(44)} ${r.category.padEnd(36)} ${r.severity.padEnd(8)} ${r.legalBasis[0]?.citation ?? ''}`).join('\n'));
    return EXIT.ok;
  }
  if (!('processInput' in s)) {
    const near = closest(command, ['check', 'rules']);
    throw new UsageError(`Unknown command "${command}".${near ? ` Did you mean "${near}"?` : ''} Commands: check, rules.`);
  }
  const { maxBytes, markup, maxWarnings, fixing, processInput, fileInput } = s;

  // Inputs are read, checked and rendered one at a time, in order (or by workers, handed back in
  // order), and each file's part of the output is written as soon as it comes: what is kept of a
  // file is what the summary and the closing messages need. A problem with one input is reported
  // and the others go on.
  const problems: InputProblem[] = [];
  const inputs: Input[] = [];
  if (rest.length === 0) inputs.push({ name: '<stdin>', bytes: () => io.stdin(maxBytes), markup: markup ?? 'text' });
  else {
    const selection = collectFiles(io.cwd ? rest.map((r) => resolve(io.cwd!, r)) : rest);
    problems.push(...selection.problems);
    for (const f of selection.files) {
      // The configuration's `ignores`, like ESLint's: named or found, an ignored file is skipped.
      if (config.isIgnored(f.path)) continue;
      inputs.push(fileInput({ name: displayName(f.name, cwd), path: f.path }));
    }
  }

  // Progress only for long runs on a terminal: logs and pipes get clean output. The line is
  // cleared before output goes to stdout, which may be the same terminal.
  let progressShown = false;
  const progress = io.progress && inputs.length >= PROGRESS_MIN_FILES ? io.progress : undefined;
  const showProgress = (line: string) => {
    progress?.(line);
    progressShown = progress !== undefined && line !== '';
  };
  const toStdout = (line: string) => {
    if (progressShown) showProgress('');
    io.stdout(line);
  };
  const outputFile = values['output-file'] ? reportFile(resolve(cwd, values['output-file'])) : undefined;
  try {
    const report = reportWriter(format, lineSink(outputFile ? outputFile.line : toStdout), () => registry.listRules());
    const workers = rest.length === 0 ? 1 : workerCount(s.concurrency, inputs.length);
    async function* inThisThread() {
      for (const [i, input] of inputs.entries()) {
        showProgress(`medad: checking ${i + 1}/${inputs.length} ${sanitizeName(input.name)}`);
        yield await processInput(input);
      }
    }
    const outcomes =
      workers > 1
        ? runInWorkers<{ name: string; path: string }, Outcome>(
            inputs.map(({ name, path }) => ({ name, path: path! })),
            { workers, url: io.workerUrl, data: { argv, cwd, colour: io.colour === true } satisfies WorkerSetup },
            (done, i) => showProgress(`medad: checking ${done}/${inputs.length} ${sanitizeName(inputs[i]!.name)}`),
          )
        : inThisThread();
    const summary: Summary = { files: 0, errors: 0, warnings: 0, infos: 0 };
    const unchecked: string[] = [];
    let fixCount = 0;
    let fixedFiles = 0;
    for await (const o of outcomes) {
      if (o.problem) problems.push(o.problem);
      if (o.result) {
        report.file(o.result.part);
        addTo(summary, o.result.tally);
        if (!o.result.checked) unchecked.push(o.result.name);
        if (o.result.fixed) fixedFiles++;
      }
      fixCount += o.fixes;
      await io.drained?.();
    }
    showProgress('');
    report.end(summary, problems);
    outputFile?.finish();
    if (fixing && fixCount > 0) io.stderr(`medad: ${values.fix ? 'applied' : 'would apply'} ${fixCount} fix(es) in ${fixedFiles} file(s).`);

    for (const p of problems) io.stderr(`medad: ${sanitizeText(p.message)}`);
    // A file no pack could read was not checked: that is never a pass, not even with --exit-zero.
    if (unchecked.length > 0) {
      io.stderr(`medad: ${unchecked.length} input(s) not checked (no rule pack reads their language or script): ${unchecked.map((n) => sanitizeName(n)).join(', ')}. Name the law with --jurisdiction to check them anyway.`);
    }
    if (unchecked.length > 0 || problems.some((p) => p.kind === 'usage')) return EXIT.usage;
    if (problems.length > 0) {
      io.stderr(`medad: ${problems.length} input(s) could not be read; the other ${summary.files} were checked.`);
      return EXIT.unreadable;
    }
    if (values['exit-zero']) return EXIT.ok;
    if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
      io.stderr(`medad: ${summary.warnings} warning(s), more than --max-warnings ${maxWarnings}.`);
      return EXIT.findings;
    }
    return summary.errors > 0 ? EXIT.findings : EXIT.ok;
  } finally {
    outputFile?.dispose();
  }
}

/** What a `--concurrency` worker gets: the main thread's arguments, directory and colour choice. */
export interface WorkerSetup {
  argv: string[];
  cwd: string;
  colour: boolean;
}

/** A `--concurrency` worker: prepares as the main thread did, then checks the files it is sent. */
export async function serveWorker(setup: WorkerSetup): Promise<void> {
  const port = parentPort!;
  const s = await prepare(setup.argv, { cwd: setup.cwd, colour: setup.colour });
  if (!('processInput' in s)) throw new Error('a --concurrency worker was started for a command other than check');
  port.on('message', ({ i, item }: { i: number; item: { name: string; path: string } }) => {
    s.processInput(s.fileInput(item)).then(
      (value) => port.postMessage({ i, value } satisfies WorkerReply<Outcome>),
      (err: unknown) => port.postMessage({ i, error: (err as Error)?.stack ?? String(err) } satisfies WorkerReply<Outcome>),
    );
  });
}

