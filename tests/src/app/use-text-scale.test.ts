import { describe, expect, it } from 'vitest';
import { textScaleFor } from '../../../src/app/use-text-scale';

describe('textScaleFor', () => {
  it('is 1 up to 1920 px, 2 at 3840 px, in quarter steps', () => {
    expect(textScaleFor(1280)).toBe(1);
    expect(textScaleFor(1920)).toBe(1);
    expect(textScaleFor(2560)).toBe(1.25);
    expect(textScaleFor(3840)).toBe(2);
    expect(textScaleFor(7680)).toBe(2);
  });
});
