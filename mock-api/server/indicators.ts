import type { z } from 'zod';
import type { IndicatorReport, MonthlyPoint as MonthlyPointSchema } from '../../src/api/schemas/indicators';
import type { IndicatorLevel } from '../../src/api/schemas/enums';
import { severities, violationCategories } from '../../src/api/schemas/enums';
import { emptyTally, indicatorOf, indicatorsOfLevel, type IndicatorTally, type TallyField } from '../../src/api/indicator-catalogue';
import type { StandaloneIssue } from '../dataset/model';
import type { ServerContext } from './context';
import { HttpProblem } from './problem';
import type { Scope } from './scope';
import { rowRange, zoneMask } from './selection';
import { DAY_MS, monthOf, nextMonth, startOfDay } from './time';

type MonthlyPoint = z.infer<typeof MonthlyPointSchema>;

/** What an indicator report is about: the violation rows and standalone issues it counts. */
interface Subject {
  name: string;
  rows: number[];
  standalone: StandaloneIssue[];
  /** Members + staff; 0 for a member (rates per head are not theirs). */
  headcount: number;
  /** Grid teams whose marketing results count (units, branches and zones with grid teams). */
  gridTeamIds: Set<string>;
}

const SEVERE = severities.indexOf('severe');
const MARKETING_FIELDS: ReadonlySet<TallyField> = new Set(['winOrders', 'winOrdersTarget', 'winAmountCny', 'winAmountTargetCny']);

/** Default window: the year of the dataset's as-of day, up to that day. */
export function windowOf(ctx: ServerContext, from?: string, to?: string): { from: string; to: string } {
  const asOfDay = ctx.dataset.meta.asOf.slice(0, 10);
  const end = to ?? asOfDay;
  const start = from ?? `${end.slice(0, 4)}-01-01`;
  if (start > end) throw new HttpProblem(400, `Invalid query parameter 'from': from is after to.`, { errors: [{ name: 'from', reason: 'after to' }] });
  return { from: start, to: end };
}

export function subjectOf(ctx: ServerContext, scope: Scope, level: IndicatorLevel, id: string, from: string, to: string): Subject {
  const [start, end] = rowRange(ctx.dataset, from, to);
  const fromMs = startOfDay(from);
  const toMs = startOfDay(to) + DAY_MS;
  const v = ctx.dataset.violations;
  if (level === 'member') {
    const index = ctx.index.personIndexById.get(id);
    const person = ctx.dataset.people[index ?? -1];
    if (index === undefined || person?.kind !== 'member') throw new HttpProblem(404, `No party member '${id}'.`);
    if (!scope.fullOverBranch(person.branchId)) throw new HttpProblem(403, `Member '${id}' belongs to a branch outside your scope.`);
    const rows = Array.from(ctx.circles.rowsOf(index)).filter((row) => row >= start && row < end);
    return { name: person.name, rows, standalone: [], headcount: 0, gridTeamIds: new Set() };
  }
  const unit = level === 'unit' ? ctx.index.unitById.get(id) : undefined;
  const branch = level === 'branch' ? ctx.index.branchById.get(id) : undefined;
  const zoneIndex = level === 'zone' ? ctx.index.zoneIndexById.get(id) : undefined;
  const zone = zoneIndex === undefined ? undefined : ctx.dataset.zones.features[zoneIndex];
  if (!unit && !branch && !zone) throw new HttpProblem(404, `No ${level} '${id}'.`);
  const filter = unit ? { unitId: id } : branch ? { branchId: id } : { zoneId: id };
  const mask = zoneMask(ctx.dataset, ctx.index, filter) ?? new Uint8Array(0);
  const rows: number[] = [];
  for (let row = start; row < end; row++) if (mask[v.zone[row] ?? 0] === 1) rows.push(row);
  const standalone = ctx.dataset.standaloneIssues.filter((i) => mask[i.zoneIndex] === 1 && i.createdAt >= fromMs && i.createdAt < toMs);
  const gridTeamIds = new Set(ctx.dataset.zones.features.filter((_, z) => mask[z] === 1).map((f) => f.properties.gridTeamId));
  const team = zone ? ctx.index.teamById.get(zone.properties.gridTeamId) : undefined;
  const headcount = unit
    ? ctx.index.headcountByUnit.get(id)
    : branch
      ? ctx.index.headcountByBranch.get(id)
      : team
        ? team.memberIds.length + team.staffIds.length
        : 0;
  return { name: unit?.name ?? branch?.name ?? zone?.properties.name ?? id, rows, standalone, headcount: headcount ?? 0, gridTeamIds };
}

