import { useEffect, useRef } from 'react';
import type { Account } from '../api/schemas/session';
import { homePlaceOf } from '../lib/home-place';
import { samePlace, type Place } from '../lib/url-state';
import { useAppStoreApi } from '../store/hooks';
import { landOn } from './url-sync';

/** The modes that open on a place: the map and the analysis workspace. */
const PLACED_MODES = ['', 'analysis'];

/**
 * A sign-in lands on the account's own place (the map framed on it and its panel; in the analysis workspace,
 * its level view): from the city-wide view with nothing picked, or from where the previous account had
 * landed. A deep link (a place, a selection, the issues) is where they asked to go, and stays.
 */
export function useHomeLanding(account: Account | null): void {
  const store = useAppStoreApi();
  const landed = useRef<{ accountId: string; place: Place | null } | null>(null);
  useEffect(() => {
    if (!account || landed.current?.accountId === account.id) return;
    const previous = landed.current?.place ?? null;
    const home = homePlaceOf(account);
    landed.current = { accountId: account.id, place: home };
    const s = store.getState();
    const untouched = s.place.level === 'bureau' || (previous !== null && samePlace(s.place, previous));
    if (home && PLACED_MODES.includes(s.mode) && s.selection === null && untouched) landOn(store, home);
  }, [account, store]);
}
