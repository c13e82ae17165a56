import { createHash } from 'node:crypto';
import type { Dataset, Person } from '../dataset/model';
import type { Branch, Team, Unit } from '../../src/api/schemas/org';

/** Lookups the routes need, built once per dataset (ids → positions, people per branch, head counts). */
export interface DatasetIndex {
  /** Short, stable tag of the dataset (seed, scale, counts): part of every ETag and of the journal name. */
  tag: string;
  /** The key naming the journal file: writes only replay over the dataset they were made on. */
  key: string;
  unitById: Map<string, Unit>;
  branchById: Map<string, Branch>;
  teamById: Map<string, Team>;
  teamIndexById: Map<string, number>;
  personIndexById: Map<string, number>;
  zoneIndexById: Map<string, number>;
  /** Branch of each person: the member's branch, or the branch of the staff's team. */
  branchOfPerson: (person: Person) => string | null;
  /** District bureau of a unit id (the unit itself, or null for the bureau). */
  districtOfUnit: (unitId: string) => string | null;
  /** Whether `candidate` is the unit `unitId` or lies under it. */
  withinUnit: (unitId: string, candidate: string) => boolean;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const unitById = new Map(dataset.units.map((u) => [u.id, u]));
  const branchById = new Map(dataset.branches.map((b) => [b.id, b]));
  const teamById = new Map(dataset.teams.map((t) => [t.id, t]));
  const teamIndexById = new Map(dataset.teams.map((t, i) => [t.id, i]));
  const personIndexById = new Map(dataset.people.map((p, i) => [p.id, i]));
  const zoneIndexById = new Map(dataset.zones.features.map((f, i) => [f.id, i]));
  const branchOfPerson = (person: Person): string | null =>
    person.kind === 'member' ? person.branchId : (teamById.get(person.teamId)?.branchId ?? null);

  const districtOfUnit = (unitId: string): string | null => {
    let unit = unitById.get(unitId);
    while (unit && unit.kind !== 'district_bureau' && unit.parentId) unit = unitById.get(unit.parentId);
    return unit?.kind === 'district_bureau' ? unit.id : null;
  };

  const withinUnit = (unitId: string, candidate: string): boolean => {
    for (let unit = unitById.get(candidate); unit; unit = unit.parentId ? unitById.get(unit.parentId) : undefined) {
      if (unit.id === unitId) return true;
    }
    return false;
  };

  const { meta } = dataset;
  const fingerprint = JSON.stringify([meta.seed, meta.scale, meta.hostile, meta.asOf, meta.counts, dataset.violations.count]);
  const tag = createHash('sha256').update(fingerprint).digest('hex').slice(0, 12);
  const key = `${meta.scale}-${meta.seed.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40)}-${tag}`;
  return {
    tag,
    key,
    unitById,
    branchById,
    teamById,
    teamIndexById,
    personIndexById,
    zoneIndexById,
    branchOfPerson,
    districtOfUnit,
    withinUnit,
  };
}
