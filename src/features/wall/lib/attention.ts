/*
 * What the room has not seen yet: the ticker's violations that occurred after the newest one the wall
 * had shown when somebody last acknowledged (a key, click or touch). A wall that has never shown any
 * starts with nothing new: a fresh screen should not flash three years of history.
 */

/** The instants (ISO) of the items that are new since `seenUpTo`; none while nothing was seen yet. */
export function newSince<T extends { occurredAt: string }>(items: readonly T[], seenUpTo: string | null): T[] {
  if (seenUpTo === null) return [];
  const seen = Date.parse(seenUpTo);
  return items.filter((i) => Date.parse(i.occurredAt) > seen);
}

/** The newest instant among the items and what was seen before (what an acknowledgement records). */
export function newestOf(items: readonly { occurredAt: string }[], seenUpTo: string | null): string | null {
  let best = seenUpTo;
  for (const i of items) if (best === null || Date.parse(i.occurredAt) > Date.parse(best)) best = i.occurredAt;
  return best;
}
