import type { Branch, GridZoneProperties, Member, Staff, Team, Unit } from '../../src/api/schemas/org';
import type { AreaGeometry } from '../../src/api/schemas/geojson';
import type { District } from './districts';
import type { Committee, PartyGroup } from './model';
import { type MultiPoly, type Pos, type PreparedArea, prepareArea, roundPos } from './geometry';
import { cnOrdinal, hostile, personName, placeNames } from './names';
import type { Rng } from './prng';
import type { ZoneCell } from './zones';

// The party organisation of one district bureau: committee → branches → groups, members and staff,
// operations teams, and one "4+N" grid team per grid zone, with the liaison chain.

export const BUREAU_ID = 'U-GZ';
export const BUREAU_CENTER: Pos = [113.264385, 23.129112];

export interface ZoneDraft {
  id: string;
  districtIndex: number;
  branchIndex: number;
  multi: MultiPoly;
  area: PreparedArea;
  site: Pos;
  /** Place name without the 网格 suffix, used for TD and feeder names. */
  place: string;
  properties: GridZoneProperties;
}

export interface OrgDraft {
  units: Unit[];
  committees: Committee[];
  branches: Branch[];
  groups: PartyGroup[];
  teams: Team[];
  members: Member[];
  staff: Staff[];
  zones: ZoneDraft[];
}

export interface OrgContext {
  rng: Rng;
  hostile: boolean;
  /** Running counters so ids are global and plain. */
  counters: { member: number; staff: number; hostile: number };
  asOfYear: number;
}

export function emptyOrg(): OrgDraft {
  return { units: [], committees: [], branches: [], groups: [], teams: [], members: [], staff: [], zones: [] };
}

function maybeHostile(ctx: OrgContext, value: string, p: number): string {
  if (!ctx.hostile) return value;
  // The first few values are always hostile so that every collection carries some.
  if (ctx.counters.hostile < 12 || ctx.rng.chance(p)) return hostile(value, ctx.counters.hostile++);
  return value;
}

function newMember(ctx: OrgContext, base: Omit<Member, 'id' | 'name' | 'nameMasked' | 'joinedYear' | 'liaisonIds'>): Member {
  ctx.counters.member++;
  return {
    id: `M${String(ctx.counters.member).padStart(6, '0')}`,
    name: maybeHostile(ctx, personName(ctx.rng), 0.05),
    nameMasked: false,
    joinedYear: ctx.rng.int(Math.max(1985, ctx.asOfYear - 36), ctx.asOfYear - 1),
    liaisonIds: [],
    ...base,
  };
}

function newStaff(ctx: OrgContext, unitId: string, teamId: string): Staff {
  ctx.counters.staff++;
  return {
    id: `S${String(ctx.counters.staff).padStart(6, '0')}`,
    name: maybeHostile(ctx, personName(ctx.rng), 0.05),
    nameMasked: false,
    unitId,
    teamId,
    gridTeamId: null,
  };
}

const opsTeamKinds = ['配电运行班', '配电抢修班', '带电作业班', '线路巡视班', '设备运维班', '营配服务班'];

interface BranchSpec {
  id: string;
  name: string;
  unitId: string;
  committeeId: string;
  center: Pos;
  zones: ZoneDraft[];
  opsTeamNames: string[];
  extraMembers: number;
  extraStaff: number;
}

