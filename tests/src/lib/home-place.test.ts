import { describe, expect, it } from 'vitest';
import { homePlaceOf } from '../../../src/lib/home-place';
import type { Account } from '../../../src/api/schemas/session';

const account = (role: Account['role'], unitId: string | null, branchId: string | null): Account => ({
  id: `${role}-x`,
  displayName: 'x',
  role,
  scope: { unitId, branchId },
});

describe('where a sign-in lands', () => {
  it('a secretary on their branch, a district manager on their district bureau, the bureau manager nowhere new', () => {
    expect(homePlaceOf(account('branch_secretary', 'U-440112', 'B-440112-01'))).toEqual({ level: 'branch', id: 'B-440112-01' });
    expect(homePlaceOf(account('district_manager', 'U-440112', null))).toEqual({ level: 'unit', id: 'U-440112' });
    expect(homePlaceOf(account('bureau_manager', null, null))).toBeNull();
  });

  it('an account without the scope its role implies lands nowhere', () => {
    expect(homePlaceOf(account('branch_secretary', 'U-440112', null))).toBeNull();
    expect(homePlaceOf(account('district_manager', null, null))).toBeNull();
  });
});
