import { severities, violationCategories, type Severity, type ViolationCategory } from '../../../api/schemas/enums';
import type { Breakdown, MonthlySeries } from '../../../api/schemas/indicators';
import { endOfMonth, startOfMonth } from '../../../lib/time-window';
import type { Language } from '../../../lib/view-options';

/*
 * Shaping the API's monthly series and breakdown for the charts and their tables: pure functions,
 * one row per month or per category, in the contract's code order.
 */

type Points = MonthlySeries['points'];

export interface CategoryTrend {
  /** 'YYYY-MM', oldest first. */
  months: string[];
  byCategory: { category: ViolationCategory; values: number[] }[];
  totals: number[];
}

/** Violations per month by category (a category missing from a month is 0). */
export function categoryTrend(points: Points): CategoryTrend {
  return {
    months: points.map((p) => p.month),
    byCategory: violationCategories.map((category) => ({ category, values: points.map((p) => p.byCategory[category] ?? 0) })),
    totals: points.map((p) => p.violations),
  };
}

export interface IssueTrend {
  months: string[];
  /** Issues created in the month, and issues closed in it (whenever created). */
  opened: number[];
  closed: number[];
}

export function issueTrend(points: Points): IssueTrend {
  return { months: points.map((p) => p.month), opened: points.map((p) => p.issuesOpened), closed: points.map((p) => p.issuesClosed) };
}

/**
 * An indicator month by month, where the monthly series holds what it needs (the count and the
 * severe share); null for the others: their inputs (work, members, issue states) are not in it.
 */
export function monthlyValues(key: string, points: Points): (number | null)[] | null {
  switch (key) {
    case 'violation_count':
      return points.map((p) => p.violations);
    case 'severe_share':
      return points.map((p) => (p.violations > 0 ? Math.round(((p.bySeverity.severe ?? 0) / p.violations) * 10_000) / 100 : null));
    default:
      return null;
  }
}

/** The polyline of a sparkline in a w × h box (y down), null values skipped; '' with under two values. */
export function sparklinePoints(values: readonly (number | null)[], w: number, h: number, pad = 1): string {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length < 2 || values.length < 2) return '';
  const min = Math.min(...known);
  const max = Math.max(...known);
  const span = max - min || 1;
  const step = (w - 2 * pad) / (values.length - 1);
  const out: string[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) return;
    const x = pad + i * step;
    // A flat line sits in the middle rather than on the floor.
    const y = max === min ? h / 2 : h - pad - ((v - min) / span) * (h - 2 * pad);
    out.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  });
  return out.join(' ');
}

/** '2024-03' → 2024年3月 / Mar 2024 (a calendar month: no time zone can move it). */
export function monthLabel(month: string, lang: Language): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  if (lang !== 'en') return `${y}年${m}月`;
  return new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 15));
}

export interface SeverityMatrix {
  /** Each cell's count and the API's link to its records (null: none). */
  rows: { category: ViolationCategory; cells: Record<Severity, number>; records: Record<Severity, string | null>; total: number }[];
  columnTotals: Record<Severity, number>;
  total: number;
  /** The largest cell: what the shading is relative to. */
  max: number;
}

/** The category × severity matrix as rows, with totals (a pair the API left out counts 0). */
export function severityMatrix(cells: Breakdown['matrix']): SeverityMatrix {
  const zero = () => Object.fromEntries(severities.map((s) => [s, 0])) as Record<Severity, number>;
  const columnTotals = zero();
  let max = 0;
  const rows = violationCategories.map((category) => {
    const row = zero();
    const records = Object.fromEntries(severities.map((s) => [s, null])) as Record<Severity, string | null>;
    for (const c of cells) {
      if (c.category !== category) continue;
      row[c.severity] += c.violations;
      records[c.severity] = c.records;
    }
    let total = 0;
    for (const s of severities) {
      total += row[s];
      columnTotals[s] += row[s];
      max = Math.max(max, row[s]);
    }
    return { category, cells: row, records, total };
  });
  return { rows, columnTotals, total: rows.reduce((n, r) => n + r.total, 0), max };
}

/** The days of whole months, first to last ('2025-03', '2025-05' → 1 March to 31 May). */
export function monthsWindow(first: string, last: string): { from: string; to: string } {
  return { from: startOfMonth(`${first}-01`), to: endOfMonth(`${last}-01`) };
}
