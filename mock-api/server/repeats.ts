import { REPEAT_WINDOW_DAYS } from '../../src/api/indicator-catalogue';
import type { ViolationTable } from '../dataset/model';
import { DAY_MS } from './time';

/*
 * Repeat violations (重复违章), as the catalogue's REPEAT_RULE defines them: a violation is a repeat when
 * the same item (description) was recorded for the same operations team, or at the same transformer
 * district, in the REPEAT_WINDOW_DAYS before it, by an earlier row. Rows are in time order, so one pass
 * with the last time of each (team, item) and (transformer district, item) decides every row. The flag
 * is a fact of the violation (it looks back across any window), so it is computed once per table.
 */

const cache = new WeakMap<ViolationTable, Uint8Array>();
const SPAN_MS = REPEAT_WINDOW_DAYS * DAY_MS;

export function repeatFlags(v: ViolationTable): Uint8Array {
  const hit = cache.get(v);
  if (hit) return hit;
  const flags = new Uint8Array(v.count);
  let items = 0;
  for (let row = 0; row < v.count; row++) items = Math.max(items, (v.description[row] ?? 0) + 1);
  const lastByTeam = new Map<number, number>();
  const lastBySite = new Map<number, number>();
  for (let row = 0; row < v.count; row++) {
    const t = v.time[row] ?? 0;
    const item = v.description[row] ?? 0;
    const teamKey = (v.team[row] ?? 0) * items + item;
    const td = v.transformerDistrict[row] ?? -1;
    const siteKey = td * items + item;
    const team = lastByTeam.get(teamKey);
    const site = td >= 0 ? lastBySite.get(siteKey) : undefined;
    if ((team !== undefined && t - team <= SPAN_MS) || (site !== undefined && t - site <= SPAN_MS)) flags[row] = 1;
    lastByTeam.set(teamKey, t);
    if (td >= 0) lastBySite.set(siteKey, t);
  }
  cache.set(v, flags);
  return flags;
}
