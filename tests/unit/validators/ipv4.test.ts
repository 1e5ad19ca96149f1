// Addresses from the RFC 5737 documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24).
import { ipv4 } from '../../../src/detector/validators/ipv4';

describe('ipv4', () => {
  it.each([
    ['192.0.2.1', 'TEST-NET-1'],
    ['198.51.100.42', 'TEST-NET-2'],
    ['203.0.113.255', 'TEST-NET-3, top octet 255'],
    ['0.0.0.0', 'single zeros'],
    ['255.255.255.255', 'limited broadcast'],
  ])('accepts %s (%s)', (candidate) => {
    expect(ipv4(candidate)).toBe(true);
  });

  it.each([
    ['1.2.3', 'three parts: a version number'],
    ['1.2.3.4.5', 'five parts'],
    ['192.0.2.256', 'octet over 255'],
    ['192.0.02.1', 'leading zero'],
    ['192.0.2.', 'empty octet'],
    ['192.0.2.1a', 'trailing letter'],
    ['192-0-2-1', 'dashes'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(ipv4(candidate)).toBe(false);
  });
});
