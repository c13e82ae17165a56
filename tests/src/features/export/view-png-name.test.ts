import { describe, expect, it } from 'vitest';
import { viewPngFileName } from '../../../../src/features/export/lib/view-png-name';

describe('the exported view’s file name', () => {
  it('names the app, the place and the time in Beijing, whatever the machine’s zone', () => {
    // 09:05:09 UTC is 17:05:09 in Shanghai.
    expect(viewPngFileName('党建智图', '黄埔供电局', Date.UTC(2026, 8, 30, 9, 5, 9))).toBe('党建智图-黄埔供电局-2026-09-30_17-05-09.png');
    // 16:30 UTC is already the next day in Shanghai.
    expect(viewPngFileName('党建智图', '广州供电局', new Date('2026-09-30T16:30:00Z'))).toBe('党建智图-广州供电局-2026-10-01_00-30-00.png');
  });

  it('leaves out what Windows refuses in a name, and a place not known yet', () => {
    expect(viewPngFileName('Party-Building Smart Map', 'Zone 3/A: "north"', Date.UTC(2026, 0, 1))).toBe(
      'Party-Building_Smart_Map-Zone_3_A_north_-2026-01-01_08-00-00.png',
    );
    expect(viewPngFileName('党建智图', '', Date.UTC(2026, 0, 1))).toBe('党建智图-2026-01-01_08-00-00.png');
  });
});
