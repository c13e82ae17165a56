import type { Dataset } from '../dataset/model';
import type { ServerContext } from './context';

/*
 * Facts of the grid that do not change with the window or with writes, per dataset: which zones have a
 * "4+N" grid team and whether it is complete, which transformer districts are assigned to a gridder
 * (包干到户). The indicators and the list filters (`complete`, `assigned`) read the same predicates.
 */

export interface GridFacts {
  /** Grid team id → the index of the zone it serves. */
  zoneOfGridTeam: Map<string, number>;
  /** Per zone: 1 when it has a grid team; 1 when that team is complete. */
  zoneHasGridTeam: Uint8Array;
  zoneGridTeamComplete: Uint8Array;
  /** Per transformer district: the index of its zone (-1 when none), and 1 when it has a responsible gridder. */
  tdZone: Int32Array;
  tdAssigned: Uint8Array;
}

const cache = new WeakMap<Dataset, GridFacts>();

/**
 * A complete "4+N" team: four party members who serve it as gridders (teams.memberIds) and at least
 * one non-member staff (N ≥ 1, teams.staffIds).
 */
export function isCompleteGridTeam(ctx: Pick<ServerContext, 'dataset' | 'index'>, teamId: string): boolean {
  const team = ctx.index.teamById.get(teamId);
  if (!team || team.kind !== 'grid' || team.memberIds.length !== 4 || team.staffIds.length < 1) return false;
  return team.memberIds.every((id) => {
    const p = ctx.dataset.people[ctx.index.personIndexById.get(id) ?? -1];
    return p?.kind === 'member' && p.isGridder && p.gridTeamId === team.id;
  });
}

/** Assigned (包干到户): the transformer district's gridderId names a party member serving as a gridder. */
export function isAssignedGridder(ctx: Pick<ServerContext, 'dataset' | 'index'>, gridderId: string | null | undefined): boolean {
  if (!gridderId) return false;
  const p = ctx.dataset.people[ctx.index.personIndexById.get(gridderId) ?? -1];
  return p?.kind === 'member' && p.isGridder;
}

export function gridFacts(ctx: Pick<ServerContext, 'dataset' | 'index'>): GridFacts {
  const hit = cache.get(ctx.dataset);
  if (hit) return hit;
  const { dataset, index } = ctx;
  const zones = dataset.zones.features;
  const zoneOfGridTeam = new Map<string, number>();
  const zoneHasGridTeam = new Uint8Array(zones.length);
  const zoneGridTeamComplete = new Uint8Array(zones.length);
  zones.forEach((f, z) => {
    const team = index.teamById.get(f.properties.gridTeamId);
    if (!team) return;
    zoneOfGridTeam.set(team.id, z);
    zoneHasGridTeam[z] = 1;
    zoneGridTeamComplete[z] = isCompleteGridTeam(ctx, team.id) ? 1 : 0;
  });
  const tds = dataset.transformerDistricts.features;
  const tdZone = Int32Array.from(tds, (f) => index.zoneIndexById.get(f.properties.zoneId) ?? -1);
  const tdAssigned = Uint8Array.from(tds, (f) => (isAssignedGridder(ctx, f.properties.gridderId) ? 1 : 0));
  const facts = { zoneOfGridTeam, zoneHasGridTeam, zoneGridTeamComplete, tdZone, tdAssigned };
  cache.set(dataset, facts);
  return facts;
}
