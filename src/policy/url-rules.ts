// URL and host checks shared by policyUrl, audit.endpoint and extraSites.

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Null when acceptable, else why not. Plain http is allowed only to loopback, for testing receivers. */
export function checkHttpsUrl(value: string, allowLoopbackHttp: boolean): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not a valid URL: ${JSON.stringify(value.slice(0, 80))}`;
  }
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && allowLoopbackHttp && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return allowLoopbackHttp
    ? 'must use https:// (plain http:// is allowed only to localhost, for testing)'
    : 'must use https://';
}

const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Null when the value is a host name, optionally with a leading "*." for subdomains. */
export function checkHostPattern(value: string): string | null {
  const host = value.startsWith('*.') ? value.slice(2) : value;
  const labels = host.split('.');
  if (host !== host.toLowerCase()) return 'must be lower case';
  if (labels.length < 2 || !labels.every((label) => HOST_LABEL.test(label))) {
    return 'must be a host name such as "forum.example.org" or "*.example.org" (no scheme, path or port)';
  }
  return null;
}
