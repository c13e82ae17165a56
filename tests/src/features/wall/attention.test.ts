import { describe, expect, it } from 'vitest';
import { MAX_PULSES, newestOf, newSince, overdueAt, overdueSince, pulsesOf, severeAt } from '../../../../src/features/wall/lib/attention';

const v = (id: string, occurredAt: string) => ({ id, occurredAt, position: [113.3, 23.1] });
const items = [v('V3', '2026-09-30T10:00:00+08:00'), v('V2', '2026-09-29T10:00:00+08:00'), v('V1', '2026-09-28T10:00:00+08:00')];
const issue = (id: string, deadline: string) => ({ id, deadline, position: [113.4, 23.2] });

describe('what the room has not seen yet', () => {
  it('is nothing on a wall that has never shown any (no flash of old history at first start)', () => {
    expect(newSince(items, null, severeAt)).toEqual([]);
    expect(newestOf(items, null, severeAt)).toBe('2026-09-30T10:00:00+08:00');
  });

  it('is what occurred after the newest acknowledged, compared as instants whatever the offset', () => {
    expect(newSince(items, '2026-09-29T02:00:00Z', severeAt).map((i) => i.id)).toEqual(['V3']);
    expect(newSince(items, '2026-09-28T01:59:59Z', severeAt).map((i) => i.id)).toEqual(['V3', 'V2', 'V1']);
    expect(newSince(items, '2026-09-30T02:00:00Z', severeAt)).toEqual([]);
  });

  it('acknowledging records the newest instant seen, never going back', () => {
    expect(newestOf(items, '2026-09-29T00:00:00Z', severeAt)).toBe('2026-09-30T10:00:00+08:00');
    expect(newestOf(items, '2026-10-02T00:00:00Z', severeAt)).toBe('2026-10-02T00:00:00Z');
    expect(newestOf([], '2026-10-02T00:00:00Z', severeAt)).toBe('2026-10-02T00:00:00Z');
  });
});

describe('issues newly overdue', () => {
  it('become overdue at the midnight in Shanghai that ends the deadline day (16:00 UTC), across a month and a year', () => {
    expect(overdueSince('2026-09-29')).toBe('2026-09-30T00:00:00+08:00');
    expect(Date.parse(overdueSince('2026-09-29'))).toBe(Date.parse('2026-09-29T16:00:00Z'));
    expect(overdueSince('2026-09-30')).toBe('2026-10-01T00:00:00+08:00');
    expect(overdueSince('2026-12-31')).toBe('2027-01-01T00:00:00+08:00');
  });

  it('are new when they became overdue after the acknowledged moment, not at it', () => {
    const due = [issue('I3', '2026-09-29'), issue('I2', '2026-09-28'), issue('I1', '2026-09-20')];
    // Acknowledged at the very midnight I2 became overdue: I2 was seen, I3 (overdue a day later) was not.
    expect(newSince(due, '2026-09-29T00:00:00+08:00', overdueAt).map((i) => i.id)).toEqual(['I3']);
    // A millisecond before that midnight (23:59:59.999 in Shanghai, 15:59:59.999 UTC): I2 still new.
    expect(newSince(due, '2026-09-28T15:59:59.999Z', overdueAt).map((i) => i.id)).toEqual(['I3', 'I2']);
    // In the day between two midnights: the same as at the earlier one.
    expect(newSince(due, '2026-09-29T13:30:00+08:00', overdueAt).map((i) => i.id)).toEqual(['I3']);
    expect(newSince(due, '2026-09-30T00:00:00+08:00', overdueAt)).toEqual([]);
    // Acknowledging records when the most recently overdue one became overdue.
    expect(newestOf(due, '2026-09-21T00:00:00+08:00', overdueAt)).toBe('2026-09-30T00:00:00+08:00');
  });
});

describe('the pulses', () => {
  const severe = [v('V4', '2026-09-30T22:00:00+08:00'), v('V3', '2026-09-30T10:00:00+08:00')];
  const overdue = [issue('I2', '2026-09-30'), issue('I1', '2026-09-29')];

  it('pulse the new severe violations first, then the newly overdue issues, a few at most', () => {
    const pulses = pulsesOf(severe, overdue);
    expect(pulses).toHaveLength(MAX_PULSES);
    expect(pulses.map((p) => `${p.kind}:${p.id}`)).toEqual(['severe:V4', 'severe:V3', 'overdue:I2']);
    // Overdue issues take the whole budget when nothing severe is new…
    expect(pulsesOf([], overdue).map((p) => p.id)).toEqual(['I2', 'I1']);
    // …and none of it when three severe violations are (even though the issues turned overdue later).
    expect(pulsesOf([...severe, v('V2', '2026-09-29T10:00:00+08:00')], overdue).every((p) => p.kind === 'severe')).toBe(true);
    expect(pulses[2]?.position).toEqual([113.4, 23.2]);
  });
});
