import { describe, expect, it } from 'vitest';
import { instantToZoned, zonedToInstant } from './time';

describe('times in the coverage time zone', () => {
  it('reads a wall-clock time in the zone as the instant it is', { timeout: 20_000 }, () => {
    expect(zonedToInstant('2026-02-03T10:00', 'Europe/Berlin')).toBe('2026-02-03T09:00:00Z');
    expect(zonedToInstant('2026-07-03T10:00', 'Europe/Berlin')).toBe('2026-07-03T08:00:00Z');
    expect(zonedToInstant('2025-12-10T10:15', 'UTC')).toBe('2025-12-10T10:15:00Z');
    expect(zonedToInstant('not a time', 'UTC')).toBeUndefined();
  });

  it('shows an instant back as the wall-clock time of the zone', { timeout: 20_000 }, () => {
    expect(instantToZoned('2026-02-03T09:00:00Z', 'Europe/Berlin')).toBe('2026-02-03T10:00');
    expect(instantToZoned('2026-07-03T08:00:00Z', 'Europe/Amsterdam')).toBe('2026-07-03T10:00');
  });
});
