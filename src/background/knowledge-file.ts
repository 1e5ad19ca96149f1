// Answers the content script's knowledge request with the file the build put in the package
// (knowledge.json, see vite.config.ts). Read once per worker life; the worker reads its own package,
// so the file is not web-accessible and no page can tell the extension is installed by fetching it.
import type { KnowledgeData } from '../detector/knowledge/types';
import { extensionApi } from '../policy/extension-api';

export const KNOWLEDGE_FILE = 'knowledge.json';

let cached: Promise<KnowledgeData | null> | null = null;

export function knowledgeFile(): Promise<KnowledgeData | null> {
  cached ??= (async () => {
    const url = extensionApi()?.runtime.getURL(KNOWLEDGE_FILE);
    if (!url) return null;
    const response = await fetch(url);
    if (!response.ok) return null;
    return (await response.json()) as KnowledgeData;
  })().catch(() => {
    cached = null;
    return null;
  });
  return cached;
}
