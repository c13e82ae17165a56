import type { Account } from '../api/schemas/session';
import type { Place } from './url-state';

/** An account's own place: a secretary's branch, a district manager's district bureau; none for the bureau's manager (the city is theirs). */
export function homePlaceOf(account: Account): Place | null {
  if (account.role === 'branch_secretary' && account.scope.branchId) return { level: 'branch', id: account.scope.branchId };
  if (account.role === 'district_manager' && account.scope.unitId) return { level: 'unit', id: account.scope.unitId };
  return null;
}
