// IPv4 dotted-quad address (Safe Harbor identifier O; Presidio generic/ip_recognizer.py). Four decimal octets
// 0-255. Leading zeros are refused because "010.001.002.003" is read as octal by some stacks and is far
// more often a code or a date; three-part strings such as 1.2.3 are version numbers, never addresses.
const QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function isOctet(part: string): boolean {
  return (part === '0' || part[0] !== '0') && Number(part) <= 255;
}

export function ipv4(candidate: string): boolean {
  const match = QUAD.exec(candidate.trim());
  return match !== null && match.slice(1).every(isOctet);
}
