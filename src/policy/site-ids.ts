// Every site adapter id, and the hosts each one guards. The manifest's content_scripts matches are
// the source of truth for hosts; a unit test keeps this table in step with them. Policy validation
// (disabledSites) and the popup's "which site is this tab" both read from here.

export const SITE_IDS = [
  'x', 'facebook', 'instagram', 'linkedin', 'reddit', 'threads', 'bluesky', 'mastodon', 'tiktok',
  'youtube', 'nextdoor', 'google-business', 'yelp-business', 'chatgpt', 'claude', 'gemini', 'copilot',
  'generic',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** Names people recognise, for the options page and popup. */
export const SITE_LABELS: Record<SiteId, string> = {
  x: 'X (Twitter)', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', reddit: 'Reddit',
  threads: 'Threads', bluesky: 'Bluesky', mastodon: 'Mastodon', tiktok: 'TikTok', youtube: 'YouTube',
  nextdoor: 'Nextdoor', 'google-business': 'Google Business Profile (review replies)',
  'yelp-business': 'Yelp for Business (review replies)', chatgpt: 'ChatGPT', claude: 'Claude',
  gemini: 'Gemini', copilot: 'Microsoft Copilot', generic: 'Other sites your organisation added',
};

/** Hosts each site is guarded on; "host/path/" where the manifest matches one path of a shared host. */
export const SITE_HOSTS: Record<Exclude<SiteId, 'generic'>, readonly string[]> = {
  x: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  facebook: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
  instagram: ['www.instagram.com'],
  linkedin: ['www.linkedin.com'],
  reddit: ['www.reddit.com', 'old.reddit.com', 'new.reddit.com', 'sh.reddit.com'],
  threads: ['www.threads.com', 'www.threads.net', 'threads.com', 'threads.net'],
  bluesky: ['bsky.app'],
  mastodon: ['mastodon.social', 'mastodon.online', 'mstdn.social'],
  tiktok: ['www.tiktok.com'],
  youtube: ['www.youtube.com', 'm.youtube.com', 'studio.youtube.com'],
  nextdoor: ['nextdoor.com', '*.nextdoor.com'],
  // On www.google.com only the review-reply frames (the manifest matches that path, not Search).
  'google-business': ['business.google.com', 'www.google.com/local/business/'],
  'yelp-business': ['biz.yelp.com'],
  chatgpt: ['chatgpt.com', 'chat.openai.com'],
  claude: ['claude.ai'],
  gemini: ['gemini.google.com'],
  copilot: ['copilot.microsoft.com', 'm365.cloud.microsoft', 'copilot.cloud.microsoft'],
};

/** Host (or "*.domain" wildcard, as in match patterns), optionally with a path prefix -> site id. */
const HOST_TO_SITE: Array<readonly [string, SiteId]> =
  Object.entries(SITE_HOSTS).flatMap(([id, hosts]) => hosts.map((h) => [h, id as SiteId] as const));

export function isSiteId(value: unknown): value is SiteId {
  return typeof value === 'string' && (SITE_IDS as readonly string[]).includes(value);
}

/** Matches a host against an entry such as "intranet.example.org" or "*.example.org" (the domain and its subdomains). */
export function hostMatchesExtraSite(host: string, entry: string): boolean {
  if (entry.startsWith('*.')) return host === entry.slice(2) || host.endsWith(entry.slice(1));
  return host === entry;
}

/** A SITE_HOSTS entry: "host" or "host/path-prefix" (a site that lives under one path of a shared host). */
function siteEntryMatches(host: string, pathname: string, entry: string): boolean {
  const slash = entry.indexOf('/');
  if (slash < 0) return hostMatchesExtraSite(host, entry);
  return hostMatchesExtraSite(host, entry.slice(0, slash)) && pathname.startsWith(entry.slice(slash));
}

/** The site id guarding a page URL, or null when PHI Guard does not run there. */
export function siteIdForUrl(url: string | undefined, extraSites: readonly string[] = []): SiteId | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  const known = HOST_TO_SITE.find(([entry]) => siteEntryMatches(host, parsed.pathname, entry));
  if (known) return known[1];
  return extraSites.some((entry) => hostMatchesExtraSite(host, entry)) ? 'generic' : null;
}
