/** Runs the CLI in-process with captured streams (the binary's own wiring is tested by spawning it). */
import { main } from '../../src/cli/index.js';

export interface Run {
  code: number;
  out: string;
  err: string;
  progress: string[];
}

export async function runCli(args: string[], stdin: string | Uint8Array = '', withProgress = false): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const code = await main(args, {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    stdin: async () => stdin,
    ...(withProgress ? { progress: (l: string) => progress.push(l) } : {}),
  });
  return { code, out: out.join('\n'), err: err.join('\n'), progress };
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  range: { start: number; end: number } | null;
  line: number;
  column: number;
  excerpt: string;
}
export interface JsonOutput {
  files: Array<{ file: string; findings: JsonFinding[]; jurisdictions: string[] }>;
  summary: { files: number; errors: number; warnings: number; infos: number };
  inputErrors: Array<{ file: string; kind: string; message: string }>;
}
