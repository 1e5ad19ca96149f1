// `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint) on dist/firefox, the build AMO and
// Firefox see. Exits 1 when it reports any error; warnings are printed and allowed. The known ones
// (6 on 2026-12-04): Preact's own innerHTML path for dangerouslySetInnerHTML, which PHI Guard never
// uses (2); the `Function` fallbacks that regenerator-runtime and webpack's runtime keep for engines
// without globalThis, inside tesseract.js's bundles (3; never reached: every supported browser has
// globalThis, and the extension's CSP forbids eval anyway); tesseract.js's import of its own packaged
// worker script by a computed path (1).
// Run through web-ext's API rather than its command line, which would also check the npm registry for
// a newer web-ext.
import { cmd as webExt } from 'web-ext';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The linter's result: { summary: { errors, warnings, notices }, errors: [...], warnings: [...] }. */
export async function lintFirefox({ sourceDir = join(ROOT, 'dist/firefox'), output = 'text' } = {}) {
  if (!existsSync(join(sourceDir, 'manifest.json'))) throw new Error(`no build in ${sourceDir}: run npm run build:firefox`);
  return webExt.lint({ sourceDir, output, boring: true, selfHosted: false, warningsAsErrors: false }, { shouldExitProgram: false });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { summary } = await lintFirefox();
    console.log(`web-ext lint: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`);
    process.exit(summary.errors > 0 ? 1 : 0);
  } catch (error) {
    console.error(`lint:firefox: ${error.message}`);
    process.exit(1);
  }
}
