import { describe, expect, it } from 'vitest';
import {
  BUREAU,
  defaultFilters,
  defaultUrlState,
  formatUrlState,
  modeOfPath,
  navigationKind,
  parseCamera,
  parseUrlState,
  pathOfMode,
  type UrlState,
} from '../../../src/lib/url-state';

const defaults = defaultUrlState();

describe('the URL state schema', () => {
  it('defaults to the map, Chinese, dark, the bureau, fitted to Guangzhou, nothing selected or filtered', () => {
    expect(parseUrlState('')).toEqual(defaults);
    expect(defaults).toEqual({
      mode: '',
      lang: 'zh-CN',
      theme: 'dark',
      place: BUREAU,
      selection: null,
      camera: null,
      filters: {
        from: null,
        to: null,
        categories: ['behaviour', 'equipment', 'management'],
        severities: ['general', 'serious', 'severe'],
        statuses: ['found', 'assigned', 'rectifying', 'awaiting_verification', 'closed'],
        workTypes: ['patrol', 'switching', 'maintenance', 'emergency_repair', 'live_work', 'construction'],
        overdueOnly: false,
      },
      layers: null,
      layerOptions: {},
      indicator: null,
      issues: { open: null, states: ['found', 'assigned', 'rectifying', 'awaiting_verification'], lateOnly: false, sort: 'deadline' },
    });
    expect(formatUrlState(defaults)).toBe('');
  });

  it('round-trips everything through one readable URL', () => {
    const state: UrlState = {
      mode: '',
      lang: 'en',
      theme: 'light',
      place: { level: 'zone', id: 'Z-HP-012' },
      selection: { kind: 'violation', id: 'V0000123' },
      camera: { lng: 113.48054, lat: 23.18171, zoom: 11.25, bearing: 30, pitch: 45 },
      filters: { from: '2025-01-01', to: '2025-03-31', categories: ['behaviour', 'equipment'], severities: ['severe'], statuses: ['found', 'assigned'], workTypes: ['live_work'], overdueOnly: true },
      layers: ['violations', 'gridZones'],
      layerOptions: { violations: 'severity' },
      indicator: 'issue_closure_rate',
      issues: { open: 'IV0000123', states: ['awaiting_verification', 'closed'], lateOnly: true, sort: '-deadline' },
    };
    const search = formatUrlState(state);
    expect(search).toBe(
      '?lang=en&theme=light&at=zone:Z-HP-012&sel=violation:V0000123&c=113.48054,23.18171,11.25,30,45' +
        '&from=2025-01-01&to=2025-03-31&cat=behaviour,equipment&sev=severe&st=found,assigned&wt=live_work&overdue=1' +
        '&layers=violations,gridZones&lo=violations:severity&ind=issue_closure_rate' +
        '&issue=IV0000123&state=awaiting_verification,closed&late=1&sort=-deadline',
    );
    expect(parseUrlState(search)).toEqual(state);
  });

  it('takes the mode from the path', () => {
    expect(modeOfPath('/')).toBe('');
    expect(modeOfPath('/analysis')).toBe('analysis');
    expect(modeOfPath('/my-branch/x')).toBe('my-branch');
    expect(modeOfPath('/%3Cscript%3E')).toBe('');
    expect(parseUrlState('', '/wall').mode).toBe('wall');
    expect(pathOfMode('')).toBe('/');
    expect(pathOfMode('wall')).toBe('/wall');
  });

  it('keeps parameters it does not own, and drops its defaults', () => {
    expect(formatUrlState({ ...defaults, lang: 'en' }, '?debug=1&lang=zh-CN&account=bureau-manager')).toBe('?debug=1&lang=en&account=bureau-manager');
  });

  it('accepts the short forms people type and ignores nonsense, part by part', () => {
    expect(parseUrlState('?lang=EN').lang).toBe('en');
    expect(parseUrlState('?lang=zh').lang).toBe('zh-CN');
    expect(parseUrlState('?lang=fr&theme=neon')).toMatchObject({ lang: 'zh-CN', theme: 'dark' });
    expect(parseUrlState('?at=zone:%3Cscript%3E').place).toEqual(BUREAU);
    expect(parseUrlState('?at=planet:Z1&sel=Z1').place).toEqual(BUREAU);
    expect(parseUrlState('?sel=planet:Z1').selection).toBeNull();
    expect(parseUrlState('?layers=').layers).toEqual([]);
    expect(parseUrlState('?layers=violations,%3Cimg%3E').layers).toBeNull();
    expect(parseUrlState('?lo=violations:severity,bad,:x,%3Ca%3E:b').layerOptions).toEqual({ violations: 'severity' });
    expect(parseUrlState('?ind=%3Cimg%3E').indicator).toBeNull();
    expect(parseCamera('113,23')).toBeNull();
    expect(parseCamera('113,95,9')).toBeNull();
    expect(parseCamera('abc,23,9')).toBeNull();
    expect(parseCamera('113.3,23.1,9')).toEqual({ lng: 113.3, lat: 23.1, zoom: 9, bearing: 0, pitch: 0 });
  });

  it('reads older links: sel=zone:… and zone=… are a zone place, and are written the new way', () => {
    expect(parseUrlState('?sel=zone:Z-440112-001').place).toEqual({ level: 'zone', id: 'Z-440112-001' });
    expect(parseUrlState('?sel=branch:B-1').place).toEqual({ level: 'branch', id: 'B-1' });
    expect(parseUrlState('?zone=Z-440112-001')).toMatchObject({ place: { level: 'zone', id: 'Z-440112-001' }, selection: null });
    expect(formatUrlState(parseUrlState('?zone=Z1&sel=zone:Z1'), '?zone=Z1&sel=zone:Z1')).toBe('?at=zone:Z1');
  });

  it('reads the filters: lists in contract order, an empty list meaning none, invalid values ignored', () => {
    expect(formatUrlState({ ...defaults, filters: { ...defaultFilters(), categories: ['management', 'behaviour'] } })).toBe('?cat=behaviour,management');
    expect(formatUrlState({ ...defaults, filters: { ...defaultFilters(), severities: [] } })).toBe('?sev=');
    expect(parseUrlState('?sev=').filters.severities).toEqual([]);
    const parsed = parseUrlState('?from=2025-02-30&to=tomorrow&cat=bogus&sev=severe,,nope&st=<img>&overdue=yes').filters;
    expect(parsed).toEqual({ ...defaultFilters(), severities: ['severe'] });
    // A window that ends before it starts is dropped whole; one valid end is enough.
    expect(parseUrlState('?from=2025-05-01&to=2025-04-01').filters).toMatchObject({ from: null, to: null });
    expect(parseUrlState('?from=2025-05-01').filters).toMatchObject({ from: '2025-05-01', to: null });
  });

  it('pushes history for where you are (mode, place, selection) and replaces it for the rest', () => {
    const zone = { ...defaults, place: { level: 'zone' as const, id: 'Z1' } };
    expect(navigationKind(defaults, zone)).toBe('push');
    expect(navigationKind(zone, { ...zone, selection: { kind: 'feeder', id: 'F1' } })).toBe('push');
    expect(navigationKind(zone, { ...zone, mode: 'analysis' })).toBe('push');
    expect(navigationKind(zone, { ...zone, camera: { lng: 113, lat: 23, zoom: 9, bearing: 0, pitch: 0 } })).toBe('replace');
    expect(navigationKind(zone, { ...zone, filters: { ...defaultFilters(), overdueOnly: true }, lang: 'en', layers: [] })).toBe('replace');
    expect(navigationKind(zone, { ...zone, place: { level: 'zone', id: 'Z1' } })).toBe('replace');
  });

  it('replaces the entry for every step of a wall’s tour (a wall runs for weeks; nobody goes back on it)', () => {
    const wall = { ...defaults, mode: 'wall' };
    expect(navigationKind(wall, { ...wall, place: { level: 'unit', id: 'U-440112' } })).toBe('replace');
    expect(navigationKind(defaults, wall)).toBe('push');
  });
});
