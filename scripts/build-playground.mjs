/**
 * The playground's copy of the library: playground/worker.js bundled with src/index.ts into one
 * classic worker script, playground/dist/worker.js (gitignored). The page (playground/app.js)
 * imports nothing from the library: every check runs in that worker, off the main thread.
 * `npm run build:playground`; the browser test calls buildPlayground() itself so it always runs
 * against the current source.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildPlayground() {
  // An earlier layout built dist/medad.js for the page itself; a stale copy would only mislead.
  rmSync(join(ROOT, 'playground/dist'), { recursive: true, force: true });
  const outfile = join(ROOT, 'playground/dist/worker.js');
  await build({
    entryPoints: [join(ROOT, 'playground/worker.js')],
    outfile,
    bundle: true,
    // A classic script: module workers arrived late in Firefox (114) and Safari (15).
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildPlayground();
  console.log(`Built ${out}. Serve the playground folder, e.g.: npm run playground  (or python3 -m http.server -d playground)`);
}
