import type { Dataset } from './model';

// Lookups the derived views (issue history, circles) need, built once per dataset.

export interface DatasetIndex {
  personIndexById: Map<string, number>;
  teamIndexById: Map<string, number>;
  branchIndexById: Map<string, number>;
  /** Per team index: person indexes of its party members / of all its people. */
  teamMembers: number[][];
  teamPeople: number[][];
  /** Per zone index: the branch index and the person indexes of the grid team's gridders. */
  zoneBranch: number[];
  zoneGridders: number[][];
  /** Per branch index: secretary's person index, and the branch committee (secretary first). */
  branchSecretary: number[];
  branchCommittee: number[][];
}

const cache = new WeakMap<Dataset, DatasetIndex>();

export function datasetIndex(dataset: Dataset): DatasetIndex {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const personIndexById = new Map(dataset.people.map((p, i) => [p.id, i]));
  const teamIndexById = new Map(dataset.teams.map((t, i) => [t.id, i]));
  const branchIndexById = new Map(dataset.branches.map((b, i) => [b.id, i]));
  const indexesOf = (ids: string[]) => ids.map((id) => personIndexById.get(id)).filter((i): i is number => i !== undefined);
  const teamMembers = dataset.teams.map((t) => indexesOf(t.memberIds));
  const teamPeople = dataset.teams.map((t) => indexesOf([...t.memberIds, ...t.staffIds]));
  const zoneBranch = dataset.zones.features.map((z) => branchIndexById.get(z.properties.branchId) ?? -1);
  const zoneGridders = dataset.zones.features.map((z) => {
    const t = teamIndexById.get(z.properties.gridTeamId);
    return t === undefined ? [] : (teamMembers[t] ?? []);
  });
  const branchSecretary = dataset.branches.map((b) => personIndexById.get(b.secretaryId) ?? -1);
  const branchCommittee: number[][] = dataset.branches.map(() => []);
  dataset.people.forEach((p, i) => {
    if (p.kind !== 'member' || p.role === 'member') return;
    const b = branchIndexById.get(p.branchId);
    if (b === undefined) return;
    if (p.role === 'secretary') branchCommittee[b]?.unshift(i);
    else branchCommittee[b]?.push(i);
  });
  const index: DatasetIndex = {
    personIndexById,
    teamIndexById,
    branchIndexById,
    teamMembers,
    teamPeople,
    zoneBranch,
    zoneGridders,
    branchSecretary,
    branchCommittee,
  };
  cache.set(dataset, index);
  return index;
}
