// MAC address (IEEE 802 EUI-48; Safe Harbor identifier M, device identifiers): six bytes in hex, written
// as colon or hyphen pairs (IEEE 802 canonical form 00-1A-2B-3C-4D-5E, and 00:1a:2b:… as most systems
// print it) or as three dotted groups of four (Cisco: 001a.2b3c.4d5e), one separator kind throughout.
// All-zero and broadcast addresses are placeholders that no device carries, so they do not count.

const PAIRS = /^[0-9A-F]{2}([:-])(?:[0-9A-F]{2}\1){4}[0-9A-F]{2}$/i;
const DOTTED = /^[0-9A-F]{4}\.[0-9A-F]{4}\.[0-9A-F]{4}$/i;

export function mac(candidate: string): boolean {
  const text = candidate.trim();
  if (!PAIRS.test(text) && !DOTTED.test(text)) return false;
  const hex = text.replace(/[:.-]/g, '').toUpperCase();
  return hex !== '000000000000' && hex !== 'FFFFFFFFFFFF';
}
