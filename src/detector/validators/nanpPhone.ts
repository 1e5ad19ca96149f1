// North American Numbering Plan telephone number (NANPA numbering plan; Safe Harbor identifiers D and E).
// 10 digits, optionally after country code 1 or +1. The area code (NPA) and exchange (NXX) cannot start
// with 0 or 1, because those lead digits route operator and long-distance calls. The 555 exchange is
// accepted: staff use it as a stand-in, and a guard should flag anything phone-shaped all the same.
// A slash after the area code (617/555-0123) is an old office style. An extension after the number
// ("x 204", "ext. 12", ", extension 7") is allowed and not checked.
import { compact } from './normalize';

export function nanpPhone(candidate: string): boolean {
  const number = candidate.replace(/\s*,?\s*(?:x|ext\.?|extension)\s*:?\s*\d{1,7}$/i, '');
  const digits = compact(number).replace(/[()/]/g, '').replace(/^\+(?=1)/, '');
  return /^1?[2-9]\d{2}[2-9]\d{6}$/.test(digits);
}
