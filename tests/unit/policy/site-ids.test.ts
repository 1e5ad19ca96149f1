import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_HOSTS, siteIdForUrl } from '../../../src/policy/site-ids';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));

describe('site ids', () => {
  it('covers exactly the hosts of the manifest content_scripts matches (the source of truth)', () => {
    const manifestHosts = new Set<string>(
      manifest.content_scripts.flatMap((cs: { matches: string[] }) => cs.matches)
        // "https://host/*" is "host"; "https://host/some/path/*" is "host/some/path/".
        .map((m: string) => m.replace(/^https:\/\//, '').replace(/\*$/, ''))
        .map((entry: string) => (entry.indexOf('/') === entry.length - 1 ? entry.slice(0, -1) : entry)),
    );
    const tableHosts = new Set(Object.values(SITE_HOSTS).flat());
    expect([...tableHosts].sort()).toEqual([...manifestHosts].sort());
  });

  it('maps tab URLs to site ids', () => {
    expect(siteIdForUrl('https://x.com/compose/post')).toBe('x');
    expect(siteIdForUrl('https://biz.yelp.com/inbox')).toBe('yelp-business');
    expect(siteIdForUrl('https://example.org/')).toBeNull();
    expect(siteIdForUrl('https://fr.nextdoor.com/news_feed/')).toBe('nextdoor');
    // Google Business Profile's review replies live in frames on one path of www.google.com, not Search.
    expect(siteIdForUrl('https://www.google.com/local/business/123/customers/reviews?hl=en')).toBe('google-business');
    expect(siteIdForUrl('https://www.google.com/search?q=clinic')).toBeNull();
    expect(siteIdForUrl('https://www.google.com/')).toBeNull();
    expect(siteIdForUrl('http://x.com/')).toBeNull();
    expect(siteIdForUrl('chrome://extensions')).toBeNull();
    expect(siteIdForUrl(undefined)).toBeNull();
    expect(siteIdForUrl('https://a.forum.example.org/t/1', ['*.forum.example.org'])).toBe('generic');
  });
});
