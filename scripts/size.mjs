// Size of what a browser bundle pays for medad: `dist/index.js` (core + all built-in packs)
// bundled and minified with esbuild, then gzipped. Used by `npm run bench` and by the budget test.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The budget for the core entry with all built-in packs, min+gzip (bytes). */
export const BUDGET_GZIP = 40 * 1024;

export async function measureBundle(entry = fileURLToPath(new URL('../dist/index.js', import.meta.url))) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { minBytes, gzipBytes } = await measureBundle();
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`dist/index.js min ${kb(minBytes)}, min+gzip ${kb(gzipBytes)} (budget ${kb(BUDGET_GZIP)})`);
  if (gzipBytes > BUDGET_GZIP) process.exitCode = 1;
}
