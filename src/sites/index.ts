// The adapter registry: which adapter guards a page. Known hosts first, then sites recognised by
// their markup on any host (Mastodon), then the generic adapter on hosts from settings.extraSites.
import { bluesky } from './bluesky';
import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { copilot } from './copilot';
import { facebook } from './facebook';
import { gemini } from './gemini';
import { generic } from './generic';
import { googleBusiness } from './google-business';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { hostMatches } from './match-pattern';
import { nextdoor } from './nextdoor';
import { reddit } from './reddit';
import { threads } from './threads';
import { tiktok } from './tiktok';
import type { SiteAdapter } from './types';
import { x } from './x';
import { yelpBusiness } from './yelp-business';
import { youtube } from './youtube';

export type { SiteAdapter, SiteKind, SubmitKey } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [
  x, facebook, instagram, linkedin, reddit, threads, bluesky, mastodon, tiktok, youtube, nextdoor,
  googleBusiness, yelpBusiness, chatgpt, claude, gemini, copilot,
];

export function adapterForHost(host: string): SiteAdapter | null {
  return ADAPTERS.find((a) => a.matches.some((p) => hostMatches(host, p))) ?? null;
}

/**
 * The adapter for this page, or null when the guard has nothing to do here. `doc` is consulted
 * for markup-detected sites, so call again once the body exists if the first answer was null.
 */
export function adapterFor(host: string, doc: Document, extraSites: readonly string[]): SiteAdapter | null {
  const known = adapterForHost(host);
  if (known) return known;
  const byMarkup = ADAPTERS.find((a) => a.detect?.(doc));
  if (byMarkup) return byMarkup;
  return extraSites.some((site) => hostMatches(host, site)) ? generic : null;
}

/** Adapter ids, for the options page and policy validation of disabledSites. */
export const ADAPTER_IDS: readonly string[] = [...ADAPTERS.map((a) => a.id), generic.id];
