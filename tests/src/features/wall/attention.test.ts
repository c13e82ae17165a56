import { describe, expect, it } from 'vitest';
import { newestOf, newSince } from '../../../../src/features/wall/lib/attention';

const v = (id: string, occurredAt: string) => ({ id, occurredAt });
const items = [v('V3', '2026-09-30T10:00:00+08:00'), v('V2', '2026-09-29T10:00:00+08:00'), v('V1', '2026-09-28T10:00:00+08:00')];

describe('what the room has not seen yet', () => {
  it('is nothing on a wall that has never shown any (no flash of old history at first start)', () => {
    expect(newSince(items, null)).toEqual([]);
    expect(newestOf(items, null)).toBe('2026-09-30T10:00:00+08:00');
  });

  it('is what occurred after the newest acknowledged, compared as instants whatever the offset', () => {
    expect(newSince(items, '2026-09-29T02:00:00Z').map((i) => i.id)).toEqual(['V3']);
    expect(newSince(items, '2026-09-28T01:59:59Z').map((i) => i.id)).toEqual(['V3', 'V2', 'V1']);
    expect(newSince(items, '2026-09-30T02:00:00Z')).toEqual([]);
  });

  it('acknowledging records the newest instant seen, never going back', () => {
    expect(newestOf(items, '2026-09-29T00:00:00Z')).toBe('2026-09-30T10:00:00+08:00');
    expect(newestOf(items, '2026-10-02T00:00:00Z')).toBe('2026-10-02T00:00:00Z');
    expect(newestOf([], '2026-10-02T00:00:00Z')).toBe('2026-10-02T00:00:00Z');
  });
});
