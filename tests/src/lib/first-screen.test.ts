import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_DEADLINE_MS, holdFirstScreen, revealFirstScreen } from '../../../src/lib/first-screen';

// The two elements index.html starts with, as the module sees them (the unit tests run without a DOM).
function page() {
  const root = { dataset: { firstScreen: 'pending' } as Record<string, string | undefined> };
  const loading = { removed: 0, remove() { this.removed++; } };
  const byId: Record<string, unknown> = { root, 'first-screen-loading': loading };
  vi.stubGlobal('document', { getElementById: (id: string) => byId[id] ?? null });
  return { root, loading, forget: (id: string) => delete byId[id] };
}

describe('first screen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is shown, and its loading line removed, once', () => {
    const { root, loading, forget } = page();
    revealFirstScreen();
    expect(root.dataset.firstScreen).toBeUndefined();
    expect(loading.removed).toBe(1);
    forget('first-screen-loading');
    revealFirstScreen();
    expect(loading.removed).toBe(1);
  });

  it('is held until the deadline, counted from the navigation', () => {
    const { root } = page();
    vi.setSystemTime(0);
    vi.advanceTimersByTime(3000); // the scripts took 3 s to load
    holdFirstScreen();
    vi.advanceTimersByTime(FIRST_SCREEN_DEADLINE_MS - 3000 - 1);
    expect(root.dataset.firstScreen).toBe('pending');
    vi.advanceTimersByTime(1);
    expect(root.dataset.firstScreen).toBeUndefined();
  });

  it('is shown at once when the deadline has passed before the app started', () => {
    const { root } = page();
    vi.advanceTimersByTime(FIRST_SCREEN_DEADLINE_MS + 500);
    holdFirstScreen();
    vi.advanceTimersByTime(0);
    expect(root.dataset.firstScreen).toBeUndefined();
  });
});
