// Host matching for Chrome match patterns ("https://*.reddit.com/*") and bare hosts ("forum.example.org")
// as IT writes them in settings.extraSites.

export function hostOfPattern(pattern: string): string {
  const withoutScheme = pattern.replace(/^[a-z*]+:\/\//i, '');
  return withoutScheme.split('/')[0].split(':')[0].toLowerCase();
}

export function hostMatches(host: string, pattern: string): boolean {
  const wanted = hostOfPattern(pattern);
  const actual = host.toLowerCase();
  if (wanted === '*') return true;
  if (wanted.startsWith('*.')) {
    const base = wanted.slice(2);
    return actual === base || actual.endsWith(`.${base}`);
  }
  return actual === wanted;
}
