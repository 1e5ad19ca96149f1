// Loads the detector's knowledge of names and places (src/detector/knowledge) on the first composer
// focus, not at page start: it is a few MB the content script must not parse on every page of every
// guarded site. The service worker reads the file from the extension package and answers by message,
// so the file needs no web_accessible_resources entry a page could probe for (docs/architecture.md).
// The answer comes in parts (wire.ts); the tables stay in the packed form they are searched in (table.ts).
// Until it arrives, and if it never does, the detector runs on its built-in core.
import { installKnowledge, knowledgeReady, prepareSemanticScores } from '../detector/knowledge';
import { KNOWLEDGE_PARTS, KnowledgeAssembler } from '../detector/knowledge/wire';
import { prepareCueLanguages } from '../detector/story/signals';
import type { Message } from '../shared/messages';

let pending = false;
let prepareAsked = false;

/** How long the last load took, focus to installed (ms). Kept on the content script's own global, which
 *  only its isolated world sees (not the page): scripts/bench-browser.mjs reads it through CDP. */
const TIMING_KEY = '__phiGuardKnowledgeMs';
/** The same load by phase, ms from the focus: the cue index and the word scores built, the header's last line
 *  parsed, every part in, the parts joined. */
const PHASES_KEY = '__phiGuardKnowledgePhases';

/** When the page's first composer appears: asks the worker to read the knowledge file now (once per page),
 *  so the first focus does not wait for its first read of the file (150-350 ms on a cold worker). The content
 *  script itself takes nothing until that focus; the worker keeps what it read for its life. */
export function prepareKnowledge(): void {
  if (prepareAsked || pending || knowledgeReady()) return;
  const runtime = globalThis.chrome?.runtime;
  if (!runtime?.id) return;
  prepareAsked = true;
  try {
    const request: Message = { type: 'knowledge-prepare' };
    (runtime.sendMessage(request) as Promise<unknown> | undefined)?.catch?.(() => {});
  } catch {
    // The extension was reloaded under this page: the focus will find out.
  }
}

/** Asks once (again after a failure); `ready` runs after the knowledge is installed. */
export function loadKnowledge(ready: () => void): void {
  if (pending || knowledgeReady()) return;
  const runtime = globalThis.chrome?.runtime;
  if (!runtime?.id) return;
  pending = true;
  const started = performance.now();
  const phases: Record<string, number> = {};
  (globalThis as Record<string, unknown>)[PHASES_KEY] = phases;
  // The index of the other languages' cue phrases and the word scores are built as soon as their header lines
  // have arrived (wire.ts sends them first), while the worker still sends the rest.
  const assembler = new KnowledgeAssembler((line) => {
    if ('cues' in line) {
      prepareCueLanguages(line.cues);
      phases.cues = performance.now() - started;
    }
    if ('semantic' in line) {
      prepareSemanticScores(line.semantic);
      phases.scores = performance.now() - started;
    }
    if ('lengths' in line) phases.header = performance.now() - started;
  });
  // All parts at once: several small messages cross between processes far faster than one large one (wire.ts).
  let answers: Promise<void>[];
  try {
    answers = Array.from({ length: KNOWLEDGE_PARTS }, (_, part) => {
      const request: Message = { type: 'knowledge-request', part };
      const answer = runtime.sendMessage(request) as Promise<unknown> | undefined;
      if (!answer) throw new Error('no answer');
      return answer.then((response) => {
        if (!assembler.add(part, (response as { part?: unknown } | undefined)?.part)) throw new Error('malformed part');
      });
    });
  } catch {
    pending = false;
    return;
  }
  Promise.all(answers).then(
    () => {
      pending = false;
      phases.parts = performance.now() - started;
      const data = assembler.result();
      phases.joined = performance.now() - started;
      if (data && installKnowledge(data)) {
        (globalThis as Record<string, unknown>)[TIMING_KEY] = performance.now() - started;
        ready();
      }
    },
    () => {
      // The extension was reloaded under this page, or the worker could not read the file (a part is null):
      // stay on the core.
      pending = false;
    },
  );
}
