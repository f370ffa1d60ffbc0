/// <reference types="node" />
/**
 * Which files `medad check` reads: explicit files, directories (walked for text files) and
 * globs (`posts/**\/*.md`, `{blog,news}/*.txt`), expanded here so that quoted globs work the same
 * in every shell and on Windows.
 *
 * The tree may be hostile (a pull request in CI): inside a directory or glob walk, a symlink is
 * followed only to a regular file inside the root it was found under, never out of it, never into
 * a device, FIFO, socket or `/proc`; loops and dangling links are reported. One bad entry is
 * reported as a problem and the walk goes on.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import type { InputProblem } from './errors.js';
import { compileGlob, GLOB_MAGIC, GlobError, type GlobMatcher } from './glob.js';

/** Files found in directories are checked when their extension says they are text. */
export const TEXT_EXT = /\.(txt|md|markdown|mdx|text|html?)$/i;
const SKIP_DIR = (name: string) => name === 'node_modules' || name.startsWith('.');
/** Pseudo-file systems: never read, whatever the path or link says. */
const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];

export interface InputFile {
  /** As shown to the user: the argument, or the argument joined with the path found below it. */
  name: string;
  /** The resolved path that is read. */
  path: string;
}

export interface Selection {
  files: InputFile[];
  problems: InputProblem[];
}

const posix = (p: string) => p.split('\\').join('/');
const inside = (real: string, root: string) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
const systemPath = (real: string) => SYSTEM_DIRS.some((d) => inside(real, d));

function why(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'a symlink loop';
  if (code === 'ENOENT') return 'a dangling symlink (its target does not exist)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? 'cannot be read';
}

class Walker {
  readonly files: InputFile[] = [];
  readonly problems: InputProblem[] = [];
  private readonly seen = new Set<string>();

  add(name: string, real: string): void {
    if (this.seen.has(real)) return;
    this.seen.add(real);
    this.files.push({ name, path: real });
  }

  unreadable(file: string, message: string): void {
    this.problems.push({ file, kind: 'unreadable', message: `${file}: ${message}` });
  }

  /**
   * Walk `dir` (a real path inside `root`), offering every regular file to `want` with its path
   * relative to the walk's start. `shown` is how the directory is named to the user.
   */
  walk(dir: string, shown: string, rel: string, root: string, want: (rel: string) => boolean): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      this.unreadable(shown || '.', `directory ${why(err)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const childShown = shown ? join(shown, e.name) : e.name;
      const childPath = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIR(e.name)) this.walk(childPath, childShown, childRel, root, want);
      } else if (e.isFile()) {
        if (want(childRel)) this.add(childShown, childPath);
      } else if (e.isSymbolicLink()) {
        if (want(childRel)) this.link(childPath, childShown, root);
        // A linked directory inside the root is walked under its own path; one outside is never entered.
      } else if (want(childRel)) this.unreadable(childShown, 'not a regular file (a device, FIFO or socket); not read.');
    }
  }

  private link(path: string, shown: string, root: string): void {
    let real: string;
    let st: Stats;
    try {
      real = realpathSync(path);
      st = statSync(real);
    } catch (err) {
      this.unreadable(shown, `${why(err)}; not read.`);
      return;
    }
    if (!inside(real, root) || systemPath(real)) this.unreadable(shown, 'a symlink that points outside the checked directory; not followed.');
    else if (st.isFile()) this.add(shown, real);
    else if (!st.isDirectory()) this.unreadable(shown, 'a symlink to a device, FIFO or socket; not followed.');
  }
}

/**
 * Resolve the command line's paths to files, in a stable order without duplicates. A path that
 * exists is taken literally, even with `[ ] { } * ?` in its name; otherwise one with glob
 * characters is a glob. Problems (a missing path, a glob matching nothing, a dangling link) are
 * collected, never thrown: the other inputs are still checked.
 */
export function collectFiles(args: string[], cwd = process.cwd()): Selection {
  const w = new Walker();
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let exists = true;
    try {
      lstatSync(abs);
    } catch {
      exists = false;
    }
    if (!exists && GLOB_MAGIC.test(arg)) {
      expandGlob(w, arg, cwd);
      continue;
    }
    if (!exists) {
      w.problems.push({ file: arg, kind: 'usage', message: `No such file or directory: ${arg}` });
      continue;
    }
    // A path named on the command line is the user's choice: a link there is followed, but still
    // only to a regular file or directory, and never into the system's pseudo-files.
    let real: string;
    let st: Stats;
    try {
      real = realpathSync(abs);
      st = statSync(real);
    } catch (err) {
      w.unreadable(arg, `${why(err)}; not read.`);
      continue;
    }
    if (systemPath(real)) w.unreadable(arg, 'a system pseudo-file (/proc, /sys, /dev); not read.');
    else if (st.isDirectory()) {
      const before = w.files.length;
      w.walk(real, arg, '', real, (rel) => TEXT_EXT.test(rel));
      if (w.files.length === before) w.problems.push({ file: arg, kind: 'usage', message: `No text files (${TEXT_EXT.source}) in directory ${arg}.` });
    } else if (st.isFile()) w.add(arg, real);
    else w.unreadable(arg, 'not a regular file (a device, FIFO or socket); not read.');
  }
  return { files: w.files, problems: w.problems };
}

/** Expand one glob: walk from its longest literal directory prefix, matching the rest. */
function expandGlob(w: Walker, glob: string, cwd: string): void {
  let matcher: GlobMatcher;
  const parts = posix(glob).split('/');
  const firstMagic = parts.findIndex((s) => GLOB_MAGIC.test(s));
  const base = parts.slice(0, firstMagic).join('/') || (isAbsolute(glob) ? '/' : '');
  try {
    matcher = compileGlob(parts.slice(firstMagic).join('/'));
  } catch (err) {
    if (!(err instanceof GlobError)) throw err;
    w.problems.push({ file: glob, kind: 'usage', message: `Malformed glob "${glob}": ${err.message}.` });
    return;
  }
  const before = { files: w.files.length, problems: w.problems.length };
  let root: string | undefined;
  try {
    root = realpathSync(resolve(cwd, base || '.'));
    if (!statSync(root).isDirectory() || systemPath(root)) root = undefined;
  } catch {
    root = undefined;
  }
  if (root) w.walk(root, base, '', root, (rel) => matcher.test(rel));
  if (w.files.length === before.files && w.problems.length === before.problems) {
    w.problems.push({ file: glob, kind: 'usage', message: `No files match "${glob}".` });
  }
}
