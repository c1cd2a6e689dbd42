import { describe, expect, it } from 'vitest';
import { guardianDeadline } from './guardian-deadline.ts';

describe('guardian appointment deadline', () => {
  it('counts working days after the day the need was recorded, skipping weekends', () => {
    // Thursday 2026-03-05 in Ukraine: Fri 6, Mon 9, Tue 10 → due at the end of Tuesday (Kyiv midnight).
    expect(guardianDeadline('2026-03-05', 'UA').toISOString()).toBe('2026-03-10T22:00:00.000Z');
  });

  it('skips the country’s holidays', () => {
    // Moldova, Monday 2026-08-24: 25 Tue, 26 Wed, 27 Independence Day, 28 Fri → due end of Friday 28.
    expect(guardianDeadline('2026-08-24', 'MD').toISOString()).toBe('2026-08-28T21:00:00.000Z');
  });
});
