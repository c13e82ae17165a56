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
