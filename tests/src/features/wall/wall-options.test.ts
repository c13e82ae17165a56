import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from '../../../../src/lib/url-state';
import { parseWallOptions, WALL_DEFAULTS } from '../../../../src/features/wall/lib/wall-options';

describe('the wall’s options in the URL', () => {
  it('reads the kiosk link', () => {
    const search = '?account=bureau-manager&tour=districts&interval=20&refresh=30&idle=90&wall=control-room-2&theme=dark&lang=zh-CN';
    expect(parseWallOptions(search)).toEqual({ options: { tour: 'districts', interval: 20, refresh: 30, idle: 90, wall: 'control-room-2' }, problems: [] });
  });

  it('defaults everything it is not given', () => {
    expect(parseWallOptions('')).toEqual({ options: WALL_DEFAULTS, problems: [] });
    expect(WALL_DEFAULTS).toEqual({ tour: 'districts', interval: 20, refresh: 60, idle: 60, wall: null });
  });

  it('falls back to the default for each bad option alone, and reports each with what was used instead', () => {
    const { options, problems } = parseWallOptions('?tour=zones&interval=abc&refresh=1&idle=30&wall=room%201&theme=blue&lang=fr');
    expect(options).toEqual({ tour: 'districts', interval: 20, refresh: 60, idle: 30, wall: null });
    expect(problems).toEqual([
      { param: 'tour', value: 'zones', fallback: 'districts' },
      { param: 'interval', value: 'abc', fallback: '20' },
      { param: 'refresh', value: '1', fallback: '60' },
      { param: 'wall', value: 'room 1', fallback: 'account' },
      { param: 'theme', value: 'blue', fallback: 'dark' },
      { param: 'lang', value: 'fr', fallback: 'zh-CN' },
    ]);
  });

  it('takes whole seconds in plain digits only, within bounds', () => {
    for (const bad of ['-5', '2.5', '1e2', '0x10', '', ' 20', '4', '3601']) {
      expect(parseWallOptions(`?interval=${encodeURIComponent(bad)}`).problems.map((p) => p.param), bad).toEqual(['interval']);
    }
    expect(parseWallOptions('?interval=5').options.interval).toBe(5);
    expect(parseWallOptions('?interval=3600').options.interval).toBe(3600);
    expect(parseWallOptions('?tour=off').options.tour).toBe('off');
  });

  it('leaves the rest of the URL schema as it was: the wall path is a mode, its options are kept when the URL is rewritten', () => {
    const state = parseUrlState('?tour=off&interval=10&theme=light', '/wall');
    expect(state.mode).toBe('wall');
    expect(state.theme).toBe('light');
    expect(formatUrlState({ ...state, place: { level: 'unit', id: 'U-440112' } }, '?tour=off&interval=10&theme=light')).toBe('?tour=off&interval=10&theme=light&at=unit:U-440112');
  });
});