/** One branch with its groups, members, staff, operations teams and (one per zone) grid teams. */
function buildBranch(ctx: OrgContext, spec: BranchSpec, out: OrgDraft): Branch {
  const { rng } = ctx;
  const groupCount = rng.int(2, 4);
  const groups: PartyGroup[] = Array.from({ length: groupCount }, (_, g) => ({
    id: `${spec.id.replace(/^B-/, 'G-')}-${g + 1}`,
    name: `${spec.name}第${cnOrdinal(g + 1)}党小组`,
    branchId: spec.id,
  }));
  const opsTeams: Team[] = spec.opsTeamNames.map((name, t) => ({
    id: `${spec.id.replace(/^B-/, 'OT-')}-${t + 1}`,
    name: maybeHostile(ctx, name, 0.03),
    kind: 'operations',
    unitId: spec.unitId,
    branchId: spec.id,
    zoneId: null,
    memberIds: [],
    staffIds: [],
  }));
  const memberCount = 4 * spec.zones.length + spec.extraMembers;
  const committeeSize = rng.int(3, 5);
  const members: Member[] = [];
  for (let i = 0; i < memberCount; i++) {
    const team = opsTeams[i % opsTeams.length] as Team;
    const m = newMember(ctx, {
      branchId: spec.id,
      groupId: (groups[i % groupCount] as PartyGroup).id,
      unitId: spec.unitId,
      teamId: team.id,
      gridTeamId: null,
      role: i === 0 ? 'secretary' : i <= committeeSize ? 'branch_committee' : 'member',
      isGridder: false,
    });
    team.memberIds.push(m.id);
    members.push(m);
  }
  const gridStaffCounts = spec.zones.map(() => rng.int(2, 8));
  const staffCount = gridStaffCounts.reduce((a, b) => a + b, 0) + spec.extraStaff;
  const staff: Staff[] = [];
  for (let i = 0; i < staffCount; i++) {
    const team = opsTeams[i % opsTeams.length] as Team;
    const s = newStaff(ctx, spec.unitId, team.id);
    team.staffIds.push(s.id);
    staff.push(s);
  }
  // Gridders: any member but the secretary, who runs the branch.
  const gridderPool = rng.shuffle(members.slice(1));
  const staffPool = rng.shuffle(staff.slice());
  const gridTeams: Team[] = spec.zones.map((zone, z) => {
    const id = zone.id.replace(/^Z-/, 'GT-');
    const gridders = gridderPool.splice(0, 4);
    const n = gridStaffCounts[z] as number;
    const gridStaff = staffPool.splice(0, n);
    for (const g of gridders) {
      g.isGridder = true;
      g.gridTeamId = id;
    }
    for (const s of gridStaff) s.gridTeamId = id;
    zone.properties.gridTeamId = id;
    return {
      id,
      name: maybeHostile(ctx, `${zone.place}“4+${n}”网格团队`, 0.03),
      kind: 'grid',
      unitId: spec.unitId,
      branchId: spec.id,
      zoneId: zone.id,
      memberIds: gridders.map((g) => g.id),
      staffIds: gridStaff.map((s) => s.id),
    };
  });
  // Liaison chain: branch committee members → members and teams; members → staff.
  const committee = members.filter((m) => m.role !== 'member');
  const ordinary = members.filter((m) => m.role === 'member');
  const liaised = [...ordinary.map((m) => m.id), ...opsTeams.map((t) => t.id), ...gridTeams.map((t) => t.id)];
  liaised.forEach((id, i) => (committee[i % committee.length] as Member).liaisonIds.push(id));
  if (ordinary.length) staff.forEach((s, i) => (ordinary[i % ordinary.length] as Member).liaisonIds.push(s.id));

  out.groups.push(...groups);
  out.teams.push(...opsTeams, ...gridTeams);
  out.members.push(...members);
  out.staff.push(...staff);
  const branch: Branch = {
    id: spec.id,
    name: spec.name,
    unitId: spec.unitId,
    committeeId: spec.committeeId,
    secretaryId: (members[0] as Member).id,
    memberCount: members.length,
    zoneIds: spec.zones.map((z) => z.id),
    teamIds: [...opsTeams, ...gridTeams].map((t) => t.id),
    center: spec.center,
  };
  out.branches.push(branch);
  return branch;
}

function toGeometry(multi: MultiPoly): AreaGeometry {
  // Not rounded: zones must stay exactly inside the outline they were clipped to.
  const rounded = multi.map((poly) => poly.map((ring) => ring.map((p): Pos => [p[0], p[1]])));
  return rounded.length === 1
    ? { type: 'Polygon', coordinates: rounded[0] as Pos[][] }
    : { type: 'MultiPolygon', coordinates: rounded };
}

/** Sorts zones by angle around the district centre, so consecutive chunks are contiguous sectors. */
function sectorOrder(cells: ZoneCell[], center: Pos): ZoneCell[] {
  return cells
    .map((c) => ({ c, a: Math.atan2(c.site[1] - center[1], c.site[0] - center[0]) }))
    .sort((x, y) => x.a - y.a)
    .map((x) => x.c);
}

