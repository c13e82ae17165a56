import { useEffect, useRef } from 'react';
import type { Account } from '../api/schemas/session';
import { samePlace, type Place } from '../lib/url-state';
import { useAppStoreApi } from '../store/hooks';
import { landOn } from './url-sync';

/** The modes that open on a place: the map and the analysis workspace. */
const PLACED_MODES = ['', 'analysis'];

/**
 * A branch secretary's sign-in lands on their branch (the map framed on their zones, the branch panel;
 * in the analysis workspace, the branch's level view): from the city-wide view with nothing picked, or
 * from where the previous account had landed. A deep link (a place, a selection, the issues) is where
 * they asked to go, and stays.
 */
export function useSecretaryLanding(account: Account | null): void {
  const store = useAppStoreApi();
  const landed = useRef<{ accountId: string; place: Place | null } | null>(null);
  useEffect(() => {
    if (!account || landed.current?.accountId === account.id) return;
    const previous = landed.current?.place ?? null;
    const branchId = account.role === 'branch_secretary' ? account.scope.branchId : null;
    const home: Place | null = branchId ? { level: 'branch', id: branchId } : null;
    landed.current = { accountId: account.id, place: home };
    const s = store.getState();
    const untouched = s.place.level === 'bureau' || (previous !== null && samePlace(s.place, previous));
    if (home && PLACED_MODES.includes(s.mode) && s.selection === null && untouched) landOn(store, home);
  }, [account, store]);
}
