// Reads the invented training posts (scripts/data/invented/*.src.txt): posts written for this project by
// writers who never read the corpora, in the corpora's source format (../shared/corpus/README.md):
//   === i1-001 | reddit | phi | contextual
//   the post, with identifiers written {{LABEL|surface text}}
// They widen what the models learn from (registers the corpora lack: news and health-system pages, staff
// forums, more languages, harder negatives). They are training data only: every figure that `npm run eval`
// reports as evidence is on a corpus source left out, never on these. So are the spent held-out posts
// (SPENT_WRITERS below).
// `npx tsx scripts/lib/invented.ts [file or folder]` checks the posts and prints a summary; it exits 1 on a
// malformed post.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusPost, GoldSpan } from './corpus';

const here = dirname(fileURLToPath(import.meta.url));
// PHI_GUARD_INVENTED points elsewhere (an empty folder measures the models without the invented posts).
export const INVENTED_DIR = process.env.PHI_GUARD_INVENTED ?? resolve(here, '../data/invented');
/** Posts written the same way by writers who never read the corpora or the code, kept out of all training and
 *  tuning until a session reads their misses: `npm run eval -- --heldout` scores the shipped detector on them
 *  (scripts/eval-heldout.ts). */
export const HELDOUT_DIR = resolve(here, '../data/heldout');
/** Held-out writers whose misses a session has read to change the detector (scripts/eval-heldout.ts says which
 *  session read which). Their figures are no longer evidence, so since the twenty-eighth session they train the
 *  models as the invented posts do (loadTrainingPosts): 1,210 posts by eighteen writers in registers the corpora
 *  lack (quick leave-one-source-out ranking 0.973 -> 0.976). */
export const SPENT_WRITERS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9', 'h10', 'h11', 'h12', 'h13', 'h14', 'h15', 'h16', 'h17', 'h18']);
/** The writers added last, whose totals no change has yet been measured against: never trained on. */
export const NEWEST_WRITERS: ReadonlySet<string> = new Set(['h19', 'h20']);
export const heldoutWriter = (post: { id: string }) => post.id.split('-')[0];

/** The spent held-out writers' posts (SPENT_WRITERS), for training. */
export function loadSpentHeldout(): CorpusPost[] {
  return loadInvented(HELDOUT_DIR).filter((p) => SPENT_WRITERS.has(heldoutWriter(p)));
}

const LABELS = new Set(['NAME', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'PLAN_ID', 'ACCOUNT', 'LICENSE',
  'VEHICLE', 'DEVICE', 'URL', 'IP', 'ADDRESS', 'LOCATION', 'ZIP', 'ROOM', 'OTHER_ID']);
const SITES = new Set(['x', 'facebook', 'instagram', 'linkedin', 'reddit', 'threads', 'bluesky', 'mastodon', 'tiktok',
  'youtube', 'nextdoor', 'chatgpt', 'claude', 'gemini', 'other']);
const PHI_KINDS = new Set(['direct', 'contextual']);
const OK_KINDS = new Set(['benign', 'hard_negative', 'own_health', 'public_info']);
// Invented writers are i1, i2 …; the held-out writers (scripts/data/heldout/; trained on once spent) h1, h2 ….
const HEADER = /^=== ([ih]\d+-\d{3}) \| ([a-z]+) \| (phi|ok) \| ([a-z_]+)\s*$/;
const MARK = /\{\{([A-Z_]+)\|([^{}|]+)\}\}/g;

/** Parses one source file; throws with the file, line and reason on the first malformed post. */
export function parseInvented(source: string, file = 'invented'): CorpusPost[] {
  const posts: CorpusPost[] = [];
  const lines = source.split('\n');
  let header: RegExpMatchArray | null = null;
  let headerLine = 0;
  let body: string[] = [];
  const flush = () => {
    if (!header) return;
    const where = `${file}:${headerLine}`;
    const [, id, site, verdict, kind] = header;
    const raw = body.join('\n').trim();
    if (!raw) throw new Error(`${where}: ${id} has no text`);
    if (!SITES.has(site)) throw new Error(`${where}: unknown site "${site}"`);
    const phi = verdict === 'phi';
    if (!(phi ? PHI_KINDS : OK_KINDS).has(kind)) throw new Error(`${where}: kind "${kind}" does not go with ${verdict}`);
    const spans: GoldSpan[] = [];
    let text = '';
    let last = 0;
    for (const m of raw.matchAll(MARK)) {
      if (!LABELS.has(m[1])) throw new Error(`${where}: unknown label "${m[1]}"`);
      text += raw.slice(last, m.index);
      spans.push({ start: text.length, end: text.length + m[2].length, label: m[1], text: m[2] });
      text += m[2];
      last = m.index! + m[0].length;
    }
    text += raw.slice(last);
    if (/\{\{|\}\}/.test(text)) throw new Error(`${where}: ${id} has unbalanced {{…}} markup`);
    if (!phi && spans.length) throw new Error(`${where}: ${id} is ok but has spans`);
    if (kind === 'direct' && !spans.length) throw new Error(`${where}: ${id} is direct but has no span`);
    posts.push({ id, site, phi, kind, text, spans });
    header = null;
  };
  lines.forEach((line, i) => {
    const m = line.match(HEADER);
    if (m) {
      flush();
      header = m;
      headerLine = i + 1;
      body = [];
    } else if (line.startsWith('===')) {
      throw new Error(`${file}:${i + 1}: malformed header "${line}"`);
    } else if (header) {
      body.push(line);
    } else if (line.trim()) {
      throw new Error(`${file}:${i + 1}: text before the first header`);
    }
  });
  flush();
  return posts;
}

/** Every invented post, file by file in name order; ids must be unique across files. */
export function loadInvented(dir = INVENTED_DIR): CorpusPost[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.src.txt')).sort();
  } catch {
    return [];
  }
  const posts = files.flatMap((f) => parseInvented(readFileSync(join(dir, f), 'utf8'), f));
  const seen = new Set<string>();
  for (const p of posts) {
    if (seen.has(p.id)) throw new Error(`duplicate id ${p.id}`);
    seen.add(p.id);
  }
  return posts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const arg = process.argv[2] ? resolve(process.argv[2]) : INVENTED_DIR;
    const posts = arg.endsWith('.src.txt') ? parseInvented(readFileSync(arg, 'utf8'), arg) : loadInvented(arg);
    const count = new Map<string, number>();
    for (const p of posts) {
      const key = `${p.id.split('-')[0]} ${p.phi ? 'phi' : 'ok'} ${p.kind}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
    for (const [k, n] of [...count].sort()) console.log(`${k.padEnd(28)} ${n}`);
    console.log(`${posts.length} posts, ${posts.reduce((s, p) => s + p.spans.length, 0)} spans`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
