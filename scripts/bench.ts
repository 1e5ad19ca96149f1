// npm run bench: the detector's speed and size figures (design.md §9). Benchmarks report; they do
// not fail on noise. In-browser figures come from scripts/bench-browser.mjs (run after this).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import * as fromSource from '../src/detector/node';
import { loadCorpus } from './lib/corpus';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n: number) => `${n.toFixed(3)} ms`;
const row = (label: string, value: string, target = '') => console.log(`  ${label.padEnd(44)} ${value.padEnd(22)} ${target}`);

async function corpusLatency(): Promise<void> {
  const posts = loadCorpus()?.map((p) => p.text) ?? [];
  if (!posts.length) {
    row('per-post latency', 'skipped (no corpus)');
    return;
  }
  for (const text of posts) scan(text);
  const times: number[] = [];
  const shortTimes: number[] = [];
  // The same posts' times from the fifth timed round on (five rounds in all before them, as for the
  // throughput below): the first rounds run while V8 is still optimising the detector.
  const shortTimesWarm: number[] = [];
  let chars = 0;
  const started = performance.now();
  for (let round = 0; round < 20; round++) {
    for (const text of posts) {
      const t = performance.now();
      scan(text);
      const took = performance.now() - t;
      times.push(took);
      if (text.length <= 1000) shortTimes.push(took);
      if (text.length <= 1000 && round >= 4) shortTimesWarm.push(took);
      chars += text.length;
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  shortTimes.sort((a, b) => a - b);
  shortTimesWarm.sort((a, b) => a - b);
  console.log(`Corpus: ${posts.length} posts, 20 rounds, a full (uncached) scan each time`);
  row('per-post latency p50, all posts', ms(percentile(times, 50)));
  row('per-post latency p99, all posts', ms(percentile(times, 99)));
  row('per-post latency p99, posts ≤ 1,000 chars', ms(percentile(shortTimes, 99)), 'target ≤ 1 ms');
  row('the same, after 5 warm-up rounds', ms(percentile(shortTimesWarm, 99)), 'target ≤ 1 ms');
  const ours = chars / elapsed;
  const redactor = await redactPii();
  const compare = (o: number, t: number | null) => (t ? `redact-pii in this run: ${(t / 1e6).toFixed(2)} M chars/s → ${(o / t).toFixed(2)} × (target ≥ 0.6 ×)` : '');
  const theirs = redactor && throughput(redactor, posts, 1);
  row('throughput, after 1 warm-up round', `${(ours / 1e6).toFixed(2)} M chars/s`, compare(ours, theirs));
  // The rounds above start while V8 is still optimising the detector (a round of the 200 posts takes about
  // 190, 110, 100, 110, 80 ms before it settles near 40 ms); a tab's content script that has scanned a few
  // posts runs the optimised code. Both libraries get the same five rounds first.
  const oursWarm = throughput(scan, posts, 5);
  const theirsWarm = redactor && throughput(redactor, posts, 5);
  row('throughput, after 5 warm-up rounds', `${(oursWarm / 1e6).toFixed(2)} M chars/s`, compare(oursWarm, theirsWarm));
}

/** Characters per second over 20 rounds of the posts, after `warmRounds` rounds that are not timed. */
function throughput(run: (text: string) => unknown, posts: string[], warmRounds: number): number {
  for (let round = 0; round < warmRounds; round++) for (const text of posts) run(text);
  let chars = 0;
  const started = performance.now();
  for (let round = 0; round < 20; round++) for (const text of posts) { run(text); chars += text.length; }
  return chars / ((performance.now() - started) / 1000);
}

/** redact-pii (regex only, a devDependency for this comparison), or null when it is not installed. */
async function redactPii(): Promise<((text: string) => unknown) | null> {
  try {
    const { SyncRedactor } = await import('redact-pii');
    const redactor = new SyncRedactor();
    return (text: string) => redactor.redact(text);
  } catch {
    return null;
  }
}

function keystroke(): void {
  const paragraph = 'Pt in bed 12 is stable tonight, family at bedside, plan to wean O2 and recheck labs in the morning. ';
  const post = Array.from({ length: 25 }, (_, i) => paragraph.replace('12', String(i + 1)).repeat(2)).join('\n').slice(0, 5000);
  const type = typing(post);
  // The first few hundred keystrokes of a fresh process run while V8 is still compiling and optimising
  // the detector (spikes of 5-30 ms); a tab that has been typed in for a while runs the optimised code.
  // Both are reported: the cold figure is the worst a person sees in their first sentences.
  const cold = type(300);
  const warm = type(1000);
  console.log('Typing into a 5,000-character post (incremental scanner, one keystroke in a middle paragraph)');
  row('keystroke p99, first 300 (JIT warming up)', ms(percentile(cold, 99)));
  row('keystroke p50, the next 1,000', ms(percentile(warm, 50)));
  row('keystroke p99, the next 1,000', ms(percentile(warm, 99)), 'target ≤ 0.5 ms');
  // A pasted table is read whole on every scan (tables.ts: a header labels the rows under it).
  const tableRow = (i: number) => `| ${i + 1} | Row ${i + 1} | 4471-${String(2000 + i)} | awaiting review | $${i + 10}.00 |`;
  const table = ['| Bed | Patient | Acct | Status | Amount |', '|---|---|---|---|---|', ...Array.from({ length: 80 }, (_, i) => tableRow(i))].join('\n').slice(0, 5000);
  const typeTable = typing(table);
  typeTable(300);
  const tableWarm = typeTable(1000);
  row('keystroke p50 / p99 in a 5,000-char table', `${ms(percentile(tableWarm, 50))} / ${ms(percentile(tableWarm, 99))}`);
}

/** Types characters into a middle line of `post` with a fresh scanner; the time of each rescan. */
function typing(post: string): (count: number) => number[] {
  return (count: number): number[] => {
    const scanner = createIncrementalScanner();
    scanner.scan(post);
    const times: number[] = [];
    let text = post;
    const middle = post.indexOf('\n', 2500);
    for (let i = 0; i < count; i++) {
      text = text.slice(0, middle) + 'x' + text.slice(middle);
      const t = performance.now();
      scanner.scan(text);
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  };
}

async function hugePaste(): Promise<void> {
  const sentence = 'Vitals stable, ambulating in the hall with PT, tolerating a regular diet, pain controlled. ';
  let text = '';
  for (let i = 0; text.length < 100_000; i++) text += (i % 7 === 6 ? '\n' : '') + sentence.replace('PT', `PT ${i}`);
  text = text.slice(0, 100_000);
  const t = performance.now();
  scan(text);
  const full = performance.now() - t;
  const scanner = createIncrementalScanner();
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 0);
  const t2 = performance.now();
  await scanner.scanAsync(text);
  const asyncTotal = performance.now() - t2;
  clearInterval(timer);
  longest = Math.max(longest, performance.now() - last);
  console.log('A 100,000-character paste');
  row('full synchronous scan', ms(full), 'target < 500 ms in total');
  row('time-sliced scanAsync, total', ms(asyncTotal));
  row('time-sliced scanAsync, longest block', ms(longest), 'keeps the page responsive');
  // A 1,000,000-character paste of mixed text (issue 10: it must finish). The record numbers must not look
  // like placeholders ("1000002" is held below the policy bar as a test number), or the paste warns on
  // nothing and the row stops measuring the cost of building its findings.
  const million = Array.from({ length: 10 }, (_, i) => text.replace(/PT (\d+)/g, `PT $1 MRN ${5830127 + 7919 * i}`)).join('\n').slice(0, 1_000_000);
  const t3 = performance.now();
  const r = scan(million);
  row('1,000,000-character paste, full scan', `${ms(performance.now() - t3)} (${r.findings.length} findings)`, 'finishes');
}

function coldImport(): void {
  const detector = 'dist/node/detector.js';
  if (!existsSync(detector)) {
    row('cold import', 'skipped (run npm run build)');
    return;
  }
  const script = `const t=performance.now();const {scan}=await import('./${detector}');const i=performance.now();scan('Mr. Smith DOB 1/2/1950');console.log(JSON.stringify([i-t, performance.now()-i]))`;
  const runs = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as [number, number]);
  const importMs = runs.map((r) => r[0]).sort((a, b) => a - b)[2];
  const firstScan = runs.map((r) => r[1]).sort((a, b) => a - b)[2];
  console.log('Start-up (median of 5 fresh Node processes)');
  row('cold import of the detector', ms(importMs));
  row('first scan after import (lexicon build)', ms(firstScan));
}

async function shippedSize(): Promise<void> {
  const contentScript = 'dist/chrome/src/content/index.js';
  console.log('Size as shipped');
  // The detector alone, minified for the browser the way the content script bundles it.
  const bundle = await build({ entryPoints: ['src/detector/index.ts'], bundle: true, minify: true, format: 'iife', target: 'chrome120', write: false });
  const detector = bundle.outputFiles[0].contents;
  row('detector alone (minified), raw', `${(detector.length / 1024).toFixed(1)} KB`);
  row('detector alone (minified), gzip -9', `${(gzipSync(detector, { level: 9 }).length / 1024).toFixed(1)} KB`, 'target < 200 KB gzip');
  if (!existsSync(contentScript)) {
    row('content script', 'skipped (run npm run build)');
    return;
  }
  const raw = readFileSync(contentScript);
  row('content script (detector + guard), raw', `${(statSync(contentScript).size / 1024).toFixed(1)} KB`);
  row('content script (detector + guard), gzip -9', `${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB`, 'target <= 150 KB gzip at page start');
}

/** The knowledge of names and places: its size in the package and on the wire, install cost, and the heap it holds. */
function knowledgeFigures(): void {
  const file = 'dist/chrome/knowledge.bin';
  console.log('Knowledge of names and places (loaded on the first composer focus)');
  if (!existsSync(file)) {
    row('knowledge', 'skipped (run npm run build)');
    return;
  }
  row('file in the package (deflated)', `${(statSync(file).size / 1024).toFixed(0)} KB`, file);
  // A fresh Node process: heap before, after what the content script does with the worker's answers
  // (join the parts, install: the tables stay packed), and after scanning posts with it.
  const script = `
    const { readFileSync } = await import('node:fs');
    const { inflateRawSync } = await import('node:zlib');
    const gc = globalThis.gc;
    gc(); const base = process.memoryUsage().heapUsed;
    const { scan } = await import('./src/detector/index.ts');
    const { installKnowledge } = await import('./src/detector/knowledge/index.ts');
    const { knowledgeFromParts, knowledgeParts } = await import('./src/detector/knowledge/wire.ts');
    scan('warm up the core: Mr. Smith DOB 1/2/1950');
    gc(); const core = process.memoryUsage().heapUsed;
    let parts = knowledgeParts(inflateRawSync(readFileSync('${file}')).toString('utf8'));
    const wire = parts.reduce((n, p) => n + Buffer.byteLength(JSON.stringify(p)), 0);
    const t = performance.now(); const data = knowledgeFromParts(parts); const joined = performance.now();
    parts = null;
    installKnowledge(data); const installed = performance.now();
    const post = 'Señora Itzayana Quispe-Barrios from Millbrook was seen today, her son Dashiell too.';
    scan(post);
    const firstScan = performance.now() - installed;
    const s2 = performance.now(); scan(post + ' '); const secondScan = performance.now() - s2;
    gc(); const withData = process.memoryUsage().heapUsed;
    console.log(JSON.stringify({ core: core - base, withData: withData - base, wire, join: joined - t, install: installed - joined, firstScan, secondScan }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' })) as Record<string, number>;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  row('messages worker -> tab (JSON, all parts)', `${(out.wire / 1024).toFixed(0)} KB`);
  row('joining the parts', ms(out.join));
  row('installKnowledge', ms(out.install));
  row('first / second scan with the knowledge', `${ms(out.firstScan)} / ${ms(out.secondScan)}`);
  row('detector heap, core only', mb(out.core));
  row('detector heap, with the knowledge', mb(out.withData), 'target <= 30 MB in a tab');
}

// The speed figures time the detector as it ships: the bundle `npm run build` writes (dist/node/detector.js,
// the same modules vite bundles into the content script). Under tsx, the source runs about 20% slower and
// its p99 is twice as noisy (each closure tsx transpiles costs a property definition). Without a build, the
// source is timed and the header says so.
const BUILT = 'dist/node/detector.js';
const detector: typeof fromSource = existsSync(BUILT) ? await import(resolve(BUILT)) : fromSource;
const { createIncrementalScanner, scan } = detector;

const [load1] = loadavg();
console.log(`PHI Guard benchmark (Node ${process.version}, ${cpus().length} cores, load average ${load1.toFixed(2)}: figures are noisy when it is above 1)`);
console.log(`Timing ${detector === fromSource ? 'the source under tsx (no build: run npm run build to time what ships)' : BUILT}\n`);
await corpusLatency();
keystroke();
await hugePaste();
coldImport();
await shippedSize();
knowledgeFigures();
