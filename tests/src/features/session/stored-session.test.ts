import { describe, expect, it } from 'vitest';
import {
  accountFromSearch,
  isUsable,
  readStoredSession,
  renewDelayMs,
  RENEW_AHEAD_MS,
  writeStoredSession,
} from '../../../../src/features/session/lib/stored-session';
import type { Account } from '../../../../src/api/schemas/session';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}
const account: Account = { id: 'bureau-manager', displayName: '局管理人员', role: 'bureau_manager', scope: { unitId: null, branchId: null } };

describe('stored session', () => {
  it('round-trips through storage and survives junk', () => {
    const s = memoryStorage();
    writeStoredSession(s, { account, expiresAt: 123 });
    expect(readStoredSession(s)).toEqual({ account, expiresAt: 123 });
    s.setItem('dangjian.session.account', '{not json');
    expect(readStoredSession(s)).toBeNull();
    writeStoredSession(s, null);
    expect(readStoredSession(s)).toBeNull();
    expect(readStoredSession(null)).toBeNull();
  });

  it('renews ahead of expiry: 10 minutes before a 12-hour token, halfway through a short one', () => {
    const hours12 = 12 * 3600_000;
    expect(renewDelayMs(hours12, 0)).toBe(hours12 - RENEW_AHEAD_MS);
    expect(renewDelayMs(60_000, 0)).toBe(30_000);
    expect(renewDelayMs(0, 10)).toBe(0);
  });

  it('uses a stored session only with a token and a minute left', () => {
    const session = { account, expiresAt: 200_000 };
    expect(isUsable(session, 'tok', 0)).toBe(true);
    expect(isUsable(session, null, 0)).toBe(false);
    expect(isUsable(session, 'tok', 150_000)).toBe(false);
  });

  it('reads ?account=<id> for wall-screen links, rejecting anything odd', () => {
    expect(accountFromSearch('?account=manager-440112&c=1,2,3')).toBe('manager-440112');
    expect(accountFromSearch('?account=%3Cscript%3E')).toBeNull();
    expect(accountFromSearch('')).toBeNull();
  });
});
