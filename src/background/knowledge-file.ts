// Answers the content script's knowledge requests from the file the build put in the package
// (knowledge.bin, see vite.config.ts and detector/knowledge/wire.ts), one part per request. Read once
// per worker life; the worker reads its own package, so the file is not web-accessible and no page can
// tell the extension is installed by fetching it.
import { inflateKnowledge, KNOWLEDGE_FILE, knowledgeParts, type KnowledgePart } from '../detector/knowledge/wire';
import { extensionApi } from '../policy/extension-api';

export { KNOWLEDGE_FILE };

let cached: Promise<KnowledgePart[] | null> | null = null;

function parts(): Promise<KnowledgePart[] | null> {
  cached ??= (async () => {
    const url = extensionApi()?.runtime.getURL(KNOWLEDGE_FILE);
    if (!url) return null;
    const response = await fetch(url);
    if (!response.ok) return null;
    // Sent as the text it is: the content script parses it (wire.ts KnowledgeAssembler), the worker need not.
    return knowledgeParts(await inflateKnowledge(new Uint8Array(await response.arrayBuffer())));
  })().catch(() => {
    cached = null;
    return null;
  });
  return cached;
}

/** Starts reading the file (once per worker life), ahead of the requests. A page asks when a composer
 *  appears: reading and inflating took 150-350 ms of a cold worker, which the first focus waited for. */
export async function prepareKnowledgeFile(): Promise<void> {
  await parts();
}

/** Part `part` (0..KNOWLEDGE_PARTS-1) of the knowledge, or null when the file cannot be read. */
export async function knowledgeFilePart(part: unknown): Promise<KnowledgePart | null> {
  const all = await parts();
  return (Number.isInteger(part) && all?.[part as number]) || null;
}
