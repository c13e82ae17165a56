import type { z } from 'zod';
import type { Indicator, IndicatorReport, MonthlyPoint as MonthlyPointSchema } from '../../src/api/schemas/indicators';

type MonthlyPoint = z.infer<typeof MonthlyPointSchema>;
import type { IndicatorLevel } from '../../src/api/schemas/enums';
import { severities, violationCategories } from '../../src/api/schemas/enums';
import type { StandaloneIssue } from '../dataset/model';
import type { ServerContext } from './context';
import { HttpProblem } from './problem';
import type { Scope } from './scope';
import { rowRange, zoneMask } from './selection';
import { DAY_MS, monthOf, nextMonth, startOfDay } from './time';

/** What an indicator report is about: the violation rows and standalone issues it counts. */
interface Subject {
  name: string;
  rows: number[];
  standalone: StandaloneIssue[];
  headcount: number | null;
  /** Grid teams whose marketing results count (units and branches with grid teams). */
  gridTeamIds: Set<string>;
}

const SEVERE = severities.indexOf('severe');

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
    return { name: person.name, rows, standalone: [], headcount: null, gridTeamIds: new Set() };
  }
  const filter = level === 'unit' ? { unitId: id } : { branchId: id };
  const unit = level === 'unit' ? ctx.index.unitById.get(id) : undefined;
  const branch = level === 'branch' ? ctx.index.branchById.get(id) : undefined;
  if (!unit && !branch) throw new HttpProblem(404, `No ${level} '${id}'.`);
  const mask = zoneMask(ctx.dataset, ctx.index, filter) ?? new Uint8Array(0);
  const rows: number[] = [];
  for (let row = start; row < end; row++) if (mask[v.zone[row] ?? 0] === 1) rows.push(row);
  const standalone = ctx.dataset.standaloneIssues.filter((i) => mask[i.zoneIndex] === 1 && i.createdAt >= fromMs && i.createdAt < toMs);
  const gridTeamIds = new Set(ctx.dataset.zones.features.filter((_, z) => mask[z] === 1).map((f) => f.properties.gridTeamId));
  return {
    name: unit?.name ?? branch?.name ?? id,
    rows,
    standalone,
    headcount: (unit ? ctx.index.headcountByUnit.get(id) : ctx.index.headcountByBranch.get(id)) ?? 0,
    gridTeamIds,
  };
}

function ratio(key: string, label: string, labelEn: string, unit: string, numerator: number, denominator: number, scale: number, formula: string, sources: string[]): Indicator {
  return {
    key,
    label,
    labelEn,
    value: denominator > 0 ? Math.round((numerator / denominator) * scale * 100) / 100 : null,
    unit,
    numerator,
    denominator,
    definition: { formula, sources },
  };
}

function count(key: string, label: string, labelEn: string, value: number, formula: string, sources: string[]): Indicator {
  return { key, label, labelEn, value, unit: 'count', numerator: value, denominator: null, definition: { formula, sources } };
}

/** Issue outcomes over a subject: closed, closed on time, days to close, open and overdue. */
function issueOutcomes(ctx: ServerContext, subject: Subject) {
  let total = 0;
  let closed = 0;
  let onTime = 0;
  let closeDays = 0;
  let overdueOpen = 0;
  const add = (createdAt: number, closedAt: number | null, overdue: boolean) => {
    total += 1;
    if (closedAt === null) {
      if (overdue) overdueOpen += 1;
      return;
    }
    closed += 1;
    if (!overdue) onTime += 1;
    closeDays += (closedAt - createdAt) / DAY_MS;
  };
  const v = ctx.dataset.violations;
  for (const row of subject.rows) {
    const status = ctx.issues.statusOfRow(row);
    add(v.time[row] ?? 0, status === 'closed' ? ctx.issues.closedAtOfRow(row) : null, ctx.issues.isRowOverdue(row));
  }
  for (const issue of subject.standalone) {
    const s = ctx.issues.summary({ kind: 'standalone', issue });
    add(issue.createdAt, s.status === 'closed' && s.closedAt ? Date.parse(s.closedAt) : null, s.overdue);
  }
  return { total, closed, onTime, closeDays, overdueOpen };
}

