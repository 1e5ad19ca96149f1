// MAC addresses from RFC 7042 (the IANA documentation range 00-00-5E-00-53-00/24) and the IEEE 802
// tutorial's EUI-48 example (AC-DE-48-00-00-80).
import { mac } from '../../../src/detector/validators/mac';

describe('mac', () => {
  it.each([
    ['00-00-5E-00-53-01', 'RFC 7042 documentation address, IEEE hyphens'],
    ['00:00:5e:00:53:2a', 'colons, lower case'],
    ['AC-DE-48-00-00-80', 'IEEE 802 tutorial example'],
    ['0000.5e00.5301', 'Cisco dotted form'],
  ])('accepts %s (%s)', (candidate) => {
    expect(mac(candidate)).toBe(true);
  });

  it.each([
    ['00:00:5E:00:53', 'five bytes'],
    ['00:00:5E-00-53-01', 'mixed separators'],
    ['00:00:5G:00:53:01', 'not hex'],
    ['00:00:00:00:00:00', 'all zero placeholder'],
    ['FF-FF-FF-FF-FF-FF', 'broadcast'],
    ['0000.5e00', 'two dotted groups'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(mac(candidate)).toBe(false);
  });
});
