import type { Day } from '../../../lib/time-window';
import { addDays } from '../../../lib/time-window';

/*
 * What the room has not seen yet, of two kinds: severe violations that occurred after the newest one
 * the wall had shown when somebody last acknowledged (a key, click or touch), and open issues that
 * became overdue after the latest such moment it had shown. Each kind has its own watermark, since
 * they run on different clocks: a violation's time is when it happened in the field, an issue turns
 * overdue at the midnight (Asia/Shanghai) that ends its deadline day. A wall that has never shown
 * any of a kind starts with nothing new of it: a fresh screen should not flash three years of history.
 */

/** At most this many places pulse at once: more would be noise from across the room. */
export const MAX_PULSES = 3;

/** When an issue became (or becomes) overdue: the midnight, Asia/Shanghai (no DST, +08:00), that ends its deadline day. */
export const overdueSince = (deadline: Day): string => `${addDays(deadline, 1)}T00:00:00+08:00`;

/** The instant a severe violation asks for attention from: when it occurred. */
export const severeAt = (v: { occurredAt: string }) => v.occurredAt;
/** The instant an overdue issue asks for attention from: when it became overdue. */
export const overdueAt = (i: { deadline: Day }) => overdueSince(i.deadline);

/** The items that are new since `seenUpTo` (by `at`); none while nothing was seen yet. */
export function newSince<T>(items: readonly T[], seenUpTo: string | null, at: (item: T) => string): T[] {
  if (seenUpTo === null) return [];
  const seen = Date.parse(seenUpTo);
  return items.filter((i) => Date.parse(at(i)) > seen);
}

/** The newest instant among the items and what was seen before (what an acknowledgement records). */
export function newestOf<T>(items: readonly T[], seenUpTo: string | null, at: (item: T) => string): string | null {
  let best = seenUpTo;
  for (const i of items) if (best === null || Date.parse(at(i)) > Date.parse(best)) best = at(i);
  return best;
}

export interface Pulse {
  kind: 'severe' | 'overdue';
  id: string;
  position: readonly number[];
}

/**
 * The places that pulse on the map: the new severe violations first (newest first), then the newly
 * overdue issues (most recently overdue first), `max` in all. Severe first rather than by time: a
 * severe violation is a danger in the field now, an overdue issue a late piece of paperwork, and
 * issues turn overdue in batches at midnight, which by time alone would push every severe
 * violation of the evening off the map until somebody acknowledged them.
 */
export function pulsesOf(
  severe: readonly { id: string; position: readonly number[] }[],
  overdue: readonly { id: string; position: readonly number[] }[],
  max = MAX_PULSES,
): Pulse[] {
  const all: Pulse[] = [
    ...severe.map((v) => ({ kind: 'severe' as const, id: v.id, position: v.position })),
    ...overdue.map((i) => ({ kind: 'overdue' as const, id: i.id, position: i.position })),
  ];
  return all.slice(0, max);
}
