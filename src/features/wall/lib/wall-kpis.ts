import type { IndicatorKey } from '../../../api/indicator-catalogue';
import type { RankingItem } from '../../../api/schemas/indicators';

/*
 * What a wall shows of a unit: a handful of the catalogue's indicators a control room reads at a
 * glance (violations and their rate, severity, members without violations around them, closure,
 * overdue issues). Values, labels and units all come from the catalogue and the API.
 */
export const WALL_KPIS = [
  'violation_count',
  'violations_per_100_operations',
  'severe_share',
  'members_without_violation_rate',
  'issue_closure_rate',
  'overdue_open_issues',
] as const satisfies readonly IndicatorKey[];

/** A zone has no work operations (they are tallied per operations team): its rate is per transformer district and year. */
const ZONE_KPIS = WALL_KPIS.map((k) => (k === 'violations_per_100_operations' ? 'violations_per_transformer_district_per_year' : k)) satisfies readonly IndicatorKey[];

/**
 * English names a wall tile's two lines cut at 1366 px ("Violations per 100 work…"), as a room reads them:
 * the unit under the figure says the rest (per 100 operations). Chinese names fit as they are.
 */
export const WALL_NAMES_EN: Partial<Record<IndicatorKey, string>> = {
  violations_per_100_operations: 'Violation rate',
  members_without_violation_rate: 'Members violation-free',
};

/** The key figures shown for a subject of this level. */
export const wallKpisOf = (level: string): readonly IndicatorKey[] => (level === 'zone' ? ZONE_KPIS : WALL_KPIS);

/** The ranking shows this many rows at most (a district bureau has up to ~10 branches). */
export const RANKING_ROWS = 11;

export type RankingRow = { kind: 'item'; item: RankingItem; current: boolean } | { kind: 'gap' };

/**
 * The rows a ranking shows: the first `max`; or, when the current subject is ranked below them (one
 * zone among a district's sixty), the leaders, a gap, and the current one between its neighbours, so
 * the room sees both who leads and where this one stands (with room for no leader: the gap, then them).
 */
export function rankingRows(items: readonly RankingItem[], currentId: string | null, max = RANKING_ROWS): RankingRow[] {
  const at = currentId === null ? -1 : items.findIndex((i) => i.id === currentId);
  const row = (item: RankingItem): RankingRow => ({ kind: 'item', item, current: item.id === currentId });
  if (at < max) return items.slice(0, max).map(row);
  // The neighbours: the one above and, unless the current one is last, the one below.
  const around = items.slice(at - 1, at + 2);
  return [...items.slice(0, Math.max(0, max - 1 - around.length)).map(row), { kind: 'gap' }, ...around.map(row)];
}

/**
 * A child's name without what it shares with its parent's, for a list whose heading names the parent: the
 * parent's name in front (番禺供电局石壁东供电所党支部 → 石壁东供电所党支部), or the words they end with
 * (Yuexiu Power Supply Bureau under Guangzhou Power Supply Bureau → Yuexiu). Never to nothing.
 */
export function shortName(name: string, parent: string): string {
  if (parent && name.startsWith(parent) && name.length > parent.length) return name.slice(parent.length);
  const words = name.split(' ');
  const parentWords = parent.split(' ');
  let shared = 0;
  while (shared < words.length - 1 && shared < parentWords.length && words[words.length - 1 - shared] === parentWords[parentWords.length - 1 - shared]) shared += 1;
  return shared > 0 ? words.slice(0, words.length - shared).join(' ') : name;
}
