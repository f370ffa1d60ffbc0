import { defineConfig } from 'tsup';

// One build per entry kind: the library entries as ESM + CJS with declarations, the CLI as ESM.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      core: 'src/core/index.ts',
      'packs/pl': 'src/packs/pl/index.ts',
      'packs/de': 'src/packs/de/index.ts',
      'packs/ru': 'src/packs/ru/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    clean: false,
  },
]);
