// Builds the detector and the command line for Node: dist/node/detector.js (exports scan) and
// dist/node/cli.js (run by bin/phi-guard.js). Everything is bundled so the files stand alone, except the
// image engine's packages that load files of their own at run time (sharp's native binary, tesseract.js's
// worker script and WASM core, face-api's bundle and the tfjs WASM binaries): they stay in node_modules.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist/node',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    rollupOptions: {
      input: { detector: 'src/detector/node.ts', cli: 'src/cli/main.ts' },
      external: ['sharp', 'tesseract.js', /^@vladmandic\/face-api(\/|$)/, /^@tensorflow\//],
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
