// `npm run package`: the release packages, from the builds in dist/ (run `npm run build` and
// `npm run build:firefox` first; `npm run package` does both):
//   artifacts/phi-guard-<version>-chrome.zip   the Chrome Web Store upload, dist/chrome zipped
//   artifacts/phi-guard-<version>-firefox.zip  what `web-ext build` makes of dist/firefox (AMO upload or
//                                               an IT-signed deployment)
// <version> is package.json's, which must equal the manifest's.
//
// Reproducible: the same commit gives the same bytes. Zip entries carry a timestamp and `web-ext build`
// writes the current time and adds files in the order reads finish, so both packages are written here
// with entries sorted by path, no directory entries, and one fixed time: SOURCE_DATE_EPOCH when set,
// else the commit time of HEAD. The Firefox package keeps exactly the files web-ext chose.
//
// Options: --out <dir> (default artifacts/). Prints each package's size and sha256.
import { cmd as webExt } from 'web-ext';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Seconds since the epoch for every entry: SOURCE_DATE_EPOCH, else HEAD's commit time, else 1980-01-01. */
export function sourceDateEpoch() {
  if (process.env.SOURCE_DATE_EPOCH) return Number(process.env.SOURCE_DATE_EPOCH);
  try {
    return Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    return 315532800; // 1980-01-01, the earliest time a zip entry can hold
  }
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** A zip of `files` ({ path → bytes }): sorted paths, one timestamp, DEFLATE level 9, no folder entries. */
async function reproducibleZip(files, epochSeconds) {
  const zip = new JSZip();
  // jszip stores DOS times in UTC with 2-second steps; an even second keeps the round trip exact.
  const date = new Date(Math.floor(epochSeconds / 2) * 2000);
  for (const path of Object.keys(files).sort()) zip.file(path, files[path], { date, createFolders: false, binary: true });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

function readManifestVersion(dist) {
  const file = join(dist, 'manifest.json');
  if (!existsSync(file)) throw new Error(`no build in ${dist}: run npm run build && npm run build:firefox`);
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

/** The files `web-ext build` packs from dist/firefox, read back from the zip it wrote. */
async function webExtFiles(sourceDir) {
  const scratch = mkdtempSync(join(tmpdir(), 'phi-guard-web-ext-'));
  try {
    const { extensionPath } = await webExt.build(
      { sourceDir, artifactsDir: scratch, filename: 'firefox.zip', overwriteDest: true },
      { shouldExitProgram: false },
    );
    const zip = await JSZip.loadAsync(readFileSync(extensionPath));
    const files = {};
    for (const entry of Object.values(zip.files)) {
      if (!entry.dir) files[entry.name] = await entry.async('nodebuffer');
    }
    return files;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function makePackages({ out = join(ROOT, 'artifacts') } = {}) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const chromeDir = join(ROOT, 'dist/chrome');
  const firefoxDir = join(ROOT, 'dist/firefox');
  for (const dir of [chromeDir, firefoxDir]) {
    const built = readManifestVersion(dir);
    if (built !== version) throw new Error(`${relative(ROOT, dir)}/manifest.json says ${built}, package.json says ${version}: make them agree and rebuild`);
  }
  const epoch = sourceDateEpoch();
  const chromeFiles = Object.fromEntries(filesUnder(chromeDir).map((path) => [path, readFileSync(join(chromeDir, path))]));
  const packages = [
    { name: `phi-guard-${version}-chrome.zip`, bytes: await reproducibleZip(chromeFiles, epoch) },
    { name: `phi-guard-${version}-firefox.zip`, bytes: await reproducibleZip(await webExtFiles(firefoxDir), epoch) },
  ];
  mkdirSync(out, { recursive: true });
  return packages.map(({ name, bytes }) => {
    const path = join(out, name);
    writeFileSync(path, bytes);
    return { path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : undefined;
  try {
    for (const made of await makePackages({ out })) {
      console.log(`${made.sha256}  ${relative(process.cwd(), made.path)}  (${made.size.toLocaleString('en')} bytes)`);
    }
  } catch (error) {
    console.error(`package: ${error.message}`);
    process.exit(1);
  }
}
