import { describe, expect, it } from 'vitest';
import { untilNextTick } from '../../../src/components/use-now';

describe('useNow', () => {
  it('waits for the next whole interval: a clock by the minute turns with the minute', () => {
    const nineOClock = Date.UTC(2026, 9, 1, 1, 0, 0);
    expect(untilNextTick(nineOClock + 59_250, 60_000)).toBe(750);
    expect(untilNextTick(nineOClock, 60_000)).toBe(60_000);
    expect(untilNextTick(nineOClock + 1, 60_000)).toBe(59_999);
    expect(untilNextTick(nineOClock + 400, 1000)).toBe(600);
  });
});
