import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseArgs, parseViewport } from '../../bench/lib/args';

describe('parseArgs', () => {
  it('builds and runs both scales at both viewports by default', () => {
    const o = parseArgs([]);
    expect(o.build).toBe(true);
    expect(o.scales).toEqual(['default', 'province']);
    expect(o.viewports).toEqual([
      { width: 1920, height: 1080 },
      { width: 3840, height: 2160 },
    ]);
    expect(o.gpu).toBe(false);
    expect(o.baseline).toBe(true);
  });

  it('limits the scale and viewports, in either flag form', () => {
    const o = parseArgs(['--scale', 'default', '--viewport=1920x1080', '--no-build', '--changes', '7']);
    expect(o.scales).toEqual(['default']);
    expect(o.viewports).toEqual([{ width: 1920, height: 1080 }]);
    expect(o.build).toBe(false);
    expect(o.changes).toBe(7);
  });

  it('runs default before province whatever the order asked', () => {
    expect(parseArgs(['--scale', 'province,default']).scales).toEqual(['default', 'province']);
  });

  it('takes three cold loads per page unless told otherwise, within reason', () => {
    expect(parseArgs([]).loads).toBe(3);
    expect(parseArgs(['--loads', '1']).loads).toBe(1);
    expect(parseArgs(['--loads', '3']).loads).toBe(3);
    expect(() => parseArgs(['--loads', '21'])).toThrow(/--loads/);
  });

  it('measures window changes again after 15 unmeasured ones unless told otherwise', () => {
    expect(parseArgs([]).warmUp).toBe(15);
    expect(parseArgs(['--warm-up', '0']).warmUp).toBe(0);
    expect(() => parseArgs(['--warm-up', '-1'])).toThrow(/--warm-up/);
    expect(() => parseArgs(['--warm-up', '51'])).toThrow(/--warm-up/);
  });

  it('measures the wall’s tour steps unless told not to, and can measure the wall alone', () => {
    expect(parseArgs([])).toMatchObject({ wallSteps: 4, map: true });
    expect(parseArgs(['--wall-steps', '0', '--no-map'])).toMatchObject({ wallSteps: 0, map: false });
    expect(() => parseArgs(['--wall-steps', '2.5'])).toThrow(/--wall-steps/);
    expect(() => parseArgs(['--wall-steps', '21'])).toThrow(/--wall-steps/);
    expect(parseArgs([]).wallSoakLaps).toBe(0);
    expect(parseArgs(['--wall-soak-laps=12']).wallSoakLaps).toBe(12);
    expect(() => parseArgs(['--wall-soak-laps', '-1'])).toThrow(/--wall-soak-laps/);
    expect(parseArgs([]).analysisRounds).toBe(2);
    expect(parseArgs(['--analysis-rounds', '0']).analysisRounds).toBe(0);
    expect(() => parseArgs(['--analysis-rounds=11'])).toThrow(/--analysis-rounds/);
  });

  it('sets one map-ready timeout for both scales', () => {
    expect(parseArgs(['--ready-timeout', '90']).readyTimeoutS).toEqual({ default: 90, province: 90 });
  });

  it('does not share mutable defaults between parses', () => {
    parseArgs(['--viewport', '800x600']).viewports.push({ width: 1, height: 1 });
    expect(DEFAULT_OPTIONS.viewports).toHaveLength(2);
    expect(parseArgs([]).viewports).toHaveLength(2);
  });

  it('rejects what it does not understand, naming it', () => {
    expect(() => parseArgs(['--scale', 'city'])).toThrow(/"city"/);
    expect(() => parseArgs(['--changes', '0'])).toThrow(/--changes/);
    expect(() => parseArgs(['--changes', '2.5'])).toThrow(/whole number/);
    expect(() => parseArgs(['--frobnicate'])).toThrow(/unknown option "--frobnicate"/);
  });
});

describe('parseViewport', () => {
  it('reads WxH with x or ×', () => {
    expect(parseViewport('3840x2160')).toEqual({ width: 3840, height: 2160 });
    expect(parseViewport('1920×1080')).toEqual({ width: 1920, height: 1080 });
  });

  it('rejects anything else', () => {
    expect(() => parseViewport('1920')).toThrow(/1920x1080/);
  });
});
