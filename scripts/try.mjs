// `npm start`: try PHI Guard on local copies of every supported site. Starts the fixture server (real
// hostnames over HTTPS, nothing leaves the machine) and Chromium with dist/chrome loaded.
// - With a DISPLAY: opens https://demo.phi-guard.test/ in a visible window; close it to quit.
// - Without one (CI, containers): headless walk-through; on each site it types a post with patient
//   details, presses publish, waits up to 3 s for the warning (role="alertdialog" in the extension's
//   shadow root) and saves a screenshot under artifacts/try/. Exits non-zero only if something crashed.
import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEMO_HOST, ROOT, buildFixturesIfStale, clickPublish, findAlertDialog, launchBrowser, loadFixtures, openFixture,
  startFixtureServer, typeInto,
} from '../tests/e2e/harness.mjs';

const PHI_POST = 'Mr. Okonjo in room 14, DOB 4/9/1951, called 628-555-0193';
const OUT = join(ROOT, 'artifacts/try');

if (!existsSync(join(ROOT, 'dist/chrome/manifest.json'))) {
  console.error('try: dist/chrome is missing; run `npm run build` first (npm start does).');
  process.exit(1);
}
buildFixturesIfStale();
const server = await startFixtureServer();
const headless = !process.env.DISPLAY;
const browser = await launchBrowser({ server, headless });
console.log(`PHI Guard ${browser.extensionId} loaded; demo sites at https://${DEMO_HOST}/`);

if (!headless) {
  const page = browser.context.pages()[0] ?? await browser.context.newPage();
  await page.goto(`https://${DEMO_HOST}/`);
  console.log('Close the browser window to quit.');
  await new Promise((resolve) => browser.context.on('close', resolve));
  await server.close();
  process.exit(0);
}

/** Runs in the page: the dialog's accessible name from aria-label or aria-labelledby (inside its shadow root). */
function accessibleName(dialog) {
  const ids = dialog.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  const labelled = ids.map((id) => dialog.getRootNode().getElementById?.(id)?.textContent ?? '').join(' ').trim();
  return dialog.getAttribute('aria-label') ?? (labelled || dialog.textContent.slice(0, 60));
}

mkdirSync(OUT, { recursive: true });
console.log(`No DISPLAY: headless walk-through; screenshots in ${OUT}`);
let crashed = 0;
for (const fixture of loadFixtures()) {
  let page;
  try {
    page = await openFixture(browser.context, fixture);
    await typeInto(page, fixture, PHI_POST);
    await clickPublish(page, fixture);
    const dialog = await findAlertDialog(page, { timeout: 3_000 });
    const name = dialog ? await dialog.evaluate(accessibleName) : null;
    await page.screenshot({ path: join(OUT, `${fixture.id}.png`) });
    const note = fixture.note ? ` (${fixture.note})` : '';
    console.log(`${fixture.id.padEnd(18)} ${dialog ? `warning shown: "${name}"` : `no warning shown${note}`}`);
  } catch (error) {
    crashed += 1;
    console.log(`${fixture.id.padEnd(18)} CRASHED: ${error.message.split('\n')[0]}`);
  } finally {
    await page?.close().catch(() => {});
  }
}
await browser.close();
await server.close();
console.log(`Screenshots: ${OUT}`);
process.exit(crashed ? 1 : 0);
