/**
 * API docs (`npm run docs` → docs/api/). One typedoc module per public entry: every key of
 * package.json `exports` (except wildcards and package.json) mapped to its source through the
 * tsup entry map, so a new entry (e.g. `medad/detect`) is documented as soon as it is built.
 * A .mjs config rather than typedoc.json: TypeScript 7 ports of typedoc plan to drop JSON configs.
 */
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const tsup = readFileSync(new URL('./tsup.config.ts', import.meta.url), 'utf8');

/** tsup's `entry: { 'packs/pl': 'src/packs/pl/index.ts', ... }` pairs, read from its source. */
const tsupEntries = new Map(
  [...tsup.matchAll(/['"]?([\w./-]+)['"]?\s*:\s*['"](src\/[^'"]+\.tsx?)['"]/g)].map((m) => [m[1], m[2]]),
);

export function entryPoints() {
  return Object.keys(pkg.exports ?? { '.': {} })
    .filter((k) => !k.includes('*') && !k.endsWith('.json'))
    .map((k) => {
      const name = k === '.' ? 'index' : k.slice(2);
      const candidates = [tsupEntries.get(name), `src/${name}/index.ts`, `src/${name}.ts`].filter(Boolean);
      const found = candidates.find((c) => existsSync(new URL(`./${c}`, import.meta.url)));
      if (!found) throw new Error(`typedoc: no source found for export "${k}" (tried ${candidates.join(', ')})`);
      return found;
    });
}

/**
 * typedoc's default module name (the source path below src/, without /index.ts) → the import
 * path users write, e.g. `adapters/detect` → `medad/detect`.
 */
export function moduleNames() {
  const keys = Object.keys(pkg.exports ?? { '.': {} }).filter((k) => !k.includes('*') && !k.endsWith('.json'));
  const sources = entryPoints();
  return new Map(keys.map((k, i) => [sources[i].replace(/^src\//, '').replace(/\/index\.tsx?$|\.tsx?$/, ''), k === '.' ? pkg.name : `${pkg.name}/${k.slice(2)}`]));
}

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'medad',
  entryPoints: entryPoints(),
  entryPointStrategy: 'resolve',
  plugin: ['./scripts/typedoc-module-names.mjs'],
  out: 'docs/api',
  tsconfig: 'tsconfig.json',
  readme: 'README.md',
  includeVersion: true,
  excludePrivate: true,
  excludeInternal: true,
  sort: ['kind', 'instance-first', 'alphabetical-ignoring-documents'],
  githubPages: false,
  // No public repository URL yet: no source links (typedoc would warn about the git remote).
  disableSources: true,
  validation: { notExported: false, invalidLink: true, rewrittenLink: true, notDocumented: false },
};
