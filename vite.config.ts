// Builds the browser extension into dist/chrome (the default) from manifest.json, with the content
// script as one self-contained IIFE: no loader, no web_accessible_resources a page could probe.
/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest, contentScripts: { standaloneFiles: ['src/content/index.ts'] } } as Parameters<typeof crx>[0]),
  ],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'chrome120',
    // Pages the manifest does not name (the worker opens the acknowledgement page by URL).
    rollupOptions: { input: { ack: 'src/ack/index.html' } },
  },
  test: {
    environment: 'happy-dom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
  },
});
