import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_BASE, apiClient, buildUrl, type ParamsOf } from '../../../../src/api/api-client';
import { assetQueries } from '../../../../src/api/queries/assets';
import { indicatorQueries } from '../../../../src/api/queries/indicators';
import { issueQueries } from '../../../../src/api/queries/issues';
import { metaQueries } from '../../../../src/api/queries/meta';
import { orgQueries } from '../../../../src/api/queries/org';
import { sessionQueries } from '../../../../src/api/queries/session';
import { violationQueries } from '../../../../src/api/queries/violations';
import { IssuePage } from '../../../../src/api/schemas/issues';
import { endpointQueries, type EndpointQueries } from '../../../../src/api/schemas/params';
import type { Violation } from '../../../../src/api/schemas/violations';

// The client encodes its params (buildUrl) and the server decodes them with the shared schemas: what the
// one writes, the other must read back as the same values, and a name the schema lacks is refused.

type Path = keyof EndpointQueries;
const isPath = (path: string): path is Path => Object.hasOwn(endpointQueries, path);

function makeViolation(overrides: Partial<Violation> = {}): Violation {
  return {
    id: 'V0000001',
    occurredAt: '2026-03-01T09:00:00+08:00',
    category: 'behaviour',
    severity: 'general',
    workType: 'patrol',
    description: '未戴安全帽',
    position: [113.3, 23.1],
    unitId: 'U-440104',
    branchId: 'B001',
    zoneId: 'Z001',
    teamId: 'T001',
    personId: 'P001',
    personName: '张三',
    personNameMasked: false,
    personIsMember: true,
    memberIds: ['P001'],
    transformerDistrictId: null,
    feederId: null,
    issueId: 'IV0000001',
    issueStatus: 'found',
    issueOverdue: false,
    ...overrides,
  };
}

interface Sent {
  path: string;
  params: Readonly<Record<string, unknown>>;
  url: URL;
}

const json = (body: unknown, status = 200, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

/** Runs query functions against a stubbed fetch: the params each GET was given and every URL sent. */
async function capture(options: readonly { queryFn?: unknown }[]): Promise<{ gets: Sent[]; urls: URL[] }> {
  const urls: URL[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : input.toString(), 'http://localhost');
    urls.push(url);
    // A violation answers (so its issue and circle are asked for next); anything else is a problem.
    if (url.pathname === `${API_BASE}/violations/V0000001`) return Promise.resolve(json(makeViolation()));
    return Promise.resolve(json({ type: 'about:blank', title: 'Unavailable', status: 503, detail: 'stub' }, 503, 'application/problem+json'));
  });
  const get = vi.spyOn(apiClient, 'get');
  for (const o of options) {
    await (o.queryFn as (context: { signal: AbortSignal }) => Promise<unknown>)({ signal: new AbortController().signal }).catch(() => null);
  }
  const gets = get.mock.calls.map(([path, , requestOptions], i) => {
    const url = urls.filter((u) => !u.pathname.endsWith('/violations/columns'))[i];
    if (!url) throw new Error(`no request for GET ${path}`);
    return { path, params: requestOptions?.params ?? {}, url };
  });
  return { gets, urls };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The query of a URL as the server's schema for its path reads it. */
function parseQuery(url: URL) {
  const path = url.pathname.slice(API_BASE.length);
  if (!isPath(path)) throw new Error(`${path} has no query schema`);
  return endpointQueries[path].safeParse(Object.fromEntries(url.searchParams));
}

