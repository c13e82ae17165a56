import { describe, expect, it } from 'vitest';
import { waitForQuietMachine } from '../../bench/lib/quiet';

describe('waitForQuietMachine', () => {
  it('returns after one window where the machine is as quiet as asked', async () => {
    const waited = await waitForQuietMachine({ maxBusy: 1, windowMs: 50 });
    expect(waited).toBeGreaterThanOrEqual(45);
    expect(waited).toBeLessThan(1000);
  });

  it('gives up at its timeout where the machine never is', async () => {
    const waited = await waitForQuietMachine({ maxBusy: -1, windowMs: 50, timeoutMs: 300 });
    expect(waited).toBeGreaterThanOrEqual(300);
    expect(waited).toBeLessThan(2000);
  });
});
