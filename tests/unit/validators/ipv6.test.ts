// Text forms from RFC 4291 section 2.2 and the RFC 3849 documentation prefix 2001:db8::/32.
import { ipv6 } from '../../../src/detector/validators/ipv6';

describe('ipv6', () => {
  it.each([
    ['2001:DB8:0:0:8:800:200C:417A', 'RFC 4291 full form'],
    ['2001:db8::8:800:200c:417a', 'RFC 4291 compressed, lowercase'],
    ['FF01::101', 'RFC 4291 multicast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::', 'compressed tail'],
    ['::ffff:192.0.2.1', 'IPv4-mapped'],
    ['0:0:0:0:0:FFFF:129.144.52.38', 'RFC 4291 full form with IPv4 tail'],
  ])('accepts %s (%s)', (candidate) => {
    expect(ipv6(candidate)).toBe(true);
  });

  it.each([
    ['2001:db8:0:0:8:800:200c', 'seven groups without ::'],
    ['2001:db8:0:0:8:800:200c:417a:1', 'nine groups'],
    ['2001:db8::8::1', 'two :: runs'],
    ['2001:db8:0:0:0:8:800::200c', 'eight groups plus ::'],
    ['2001:db8::12345', 'five-digit group'],
    ['2001:db8::g1', 'non-hex digit'],
    ['::ffff:192.0.2.256', 'bad IPv4 tail'],
    ['12:30', 'a clock time'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(ipv6(candidate)).toBe(false);
  });
});