/** What the subject adds up to over the window: the input of every indicator in the catalogue. */
export function tallyOf(ctx: ServerContext, subject: Subject, window: { from: string; to: string }): IndicatorTally {
  const t = emptyTally();
  const v = ctx.dataset.violations;
  t.headcount = subject.headcount;
  const addIssue = (createdAt: number, closedAt: number | null, overdue: boolean) => {
    t.issues += 1;
    if (closedAt === null) {
      if (overdue) t.issuesOverdueOpen += 1;
      return;
    }
    t.issuesClosed += 1;
    if (!overdue) t.issuesClosedOnTime += 1;
    t.closeDaysTotal += (closedAt - createdAt) / DAY_MS;
  };
  const monthsWith = new Set<string>();
  for (const row of subject.rows) {
    t.violations += 1;
    if (v.severity[row] === SEVERE) t.severe += 1;
    monthsWith.add(monthOf(v.time[row] ?? 0));
    const closed = ctx.issues.statusOfRow(row) === 'closed';
    addIssue(v.time[row] ?? 0, closed ? ctx.issues.closedAtOfRow(row) : null, ctx.issues.isRowOverdue(row));
  }
  for (const issue of subject.standalone) {
    const s = ctx.issues.summary({ kind: 'standalone', issue });
    addIssue(issue.createdAt, s.status === 'closed' && s.closedAt ? Date.parse(s.closedAt) : null, s.overdue);
  }
  t.months = monthsBetween(window.from, window.to).length;
  t.monthsWithViolation = monthsWith.size;
  const [fromMonth, toMonth] = [window.from.slice(0, 7), window.to.slice(0, 7)];
  for (const m of ctx.dataset.marketing) {
    if (!subject.gridTeamIds.has(m.gridTeamId) || m.month < fromMonth || m.month > toMonth) continue;
    t.winOrders += m.winOrders;
    t.winOrdersTarget += m.winOrdersTarget;
    t.winAmountCny += m.winAmountCny;
    t.winAmountTargetCny += m.winAmountTargetCny;
  }
  return t;
}

export function indicatorReport(ctx: ServerContext, scope: Scope, level: IndicatorLevel, id: string, window: { from: string; to: string }): IndicatorReport {
  const subject = subjectOf(ctx, scope, level, id, window.from, window.to);
  const tally = tallyOf(ctx, subject, window);
  // Marketing indicators only where grid teams are (a subject without any has no target).
  const indicators = indicatorsOfLevel(level)
    .filter((d) => subject.gridTeamIds.size > 0 || !d.needs.some((field) => MARKETING_FIELDS.has(field)))
    .map((d) => indicatorOf(d, tally));
  return { level, id, name: subject.name, from: window.from, to: window.to, indicators };
}

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = nextMonth(m)) months.push(m);
  return months;
}

export function monthlySeries(ctx: ServerContext, scope: Scope, level: IndicatorLevel, id: string, window: { from: string; to: string }): MonthlyPoint[] {
  const subject = subjectOf(ctx, scope, level, id, window.from, window.to);
  const v = ctx.dataset.violations;
  const points = new Map<string, MonthlyPoint>(
    monthsBetween(window.from, window.to).map((month) => [
      month,
      {
        month,
        violations: 0,
        byCategory: Object.fromEntries(violationCategories.map((c) => [c, 0])),
        bySeverity: Object.fromEntries(severities.map((s) => [s, 0])),
        issuesOpened: 0,
        issuesClosed: 0,
      },
    ]),
  );
  const bump = (record: Record<string, number>, key: string | undefined) => {
    if (key !== undefined) record[key] = (record[key] ?? 0) + 1;
  };
  for (const row of subject.rows) {
    const point = points.get(monthOf(v.time[row] ?? 0));
    if (!point) continue;
    point.violations += 1;
    point.issuesOpened += 1;
    bump(point.byCategory, violationCategories[v.category[row] ?? 0]);
    bump(point.bySeverity, severities[v.severity[row] ?? 0]);
    const closedAt = ctx.issues.statusOfRow(row) === 'closed' ? ctx.issues.closedAtOfRow(row) : null;
    const closedPoint = closedAt === null ? undefined : points.get(monthOf(closedAt));
    if (closedPoint) closedPoint.issuesClosed += 1;
  }
  for (const issue of subject.standalone) {
    const opened = points.get(monthOf(issue.createdAt));
    if (opened) opened.issuesOpened += 1;
    const s = ctx.issues.summary({ kind: 'standalone', issue });
    const closedPoint = s.status === 'closed' && s.closedAt ? points.get(s.closedAt.slice(0, 7)) : undefined;
    if (closedPoint) closedPoint.issuesClosed += 1;
  }
  return [...points.values()];
}
