import type { FeederCollection, SubstationCollection, TransformerDistrictCollection } from '../../../api/schemas/assets';
import type { IndicatorRanking } from '../../../api/schemas/indicators';
import type { BranchRoster, RosterPerson, Team } from '../../../api/schemas/org';

/*
 * The secretary's branch, joined once from the API's pieces (the roster, the assets, the rankings) into
 * what the panel lists: per zone its "4+N" team, transformer districts with their gridder, feeders with
 * their substation; the liaison chain; each KPI against the district's branches.
 */

/** Where the branch stands on one indicator among the branches of its district bureau. */
export interface SiblingComparison {
  value: number | null;
  /** The mean over the district's branches that have a value (the "district average"). */
  average: number | null;
  /** 1-based place, best first; null when the branch has no value. */
  rank: number | null;
  /** Branches ranked with a value. */
  of: number;
  /** Better, worse or level with the average, by the indicator's direction. */
  standing: 'better' | 'worse' | 'level' | null;
  /** Which side of the average the value lies (an arrow up or down; the standing is its colour); null when level or without a value. */
  side: 'above' | 'below' | null;
}

export function compareWithSiblings(ranking: Pick<IndicatorRanking, 'items' | 'better' | 'order'>, branchId: string): SiblingComparison {
  const valued = ranking.items.filter((i) => i.value !== null);
  const own = ranking.items.find((i) => i.id === branchId);
  const value = own?.value ?? null;
  const average = valued.length ? valued.reduce((sum, i) => sum + (i.value ?? 0), 0) / valued.length : null;
  // The API ranks best first unless asked for the worst first: then the place counts from the other end.
  const rank = value === null || !own ? null : ranking.order === 'best' ? own.rank : valued.length + 1 - own.rank;
  const standing = standingOf(value, average, ranking.better);
  const side = standing === 'better' || standing === 'worse' ? ((value ?? 0) > (average ?? 0) ? 'above' : 'below') : null;
  return { value, average, rank, of: valued.length, standing, side };
}

function standingOf(value: number | null, average: number | null, better: IndicatorRanking['better']): SiblingComparison['standing'] {
  if (value === null || average === null) return null;
  // Within half a percent of the average reads as level: a rank is not a difference worth a colour.
  if (Math.abs(value - average) <= Math.abs(average) * 0.005) return 'level';
  return (value > average) === (better === 'higher') ? 'better' : 'worse';
}

export interface PersonRef {
  id: string;
  name: string;
  /** secretary / branch_committee / member, or 'staff' (群众). */
  role: RosterPerson['role'] | 'staff';
  isGridder: boolean;
}

export interface ZoneTransformerDistrict {
  id: string;
  name: string;
  customers: number;
  /** The responsible gridder (包干到户), or null when the dataset names none in this roster. */
  gridder: PersonRef | null;
}

export interface ZoneFeeder {
  id: string;
  name: string;
  substationId: string;
  substationName: string;
}

export interface ZoneView {
  id: string;
  name: string;
  team: Team | null;
  gridders: PersonRef[];
  staff: PersonRef[];
  liaison: BranchRoster['zoneLiaisons'][number] | null;
  transformerDistricts: ZoneTransformerDistrict[];
  feeders: ZoneFeeder[];
}

const refOf = (p: RosterPerson): PersonRef => ({ id: p.id, name: p.name, role: p.kind === 'staff' ? 'staff' : p.role, isGridder: p.isGridder });

export function peopleById(roster: BranchRoster): Map<string, PersonRef> {
  return new Map(roster.people.map((p) => [p.id, refOf(p)]));
}

/** Each zone of the branch (in the order given) with its team, assets and liaison. */
export function zoneViews(
  zones: readonly { id: string; name: string }[],
  roster: BranchRoster,
  assets: { transformerDistricts: TransformerDistrictCollection; feeders: FeederCollection; substations: SubstationCollection },
): ZoneView[] {
  const people = peopleById(roster);
  const substationName = new Map(assets.substations.features.map((s) => [String(s.id), s.properties.name]));
  const refs = (ids: readonly string[]) => ids.flatMap((id) => people.get(id) ?? []);
  return zones.map((zone) => {
    const team = roster.teams.find((t) => t.kind === 'grid' && t.zoneId === zone.id) ?? null;
    return {
      id: zone.id,
      name: zone.name,
      team,
      gridders: refs(team?.memberIds ?? []),
      staff: refs(team?.staffIds ?? []),
      liaison: roster.zoneLiaisons.find((l) => l.zoneId === zone.id) ?? null,
      transformerDistricts: assets.transformerDistricts.features
        .filter((f) => f.properties.zoneId === zone.id)
        .map((f) => ({ id: String(f.id), name: f.properties.name, customers: f.properties.customers, gridder: people.get(f.properties.gridderId) ?? null })),
      feeders: assets.feeders.features
        .filter((f) => f.properties.zoneIds.includes(zone.id))
        .map((f) => ({
          id: String(f.id),
          name: f.properties.name,
          substationId: f.properties.substationId,
          substationName: substationName.get(f.properties.substationId) ?? f.properties.substationId,
        })),
    };
  });
}

/** One link of the liaison chain: a person and whom they liaise with (people, or teams by name). */
export interface LiaisonLink {
  from: PersonRef;
  people: PersonRef[];
  teams: { id: string; name: string }[];
}

/**
 * The branch's part of the liaison chain: branch committee (secretary included) → members and teams,
 * then members → staff. People without liaisons are left out.
 */
export function liaisonChain(roster: BranchRoster): { committee: LiaisonLink[]; members: LiaisonLink[] } {
  const people = peopleById(roster);
  const teams = new Map(roster.teams.map((t) => [t.id, t]));
  const links = roster.people
    .filter((p) => p.kind === 'member' && p.liaisonIds.length > 0)
    .map((p) => ({
      role: p.role,
      link: {
        from: refOf(p),
        people: p.liaisonIds.flatMap((id) => people.get(id) ?? []),
        teams: p.liaisonIds.flatMap((id) => {
          const t = teams.get(id);
          return t ? [{ id: t.id, name: t.name }] : [];
        }),
      },
    }));
  return {
    committee: links.filter((l) => l.role !== 'member').map((l) => l.link),
    members: links.filter((l) => l.role === 'member').map((l) => l.link),
  };
}

/** The transformer districts a gridder answers for (包干到户). */
export function assignedTransformerDistricts(tds: TransformerDistrictCollection, memberId: string) {
  return tds.features.filter((f) => f.properties.gridderId === memberId);
}
