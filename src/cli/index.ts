#!/usr/bin/env node
/// <reference types="node" />
/**
 * `medad check [files...]` and `medad rules`: the CLI for people and CI pipelines. This file parses
 * the command line, answers `--version` and `--help`, and leaves the commands to check.ts, which
 * runs the pieces, one module per concern: options.ts (flags and help), files.ts + glob.ts (which
 * files), read.ts (bytes, capped), decode.ts (text), front-matter.ts (context), ../adapters/markup
 * (prose and source map), document.ts (mapping findings back), pretty.ts / sarif.ts (output),
 * pool.ts (`--concurrency`), errors.ts (exit codes, documented in docs/cli.md).
 */
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { isMainThread, workerData } from 'node:worker_threads';
import type { WorkerSetup } from './check.js';
import { EXIT, UsageError } from './errors.js';
import { wantColour } from './formats.js';
import { HELP, OPTIONS } from './options.js';
import { POOL_KEY } from './pool.js';
import { readStreamCapped } from './read.js';
import { sanitizeText } from './sanitize.js';
import { VERSION } from './version.js';

export { UsageError } from './errors.js';
export { workerCount } from './pool.js';

export interface CliIO {
  /**
   * Writes a piece of the output and a newline. `check` calls it as the output is made (each file's
   * part once that file and every earlier one are done), the pieces cut at newlines: joined by
   * newlines they are the whole output.
   */
  stdout: (s: string) => void;
  /**
   * Resolves when the reader has taken what `stdout` was given (the binary waits for stdout's
   * `drain`), so a slow reader holds the run back instead of making it buffer its output.
   */
  drained?: () => Promise<void>;
  stderr: (s: string) => void;
  /** Standard input, read up to `maxBytes` (throwing InputError beyond it). */
  stdin: (maxBytes: number) => Promise<Uint8Array | string>;
  /** A one-line status updater (set by the binary only when stderr is a terminal). */
  progress?: (line: string) => void;
  /** Colour the pretty format (set by the binary for a terminal without NO_COLOR). */
  colour?: boolean;
  /** Where to look for the configuration and what names are relative to (default: the process's). */
  cwd?: string;
  /** The script `--concurrency` workers run (default: this file; tests running the source pass the built CLI). */
  workerUrl?: URL;
}

/**
 * `--version`, `--help` and no command, answered here: the commands' module (check.ts) brings the
 * engine, the packs, the detector and the configuration loader, about half of what the CLI's
 * start cost (issue 11). A command line that does not parse is left to the commands' module,
 * which reports it.
 */
function answerWithoutChecker(argv: string[], io: CliIO): number | undefined {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch {
    return undefined;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.version) {
    io.stdout(VERSION);
    return EXIT.ok;
  }
  if (values.help || command === undefined || command === 'help') {
    io.stdout(HELP);
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  return undefined;
}

/** Run the CLI. Returns the exit code; writes to the given streams. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let commands: typeof import('./check.js') | undefined;
  try {
    const early = answerWithoutChecker(argv, io);
    if (early !== undefined) return early;
    commands = await import('./check.js');
    // Workers run this file, not the module the bundle puts check.ts in.
    return await commands.run(argv, { ...io, workerUrl: io.workerUrl ?? new URL(import.meta.url) });
  } catch (err) {
    const e = err as Error & { code?: string };
    if (e instanceof UsageError || (commands && e instanceof commands.ConfigError) || e.code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`medad: ${sanitizeText(e.message)}\nRun "medad --help" for usage.`);
      return EXIT.usage;
    }
    // Anything else is medad's fault, a RangeError or TypeError from the core included: say so.
    io.stderr(`medad: internal error: ${e?.stack ?? String(err)}\nThis is a bug in medad; please report it with the command that caused it.`);
    return EXIT.internal;
  }
}

/** Standard input, capped: a FIFO or an endless producer stops at the cap with an error. */
function readStdin(maxBytes: number): Promise<Uint8Array | string> {
  if (process.stdin.isTTY) return Promise.resolve('');
  return readStreamCapped(process.stdin, '<stdin>', maxBytes);
}

const isMain = (() => {
  try {
    return process.argv[1] !== undefined && /[\\/](cli\.(c?js|ts)|medad)$/.test(process.argv[1]) || process.argv[1]?.endsWith('cli/index.ts');
  } catch {
    return false;
  }
})();

const poolSetup = isMainThread ? undefined : ((workerData as Record<string, unknown> | null)?.[POOL_KEY] as WorkerSetup | undefined);
if (poolSetup) void import('./check.js').then((commands) => commands.serveWorker(poolSetup));

if (isMain && isMainThread) {
  // `medad rules | head -1`: the reader went away; that is a normal end, not a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
      throw err;
    });
  }
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(`${s}\n`),
    // A pipe takes what its reader has read; what it cannot take yet waits in memory.
    drained: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => {}) : Promise.resolve()),
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
      process.exitCode = EXIT.internal;
    },
  );
}
