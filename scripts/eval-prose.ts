// npm run eval -- --prose [--sensitivity low|high] [--verbose]: warnings on prose that is nobody's health
// information, the READMEs of the installed packages (every README.md of a top-level package under
// node_modules, split into blocks at blank lines). Authors' names, handles, links, addresses, dates and version
// numbers are what those blocks hold; a warning there is a false alarm of the kind a clinician's ordinary
// posts would meet. The count depends on what is installed, so compare commits on the same node_modules.
// --verbose prints each warned block's findings and its first line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scan, type Sensitivity } from '../src/detector/node';

const args = process.argv.slice(2);
const sensArg = args[args.indexOf('--sensitivity') + 1] as Sensitivity;
const sensitivity: Sensitivity = ['low', 'medium', 'high'].includes(sensArg) ? sensArg : 'medium';
const verbose = args.includes('--verbose');

/** node_modules/<name>/README.md and node_modules/@scope/<name>/README.md, in any letter case. */
function readmes(root = 'node_modules'): string[] {
  const packages = readdirSync(root).flatMap((name) =>
    name.startsWith('@') ? readdirSync(join(root, name)).map((inner) => join(root, name, inner)) : name.startsWith('.') ? [] : [join(root, name)],
  );
  return packages.flatMap((dir) => {
    try {
      if (!statSync(dir).isDirectory()) return [];
      return readdirSync(dir).filter((f) => f.toLowerCase() === 'readme.md').map((f) => join(dir, f));
    } catch {
      return [];
    }
  });
}

const files = readmes();
let blocks = 0;
let warned = 0;
for (const file of files) {
  for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    if (!block.trim()) continue;
    blocks++;
    const result = scan(block, { sensitivity });
    if (result.verdict !== 'warn') continue;
    warned++;
    if (verbose) console.log(`${file}: ${result.findings.map((f) => `${f.category} ${JSON.stringify(block.slice(f.start, f.end))}`).join(', ').slice(0, 160)}\n    ${block.split('\n')[0].slice(0, 120)}`);
  }
}
console.log(`README prose at sensitivity ${sensitivity}: ${warned} of ${blocks} blocks warn (${((warned / Math.max(1, blocks)) * 100).toFixed(2)}%), ${files.length} READMEs`);
