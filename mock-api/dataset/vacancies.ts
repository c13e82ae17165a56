import type { TransformerDistrictCollection } from '../../src/api/schemas/assets';
import type { Member, Staff, Team } from '../../src/api/schemas/org';
import { hashString } from './prng';

/*
 * A grid as it stands, not as it was founded. Huangpu is the article's showcase ("60+ teams of four
 * party-member gridders and N staff, 600+ transformer districts 包干到户"): complete. Elsewhere some
 * teams have lost a gridder (transferred, retired) whose transformer districts wait for a new one, and
 * some have no staff yet (N = 0). How many differs by district. Drawn from hashes of the ids, not from
 * a random stream, so nothing else in the dataset moves.
 */

const SHOWCASE_UNIT = 'U-440112';
/** A district's share of teams with a vacant gridder post lies between these (its own, by its id). */
const VACANCY_SHARE = [0.02, 0.12] as const;
/** Teams with no staff yet: half as many as with a vacancy. */
const NO_STAFF_FACTOR = 0.5;

const unitFraction = (text: string) => hashString(text, 0x7ac4) / 0x1_0000_0000;

export function openVacancies(
  teams: readonly Team[],
  members: readonly Member[],
  staff: readonly Staff[],
  tds: TransformerDistrictCollection['features'],
): void {
  const memberById = new Map(members.map((m) => [m.id, m]));
  const staffById = new Map(staff.map((s) => [s.id, s]));
  const vacated = new Set<string>();
  for (const team of teams) {
    if (team.kind !== 'grid' || team.unitId === SHOWCASE_UNIT) continue;
    const share = VACANCY_SHARE[0] + (VACANCY_SHARE[1] - VACANCY_SHARE[0]) * unitFraction(team.unitId);
    if (unitFraction(`${team.id}:gridder`) < share && team.memberIds.length > 0) {
      // The last gridder has left the team; they stay a member of their branch.
      const leaver = team.memberIds[team.memberIds.length - 1] as string;
      team.memberIds = team.memberIds.slice(0, -1);
      const member = memberById.get(leaver);
      if (member) {
        member.isGridder = false;
        member.gridTeamId = null;
      }
      vacated.add(leaver);
    }
    if (unitFraction(`${team.id}:staff`) < share * NO_STAFF_FACTOR && team.staffIds.length > 0) {
      for (const id of team.staffIds) {
        const s = staffById.get(id);
        if (s) s.gridTeamId = null;
      }
      team.staffIds = [];
    }
  }
  // The leavers' transformer districts have no responsible gridder until the branch deals them again.
  for (const { properties } of tds) if (vacated.has(properties.gridderId)) properties.gridderId = '';
}
