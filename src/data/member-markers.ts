import type { Member } from '../api/schemas/org';
import type { Position } from '../api/schemas/geojson';
import { hashString } from '../lib/hash';

/*
 * The contract gives members no position: a gridder is drawn in the zone their grid team serves,
 * anyone else at their branch's centre, each nudged by a stable hash of their id so that a team's
 * members do not sit on one pixel. Only members whose names the caller may see are drawn.
 */

export interface MemberMarker {
  member: Member;
  position: Position;
}

/** Up to ~400 m (in degrees) around the anchor. */
export const MEMBER_SPREAD_DEG = 0.004;

export function memberOffset(id: string, spread = MEMBER_SPREAD_DEG): Position {
  const h = hashString(id);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const r = spread * (0.25 + 0.75 * Math.sqrt(((h >>> 16) & 0xffff) / 0x10000));
  return [r * Math.cos(angle), r * Math.sin(angle)];
}

export function placeMembers(
  members: readonly Member[],
  anchors: { zoneOfGridTeam: ReadonlyMap<string, Position>; branchCenter: ReadonlyMap<string, Position> },
): MemberMarker[] {
  const out: MemberMarker[] = [];
  for (const member of members) {
    if (member.nameMasked) continue;
    const anchor =
      (member.gridTeamId ? anchors.zoneOfGridTeam.get(member.gridTeamId) : undefined) ?? anchors.branchCenter.get(member.branchId);
    if (!anchor) continue;
    const [dx, dy] = memberOffset(member.id);
    out.push({ member, position: [anchor[0] + dx, anchor[1] + dy] });
  }
  return out;
}
