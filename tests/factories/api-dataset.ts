import type { Dataset, Person, StandaloneIssue } from '../../mock-api/dataset/model';
import { issueStatuses } from '../../src/api/schemas/enums';
import { resolveActors, violationIssueTimeline } from '../../mock-api/dataset/issues';
import { allocateWork, buildWork } from '../../mock-api/dataset/work';
import type { Branch, GridZoneCollection, Team, Unit } from '../../src/api/schemas/org';
import type { MarketingResult } from '../../src/api/schemas/indicators';
import type { IssueHistoryEntry } from '../../src/api/schemas/issues';

/*
 * A tiny, consistent dataset for API tests that must not depend on the generator: two district bureaus
 * (黄埔, 南沙) with two branches each; every branch has one zone, one "4+N" grid team, one operations
 * team, a secretary and four gridders. Violations are spread deterministically over three years.
 */

const DAY = 86_400_000;
const districts = [
  { id: 'U-440112', name: '黄埔供电局', nameEn: 'Huangpu', adcode: '440112', center: [113.46, 23.11] as [number, number] },
  { id: 'U-440115', name: '南沙供电局', nameEn: 'Nansha', adcode: '440115', center: [113.55, 22.78] as [number, number] },
];
const surnames = ['张', '李', '王', '陈', '刘'];
const given = ['伟明', '晓红', '建国', '丽', '志强', '海', '秀英'];

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The first corner of a zone's outline (factory zones are single squares). */
function firstPosition(zone: GridZoneCollection['features'][number]): [number, number] {
  const g = zone.geometry;
  const p = g.type === 'Polygon' ? g.coordinates[0]?.[0] : g.coordinates[0]?.[0]?.[0];
  return p ? [p[0], p[1]] : [0, 0];
}

export interface ApiDatasetOptions {
  violations?: number;
  /** The dataset's "now"; violations end on this day. */
  asOf?: string;
}

