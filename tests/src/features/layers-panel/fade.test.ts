import { describe, expect, it } from 'vitest';
import { fadeOfOpacities, opacitiesOfFade } from '../../../../src/features/layers-panel/lib/fade';

describe('fade between the two maps', () => {
  it('shows both at 0, one of them at either end, and round-trips', () => {
    expect(opacitiesOfFade(0)).toEqual({ production: 1, party: 1 });
    expect(opacitiesOfFade(-100)).toEqual({ production: 1, party: 0 });
    expect(opacitiesOfFade(100)).toEqual({ production: 0, party: 1 });
    expect(opacitiesOfFade(Number.NaN)).toEqual({ production: 1, party: 1 });
    for (const f of [-100, -35, 0, 40, 100]) {
      const o = opacitiesOfFade(f);
      expect(fadeOfOpacities(o.production, o.party)).toBe(f);
    }
  });
});
