// The one marker shown next to every control the organisation has set.
export function LockedNote() {
  return <span class="locked">Set by your organisation</span>;
}