export function makeApiDataset(options: ApiDatasetOptions = {}): Dataset {
  const count = options.violations ?? 400;
  const asOfMs = Date.parse(options.asOf ?? '2026-09-30T17:00:00+08:00');
  const rnd = lcg(42);
  const units: Unit[] = [
    { id: 'U-GZ', name: '广州供电局', nameEn: 'Guangzhou Power Supply Bureau', kind: 'bureau', parentId: null, adcode: null, center: [113.27, 23.13] },
    ...districts.map((d) => ({ id: d.id, name: d.name, nameEn: `${d.nameEn} Power Supply Bureau`, kind: 'district_bureau' as const, parentId: 'U-GZ', adcode: d.adcode, center: d.center })),
  ];
  const branches: Branch[] = [];
  const teams: Team[] = [];
  const people: Person[] = [];
  const zones: GridZoneCollection = { type: 'FeatureCollection', features: [] };
  const groups: Dataset['groups'] = [];
  const committees: Dataset['committees'] = [];
  let nameIndex = 0;
  const nextName = () => {
    const name = `${surnames[nameIndex % surnames.length] ?? '张'}${given[nameIndex % given.length] ?? '明'}`;
    nameIndex += 1;
    return name;
  };

  for (const d of districts) {
    const committee = { id: `C-${d.adcode}`, name: `${d.name}党委`, unitId: d.id, memberIds: [] as string[] };
    committees.push(committee);
    for (let b = 1; b <= 2; b++) {
      const branchId = `B-${d.adcode}-0${b}`;
      const zoneId = `Z-${d.adcode}-0${b}`;
      const gridTeamId = `T-${d.adcode}-0${b}-G`;
      const opsTeamId = `T-${d.adcode}-0${b}-O`;
      const memberIds = [1, 2, 3, 4, 5].map((m) => `M-${d.adcode}-0${b}-${m}`);
      const staffIds = [1, 2].map((s) => `S-${d.adcode}-0${b}-${s}`);
      const [x, y] = [d.center[0] + (b - 1.5) * 0.04, d.center[1]];
      branches.push({ id: branchId, name: `${d.name}第${b}党支部`, unitId: d.id, committeeId: committee.id, secretaryId: memberIds[0] ?? '', memberCount: 5, zoneIds: [zoneId], teamIds: [gridTeamId, opsTeamId], center: [x, y] });
      groups.push({ id: `G-${d.adcode}-0${b}-1`, name: `第${b}党小组`, branchId });
      teams.push({ id: gridTeamId, name: `${d.name}网格团队${b}`, kind: 'grid', unitId: d.id, branchId, zoneId, memberIds: memberIds.slice(1), staffIds });
      teams.push({ id: opsTeamId, name: `${d.name}运维班${b}`, kind: 'operations', unitId: d.id, branchId, zoneId: null, memberIds, staffIds: [] });
      memberIds.forEach((id, m) =>
        people.push({
          kind: 'member', id, name: nextName(), nameMasked: false, branchId, groupId: `G-${d.adcode}-0${b}-1`, unitId: d.id, teamId: opsTeamId,
          gridTeamId: m === 0 ? null : gridTeamId, role: m === 0 ? 'secretary' : m === 1 ? 'branch_committee' : 'member', isGridder: m > 0, joinedYear: 2000 + m, liaisonIds: [],
        }),
      );
      committee.memberIds.push(memberIds[0] ?? '');
      staffIds.forEach((id) => people.push({ kind: 'staff', id, name: nextName(), nameMasked: false, unitId: d.id, teamId: gridTeamId, gridTeamId }));
      const ring: [number, number][] = [[x - 0.02, y - 0.02], [x + 0.02, y - 0.02], [x + 0.02, y + 0.02], [x - 0.02, y + 0.02], [x - 0.02, y - 0.02]];
      zones.features.push({
        type: 'Feature', id: zoneId, geometry: { type: 'Polygon', coordinates: [ring] },
        properties: { name: `${d.name}网格${b}`, unitId: d.id, branchId, gridTeamId, liaisonCommitteeMemberId: memberIds[0] ?? '', areaKm2: 17, transformerDistrictCount: 2, redGrid: d.adcode === '440115' },
      });
    }
  }

  const substations: Dataset['substations'] = { type: 'FeatureCollection', features: districts.map((d) => ({ type: 'Feature' as const, id: `SS-${d.adcode}`, geometry: { type: 'Point' as const, coordinates: d.center }, properties: { name: `${d.nameEn}站`, unitId: d.id, voltageKv: 110 as const, has5g: d.adcode === '440115' } })) };
  const feeders: Dataset['feeders'] = { type: 'FeatureCollection', features: zones.features.map((z, i) => ({ type: 'Feature' as const, id: `F-${i + 1}`, geometry: { type: 'LineString' as const, coordinates: [districts[i >> 1]?.center ?? [0, 0], firstPosition(z)] }, properties: { name: `10kV线${i + 1}`, unitId: z.properties.unitId, substationId: `SS-${z.properties.unitId.slice(2)}`, zoneIds: [z.id], lengthKm: 4 } })) };
  const tdPoints: Dataset['transformerDistricts'] = { type: 'FeatureCollection', features: [] };
  const tdAreas: Dataset['transformerDistrictAreas'] = { type: 'FeatureCollection', features: [] };
  zones.features.forEach((z, zi) => {
    const [x0, y0] = firstPosition(z);
    for (let t = 0; t < 2; t++) {
      const p: [number, number] = [x0 + 0.01 + t * 0.02, y0 + 0.02];
      const gridderId = teams.find((team) => team.id === z.properties.gridTeamId)?.memberIds[t] ?? '';
      const properties = { name: `台区${zi}-${t}`, unitId: z.properties.unitId, zoneId: z.id, gridTeamId: z.properties.gridTeamId, gridderId, feederId: `F-${zi + 1}`, capacityKva: 630, customers: 120 };
      tdPoints.features.push({ type: 'Feature', id: `TD-${zi}-${t}`, geometry: { type: 'Point', coordinates: p }, properties });
      tdAreas.features.push({ type: 'Feature', id: `TD-${zi}-${t}`, geometry: { type: 'Polygon', coordinates: [[[p[0] - 0.005, p[1] - 0.005], [p[0] + 0.005, p[1] - 0.005], [p[0] + 0.005, p[1] + 0.005], [p[0] - 0.005, p[1] - 0.005]]] }, properties });
    }
  });

  const start = asOfMs - 3 * 365 * DAY;
  const v: Dataset['violations'] = {
    count,
    time: new Float64Array(count), lon: new Float64Array(count), lat: new Float64Array(count),
    category: new Uint8Array(count), severity: new Uint8Array(count), workType: new Uint8Array(count),
    zone: new Uint32Array(count), team: new Uint32Array(count), person: new Int32Array(count),
    transformerDistrict: new Int32Array(count), feeder: new Int32Array(count), description: new Uint16Array(count),
    issueStatus: new Uint8Array(count), issueDeadline: new Float64Array(count), issueClosedAt: new Float64Array(count), issueReopened: new Uint8Array(count),
    issueAssignee: new Int32Array(count), issueVersion: new Uint8Array(count),
  };
  const times = Array.from({ length: count }, () => start + rnd() * (asOfMs - start)).sort((a, b) => a - b);
  for (let i = 0; i < count; i++) {
    const zone = Math.floor(rnd() * zones.features.length);
    const z = zones.features[zone];
    const [x0, y0] = z ? firstPosition(z) : [0, 0];
    const t = times[i] ?? start;
    v.time[i] = t;
    v.lon[i] = x0 + rnd() * 0.04;
    v.lat[i] = y0 + rnd() * 0.04;
    v.category[i] = Math.floor(rnd() * 3);
    v.severity[i] = rnd() < 0.6 ? 0 : rnd() < 0.7 ? 1 : 2;
    v.workType[i] = Math.floor(rnd() * 6);
    v.zone[i] = zone;
    v.team[i] = zone * 2 + 1;
    v.person[i] = zone * 7 + Math.floor(rnd() * 7);
    v.transformerDistrict[i] = zone * 2 + (rnd() < 0.5 ? 0 : 1);
    v.feeder[i] = rnd() < 0.8 ? zone : -1;
    v.description[i] = Math.floor(rnd() * 3);
  }

  const standaloneIssues: StandaloneIssue[] = zones.features.flatMap((z, zi) =>
    [0, 1].map((k) => {
      const createdAt = asOfMs - (10 + zi * 7 + k * 40) * DAY;
      const gridder = teams.find((t) => t.id === z.properties.gridTeamId)?.memberIds[0] ?? null;
      const history: IssueHistoryEntry[] = [
        { at: new Date(createdAt).toISOString().replace('Z', '+00:00').replace('.000', ''), action: 'create', from: null, to: 'found', actorId: 'system', actorName: '系统', comment: '巡视发现', version: 1 },
      ];
      return {
        id: `IS-${zi}-${k}`,
        source: k === 0 ? ('public_safety_hazard' as const) : ('asset_recovery' as const),
        title: k === 0 ? '树线矛盾隐患' : '废旧电杆回收',
        description: '网格员巡视发现',
        position: firstPosition(z),
        zoneIndex: zi,
        createdAt,
        deadline: createdAt + 20 * DAY,
        status: 'found' as const,
        closedAt: null,
        assigneeId: gridder && null,
        history,
      };
    }),
  );

  const marketing: MarketingResult[] = teams
    .filter((t) => t.kind === 'grid')
    .flatMap((t) => Array.from({ length: 9 }, (_, m) => ({ gridTeamId: t.id, unitId: t.unitId, month: `2026-0${m + 1}`, winOrders: 10, winOrdersTarget: 10, winAmountCny: 27_400, winAmountTargetCny: 10_000 })));

  const dataset: Dataset = {
    meta: {
      asOf: new Date(asOfMs).toISOString().replace('Z', '+00:00').replace('.000', ''),
      generatedAt: new Date(asOfMs).toISOString().replace('Z', '+00:00').replace('.000', ''),
      seed: 'api-factory',
      scale: 'default',
      hostile: false,
      datum: 'WGS84',
      counts: { violations: count, zones: zones.features.length },
      attribution: 'test factory',
    },
    units, committees, branches, groups, teams, people, zones, substations, feeders,
    transformerDistricts: tdPoints, transformerDistrictAreas: tdAreas,
    baseStations: { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'BS-1', geometry: { type: 'Point', coordinates: [113.6, 22.77] }, properties: { name: '明珠湾5G站', unitId: 'U-440115', substationId: 'SS-440115', demoArea: '明珠湾' } }] },
    violations: v,
    work: allocateWork(0, 0),
    violationDescriptions: ['未戴安全帽', '未验电即挂接地线', '工作票填写不规范'],
    standaloneIssues,
    marketing,
  };
  // The issue columns come from the generator's own closure timeline, so derived histories agree with them.
  const assignees = new Int32Array(count);
  const versions = new Uint8Array(count);
  v.issueAssignee = assignees;
  v.issueVersion = versions;
  for (let row = 0; row < count; row++) {
    const timeline = violationIssueTimeline(dataset, row);
    v.issueStatus[row] = issueStatuses.indexOf(timeline.status);
    v.issueDeadline[row] = timeline.deadline;
    v.issueClosedAt[row] = timeline.closedAt;
    v.issueReopened[row] = timeline.reopened ? 1 : 0;
    versions[row] = timeline.events.length;
    assignees[row] = timeline.status === 'found' ? -1 : resolveActors(dataset, timeline.picks, v.zone[row] ?? 0, v.team[row] ?? 0).assignee;
  }
  // The work done, derived from these violations by the generator's own step.
  dataset.work = buildWork(dataset, asOfMs, 'api-factory');
  return dataset;
}
