// Builds the detector and the command line for Node: dist/node/detector.js (exports scan) and
// dist/node/cli.js (run by bin/phi-guard.js). Everything is bundled so the files stand alone.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist/node',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    rollupOptions: {
      input: { detector: 'src/detector/index.ts', cli: 'src/cli/main.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
