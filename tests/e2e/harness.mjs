// The e2e harness: fixture sites at their real hostnames over HTTPS, Chromium with the extension loaded,
// and helpers for the '>>>' shadow selector syntax, typing, publishing and reading published posts.
// Contract and field meanings: tests/fixtures/README.md.
export { startFixtureServer } from './lib/fixture-server.mjs';
export { launchBrowser, extensionIdFromKey, CHROMIUM } from './lib/browser.mjs';
export { loadFixtures, fixtureHosts, DEMO_HOST, ROOT } from './lib/paths.mjs';
export { buildFixturesIfStale, fixturesAreStale } from './lib/build-fixtures.mjs';
export {
  deepQuery, deepQueryOrThrow, findAlertDialog, openFixture, openComposer, newlineKey, typeInto, pasteInto,
  clickPublish, pressShortcut, imeEnter, publishedPosts, fixtureText, remountComposer,
} from './lib/page-helpers.mjs';
