import { z } from '../../lib/zod';
import { MemberRole, TeamKind, UnitKind } from './enums';
import { AreaGeometry, Position, featureCollection } from './geojson';
import { page } from './common';

// Units and the party organisation. People are listed as rows only in the caller's full scope;
// elsewhere as counts (MemberSummary). Names elsewhere (a violation's person, an issue's assignee)
// may come masked (张*明): `nameMasked` says so.

export const Unit = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: UnitKind,
  parentId: z.nullable(z.string()),
  adcode: z.nullable(z.string()).check(z.describe('district adcode for a district bureau')),
  center: Position,
});

export const UnitTreeNode: z.ZodMiniType<UnitTreeNode> = z.lazy(() =>
  z.extend(Unit, { children: z.array(UnitTreeNode) }),
);
export type UnitTreeNode = z.infer<typeof Unit> & { children: UnitTreeNode[] };

export const PartyOrgKind = z.enum(['committee', 'branch', 'group']);
export const PartyOrgNode: z.ZodMiniType<PartyOrgNode> = z.lazy(() =>
  z.object({
    id: z.string(),
    kind: PartyOrgKind,
    name: z.string(),
    unitId: z.string(),
    children: z.array(PartyOrgNode),
  }),
);
export type PartyOrgNode = {
  id: string;
  kind: z.infer<typeof PartyOrgKind>;
  name: string;
  unitId: string;
  children: PartyOrgNode[];
};

export const Branch = z.object({
  id: z.string(),
  name: z.string(),
  unitId: z.string(),
  committeeId: z.string(),
  secretaryId: z.string(),
  memberCount: z.int().check(z.nonnegative()),
  zoneIds: z.array(z.string()),
  teamIds: z.array(z.string()),
  center: Position,
});

export const Member = z.object({
  id: z.string(),
  name: z.string(),
  nameMasked: z.boolean().check(z.describe('always false: members are listed only in the caller\'s full scope')),
  branchId: z.string(),
  groupId: z.string(),
  unitId: z.string(),
  teamId: z.string().check(z.describe('the operations team (班组) the member works in')),
  gridTeamId: z.nullable(z.string()).check(z.describe('the grid team the member serves as gridder, if any')),
  role: MemberRole,
  isGridder: z.boolean(),
  joinedYear: z.int(),
  /** Liaison chain: whom this member liaises with (members and teams for a branch committee member, staff for a member). */
  liaisonIds: z.array(z.string()),
});

const Count = z.int().check(z.nonnegative());

/** The people of a unit, branch or grid zone as counts: what anyone signed in may know of them. */
export const MemberSummary = z.object({
  members: Count.check(z.describe('party members')),
  byRole: z.object({ secretary: Count, branch_committee: Count, member: Count }).check(z.describe('party members by role')),
  gridders: Count.check(z.describe('party members serving a "4+N" grid team as gridders')),
  staff: Count.check(z.describe('non-member staff (群众)')),
  gridStaff: Count.check(z.describe('of the staff, the N serving a "4+N" grid team')),
});

export const Staff = z.object({
  id: z.string(),
  name: z.string(),
  nameMasked: z.boolean(),
  unitId: z.string(),
  teamId: z.string(),
  gridTeamId: z.nullable(z.string()),
});

export const Team = z.object({
  id: z.string(),
  name: z.string(),
  kind: TeamKind,
  unitId: z.string(),
  branchId: z.string(),
  zoneId: z.nullable(z.string()).check(z.describe('the zone a grid team serves')),
  memberIds: z.array(z.string()).check(z.describe('party members; exactly 4 gridders for a grid team')),
  staffIds: z.array(z.string()).check(z.describe('the N non-member staff')),
});

export const GridZoneProperties = z.object({
  name: z.string(),
  unitId: z.string(),
  branchId: z.string(),
  gridTeamId: z.string(),
  liaisonCommitteeMemberId: z.string().check(z.describe('party committee member who liaises with this zone')),
  areaKm2: z.number(),
  transformerDistrictCount: z.int(),
  redGrid: z.boolean().check(z.describe('Nansha "red grid" (红色网格) model')),
});
export const GridZoneCollection = featureCollection(AreaGeometry, GridZoneProperties);

/** One person of a branch's roster: a party member (with their role) or a non-member staff (群众, role null). */
export const RosterPerson = z.object({
  id: z.string(),
  name: z.string(),
  nameMasked: z.boolean(),
  kind: z.enum(['member', 'staff']),
  role: z.nullable(MemberRole).check(z.describe('the party role; null for staff')),
  teamId: z.string().check(z.describe('the operations team (班组)')),
  gridTeamId: z.nullable(z.string()).check(z.describe('the "4+N" grid team served, if any')),
  isGridder: z.boolean(),
  liaisonIds: z.array(z.string()).check(z.describe('liaison chain: members and teams (branch committee), staff (member); empty for staff')),
});

/** The party committee member who liaises with a zone: often of another branch, then masked. */
export const ZoneLiaison = z.object({
  zoneId: z.string(),
  committeeMemberId: z.string(),
  name: z.string(),
  nameMasked: z.boolean(),
  committeeName: z.string(),
});

/**
 * A branch's people and teams in one answer (the secretary's "my branch"): every member and staff,
 * the branch's teams (operations and "4+N"), and who of the party committee liaises with each zone.
 * Only in the caller's full scope; elsewhere /members/summary has the counts.
 */
export const BranchRoster = z.object({
  branchId: z.string(),
  name: z.string(),
  unitId: z.string(),
  secretaryId: z.string(),
  people: z.array(RosterPerson),
  teams: z.array(Team),
  zoneLiaisons: z.array(ZoneLiaison),
});

export const UnitTree = z.object({ items: z.array(UnitTreeNode) });
export const PartyOrgTree = z.object({ items: z.array(PartyOrgNode) });
export const BranchList = z.object({ items: z.array(Branch) });
export const MemberPage = page(Member);
export const TeamList = z.object({ items: z.array(Team) });

export type Unit = z.infer<typeof Unit>;
export type Branch = z.infer<typeof Branch>;
export type Member = z.infer<typeof Member>;
export type MemberSummary = z.infer<typeof MemberSummary>;
export type Staff = z.infer<typeof Staff>;
export type Team = z.infer<typeof Team>;
export type RosterPerson = z.infer<typeof RosterPerson>;
export type BranchRoster = z.infer<typeof BranchRoster>;
export type GridZoneProperties = z.infer<typeof GridZoneProperties>;
export type GridZoneCollection = z.infer<typeof GridZoneCollection>;
