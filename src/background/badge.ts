// The toolbar badge shows how many findings the active composer of a tab has; empty when none.
import { extensionApi } from '../policy/extension-api';

const BADGE_COLOUR = '#8a5a00'; // calm amber with enough contrast for white text

export async function setFindingsBadge(tabId: number, count: number): Promise<void> {
  const action = extensionApi()?.action;
  if (!action) return;
  const text = count > 0 ? (count > 99 ? '99+' : String(Math.trunc(count))) : '';
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  await action.setBadgeText({ tabId, text });
}
