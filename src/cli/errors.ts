/**
 * What can go wrong in a run, and the exit code each outcome gives. docs/cli.md documents the
 * same table; keep them together.
 */

export const EXIT = {
  /** No error-severity finding (and warnings within --max-warnings). */
  ok: 0,
  /** At least one error-severity finding, or more warnings than --max-warnings. */
  findings: 1,
  /** A usage error (option, argument, front matter), or an input no rule pack could read. */
  usage: 2,
  /** A bug in medad: the message says "internal error". */
  internal: 3,
  /** Some inputs could not be read (unreadable, too large, undecodable, not followed); the others were checked. */
  unreadable: 4,
} as const;

/** A mistake in what the user asked for: names the bad value and the valid ones. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** One input that could not be read; the run goes on with the others. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** A problem with one command-line argument or one input, reported without stopping the run. */
export interface InputProblem {
  file: string;
  /** `usage`: the argument itself is wrong (exit 2); `unreadable`: it named something medad would not or could not read (exit 4). */
  kind: 'usage' | 'unreadable';
  message: string;
}
