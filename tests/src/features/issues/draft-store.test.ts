import { describe, expect, it } from 'vitest';
import { loadDraft, saveDraft } from '../../../../src/features/issues/lib/draft-store';

/** An in-memory Storage (sessionStorage's three methods). */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

const draft = { comment: '已更换安全带并复训', assigneeId: 'M000841', deadline: '2026-12-31' };

describe('a transition draft kept over a session expiry', () => {
  it('comes back for the same account and issue, and for no other', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'secretary-B-1', 'IV1', { action: 'submit', draft });
    expect(loadDraft(storage, 'secretary-B-1', 'IV1')).toEqual({ action: 'submit', draft });
    expect(loadDraft(storage, 'secretary-B-2', 'IV1')).toBeNull();
    expect(loadDraft(storage, 'secretary-B-1', 'IV2')).toBeNull();
  });

  it('is forgotten once the form closes or the write went through', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'a', 'IV1', { action: 'assign', draft });
    saveDraft(storage, 'a', 'IV1', null);
    expect(storage.items.size).toBe(0);
    expect(loadDraft(storage, 'a', 'IV1')).toBeNull();
  });

  it('ignores what is not a draft: bad JSON, an unknown action, missing fields', () => {
    const storage = memoryStorage();
    const key = 'dangjian.draft.a.IV1';
    for (const raw of ['{', JSON.stringify({ action: 'delete', draft }), JSON.stringify({ action: 'submit', draft: { comment: 1 } }), 'null']) {
      storage.items.set(key, raw);
      expect(loadDraft(storage, 'a', 'IV1'), raw).toBeNull();
    }
  });

  it('survives a storage that throws (disabled, full) and a missing one', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => undefined };
    expect(() => saveDraft(broken, 'a', 'IV1', { action: 'submit', draft })).not.toThrow();
    expect(loadDraft(broken, 'a', 'IV1')).toBeNull();
    expect(loadDraft(null, 'a', 'IV1')).toBeNull();
  });
});
