/**
 * The playground's copy of the library: src/index.ts bundled for browsers as one ES module,
 * playground/dist/medad.js (gitignored). `npm run build:playground`; the browser test calls
 * buildPlayground() itself so it always runs against the current source.
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildPlayground() {
  const outfile = join(ROOT, 'playground/dist/medad.js');
  await build({
    entryPoints: [join(ROOT, 'src/index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildPlayground();
  console.log(`Built ${out}. Serve the playground folder, e.g.: npx http-server playground  (or python3 -m http.server -d playground)`);
}