function chunkSizes(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

export function buildBureau(ctx: OrgContext, out: OrgDraft): void {
  out.units.push({
    id: BUREAU_ID,
    name: '广州供电局',
    nameEn: 'Guangzhou Power Supply Bureau',
    kind: 'bureau',
    parentId: null,
    adcode: '440100',
    center: BUREAU_CENTER,
  });
  const committee: Committee = { id: 'PC-GZ', name: '广州供电局党委', unitId: BUREAU_ID, memberIds: [] };
  out.committees.push(committee);
  const names = ['广州供电局调控中心党支部', '广州供电局运营监控中心党支部'];
  names.forEach((name, i) => {
    const before = out.members.length;
    buildBranch(
      ctx,
      {
        id: `B-GZ-${String(i + 1).padStart(2, '0')}`,
        name,
        unitId: BUREAU_ID,
        committeeId: committee.id,
        center: BUREAU_CENTER,
        zones: [],
        opsTeamNames: [i === 0 ? '调控运行班' : '运营监控班', '技术支持班'],
        extraMembers: ctx.rng.int(10, 16),
        extraStaff: ctx.rng.int(4, 8),
      },
      out,
    );
    committee.memberIds.push(...out.members.slice(before, before + (i === 0 ? 3 : 2)).map((m) => m.id));
  });
}

export function buildDistrictOrg(
  ctx: OrgContext,
  district: District,
  districtIndex: number,
  cells: ZoneCell[],
  out: OrgDraft,
): void {
  const { rng } = ctx;
  const unitId = `U-${district.adcode}`;
  out.units.push({
    id: unitId,
    name: district.unitName,
    nameEn: district.unitNameEn,
    kind: 'district_bureau',
    parentId: BUREAU_ID,
    adcode: district.adcode,
    center: district.center,
  });
  const committee: Committee = {
    id: `PC-${district.adcode}`,
    name: `${district.unitName}党委`,
    unitId,
    memberIds: [],
  };
  out.committees.push(committee);
  const ordered = sectorOrder(cells, district.center);
  const zonePlaces = placeNames(district.places, ordered.length);
  const redGrid = district.adcode === '440115';
  const zones: ZoneDraft[] = ordered.map((cell, i) => {
    const place = zonePlaces[i] as string;
    return {
      id: `Z-${district.adcode}-${String(i + 1).padStart(3, '0')}`,
      districtIndex,
      branchIndex: -1,
      multi: cell.multi,
      area: prepareArea(cell.multi),
      site: cell.site,
      place,
      properties: {
        name: maybeHostile(ctx, `${place}${redGrid ? '红色网格' : '网格'}`, 0.04),
        unitId,
        branchId: '',
        gridTeamId: '',
        liaisonCommitteeMemberId: '',
        areaKm2: Math.round(cell.areaKm2 * 1000) / 1000,
        transformerDistrictCount: 0,
        redGrid,
      },
    };
  });
  const branchCount = Math.max(5, Math.min(12, Math.round(zones.length / 6)));
  const sizes = chunkSizes(zones.length, branchCount);
  const committeeSize = rng.int(5, 7);
  let offset = 0;
  sizes.forEach((size, b) => {
    const own = zones.slice(offset, offset + size);
    offset += size;
    const lead = own[0]?.place ?? district.short;
    const suffix = b < 3 ? `配电运行${cnOrdinal(b + 1)}班` : `${lead}供电所`;
    const id = `B-${district.adcode}-${String(b + 1).padStart(2, '0')}`;
    const centerZone = own[Math.floor(own.length / 2)];
    const before = out.members.length;
    const branch = buildBranch(
      ctx,
      {
        id,
        name: maybeHostile(ctx, `${district.unitName}${suffix}党支部`, 0.05),
        unitId,
        committeeId: committee.id,
        center: roundPos(centerZone?.site ?? district.center),
        zones: own,
        opsTeamNames: Array.from(
          { length: Math.min(opsTeamKinds.length, 2 + Math.floor(own.length / 4)) },
          (_, t) => `${lead}${opsTeamKinds[t] ?? '运维班'}`,
        ),
        extraMembers: rng.int(6, 14),
        extraStaff: rng.int(4, 12),
      },
      out,
    );
    // District committee members come from the branches' leadership (secretaries, then deputies).
    if (committee.memberIds.length < committeeSize) committee.memberIds.push(branch.secretaryId);
    if (b >= branchCount - 1) {
      const deputies = out.members.slice(before).filter((m) => m.role === 'branch_committee');
      for (const d of deputies) if (committee.memberIds.length < committeeSize) committee.memberIds.push(d.id);
    }
    for (const z of own) {
      z.branchIndex = out.branches.length - 1;
      z.properties.branchId = id;
    }
  });
  // Committee members liaise with contiguous runs of zones.
  const perMember = Math.ceil(zones.length / committee.memberIds.length);
  zones.forEach((z, i) => {
    z.properties.liaisonCommitteeMemberId = committee.memberIds[Math.floor(i / perMember)] ?? committee.memberIds[0] ?? '';
  });
  out.zones.push(...zones);
}

export { toGeometry };
