/// <reference types="node" />
/**
 * Which files `medad check` reads: explicit files, directories (walked for text files) and
 * globs (`posts/**\/*.md`, `{blog,news}/*.txt`), expanded here so that quoted globs work the same
 * in every shell and on Windows, without a runtime dependency.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Files found in directories are checked when their extension says they are text. */
export const TEXT_EXT = /\.(txt|md|markdown|mdx|text|html?)$/i;
const MAGIC = /[*?[{]/;
const SKIP_DIR = (name: string) => name === 'node_modules' || name.startsWith('.');

export class FileSelectionError extends Error {
  override name = 'FileSelectionError';
}

/**
 * A glob as a regex over `/`-separated paths: `**` any number of directories, `*` any run of
 * characters but `/`, `?` one character, `[abc]` a class, `{a,b}` alternatives.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more whole directories; a trailing `**` matches everything below.
        if (glob[i + 2] === '/') {
          re += '(?:[^/]*/)*';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, onFile: (path: string) => void): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      if (!SKIP_DIR(name)) walk(p, onFile);
    } else onFile(p);
  }
}

const posix = (p: string) => p.split('\\').join('/');

/** Expand one glob relative to `cwd`: walk from its longest literal directory prefix. */
export function expandGlob(glob: string, cwd = process.cwd()): string[] {
  const parts = posix(glob).split('/');
  const firstMagic = parts.findIndex((s) => MAGIC.test(s));
  const base = parts.slice(0, firstMagic).join('/') || (glob.startsWith('/') ? '/' : '.');
  const re = globToRegExp(parts.slice(firstMagic).join('/'));
  const absBase = resolve(cwd, base);
  const out: string[] = [];
  try {
    if (!statSync(absBase).isDirectory()) return out;
  } catch {
    return out;
  }
  walk(absBase, (file) => {
    const rel = posix(file.slice(absBase.length + 1));
    if (re.test(rel)) out.push(join(base, rel));
  });
  return out;
}

/**
 * Resolve the command line's paths to files, in a stable order without duplicates.
 * A missing path or a glob matching nothing is an error that names it.
 */
export function collectFiles(paths: string[], cwd = process.cwd()): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    if (MAGIC.test(p)) {
      const found = expandGlob(p, cwd);
      if (found.length === 0) throw new FileSelectionError(`No files match "${p}".`);
      for (const f of found) out.add(f);
      continue;
    }
    let st;
    try {
      st = statSync(resolve(cwd, p));
    } catch {
      throw new FileSelectionError(`No such file or directory: ${p}`);
    }
    if (st.isDirectory()) {
      const before = out.size;
      walk(resolve(cwd, p), (file) => {
        if (TEXT_EXT.test(file)) out.add(join(p, file.slice(resolve(cwd, p).length + 1)));
      });
      if (out.size === before) throw new FileSelectionError(`No text files (${TEXT_EXT.source}) in directory ${p}.`);
    } else out.add(p);
  }
  return [...out];
}
