// IPv6 address in the RFC 4291 section 2.2 text forms: eight groups of 1-4 hex digits, one "::" standing for
// a run of zero groups, and an optional dotted IPv4 tail (::ffff:192.0.2.1) counting as two groups.
// Zone indices (%eth0) and prefix lengths (/64) are left to the rule's pattern, not accepted here.
import { ipv4 } from './ipv4';

const GROUP = /^[0-9A-F]{1,4}$/;

/** Number of 16-bit groups a colon-separated run stands for, or -1 when a part is malformed. */
function countGroups(run: string, allowV4Tail: boolean): number {
  if (run === '') return 0;
  const parts = run.split(':');
  const last = parts[parts.length - 1];
  const tail = allowV4Tail && last.includes('.') ? parts.pop() : undefined;
  if (tail !== undefined && !ipv4(tail)) return -1;
  if (!parts.every((p) => GROUP.test(p))) return -1;
  return parts.length + (tail === undefined ? 0 : 2);
}

export function ipv6(candidate: string): boolean {
  const text = candidate.trim().toUpperCase();
  const halves = text.split('::');
  if (halves.length > 2) return false;
  if (halves.length === 1) return countGroups(text, true) === 8;
  const head = countGroups(halves[0], false);
  const tail = countGroups(halves[1], true);
  return head >= 0 && tail >= 0 && head + tail <= 7;
}
