import type { Place, Selection } from '../lib/url-state';

/*
 * What the focus (the selection, else the place on the drill path) is linked to across both maps:
 * the ids each layer emphasises. Pure: the caller passes the few facts it needs (a zone's branch, a
 * feeder's zones, a violation's members…).
 */

export interface LinkFacts {
  zoneBranch: (zoneId: string) => string | null;
  feedersThroughZone: (zoneId: string) => readonly string[];
  feederZones: (feederId: string) => readonly string[];
  feederSubstation: (feederId: string) => string | null;
  feedersOfSubstation: (substationId: string) => readonly string[];
  branchZones: (branchId: string) => readonly string[];
  transformerDistrict: (id: string) => { zoneId: string; feederId: string } | null;
  /** A selected violation's zone and members (from the columns and GET /violations/{id}). */
  violation: { zoneId: string | null; memberIds: readonly string[]; feederId: string | null; transformerDistrictId: string | null } | null;
  memberBranch: (memberId: string) => string | null;
}

export interface Linked {
  /** The zone whose transformer districts take their grid teams' colours. */
  teamColoursZoneId: string | null;
  zoneIds: ReadonlySet<string>;
  branchIds: ReadonlySet<string>;
  feederIds: ReadonlySet<string>;
  substationIds: ReadonlySet<string>;
  transformerDistrictIds: ReadonlySet<string>;
  memberIds: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export const NOTHING_LINKED: Linked = {
  teamColoursZoneId: null,
  zoneIds: NONE,
  branchIds: NONE,
  feederIds: NONE,
  substationIds: NONE,
  transformerDistrictIds: NONE,
  memberIds: NONE,
};

const set = (ids: Iterable<string | null | undefined>): ReadonlySet<string> => {
  const s = new Set<string>();
  for (const id of ids) if (id) s.add(id);
  return s.size ? s : NONE;
};

export type Focus = { kind: Selection['kind'] | Exclude<Place['level'], 'bureau'>; id: string };

/** The selection if there is one, else the place (nothing at the bureau). */
export function focusOf(place: Place, selection: Selection | null): Focus | null {
  if (selection) return selection;
  return place.level === 'bureau' ? null : { kind: place.level, id: place.id };
}

export function linkedOf(focus: Focus | null, facts: LinkFacts): Linked {
  if (!focus) return NOTHING_LINKED;
  const { id } = focus;
  switch (focus.kind) {
    case 'zone':
      return {
        ...NOTHING_LINKED,
        teamColoursZoneId: id,
        branchIds: set([facts.zoneBranch(id)]),
        feederIds: set(facts.feedersThroughZone(id)),
      };
    case 'feeder':
      return {
        ...NOTHING_LINKED,
        zoneIds: set(facts.feederZones(id)),
        substationIds: set([facts.feederSubstation(id)]),
      };
    case 'substation':
      return { ...NOTHING_LINKED, feederIds: set(facts.feedersOfSubstation(id)) };
    case 'transformer-district': {
      const td = facts.transformerDistrict(id);
      return td
        ? { ...NOTHING_LINKED, teamColoursZoneId: td.zoneId, zoneIds: set([td.zoneId]), feederIds: set([td.feederId]) }
        : NOTHING_LINKED;
    }
    case 'unit':
      // A district bureau is framed, and its outline is on the base map: outlining its many zones too only adds noise.
      return NOTHING_LINKED;
    case 'branch':
      return { ...NOTHING_LINKED, branchIds: set([id]), zoneIds: set(facts.branchZones(id)) };
    case 'violation': {
      const v = facts.violation;
      if (!v) return NOTHING_LINKED;
      return {
        ...NOTHING_LINKED,
        zoneIds: set([v.zoneId]),
        memberIds: set(v.memberIds),
        feederIds: set([v.feederId]),
        transformerDistrictIds: set([v.transformerDistrictId]),
      };
    }
    case 'member':
      return { ...NOTHING_LINKED, memberIds: set([id]), branchIds: set([facts.memberBranch(id)]) };
    case 'base-station':
      return NOTHING_LINKED;
  }
}
