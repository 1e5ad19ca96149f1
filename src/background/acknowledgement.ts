// First-run acknowledgement of the organisation's social media policy: when policy requires it and
// the user has not acknowledged this version, the acknowledgement page opens once per browser
// session (storage.session remembers it across service-worker restarts).
import { extensionApi, LOCAL_KEYS } from '../policy/extension-api';
import { loadSettings } from '../policy/settings';

const PROMPTED_KEY = 'ackPromptedVersion';
export const ACK_PAGE = 'src/ack/index.html';

export function acknowledgementVersion(version: string): string {
  return version || '1';
}

// Start-up and the first policy delivery can both ask at once: run the checks one after another so
// the page opens only once.
let queue: Promise<unknown> = Promise.resolve();

export function openAcknowledgementIfNeeded(): Promise<boolean> {
  const next = queue.then(openIfNeeded);
  queue = next.catch(() => undefined);
  return next;
}

async function openIfNeeded(): Promise<boolean> {
  const api = extensionApi();
  if (!api) return false;
  const { acknowledgement } = await loadSettings();
  if (!acknowledgement.required) return false;
  const version = acknowledgementVersion(acknowledgement.version);
  const local = await api.storage.local.get(LOCAL_KEYS.acknowledgedVersion);
  if (local[LOCAL_KEYS.acknowledgedVersion] === version) return false;
  const session = api.storage.session;
  if (session && (await session.get(PROMPTED_KEY))[PROMPTED_KEY] === version) return false;
  await session?.set({ [PROMPTED_KEY]: version });
  await api.tabs.create({ url: api.runtime.getURL(ACK_PAGE) });
  return true;
}
