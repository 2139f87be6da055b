import { ipKeyGenerator } from 'express-rate-limit';
import { describe, expect, it } from 'vitest';
import { addressKey } from './rate-limits';

describe('addressKey', () => {
  it('is express-rate-limit’s own key: IPv4 as it is, IPv4-mapped as IPv4, IPv6 by its /56', () => {
    for (const address of [
      '203.0.113.5',
      '::ffff:203.0.113.5',
      '::1',
      '2001:db8:abcd:12ff:1:2:3:4',
      '2001:db8:abcd:1200::9',
    ]) {
      expect(addressKey(address)).toBe(ipKeyGenerator(address, 56));
    }
    // Two addresses of one /56 share a limit; a neighbouring /56 does not.
    expect(addressKey('2001:db8:abcd:12ff::1')).toBe(addressKey('2001:db8:abcd:1200::2'));
    expect(addressKey('2001:db8:abcd:1300::1')).not.toBe(addressKey('2001:db8:abcd:1200::1'));
  });

  it('still answers right after many other addresses have pushed the first ones out', () => {
    const first = addressKey('::ffff:198.51.100.1');
    for (let index = 0; index < 12_000; index += 1) addressKey(`10.${index >> 8}.${index & 255}.1`);
    expect(addressKey('::ffff:198.51.100.1')).toBe(first);
  });
});
