import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Violation } from '../../../api/schemas/violations';
import { acknowledgementQuery, useAcknowledge } from '../api/acknowledgement';
import { newestOf, newSince } from '../lib/attention';
import { steadyJitteredInterval } from '../lib/staleness';

/** The later of two instants (ISO); null when neither. */
function laterOf(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/**
 * What the room has not acknowledged yet among the items on screen (the ticker's, which the map pulses
 * too). The acknowledgement is stored by the API for this wall and shown at once (an outage keeps it
 * until a reload); a key, click or touch acknowledges everything on screen.
 */
export function useUnacknowledged({ items, wallId, enabled, refreshMs }: { items: readonly Violation[]; wallId: string; enabled: boolean; refreshMs: number }): readonly Violation[] {
  const stored = useQuery({ ...acknowledgementQuery(wallId), enabled, refetchInterval: steadyJitteredInterval(refreshMs), retry: false });
  const [local, setLocal] = useState<string | null>(null);
  // Until the API has answered, nothing is new: a wall must not flash what its room may have seen.
  const seen = stored.isSuccess ? laterOf(stored.data.seenUpTo, local) : null;

  // A wall that has never acknowledged anything starts with everything it shows seen.
  if (stored.isSuccess && stored.data.seenUpTo === null && local === null && items.length > 0) setLocal(newestOf(items, null));

  // What the room acknowledges here is stored for the wall (the API keeps the later instant).
  const { mutate } = useAcknowledge(wallId);
  useEffect(() => {
    if (local !== null) mutate(local);
  }, [local, mutate]);

  useEffect(() => {
    if (!stored.isSuccess) return;
    const onInput = () => setLocal((mine) => newestOf(items, laterOf(mine, seen)));
    window.addEventListener('keydown', onInput, { capture: true });
    window.addEventListener('pointerdown', onInput, { capture: true });
    return () => {
      window.removeEventListener('keydown', onInput, { capture: true });
      window.removeEventListener('pointerdown', onInput, { capture: true });
    };
  }, [items, seen, stored.isSuccess]);

  return useMemo(() => newSince(items, seen), [items, seen]);
}