export function indicatorReport(ctx: ServerContext, scope: Scope, level: IndicatorLevel, id: string, window: { from: string; to: string }): IndicatorReport {
  const subject = subjectOf(ctx, scope, level, id, window.from, window.to);
  const v = ctx.dataset.violations;
  const n = subject.rows.length;
  const severe = subject.rows.reduce((acc, row) => acc + (v.severity[row] === SEVERE ? 1 : 0), 0);
  const issues = issueOutcomes(ctx, subject);
  const indicators: Indicator[] = [];
  if (level === 'member') {
    const months = monthsBetween(window.from, window.to);
    const withViolations = new Set(subject.rows.map((row) => monthOf(v.time[row] ?? 0)));
    indicators.push(
      count('circle_violations', '身边违章数', 'Violations around the member', n, 'count of violations whose circle (team, zone, work site) includes the member, in the window', ['violations.memberIds', 'violations.occurredAt']),
      ratio('circle_severe_share', '身边严重违章占比', 'Severe share around the member', '%', severe, n, 100, 'severe ÷ all violations around the member × 100', ['violations.severity', 'violations.memberIds']),
      count('months_without_violation', '身边无违章月数', 'Months without a violation around the member', months.filter((m) => !withViolations.has(m)).length, 'months of the window with no violation around the member (党员身边无违章)', ['violations.memberIds', 'violations.occurredAt']),
    );
  } else {
    indicators.push(
      count('violation_count', '违章数', 'Violations', n, 'count of violations in the window within the ' + level, ['violations.occurredAt', 'violations.zoneId']),
      ratio('violations_per_100_staff', '百人违章率', 'Violations per 100 staff', 'per100', n, subject.headcount ?? 0, 100, 'violations ÷ (party members + staff) × 100', ['violations.zoneId', 'members.branchId', 'staff.teamId']),
      ratio('severe_share', '严重违章占比', 'Severe share', '%', severe, n, 100, 'violations with severity = severe ÷ all violations × 100', ['violations.severity']),
    );
  }
  indicators.push(
    ratio('issue_closure_rate', '问题闭环率', 'Issue closure rate', '%', issues.closed, issues.total, 100, 'issues closed ÷ issues created in the window × 100', ['issues.status', 'issues.createdAt']),
    ratio('on_time_closure_rate', '按期闭环率', 'On-time closure rate', '%', issues.onTime, issues.closed, 100, 'issues closed by their deadline ÷ issues closed × 100', ['issues.closedAt', 'issues.deadline']),
    count('overdue_open_issues', '超期未闭环问题数', 'Overdue open issues', issues.overdueOpen, 'issues created in the window, still open and past their deadline', ['issues.status', 'issues.deadline']),
    {
      key: 'mean_days_to_close',
      label: '平均闭环天数',
      labelEn: 'Mean days to close',
      value: issues.closed > 0 ? Math.round((issues.closeDays / issues.closed) * 10) / 10 : null,
      unit: 'days',
      numerator: Math.round(issues.closeDays * 10) / 10,
      denominator: issues.closed,
      definition: { formula: 'Σ (closedAt − createdAt) in days ÷ issues closed', sources: ['issues.createdAt', 'issues.closedAt'] },
    },
  );
  if (subject.gridTeamIds.size > 0) indicators.push(...marketingIndicators(ctx, subject.gridTeamIds, window));
  return { level, id, name: subject.name, from: window.from, to: window.to, indicators };
}

function marketingIndicators(ctx: ServerContext, teams: Set<string>, window: { from: string; to: string }): Indicator[] {
  const [fromMonth, toMonth] = [window.from.slice(0, 7), window.to.slice(0, 7)];
  let orders = 0;
  let ordersTarget = 0;
  let amount = 0;
  let amountTarget = 0;
  for (const m of ctx.dataset.marketing) {
    if (!teams.has(m.gridTeamId) || m.month < fromMonth || m.month > toMonth) continue;
    orders += m.winOrders;
    ordersTarget += m.winOrdersTarget;
    amount += m.winAmountCny;
    amountTarget += m.winAmountTargetCny;
  }
  return [
    count('win_orders', '赢单数', 'Win orders', orders, 'Σ win orders of the grid teams, months of the window', ['marketing.winOrders']),
    ratio('win_order_completion', '赢单数完成率', 'Win-order count completion', '%', orders, ordersTarget, 100, 'Σ win orders ÷ Σ win-order targets × 100', ['marketing.winOrders', 'marketing.winOrdersTarget']),
    ratio('win_amount_completion', '赢单金额完成率', 'Win-order amount completion', '%', amount, amountTarget, 100, 'Σ win amount ÷ Σ amount targets × 100', ['marketing.winAmountCny', 'marketing.winAmountTargetCny']),
  ];
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
