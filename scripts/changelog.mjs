/**
 * Keeps CHANGELOG.md's "Unreleased" section equal to the pending changesets in .changeset/,
 * without consuming them (`changeset version` does that at release time and writes the
 * versioned section; run this script afterwards to drop the then-empty Unreleased section).
 *
 *   npm run changelog            rewrite the Unreleased section
 *   npm run changelog -- --check exit 1 when CHANGELOG.md is out of date
 *
 * Released sections ("## 0.2.0" and below) are kept as they are.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).name;
const BUMPS = [
  ['major', 'Major Changes'],
  ['minor', 'Minor Changes'],
  ['patch', 'Patch Changes'],
];

/** Pending changesets: `{ file, bump, summary }`, sorted by file name for a stable order. */
export function readChangesets(dir = join(ROOT, '.changeset')) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
    .sort()
    .flatMap((file) => {
      const raw = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
      if (!m) throw new Error(`.changeset/${file}: no front matter (expected "---\\n\\"${PKG}\\": minor\\n---")`);
      const bump = new RegExp(`^\\s*["']?${PKG}["']?\\s*:\\s*(major|minor|patch)\\s*$`, 'm').exec(m[1])?.[1];
      // A changeset for other packages only (or an empty one) does not touch this changelog.
      if (!bump) return [];
      return [{ file, bump, summary: m[2].trim() }];
    });
}

export function unreleasedSection(changesets) {
  if (changesets.length === 0) return '';
  const parts = ['## Unreleased', '', '_Pending changesets, released with the next `changeset version`._', ''];
  for (const [bump, title] of BUMPS) {
    const items = changesets.filter((c) => c.bump === bump);
    if (!items.length) continue;
    parts.push(`### ${title}`, '');
    for (const c of items) {
      const [first, ...rest] = c.summary.split('\n');
      parts.push(`- ${first}`, ...rest.map((l) => (l ? `  ${l}` : l)));
    }
    parts.push('');
  }
  return parts.join('\n');
}

/** The changelog with its Unreleased section replaced; released sections untouched. */
export function render(current, changesets) {
  const body = current.replace(/^# .*\n+/, '');
  const released = body.replace(/^## Unreleased\n[\s\S]*?(?=^## |(?![\s\S]))/m, '').trim();
  const unreleased = unreleasedSection(changesets);
  return [`# ${PKG}`, '', unreleased, released ? `${released}\n` : ''].filter((s, i) => i < 2 || s).join('\n').replace(/\n{3,}/g, '\n\n');
}

function main(argv) {
  const file = join(ROOT, 'CHANGELOG.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const next = render(current, readChangesets());
  if (argv.includes('--check')) {
    if (current !== next) {
      console.error('CHANGELOG.md does not match the changesets in .changeset/. Regenerate it with: npm run changelog');
      return 1;
    }
    console.log('CHANGELOG.md is up to date.');
    return 0;
  }
  writeFileSync(file, next);
  console.log(`CHANGELOG.md: ${readChangesets().length} pending changeset(s) under "Unreleased".`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
