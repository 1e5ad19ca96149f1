// Loads the detector's knowledge of names and places (src/detector/knowledge) on the first composer
// focus, not at page start: it is a few MB the content script must not parse on every page of every
// guarded site. The service worker reads the file from the extension package and answers by message,
// so the file needs no web_accessible_resources entry a page could probe for (docs/architecture.md).
// Until it arrives, and if it never does, the detector runs on its built-in core.
import { installKnowledge, knowledgeReady, type KnowledgeData } from '../detector/knowledge';
import type { Message } from '../shared/messages';

let pending = false;

/** Asks once (again after a failure); `ready` runs after the knowledge is installed. */
export function loadKnowledge(ready: () => void): void {
  if (pending || knowledgeReady()) return;
  const runtime = globalThis.chrome?.runtime;
  if (!runtime?.id) return;
  pending = true;
  const request: Message = { type: 'knowledge-request' };
  let answer: Promise<unknown> | undefined;
  try {
    answer = runtime.sendMessage(request) as Promise<unknown> | undefined;
  } catch {
    answer = undefined;
  }
  if (!answer) {
    pending = false;
    return;
  }
  answer.then(
    (response) => {
      pending = false;
      const data = (response as { knowledge?: KnowledgeData } | undefined)?.knowledge;
      if (data && installKnowledge(data)) ready();
    },
    () => {
      // The extension was reloaded under this page, or the worker could not read the file: stay on the core.
      pending = false;
    },
  );
}
