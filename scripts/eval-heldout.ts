// npm run eval -- --heldout [--verbose]: the shipped detector on posts nothing was fitted or tuned on.
// scripts/data/heldout/ holds posts by writers (h1, h2 …) who never read the corpora, written in the
// corpora's format and labels, each on a register the guard must hold on: replies to patient reviews (h1),
// long posts (h2), other languages and mixed-language posts (h3), health-system pages, EMS and local news
// (h4), AI-chat pastes (h5). Unlike the invented posts they never train: not the models, not the stacker,
// not the operating points. So this is the one figure here measured by the detector exactly as it ships.
// Reading its misses to change the detector spends it: whoever does must say so beside the figures, and
// write a new held-out file for the next measurement.
// h1-h5 are spent: the sixteenth session read their misses (after consulting their totals in the fifteenth).
// h6-h8, written that session before any change by three writers who saw neither the corpora nor the code,
// are the fresh measurement: clinicians' own social posts (h6); community groups, comments, LinkedIn, news
// comments and staff forums (h7); review replies and AI-chat pastes (h8). The 'fresh' row counted them only (it counts any writer neither spent nor newest).
// h9-h10 were written in the twenty-third session by two writers who saw neither the corpora,
// the code nor the other held-out files, after that session's detector changes were made: clinicians' posts
// across the sites, review replies, AI-chat pastes and posts to the patient (h9); public text as found online,
// leaked posts as coverage quotes them, forums, health-system pages and news about breaches (h10). The
// 'newest' row counted them, first scored at that session's end. The twenty-fourth session read their misses
// and false alarms at medium (before any change), so they are spent too. h11-h12 were written that session
// by two more writers who saw neither the corpora, the code nor the other held-out files: public text as
// found online (h11) and clinicians across sites, registers and languages (h12). The twenty-fifth session
// read the misses and false alarms at medium of h6-h8 and h11-h12 (before any change), so every writer up
// to h12 is spent. h13-h14 were written at that session's start by two more writers who saw neither the
// corpora, the code nor the other held-out files: public text as found online (h13) and clinicians in their
// own voice across settings, sites and languages (h14). The twenty-sixth session read their misses and false
// alarms at medium (before any change), so they are spent. h15-h16 were written at that session's start by two
// more writers who saw neither the corpora, the code nor the other held-out files: staff who are not doctors or
// nurses (paramedics, pharmacy, dental, therapy, home care, front desk; h15) and physicians, nurses and
// mental-health staff across settings (h16), with about 25 posts in other languages. Their misses and false alarms
// were read in the twenty-seventh session, so they are spent. h17-h18 were written at that session's start by two
// more such writers: staff outside the US or across borders, in their own English and ten other languages (h17),
// and real public text of the kinds that reach privacy complaints and the news: staff posts that made the news,
// quoted posts, forum posts, health-system pages (h18). The twenty-eighth session read their misses and false
// alarms at medium (before any change), so they are spent. h19-h20 were written at that session's start by two
// more such writers: US hospital and clinic staff of every kind posting casually after a shift, to friends and to
// patients and families (h19), and what practices and clinicians type to the public or to an AI: review replies,
// AI-chat pastes of notes and letters, patient-facing posts, neighbourhood groups, about ten in other languages
// (h20). The 'newest' row counts them. Since that session the spent writers' posts train the models as the
// invented posts do (scripts/lib/invented.ts SPENT_WRITERS), so their rows are training figures.
import type { Sensitivity } from '../src/detector';
import { scan } from '../src/detector/node';
import type { CorpusPost } from './lib/corpus';
import { HELDOUT_DIR, loadInvented, NEWEST_WRITERS, SPENT_WRITERS } from './lib/invented';

const verbose = process.argv.includes('--verbose');
const posts = loadInvented(HELDOUT_DIR);
if (!posts.length) {
  console.log(`No held-out posts in ${HELDOUT_DIR}: nothing to evaluate.`);
} else {
  const writerOf = (p: CorpusPost) => p.id.split('-')[0];
  const writers = [...new Set(posts.map(writerOf))];
  const pct = (hit: number, n: number) => (n ? ((100 * hit) / n).toFixed(1) : '-').padStart(6);
  const kindOf = (p: CorpusPost) => (p.phi ? (p.kind === 'contextual' ? 'contextual' : 'direct') : 'ok');
  const levels: Sensitivity[] = ['low', 'medium', 'high'];
  const results = new Map(levels.map((s) => [s, posts.map((p) => scan(p.text, { sensitivity: s }))]));
  const warned = new Map(levels.map((s) => [s, results.get(s)!.map((r) => r.verdict === 'warn')]));
  console.log(`The shipped detector on ${posts.length} held-out posts (${writers.length} writers). The spent writers' posts (${[...SPENT_WRITERS].join(', ')}) train the models, so their rows and 'all' are training figures; the 'newest' row is the evidence.\n`);
  for (const s of levels) {
    console.log(`sensitivity ${s}\nwriter posts  direct  contextual  false-alarms   (n direct / contextual / ok)`);
    const row = (label: string, chosen: number[]) => {
      const n = { direct: 0, contextual: 0, ok: 0 };
      const hit = { direct: 0, contextual: 0, ok: 0 };
      for (const i of chosen) {
        const k = kindOf(posts[i]);
        n[k]++;
        if (warned.get(s)![i]) hit[k]++;
      }
      console.log(`${label.padEnd(6)} ${String(chosen.length).padStart(5)}  ${pct(hit.direct, n.direct)}      ${pct(hit.contextual, n.contextual)}        ${pct(hit.ok, n.ok)}   (${n.direct}/${n.contextual}/${n.ok})`);
    };
    for (const w of writers) row(w, posts.flatMap((p, i) => (writerOf(p) === w ? [i] : [])));
    row('all', posts.map((_, i) => i));
    const fresh = posts.flatMap((p, i) => (SPENT_WRITERS.has(writerOf(p)) || NEWEST_WRITERS.has(writerOf(p)) ? [] : [i]));
    if (fresh.length) row('fresh', fresh);
    row('newest', posts.flatMap((p, i) => (NEWEST_WRITERS.has(writerOf(p)) ? [i] : [])));
    console.log('');
  }
  // Span recall at medium: the share of annotated identifiers in posts that warn that a finding overlaps
  // (any finding: a STORY covers what it spans), overall and per label.
  const byLabel = new Map<string, [number, number]>();
  posts.forEach((p, i) => {
    if (!warned.get('medium')![i]) return;
    const findings = results.get('medium')![i].findings;
    for (const g of p.spans) {
      const t = byLabel.get(g.label) ?? [0, 0];
      t[1]++;
      if (findings.some((f) => f.start < g.end && g.start < f.end)) t[0]++;
      byLabel.set(g.label, t);
    }
  });
  const [covered, spans] = [...byLabel.values()].reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
  console.log(`span recall at medium, in the posts that warn: ${pct(covered, spans).trim()}% (${covered} of ${spans})`);
  console.log(`  by label: ${[...byLabel].sort((a, b) => b[1][1] - a[1][1]).map(([l, [c, n]]) => `${l} ${c}/${n}`).join(', ')}`);
  if (verbose) {
    const m = warned.get('medium')!;
    posts.forEach((p, i) => {
      if (p.phi !== m[i]) console.log(`${p.phi ? 'MISSED' : 'FALSE ALARM'} ${p.id} ${p.kind}: ${p.text.slice(0, 140).replace(/\s+/g, ' ')}`);
    });
  }
}
