// US ABA routing transit number: 9 digits, 3*(d1+d4+d7) + 7*(d2+d5+d8) + (d3+d6+d9) = 0 mod 10
// (org.apache.bval ABANumberValidator; Presidio us/aba_routing_recognizer.py). The first digit comes from
// the Federal Reserve routing symbol, thrift and electronic ranges, so only 0,1,2,3,6,7,8 occur (Presidio).
import { compact, isAllSame } from './normalize';

export function abaRouting(candidate: string): boolean {
  const digits = compact(candidate);
  // 000000000 satisfies the weights, but is a blank form field.
  if (!/^[0123678]\d{8}$/.test(digits) || isAllSame(digits)) return false;
  const d = [...digits].map(Number);
  const sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
  return sum % 10 === 0;
}
