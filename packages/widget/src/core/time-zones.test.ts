import { describe, expect, it } from 'vitest';
import { searchZones, zoneCity, zoneOptions, zoneShortLabel } from './time-zones';

const november = Date.parse('2026-11-22T09:00:00Z');

describe('time zones as a visitor reads them', () => {
  it('puts the current zone, the browser zone and common zones first, then all others', () => {
    const { suggested, others } = zoneOptions('en-GB', 'Asia/Tokyo', november, 'America/Chicago');
    expect(suggested.slice(0, 3).map((zone) => zone.id)).toEqual([
      'Asia/Tokyo',
      'America/Chicago',
      'UTC',
    ]);
    expect(others.length).toBeGreaterThan(300);
    // No zone twice, not even under an old name.
    const ids = [...suggested, ...others].map((zone) => zone.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('Asia/Calcutta');
  });

  it('labels zones with the city, the generic name and the offset', () => {
    const berlin = zoneOptions('en-GB', 'Europe/Berlin', november).suggested[0]!;
    expect(berlin).toMatchObject({
      id: 'Europe/Berlin',
      city: 'Berlin',
      name: 'Central European Time',
      offset: 'GMT+1',
    });
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneShortLabel('Asia/Tokyo', 'en-GB', november)).toBe('Tokyo (GMT+9)');
    expect(zoneShortLabel('UTC', 'en-GB', november)).toBe('UTC');
  });

  it('finds zones by city, by name, by offset, ignoring case and accents', () => {
    const { suggested, others } = zoneOptions('en-GB', 'UTC', november);
    const all = [...suggested, ...others];
    expect(searchZones(all, 'tokyo').map((zone) => zone.id)).toEqual(['Asia/Tokyo']);
    expect(searchZones(all, 'SAO PAULO').map((zone) => zone.id)).toContain('America/Sao_Paulo');
    expect(searchZones(all, 'central european').map((zone) => zone.id)).toContain('Europe/Berlin');
    expect(searchZones(all, 'gmt+9').map((zone) => zone.id)).toContain('Asia/Seoul');
    expect(searchZones(all, 'nowhere at all')).toEqual([]);
  });
});
