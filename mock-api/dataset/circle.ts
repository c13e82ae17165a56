import { datasetIndex } from './dataset-index';
import type { Dataset } from './model';

/*
 * 党员身边: the party members a violation is "around". A member answers for their own conduct and for
 * the people they are linked with in the liaison chain (党员联系群众), so a violation is in the circle of
 * the member who committed it, or of the members linked to the worker who did. A contractor worker is
 * in no member's circle: the chain does not reach them. (The team's or zone's every violation would put
 * nearly every member's circle at a violation a month: "no violation around a member" would say nothing.)
 */

/** The party members in whose circle violation row `row` falls: indexes into dataset.people, ascending. */
export function circleMemberIndexes(dataset: Dataset, row: number): number[] {
  const v = dataset.violations;
  if (!Number.isInteger(row) || row < 0 || row >= v.count) throw new RangeError(`no violation row ${row}`);
  return datasetIndex(dataset).circleOf[v.person[row] ?? -1] ?? [];
}

/**
 * Every party member's circle rows at once, in compressed form: the rows of person p are
 * rows[offsets[p] .. offsets[p + 1]), ascending. The same circles as circleMemberIndexes, counted then
 * filled in two passes (a province has 10⁶ rows).
 */
export function circleRowsByPerson(dataset: Dataset): { offsets: Uint32Array; rows: Uint32Array } {
  const v = dataset.violations;
  const { circleOf } = datasetIndex(dataset);
  const people = dataset.people.length;
  const counts = new Uint32Array(people + 1);
  for (let row = 0; row < v.count; row++) {
    for (const person of circleOf[v.person[row] ?? -1] ?? []) counts[person + 1] = (counts[person + 1] ?? 0) + 1;
  }
  const offsets = new Uint32Array(people + 1);
  for (let p = 0; p < people; p++) offsets[p + 1] = (offsets[p] ?? 0) + (counts[p + 1] ?? 0);
  const rows = new Uint32Array(offsets[people] ?? 0);
  const fill = offsets.slice(0, people);
  for (let row = 0; row < v.count; row++) {
    for (const person of circleOf[v.person[row] ?? -1] ?? []) {
      const at = fill[person] ?? 0;
      rows[at] = row;
      fill[person] = at + 1;
    }
  }
  return { offsets, rows };
}
