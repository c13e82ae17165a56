import { useEffect, useMemo, useState } from 'react';
import { useDatasetMeta } from '../api/queries/meta';
import { useViolationColumns } from '../api/queries/violations';
import { addDays, clampWindow, countByMonth, datasetExtent, daysBetween, shanghaiDayOf, type DayRange } from '../lib/time-window';
import type { ViolationFilter } from '../lib/violation-filter';
import { ALL_VIOLATIONS } from '../lib/violation-filter';
import { selectViolationFilter } from '../store/filters-slice';
import { useAppStore } from '../store/hooks';
import { whenIdle } from '../lib/when-idle';
import type { ViolationColumns } from '../api/violation-columns';
import { useDatumConverter, type DatumConverter } from './use-datum-converter';
import { sharedMemo } from './memo';
import { prepareViolationTable, type ViolationTable } from './violation-table';
import { prepareZoneKeyCounts } from './zone-violation-counts';

const prepare = sharedMemo((columns: ViolationColumns, converter: DatumConverter) => prepareViolationTable(columns, converter.positions), 2);

export interface ViolationTableState {
  table: ViolationTable | null;
  /** Still downloading (and wanted). */
  pending: boolean;
  failed: boolean;
}

/** The violation table in the base map's datum: decoded once per download, prepared once for everyone. */
export function useViolationTable(enabled = true): ViolationTableState {
  const columns = useViolationColumns(enabled);
  const converter = useDatumConverter();
  const table = columns.data && converter ? prepare(columns.data, converter) : null;
  return {
    table,
    pending: enabled && table === null && !columns.isError,
    failed: enabled && columns.isError,
  };
}

/** The filter as the layers and the tallies take it: the same object while the filters are unchanged. */
export function useViolationFilter(table: ViolationTable | null): ViolationFilter {
  return useAppStore((s) => (table ? selectViolationFilter(s, table.dayZero) : ALL_VIOLATIONS));
}

/** The window's counts per zone and code, made in idle time for the first filter on codes (see prepareZoneKeyCounts). */
export function usePreparedZoneKeyCounts(table: ViolationTable | null, filter: ViolationFilter): void {
  const { fromDay, toDay } = filter;
  useEffect(() => {
    if (!table) return;
    return whenIdle(() => prepareZoneKeyCounts(table, fromDay, toDay));
  }, [table, fromDay, toDay]);
}

/** The three years of the dataset, as calendar days (from GET /meta). */
export function useDatasetExtent(): DayRange | null {
  const asOf = useDatasetMeta().data?.asOf;
  return useMemo(() => (asOf ? datasetExtent(asOf) : null), [asOf]);
}

/** "Today" (the dataset's as-of) in days since the table's dayZero. */
export function useAsOfDay(table: ViolationTable | null): number | null {
  const asOf = useDatasetMeta().data?.asOf;
  return table && asOf ? daysBetween(table.dayZero, shanghaiDayOf(asOf)) : null;
}

/** The filter's window as calendar days, clipped to the data (null until the table is in). */
export function useWindowDays(table: ViolationTable | null, filter: ViolationFilter): DayRange | null {
  const asOfDay = useAsOfDay(table);
  const { fromDay, toDay } = filter;
  return useMemo(() => {
    if (!table) return null;
    const last = asOfDay ?? Math.max(0, (table.days[table.count - 1] ?? 0));
    const clamp = (d: number) => Math.max(0, Math.min(d, last));
    return { from: addDays(table.dayZero, clamp(fromDay)), to: addDays(table.dayZero, clamp(toDay)) };
  }, [table, asOfDay, fromDay, toDay]);
}

/** The filters' time window as calendar days, clamped to the dataset's three years (null until /meta is in). */
export function useFilterWindow(): DayRange | null {
  const extent = useDatasetExtent();
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  return useMemo(() => (extent ? clampWindow({ from, to }, extent) : null), [extent, from, to]);
}

/**
 * How long the window must rest before the API is asked about it: a thumb dragged across a year asks once,
 * not once a day it passes, and a change's one frame of the map is not shared with the request's work.
 */
export const WINDOW_SETTLE_MS = 250;

export interface SettledWindow {
  /** The window to ask the API about: the filters' once it has rested (the first one at once). */
  window: DayRange | null;
  /** The filters' window has moved on and will be asked about once it rests. */
  settling: boolean;
}

const sameWindow = (a: DayRange | null, b: DayRange | null) => a?.from === b?.from && a?.to === b?.to;

/** The filters' time window for what the server computes over it (indicators, rankings): see WINDOW_SETTLE_MS. */
export function useSettledFilterWindow(): SettledWindow {
  const current = useFilterWindow();
  const [settled, setSettled] = useState(current);
  const shown = settled ?? current;
  useEffect(() => {
    if (sameWindow(settled, current)) return;
    const timer = setTimeout(() => setSettled(current), settled === null ? 0 : WINDOW_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [settled, current]);
  return { window: shown, settling: !sameWindow(shown, current) };
}

const monthCounts = sharedMemo((table: ViolationTable, from: string, to: string) => countByMonth(table.days, table.dayZero, { from, to }), 2);

/** Violations per month of the extent (the timeline's histogram); undefined until the table is in (never fetched for it). */
export function useMonthCounts(extent: DayRange | null): readonly number[] | undefined {
  const { table } = useViolationTable(false);
  return table && extent ? monthCounts(table, extent.from, extent.to) : undefined;
}
