// Builds the browser extension from manifest.json: dist/chrome by default, dist/firefox with
// `vite build --mode firefox`. The content script is one self-contained IIFE: no loader, no
// web_accessible_resources a page could probe.
/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/lib/firefox-manifest';
import { shipImageAssets } from './scripts/lib/ship-image-assets';
import { knowledgePackage } from './scripts/lib/knowledge-package';
import { modelCoreOnlyAlias, ruleDataOnlyAlias } from './scripts/lib/bundle-aliases';
import { KNOWLEDGE_FILE } from './src/detector/knowledge/wire';

/**
 * Puts the detector's knowledge of names and places (src/detector/knowledge/data) in the package as
 * knowledge.bin (scripts/lib/knowledge-package.ts: tables packed, the whole deflated) with what
 * src/detector/knowledge/packaged.ts adds to it (compromise's word list, libphonenumber-js's metadata: kept
 * out of the content script's page-start bundle). Not web-accessible: the service worker reads it for the
 * content script.
 */
const knowledgeFile = {
  name: 'phi-guard-knowledge-file',
  generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: Uint8Array }): string }) {
    this.emitFile({ type: 'asset', fileName: KNOWLEDGE_FILE, source: knowledgePackage() });
  },
};

export default defineConfig(({ mode, command }) => {
  const firefox = mode === 'firefox';
  return {
    resolve: command === 'build' ? { alias: [ruleDataOnlyAlias(import.meta.dirname), modelCoreOnlyAlias(import.meta.dirname)] } : {},
    plugins: [
      preact(),
      knowledgeFile,
      crx({
        manifest: firefox ? firefoxManifest(manifest) : manifest,
        browser: firefox ? 'firefox' : 'chrome',
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      } as Parameters<typeof crx>[0]),
      shipImageAssets(import.meta.dirname),
    ],
    build: {
      outDir: firefox ? 'dist/firefox' : 'dist/chrome',
      emptyOutDir: true,
      target: firefox ? 'firefox142' : 'chrome120',
      // Pages the manifest does not name (the worker opens the acknowledgement page by URL).
      // The offscreen document is created by the worker (Chromium; Firefox reads photos in its background page).
      rollupOptions: { input: { ack: 'src/ack/index.html', ...(firefox ? {} : { offscreen: 'src/offscreen/index.html' }) } },
    },
    test: {
      environment: 'happy-dom',
      globals: true,
      include: ['tests/unit/**/*.test.{ts,tsx}'],
      setupFiles: ['tests/setup-knowledge.ts'],
      testTimeout: 20_000,
    },
  };
});
