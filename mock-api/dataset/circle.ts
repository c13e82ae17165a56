import { datasetIndex } from './dataset-index';
import type { Dataset } from './model';

/**
 * The party members in whose circle violation row `row` falls (党员身边): the party members of the
 * operations team on site plus the four gridders of the zone's grid team. Indexes into
 * dataset.people, ascending, without duplicates.
 */
export function circleMemberIndexes(dataset: Dataset, row: number): number[] {
  const v = dataset.violations;
  if (!Number.isInteger(row) || row < 0 || row >= v.count) throw new RangeError(`no violation row ${row}`);
  const ix = datasetIndex(dataset);
  const set = new Set([...(ix.teamMembers[v.team[row] as number] ?? []), ...(ix.zoneGridders[v.zone[row] as number] ?? [])]);
  return [...set].sort((a, b) => a - b);
}

/**
 * The party members with at least one violation of rows [start, end) in their circle, as a mark per
 * index into dataset.people: the same circles as circleMemberIndexes (the operations team's members, the
 * zone's gridders), decided per team and zone with a violation rather than per row.
 */
export function membersWithCircleRows(dataset: Dataset, start: number, end: number): Uint8Array {
  const v = dataset.violations;
  const ix = datasetIndex(dataset);
  const teams = new Uint8Array(dataset.teams.length);
  const zones = new Uint8Array(dataset.zones.features.length);
  for (let row = start; row < end; row++) {
    teams[v.team[row] ?? 0] = 1;
    zones[v.zone[row] ?? 0] = 1;
  }
  const marks = new Uint8Array(dataset.people.length);
  teams.forEach((hit, t) => {
    if (hit) for (const person of ix.teamMembers[t] ?? []) marks[person] = 1;
  });
  zones.forEach((hit, z) => {
    if (hit) for (const person of ix.zoneGridders[z] ?? []) marks[person] = 1;
  });
  return marks;
}

/**
 * Every party member's circle rows at once, in compressed form: the rows of person p are
 * rows[offsets[p] .. offsets[p + 1]), ascending. The same circles as circleMemberIndexes, counted then
 * filled in two passes without building a set per row (a province has 10⁶ rows).
 */
export function circleRowsByPerson(dataset: Dataset): { offsets: Uint32Array; rows: Uint32Array } {
  const v = dataset.violations;
  const ix = datasetIndex(dataset);
  const people = dataset.people.length;
  // The last row each person was counted for: a gridder of the zone may also be in the team on site.
  const last = new Int32Array(people).fill(-1);
  const visit = (row: number, add: (person: number) => void) => {
    for (const list of [ix.teamMembers[v.team[row] as number], ix.zoneGridders[v.zone[row] as number]]) {
      for (const person of list ?? []) {
        if (last[person] === row) continue;
        last[person] = row;
        add(person);
      }
    }
  };
  const counts = new Uint32Array(people + 1);
  for (let row = 0; row < v.count; row++) visit(row, (person) => (counts[person + 1] = (counts[person + 1] ?? 0) + 1));
  const offsets = new Uint32Array(people + 1);
  for (let p = 0; p < people; p++) offsets[p + 1] = (offsets[p] ?? 0) + (counts[p + 1] ?? 0);
  const rows = new Uint32Array(offsets[people] ?? 0);
  const fill = offsets.slice(0, people);
  last.fill(-1);
  for (let row = 0; row < v.count; row++) {
    visit(row, (person) => {
      const at = fill[person] ?? 0;
      rows[at] = row;
      fill[person] = at + 1;
    });
  }
  return { offsets, rows };
}