describe('query parameters shared by the client and the server', () => {
  it('every query the client sends is read back by the server\'s schema as the values it passed', async () => {
    const window = { from: '2026-01-01', to: '2026-09-30' };
    const { gets, urls } = await capture([
      assetQueries.substations(),
      assetQueries.feeders(),
      assetQueries.baseStations(),
      assetQueries.transformerDistricts(),
      assetQueries.transformerDistrictAreas([113.3, 23.1, 113.34, 23.12]),
      indicatorQueries.report({ level: 'unit', id: 'U-GZ' }),
      indicatorQueries.report({ level: 'member', id: 'P001', ...window }),
      indicatorQueries.ranking({ level: 'unit', id: 'U-GZ', key: 'severe_share' }),
      indicatorQueries.ranking({ level: 'unit', id: 'U-440104', key: 'violation_count', childLevel: 'zone', order: 'worst', ...window }),
      indicatorQueries.breakdown({ level: 'zone', id: 'Z001', ...window }),
      indicatorQueries.monthly({ level: 'branch', id: 'B001', ...window }),
      indicatorQueries.marketing(),
      issueQueries.standalone(),
      issueQueries.detail('IV0000001'),
      metaQueries.dataset(),
      orgQueries.units(),
      orgQueries.zones(),
      orgQueries.branches(),
      orgQueries.branch('B001'),
      orgQueries.gridTeams(),
      orgQueries.branchMembers('B001'),
      orgQueries.zoneMembers('Z001'),
      orgQueries.member('P001'),
      orgQueries.memberSummary({ branchId: 'B001' }),
      orgQueries.memberSummary({ zoneId: 'Z001' }),
      sessionQueries.accounts(),
      violationQueries.columns(),
      violationQueries.detail('V0000001'),
      violationQueries.withIssue('V0000001'),
    ]);
    expect(gets.length).toBeGreaterThanOrEqual(28);
    expect(gets.map((g) => g.url.pathname)).toContain(`${API_BASE}/members`); // the violation's circle was asked for

    for (const { path, params, url } of gets) {
      expect(url.pathname).toBe(`${API_BASE}${path}`);
      const given = Object.entries(params).filter(([, v]) => v !== undefined);
      if (given.length === 0) continue;
      const parsed = parseQuery(url);
      expect(parsed.error?.issues, url.href).toBeUndefined();
      for (const [name, value] of given) expect((parsed.data as Record<string, unknown>)[name], `${url.href}: ${name}`).toEqual(value);
    }
    // A path without a query schema is sent without a query (the server refuses unknown parameters).
    for (const url of urls) if (!isPath(url.pathname.slice(API_BASE.length))) expect(url.search, url.pathname).toBe('');
  });

  it('the encoder and every endpoint\'s schema agree on lists, numbers, booleans, days and boxes', () => {
    // Typed by the client's own rule: a wrong name or value here is a compile error.
    const samples: { [P in Path]: ParamsOf<P> } = {
      '/violations': {
        from: '2026-01-01',
        to: '2026-02-28',
        category: ['behaviour', 'management'],
        severity: ['severe'],
        workType: ['live_work', 'patrol'],
        status: ['found', 'closed'],
        repeat: false,
        unitId: 'U-440104',
        branchId: 'B001',
        zoneId: 'Z001',
        memberId: 'P001',
        bbox: [113.25, 23.05, 113.5, 23.25],
        offset: 200,
        limit: 1000,
      },
      '/issues': { source: ['public_safety_hazard', 'asset_recovery'], status: ['awaiting_verification'], overdue: true, reopened: false, memberId: 'P001', offset: 0, limit: 1 },
      '/indicators': { level: 'zone', id: 'Z001', from: '2024-02-29', to: '2026-12-31' },
      '/indicators/ranking': { level: 'branch', id: 'B001', key: 'days_to_close_p90', childLevel: 'member', order: 'best' },
      '/indicators/comparison': { level: 'branch', id: 'B001', from: '2026-01-01', to: '2026-06-30' },
      '/breakdown': { level: 'member', id: 'P001', category: ['behaviour', 'management'], severity: ['severe'], status: ['closed'], overdue: true },
      '/series/monthly': { level: 'unit', id: 'U-GZ', to: '2026-09-30' },
      '/marketing': { unitId: 'U-GZ', branchId: 'B001', zoneId: 'Z001', gridTeamId: 'GT001', from: '2026-01-01', to: '2026-09-30' },
      '/work/monthly': { level: 'branch', id: 'B001', from: '2026-01-01' },
      '/branches': { unitId: 'U-440104' },
      '/members': { unitId: 'U-GZ', teamId: 'T001', offset: 1_000_000_000, limit: 1 },
      '/members/summary': { unitId: 'U-GZ', branchId: 'B001', zoneId: 'Z001' },
      '/teams': { kind: 'operations', complete: true, zoneId: 'Z001' },
      '/zones': { unitId: 'U-GZ', branchId: 'B001' },
      '/substations': { bbox: [-180, -90, 180, 90] },
      '/feeders': { unitId: 'U-440104' },
      '/base-stations': { bbox: [113.5, 22.6, 113.7, 22.8], unitId: 'U-440115' },
      '/transformer-districts': { geometry: 'area', assigned: false, branchId: 'B001', bbox: [113.3, 23.1, 113.34, 23.12] },
    };
    for (const path of Object.keys(samples) as Path[]) {
      const params = samples[path];
      const parsed = parseQuery(new URL(buildUrl(API_BASE, path, params), 'http://localhost'));
      expect(parsed.error?.issues, path).toBeUndefined();
      expect(parsed.data, path).toMatchObject(params);
    }
  });

  it('an empty list is left out, not sent as an empty filter the server would refuse', () => {
    const url = new URL(buildUrl(API_BASE, '/issues', { source: [], limit: 5 }), 'http://localhost');
    expect(url.searchParams.has('source')).toBe(false);
    expect(parseQuery(url).data).toMatchObject({ limit: 5 });
  });

  it('refuses an unknown or misspelt parameter on every endpoint, naming it', () => {
    const misspelt: [Path, string, string][] = [
      ['/violations', 'limt', '10'],
      ['/violations', 'categories', 'behaviour'],
      ['/issues', 'sources', 'violation'],
      ['/indicators/ranking', 'child_level', 'zone'],
      ['/transformer-districts', 'geom', 'area'],
      ['/teams', 'completed', 'true'],
    ];
    const unknown = (Object.keys(endpointQueries) as Path[]).map((path): [Path, string, string] => [path, 'colour', 'red']);
    for (const [path, name, value] of [...misspelt, ...unknown]) {
      const parsed = endpointQueries[path].safeParse({ [name]: value });
      const refused = parsed.error?.issues.find((i) => i.code === 'unrecognized_keys');
      expect(refused && 'keys' in refused ? refused.keys : [], `${path}?${name}`).toEqual([name]);
    }
  });

  it('takes integers in plain decimal digits only, as the server always has', () => {
    for (const limit of ['0x10', '1e1', '0b11', '1.0', ' 7', '1'.repeat(11), '0', '1001', '']) {
      expect(endpointQueries['/members'].safeParse({ limit }).success, `limit=${limit}`).toBe(false);
    }
    expect(endpointQueries['/members'].parse({})).toEqual({ offset: 0, limit: 100 });
  });

  it('makes a wrong name or value a compile error (checked by tsc)', () => {
    const calls = () => [
      // @ts-expect-error -- misspelt parameter
      apiClient.get('/issues', IssuePage, { params: { sources: ['violation'] } }),
      // @ts-expect-error -- not an issue source
      apiClient.get('/issues', IssuePage, { params: { source: ['hazard'] } }),
      // @ts-expect-error -- a number, not text
      apiClient.get('/issues', IssuePage, { params: { limit: '10' } }),
      // @ts-expect-error -- /meta takes no parameters
      apiClient.get('/meta', IssuePage, { params: { limit: 10 } }),
      // @ts-expect-error -- /indicators needs an id
      apiClient.get('/indicators', IssuePage, { params: { level: 'unit' } }),
    ];
    expect(calls).toBeTypeOf('function');
  });
});
