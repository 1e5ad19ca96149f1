// Routes typed messages (src/shared/messages.ts) from content scripts and extension pages.
// Messages from anywhere but this extension are ignored.
import { extensionApi } from '../policy/extension-api';
import { SITE_HEALTH_ACTIONS } from '../audit/sanitize-event';
import type { AuditAction, Message } from '../shared/messages';
import { isImageMessage } from '../shared/image-messages';
import { setFindingsBadge } from './badge';
import { routeImageMessage } from './image-analysis';
import { knowledgeFilePart, prepareKnowledgeFile } from './knowledge-file';
import { packagedCatalogue } from '../i18n/packaged';
import { pauseGuard } from './pause';
import { recordAudit } from './record-audit';
import { handleSiteHealth } from './site-health';
import { forgetTabHealth } from './tab-health';

type Sender = chrome.runtime.MessageSender;

// Composers can live in sub-frames (all_frames), so the badge sums the latest count of each frame.
const frameCounts = new Map<number, Map<number, number>>();

function countForTab(tabId: number, frameId: number, count: number): number {
  const frames = frameCounts.get(tabId) ?? new Map<number, number>();
  frames.set(frameId, Math.max(0, count));
  frameCounts.set(tabId, frames);
  return [...frames.values()].reduce((a, b) => a + b, 0);
}

/** The tab closed or loads a new page: its frames' counts and its page's health reports go. */
export function forgetTab(tabId: number): void {
  frameCounts.delete(tabId);
  void forgetTabHealth(tabId);
}

export async function handleMessage(message: Message, sender: Sender): Promise<unknown> {
  if (sender.id !== extensionApi()?.runtime.id || typeof message !== 'object' || message === null) return undefined;
  if (isImageMessage(message)) return routeImageMessage(message);
  switch (message.type) {
    case 'findings-count':
      if (sender.tab?.id !== undefined) {
        await setFindingsBadge(sender.tab.id, countForTab(sender.tab.id, sender.frameId ?? 0, Number(message.count) || 0));
      }
      return undefined;
    case 'audit':
      // Health events come only through 'site-health', which deduplicates and caps them.
      if (SITE_HEALTH_ACTIONS.has((message.event as { action?: AuditAction } | undefined)?.action as AuditAction)) return { recorded: false };
      return { recorded: (await recordAudit(message.event)) !== null };
    case 'site-health':
      return sender.tab?.id === undefined ? undefined : handleSiteHealth(message.health, sender.tab.id);
    case 'knowledge-request':
      return { part: await knowledgeFilePart(message.part) };
    case 'knowledge-prepare':
      void prepareKnowledgeFile();
      return undefined;
    case 'catalogue-request':
      return { catalogue: await packagedCatalogue(message.language) };
    case 'pause':
      // Only the extension's own pages (popup) may pause; a content script has a tab.
      return sender.tab ? { ok: false, pausedUntil: 0 } : pauseGuard(Number(message.minutes));
    default:
      return undefined;
  }
}

/** The listener shape both browsers accept: return true and answer through sendResponse. */
export function onMessage(message: unknown, sender: Sender, sendResponse: (response: unknown) => void): boolean {
  handleMessage(message as Message, sender).then(sendResponse, () => sendResponse(undefined));
  return true;
}
