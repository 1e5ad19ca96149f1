// Vehicle Identification Number, check digit per 49 CFR 565.15 (as in ApelSYN/node-vin-lite USACDNCheck.js).
// 17 characters without I, O, Q (easily read as 1 and 0). Letters transliterate to digits, the weighted sum
// mod 11 gives the check character at position 9, 10 being written X. The check is mandatory only for
// North American VINs, so European VINs without it fail here; rules wanting those need no validator.
import { compact, isAllSame } from './normalize';

const VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

export function vin(candidate: string): boolean {
  const id = compact(candidate);
  // 11111111111111111 has a correct check digit yet is the classic filler in VIN fields.
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(id) || isAllSame(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = id[i];
    sum += (c >= '0' && c <= '9' ? Number(c) : VALUES[c]) * WEIGHTS[i];
  }
  const check = sum % 11;
  return id[8] === (check === 10 ? 'X' : String(check));
}
