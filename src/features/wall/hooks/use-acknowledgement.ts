import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Issue } from '../../../api/schemas/issues';
import type { Violation } from '../../../api/schemas/violations';
import { acknowledgementQuery, useAcknowledge } from '../api/acknowledgement';
import { newestOf, newSince, overdueAt, severeAt } from '../lib/attention';
import { steadyJitteredInterval } from '../lib/staleness';

/** The later of two instants (ISO); null when neither. */
function laterOf(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** What this browser has acknowledged (or taken as seen) since it started, per kind. */
interface Marks {
  seenUpTo: string | null;
  overdueSeenUpTo: string | null;
}

export interface Unacknowledged {
  severe: readonly Violation[];
  overdue: readonly Issue[];
}

/**
 * What the room has not acknowledged yet among the items on screen: the ticker's severe violations
 * and the most recently overdue issues (the map pulses them too). The acknowledgement is stored by
 * the API for this wall, a watermark per kind, and shown at once (an outage keeps it until a reload);
 * a key, click or touch acknowledges everything on screen, both kinds.
 */
export function useUnacknowledged({
  severe,
  overdue,
  wallId,
  enabled,
  refreshMs,
}: {
  severe: readonly Violation[];
  overdue: readonly Issue[];
  wallId: string;
  enabled: boolean;
  refreshMs: number;
}): Unacknowledged {
  const stored = useQuery({ ...acknowledgementQuery(wallId), enabled, refetchInterval: steadyJitteredInterval(refreshMs), retry: false });
  const [local, setLocal] = useState<Marks>({ seenUpTo: null, overdueSeenUpTo: null });
  // Until the API has answered, nothing is new: a wall must not flash what its room may have seen.
  const seen = stored.isSuccess ? laterOf(stored.data.seenUpTo, local.seenUpTo) : null;
  const overdueSeen = stored.isSuccess ? laterOf(stored.data.overdueSeenUpTo, local.overdueSeenUpTo) : null;

  // A wall that has never acknowledged a kind (a new one, or one from before overdue issues were
  // shown) starts with everything of it that it shows seen.
  if (stored.isSuccess) {
    const first: Partial<Marks> = {};
    if (seen === null && severe.length > 0) first.seenUpTo = newestOf(severe, null, severeAt);
    if (overdueSeen === null && overdue.length > 0) first.overdueSeenUpTo = newestOf(overdue, null, overdueAt);
    if (Object.keys(first).length > 0) setLocal((mine) => ({ ...mine, ...first }));
  }

  // What the room acknowledges here is stored for the wall (the API keeps the later instants).
  const { mutate } = useAcknowledge(wallId);
  useEffect(() => {
    if (local.seenUpTo === null && local.overdueSeenUpTo === null) return;
    mutate({ ...(local.seenUpTo !== null && { seenUpTo: local.seenUpTo }), ...(local.overdueSeenUpTo !== null && { overdueSeenUpTo: local.overdueSeenUpTo }) });
  }, [local, mutate]);

  // Between two stops a list is blank while the next stop's loads: a key then acknowledges what it showed last.
  const lastShown = useRef({ severe, overdue });
  useEffect(() => {
    if (severe.length > 0) lastShown.current.severe = severe;
    if (overdue.length > 0) lastShown.current.overdue = overdue;
  }, [severe, overdue]);

  useEffect(() => {
    if (!stored.isSuccess) return;
    const onInput = () =>
      setLocal((mine) => {
        const shownSevere = severe.length > 0 ? severe : lastShown.current.severe;
        const shownOverdue = overdue.length > 0 ? overdue : lastShown.current.overdue;
        const next = {
          seenUpTo: newestOf(shownSevere, laterOf(mine.seenUpTo, seen), severeAt),
          overdueSeenUpTo: newestOf(shownOverdue, laterOf(mine.overdueSeenUpTo, overdueSeen), overdueAt),
        };
        // Nothing new to store: the same state, no write.
        return next.seenUpTo === mine.seenUpTo && next.overdueSeenUpTo === mine.overdueSeenUpTo ? mine : next;
      });
    window.addEventListener('keydown', onInput, { capture: true });
    window.addEventListener('pointerdown', onInput, { capture: true });
    return () => {
      window.removeEventListener('keydown', onInput, { capture: true });
      window.removeEventListener('pointerdown', onInput, { capture: true });
    };
  }, [severe, overdue, seen, overdueSeen, stored.isSuccess]);

  return useMemo(() => ({ severe: newSince(severe, seen, severeAt), overdue: newSince(overdue, overdueSeen, overdueAt) }), [severe, overdue, seen, overdueSeen]);
}
