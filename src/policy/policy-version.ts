// A short, stable label for the managed policy in force, recorded with each audit event so IT can
// tell which policy a user was under. It fingerprints the policy (IT's own configuration), never
// anything a user wrote.

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** "none" without managed policy, else "p-" and 8 hex digits (FNV-1a over the canonical JSON). */
export function policyVersion(rawManaged: unknown): string {
  if (!rawManaged || typeof rawManaged !== 'object' || Object.keys(rawManaged).length === 0) return 'none';
  let hash = 0x811c9dc5;
  for (const char of canonicalJson(rawManaged)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `p-${hash.toString(16).padStart(8, '0')}`;
}
