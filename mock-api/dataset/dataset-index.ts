import type { Dataset } from './model';

// Lookups the derived views (issue history, circles) need, built once per dataset.

export interface DatasetIndex {
  personIndexById: Map<string, number>;
  teamIndexById: Map<string, number>;
  branchIndexById: Map<string, number>;
  /** Per team index: person indexes of its party members. */
  teamMembers: number[][];
  /** Per zone index: the branch index and the person indexes of the grid team's gridders. */
  zoneBranch: number[];
  zoneGridders: number[][];
  /** Per branch index: secretary's person index, and the branch committee (secretary first). */
  branchSecretary: number[];
  branchCommittee: number[][];
  /**
   * Per person index: the party members in whose circle (党员身边) that person's violations fall, ascending:
   * themselves if a member, and the members linked to them in the liaison chain (a member → the staff
   * they liaise with; a branch committee member → the members they liaise with).
   */
  circleOf: number[][];
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
  const circleOf: number[][] = dataset.people.map((p, i) => (p.kind === 'member' ? [i] : []));
  dataset.people.forEach((p, i) => {
    if (p.kind !== 'member') return;
    for (const id of p.liaisonIds) circleOf[personIndexById.get(id) ?? -1]?.push(i);
  });
  for (const list of circleOf) list.sort((a, b) => a - b);
  const index: DatasetIndex = {
    personIndexById,
    teamIndexById,
    branchIndexById,
    teamMembers,
    zoneBranch,
    zoneGridders,
    branchSecretary,
    branchCommittee,
    circleOf,
  };
  cache.set(dataset, index);
  return index;
}
