import type { z } from 'zod';
import type { IndicatorComparison } from '../../src/api/schemas/indicator-comparison';
import type {
  Breakdown,
  IndicatorRanking,
  IndicatorReport,
  MonthlyPoint as MonthlyPointSchema,
  RankingItem,
} from '../../src/api/schemas/indicators';
import type { IndicatorLevel, IssueStatus, Severity, ViolationCategory, WorkType } from '../../src/api/schemas/enums';
import { issueStatuses, severities, violationCategories, workTypes } from '../../src/api/schemas/enums';
import {
  definitionOf,
  districtYears,
  INDICATOR_TEXT,
  emptyTally,
  indicatorDefinition,
  indicatorOf,
  indicatorsOfLevel,
  listHref,
  recordsHref,
  type IndicatorDefinition,
  type IndicatorKey,
  type IndicatorTally,
  type TallyField,
} from '../../src/api/indicator-catalogue';
import { datasetExtent, previousWindow } from '../../src/lib/time-window';
import type { Dataset, StandaloneIssue, ViolationTable } from '../dataset/model';
import type { ServerContext } from './context';
import { blankIssueFacts, type IssueStore, type RowIssueFacts } from './issue-store';
import { gridFacts } from './grid-facts';
import { HttpProblem } from './problem';
import { repeatFlags } from './repeats';
import type { Scope } from './scope';
import { codeSet, lowerBoundIndex, rowRange } from './selection';
import { DAY_MS, monthIndexer, nextMonth, startOfDay, startOfMonth } from './time';
import { daysOf, windowWithinData, workTally } from './work';

/*
 * Indicators of units, branches, grid zones and members over a window, computed from the catalogue
 * (src/api/indicator-catalogue.ts). Everything goes through `tallies`: the tallies of any number of
 * subjects of one level in one pass over the window's rows (rows are in time order: the window is a row
 * range), so that a ranking of a level's children costs about what one subject does.
 */

type MonthlyPoint = z.infer<typeof MonthlyPointSchema>;
export interface Window {
  from: string;
  to: string;
}

/** One unit, branch, grid zone or member. */
export interface Subject {
  level: IndicatorLevel;
  id: string;
  name: string;
  /** A member's index into dataset.people. */
  person?: number;
}

const SEVERE = severities.indexOf('severe');
/** Tally fields that only subjects with grid teams have: their indicators are not listed for the others. */
const GRID_FIELDS: ReadonlySet<TallyField> = new Set([
  'winOrders',
  'winOrdersTarget',
  'winAmountCny',
  'winAmountTargetCny',
  'gridTeams',
  'gridTeamsComplete',
  'transformerDistricts',
  'transformerDistrictsAssigned',
  'transformerDistrictYears',
]);
/** Tally fields that need the issues' state. */
const ISSUE_FIELDS: ReadonlySet<TallyField> = new Set([
  'issues',
  'issuesClosed',
  'issuesClosedOnTime',
  'closeDaysTotal',
  'closeDays',
  'issuesOverdueOpen',
  'issuesReopened',
]);
const ALL_FIELDS: ReadonlySet<TallyField> = new Set(Object.keys(emptyTally()) as TallyField[]);

/** Default window: the year of the dataset's as-of day, up to that day. */
export function windowOf(ctx: ServerContext, from?: string, to?: string): Window {
  const asOfDay = ctx.dataset.meta.asOf.slice(0, 10);
  const end = to ?? asOfDay;
  const start = from ?? `${end.slice(0, 4)}-01-01`;
  if (start > end) throw new HttpProblem(400, `Invalid query parameter 'from': from is after to.`, { errors: [{ name: 'from', reason: 'after to' }] });
  return { from: start, to: end };
}

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = nextMonth(m)) months.push(m);
  return months;
}

// ---------------------------------------------------------------------------------------------------
// Subjects and their children

/** The subject named by level and id: 404 when there is none, 403 for a member outside the caller's full scope. */
export function subjectOf(ctx: ServerContext, scope: Scope, level: IndicatorLevel, id: string): Subject {
  const { index, dataset } = ctx;
  switch (level) {
    case 'unit': {
      const unit = index.unitById.get(id);
      if (!unit) throw new HttpProblem(404, `No unit '${id}'.`);
      return { level, id, name: unit.name };
    }
    case 'branch': {
      const branch = index.branchById.get(id);
      if (!branch) throw new HttpProblem(404, `No branch '${id}'.`);
      return { level, id, name: branch.name };
    }
    case 'zone': {
      const zone = dataset.zones.features[index.zoneIndexById.get(id) ?? -1];
      if (!zone) throw new HttpProblem(404, `No zone '${id}'.`);
      return { level, id, name: zone.properties.name };
    }
    case 'member': {
      const person = index.personIndexById.get(id);
      const member = dataset.people[person ?? -1];
      if (person === undefined || member?.kind !== 'member') throw new HttpProblem(404, `No party member '${id}'.`);
      if (!scope.fullOverBranch(member.branchId)) throw new HttpProblem(403, `Member '${id}' belongs to a branch outside your scope.`);
      return { level, id, name: member.name, person };
    }
  }
}

/** The levels a subject's children may be ranked at, the default first. */
export function childLevelsOf(ctx: ServerContext, parent: Subject): IndicatorLevel[] {
  switch (parent.level) {
    case 'unit': {
      const hasSubUnits = ctx.dataset.units.some((u) => u.parentId === parent.id);
      return hasSubUnits ? ['unit', 'branch', 'zone', 'member'] : ['branch', 'zone', 'member'];
    }
    case 'branch':
      return ['zone', 'member'];
    case 'zone':
      return ['member'];
    case 'member':
      return [];
  }
}

const byId = (a: Subject, b: Subject) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The subjects of `childLevel` under `parent`, in id order: a unit's sub-units (the bureau's district
 * bureaus), or every branch, zone or party member under it; a branch's zones or members; a zone's
 * members: the four gridders of its "4+N" grid team.
 */
export function childrenOf(ctx: ServerContext, parent: Subject, childLevel: IndicatorLevel): Subject[] {
  const { dataset, index } = ctx;
  const inParent = (unitId: string, branchId: string) =>
    parent.level === 'unit' ? index.withinUnit(parent.id, unitId) : parent.level === 'branch' ? branchId === parent.id : false;
  let children: Subject[] = [];
  switch (childLevel) {
    case 'unit':
      children = dataset.units.filter((u) => u.parentId === parent.id).map((u) => ({ level: 'unit', id: u.id, name: u.name }));
      break;
    case 'branch':
      children = dataset.branches.filter((b) => parent.level === 'unit' && index.withinUnit(parent.id, b.unitId)).map((b) => ({ level: 'branch', id: b.id, name: b.name }));
      break;
    case 'zone':
      children = dataset.zones.features
        .filter((f) => inParent(f.properties.unitId, f.properties.branchId))
        .map((f) => ({ level: 'zone', id: String(f.id), name: f.properties.name }));
      break;
    case 'member': {
      const gridTeamId = parent.level === 'zone' ? dataset.zones.features[index.zoneIndexById.get(parent.id) ?? -1]?.properties.gridTeamId : undefined;
      dataset.people.forEach((p, person) => {
        if (p.kind !== 'member') return;
        const inside = parent.level === 'zone' ? p.gridTeamId !== null && p.gridTeamId === gridTeamId : inParent(p.unitId, p.branchId);
        if (inside) children.push({ level: 'member', id: p.id, name: p.name, person });
      });
      break;
    }
  }
  return children.sort(byId);
}

// ---------------------------------------------------------------------------------------------------
// Tallies

/** The standalone issues created in the window, and their state now. */
function standaloneIn(ctx: ServerContext, window: Window): { issue: StandaloneIssue; facts: RowIssueFacts; status: IssueStatus }[] {
  const fromMs = startOfDay(window.from);
  const toMs = startOfDay(window.to) + DAY_MS;
  const nowMs = ctx.now().getTime();
  return ctx.dataset.standaloneIssues
    .filter((i) => i.createdAt >= fromMs && i.createdAt < toMs)
    .map((issue) => {
      const facts = ctx.issues.standaloneFacts(issue, nowMs, blankIssueFacts());
      return { issue, status: ctx.issues.stateOf({ kind: 'standalone', issue }).status, facts };
    });
}

/** For area subjects (units, branches, zones): the subject of each zone, or -1. Subjects of one level do not overlap. */
function zoneGroups(ctx: ServerContext, level: IndicatorLevel, subjects: readonly Subject[]): Int32Array {
  const { dataset } = ctx;
  const k = new Map(subjects.map((s, i) => [s.id, i]));
  const group = new Int32Array(dataset.zones.features.length).fill(-1);
  dataset.zones.features.forEach((f, z) => {
    const p = f.properties;
    if (level === 'zone') group[z] = k.get(String(f.id)) ?? -1;
    else if (level === 'branch') group[z] = k.get(p.branchId) ?? -1;
    else group[z] = unitGroup(ctx, k, p.unitId);
  });
  return group;
}

/** The subject (a unit among `k`) that `unitId` is or lies under, or -1. */
function unitGroup(ctx: ServerContext, k: ReadonlyMap<string, number>, unitId: string): number {
  for (let unit = ctx.index.unitById.get(unitId); unit; unit = unit.parentId ? ctx.index.unitById.get(unit.parentId) : undefined) {
    const hit = k.get(unit.id);
    if (hit !== undefined) return hit;
  }
  return -1;
}

/** Month boundaries of the window, to count the months with a violation while the rows go by in time order. */
function monthCursor(window: Window) {
  const starts = monthsBetween(window.from, window.to).map(startOfMonth);
  return {
    months: starts.length,
    /** The window's month of time t; t must not decrease from one call to the next within a pass. */
    at(t: number, from: { m: number }): number {
      while (from.m + 1 < starts.length && t >= (starts[from.m + 1] ?? Infinity)) from.m++;
      return from.m;
    },
  };
}

/**
 * The row pass's counts per subject in typed columns, set into the tallies at the end. A bureau's year is
 * ~330,000 rows at province scale: counted into tally objects, its days to close pushed onto an array of
 * numbers, a year's report cost the API 60–100 ms of a core (profiled), which the benchmark's browser
 * shares; typed counters and one presized buffer of days, grouped per subject at the end, cost a third.
 */
class RowCounts {
  private readonly violations: Uint32Array;
  private readonly severe: Uint32Array;
  private readonly repeats: Uint32Array;
  private readonly monthsWith: Uint32Array;
  private readonly lastMonth: Int32Array;
  private readonly issues: Uint32Array;
  private readonly reopened: Uint32Array;
  private readonly closed: Uint32Array;
  private readonly closedOnTime: Uint32Array;
  private readonly overdueOpen: Uint32Array;
  private readonly closeDaysTotal: Float64Array;
  /** Days to close of each closed issue counted, and whose they are (a subject's index; with more than one). */
  private days: Float64Array;
  private daysOwner: Uint32Array;
  private closedIssues = 0;
  private readonly v: ViolationTable;
  private readonly repeatFlags: Uint8Array;
  private readonly store: IssueStore;
  private readonly nowMs: number;
  private readonly facts: RowIssueFacts = blankIssueFacts();

  constructor(
    ctx: ServerContext,
    private readonly subjects: number,
    private readonly cursor: ReturnType<typeof monthCursor>,
    private readonly withIssues: boolean,
    /** How many issues the pass may count at most, where known: the buffers never grow then. */
    capacity = 1024,
  ) {
    this.days = new Float64Array(withIssues ? Math.max(capacity, 16) : 0);
    this.daysOwner = new Uint32Array(subjects > 1 ? this.days.length : 0);
    const counter = () => new Uint32Array(subjects);
    [this.violations, this.severe, this.repeats, this.monthsWith] = [counter(), counter(), counter(), counter()];
    [this.issues, this.reopened, this.closed, this.closedOnTime, this.overdueOpen] = [counter(), counter(), counter(), counter(), counter()];
    this.lastMonth = new Int32Array(subjects).fill(-1);
    this.closeDaysTotal = new Float64Array(subjects);
    this.v = ctx.dataset.violations;
    this.repeatFlags = repeatFlags(this.v);
    this.store = ctx.issues;
    this.nowMs = ctx.now().getTime();
  }

  /** Violation row `row` for subject k; `position` is the month cursor of a pass in time order. */
  addRow(k: number, row: number, position: { m: number }): void {
    const time = this.v.time[row] ?? 0;
    const m = this.cursor.at(time, position);
    this.violations[k]! += 1;
    if (this.v.severity[row] === SEVERE) this.severe[k]! += 1;
    if (this.repeatFlags[row] === 1) this.repeats[k]! += 1;
    if (this.lastMonth[k] !== m) {
      this.lastMonth[k] = m;
      this.monthsWith[k]! += 1;
    }
    if (!this.withIssues) return;
    const issue = this.store.rowFacts(row, this.nowMs, this.facts);
    this.addIssue(k, time, issue.closedAt, issue.overdue, issue.reopened);
  }

  /** Rows start..end (a window, in time order), each for the subject `group` gives its zone, if any. */
  addZoneRows(group: Int32Array, start: number, end: number): void {
    const zone = this.v.zone;
    const position = { m: 0 };
    for (let row = start; row < end; row++) {
      const k = group[zone[row] ?? 0] ?? -1;
      if (k >= 0) this.addRow(k, row, position);
    }
  }

  /** Rows of subject k, in time order. */
  addRows(k: number, rows: Uint32Array): void {
    const position = { m: 0 };
    for (const row of rows) this.addRow(k, row, position);
  }

  /** An issue of subject k (a violation row's, or a standalone one); closedAt NaN while open. */
  addIssue(k: number, createdAt: number, closedAt: number, overdue: boolean, reopened: boolean): void {
    this.issues[k]! += 1;
    if (reopened) this.reopened[k]! += 1;
    if (Number.isNaN(closedAt)) {
      if (overdue) this.overdueOpen[k]! += 1;
      return;
    }
    this.closed[k]! += 1;
    if (!overdue) this.closedOnTime[k]! += 1;
    const days = (closedAt - createdAt) / DAY_MS;
    this.closeDaysTotal[k]! += days;
    if (this.closedIssues === this.days.length) {
      const [days, owners] = [new Float64Array(this.days.length * 2), new Uint32Array(this.daysOwner.length * 2)];
      days.set(this.days);
      owners.set(this.daysOwner);
      [this.days, this.daysOwner] = [days, owners];
    }
    if (this.subjects > 1) this.daysOwner[this.closedIssues] = k;
    this.days[this.closedIssues++] = days;
  }

  /** Sets the counted fields of fresh tallies, one per subject. */
  into(out: IndicatorTally[]): void {
    // Each subject's days to close: one subject's are all of them; more are grouped by a counting sort over their owners.
    const offsets = new Uint32Array(this.subjects + 1);
    let grouped = this.days;
    if (this.subjects === 1) offsets[1] = this.closedIssues;
    else {
      for (let i = 0; i < this.closedIssues; i++) offsets[this.daysOwner[i]! + 1]! += 1;
      for (let k = 0; k < this.subjects; k++) offsets[k + 1]! += offsets[k]!;
      grouped = new Float64Array(this.closedIssues);
      const next = offsets.slice(0, this.subjects);
      for (let i = 0; i < this.closedIssues; i++) grouped[next[this.daysOwner[i]!]!++] = this.days[i]!;
    }
    out.forEach((t, k) => {
      t.violations = this.violations[k] ?? 0;
      t.severe = this.severe[k] ?? 0;
      t.repeatViolations = this.repeats[k] ?? 0;
      t.monthsWithViolation = this.monthsWith[k] ?? 0;
      t.issues = this.issues[k] ?? 0;
      t.issuesReopened = this.reopened[k] ?? 0;
      t.issuesClosed = this.closed[k] ?? 0;
      t.issuesClosedOnTime = this.closedOnTime[k] ?? 0;
      t.issuesOverdueOpen = this.overdueOpen[k] ?? 0;
      t.closeDaysTotal = this.closeDaysTotal[k] ?? 0;
      t.closeDays = grouped.subarray(offsets[k], offsets[k + 1]);
    });
  }
}

/**
 * The tallies of `subjects` (all of one level) over the window: one pass over the window's rows for
 * units, branches and zones; each member's circle rows within it for members. Only what `needs` asks
 * for is guaranteed (the expensive parts — circles, work — are skipped otherwise); null: everything.
 */
export function tallies(ctx: ServerContext, level: IndicatorLevel, subjects: readonly Subject[], window: Window, needs: ReadonlySet<TallyField> | null = null): IndicatorTally[] {
  const want = needs ?? ALL_FIELDS;
  const { dataset } = ctx;
  const v = dataset.violations;
  const out = subjects.map(() => emptyTally());
  const [start, end] = rowRange(dataset, window.from, window.to);
  const cursor = monthCursor(window);
  for (const t of out) t.months = cursor.months;

  const withIssues = [...want].some((field) => ISSUE_FIELDS.has(field));

  if (level === 'member') {
    const counts = new RowCounts(ctx, subjects.length, cursor, withIssues);
    subjects.forEach((s, k) => {
      const rows = ctx.circles.rowsWithin(s.person ?? -1, start, end);
      const position = { m: 0 };
      for (const row of rows) counts.addRow(k, row, position);
    });
    counts.into(out);
    return out;
  }

  const group = zoneGroups(ctx, level, subjects);
  const standalone = withIssues ? standaloneIn(ctx, window) : [];
  const [only] = subjects;
  // One subject (a report, the previous window of a comparison): its own rows, not the whole table's.
  const own = subjects.length === 1 && only ? ownRows(ctx, only) : null;
  const ownInWindow = own?.subarray(lowerBoundIndex(own, start), lowerBoundIndex(own, end));
  const counts = new RowCounts(ctx, subjects.length, cursor, withIssues, (ownInWindow?.length ?? end - start) + standalone.length);
  if (ownInWindow) counts.addRows(0, ownInWindow);
  else counts.addZoneRows(group, start, end);
  for (const { issue, facts: issueFacts } of standalone) {
    const k = group[issue.zoneIndex] ?? -1;
    if (k >= 0) counts.addIssue(k, issue.createdAt, issueFacts.closedAt, issueFacts.overdue, issueFacts.reopened);
  }
  counts.into(out);

  const grid = gridFacts(ctx);
  dataset.zones.features.forEach((_, z) => {
    const t = out[group[z] ?? -1];
    if (!t) return;
    t.gridTeams += grid.zoneHasGridTeam[z] ?? 0;
    t.gridTeamsComplete += grid.zoneGridTeamComplete[z] ?? 0;
  });
  grid.tdZone.forEach((z, td) => {
    const t = out[group[z] ?? -1];
    if (!t) return;
    t.transformerDistricts += 1;
    t.transformerDistrictsAssigned += grid.tdAssigned[td] ?? 0;
  });
  const days = daysOf(windowWithinData(ctx, window));
  for (const t of out) t.transformerDistrictYears = districtYears(t.transformerDistricts, days);
  const [fromMonth, toMonth] = [window.from.slice(0, 7), window.to.slice(0, 7)];
  for (const m of dataset.marketing) {
    if (m.month < fromMonth || m.month > toMonth) continue;
    const t = out[group[grid.zoneOfGridTeam.get(m.gridTeamId) ?? -1] ?? -1];
    if (!t) continue;
    t.winOrders += m.winOrders;
    t.winOrdersTarget += m.winOrdersTarget;
    t.winAmountCny += m.winAmountCny;
    t.winAmountTargetCny += m.winAmountTargetCny;
  }

  if (want.has('memberMonths') || want.has('memberMonthsWithoutViolation')) {
    const k = new Map(subjects.map((s, i) => [s.id, i]));
    dataset.people.forEach((p, person) => {
      if (p.kind !== 'member') return;
      const subject =
        level === 'zone'
          ? (group[grid.zoneOfGridTeam.get(p.gridTeamId ?? '') ?? -1] ?? -1)
          : level === 'branch'
            ? (k.get(p.branchId) ?? -1)
            : unitGroup(ctx, k, p.unitId);
      const t = out[subject];
      if (!t) return;
      // The months with a violation in this member's circle (a handful of rows: the circle is small).
      let monthsWith = 0;
      let last = -1;
      const position = { m: 0 };
      for (const row of ctx.circles.rowsWithin(person, start, end)) {
        const m = cursor.at(v.time[row] ?? 0, position);
        if (m !== last) monthsWith += 1;
        last = m;
      }
      t.memberMonths += cursor.months;
      t.memberMonthsWithoutViolation += cursor.months - monthsWith;
    });
  }
  if ((level === 'unit' || level === 'branch') && (want.has('operations') || want.has('workerYears'))) {
    subjects.forEach((s, k) => {
      const work = workTally(ctx, level, s.id, window);
      const t = out[k] as IndicatorTally;
      t.operations = work.operations;
      t.workerYears = work.workerYears;
    });
  }
  return out;
}

/** One subject's tally. */
export function tallyOf(ctx: ServerContext, subject: Subject, window: Window, needs: ReadonlySet<TallyField> | null = null): IndicatorTally {
  return tallies(ctx, subject.level, [subject], window, needs)[0] ?? emptyTally();
}

/** Whether an indicator is shown for a subject of its level: grid-team indicators only where it has grid teams. */
function applies(definition: IndicatorDefinition, tally: IndicatorTally): boolean {
  return tally.gridTeams > 0 || !definition.needs.some((field) => GRID_FIELDS.has(field));
}

// ---------------------------------------------------------------------------------------------------
// Reports

/** What every answer about a subject starts with: who it is and over which window. */
function headOf(subject: Subject, window: Window) {
  return { level: subject.level, id: subject.id, name: subject.name, from: window.from, to: window.to };
}

/** The indicators a subject's report lists: those of its level, grid-team ones only where it has grid teams. */
function shownFor(level: IndicatorLevel, tally: IndicatorTally): IndicatorDefinition[] {
  return indicatorsOfLevel(level).filter((d) => level === 'member' || applies(d, tally));
}

export function indicatorReport(ctx: ServerContext, scope: Scope, level: IndicatorLevel, id: string, window: Window): IndicatorReport {
  const subject = subjectOf(ctx, scope, level, id);
  const tally = tallyOf(ctx, subject, window);
  const indicators = shownFor(level, tally).map((d) => indicatorOf(d, tally, subject, window));
  return { ...headOf(subject, window), indicators };
}

/** Best (or worst) first by the indicator's direction; equal values in id order; null values last. */
function rankingOrder(better: 'higher' | 'lower', order: 'best' | 'worst') {
  const sign = (order === 'best') === (better === 'higher') ? -1 : 1;
  return (a: { child: Subject; value: number | null }, b: { child: Subject; value: number | null }) => {
    if (a.value === null || b.value === null) return a.value === b.value ? byId(a.child, b.child) : a.value === null ? 1 : -1;
    return a.value !== b.value ? sign * (a.value - b.value) : byId(a.child, b.child);
  };
}

export interface RankingQuery {
  level: IndicatorLevel;
  id: string;
  key: IndicatorKey;
  childLevel?: IndicatorLevel | undefined;
  order: 'best' | 'worst';
}

/**
 * The children of a subject ranked by one indicator: best first (order=best, by the indicator's `better`)
 * or worst first; equal values in id order; children without a value (null) last, in id order. Ranks
 * are places, 1..n. Member rankings list names: only over members in the caller's full scope (403).
 */
export function indicatorRanking(ctx: ServerContext, scope: Scope, q: RankingQuery, window: Window): IndicatorRanking {
  const parent = subjectOf(ctx, scope, q.level, q.id);
  const allowed = childLevelsOf(ctx, parent);
  const childLevel = q.childLevel ?? allowed[0];
  if (childLevel === undefined) {
    throw new HttpProblem(400, `Invalid query parameter 'level': a member has nothing under it to rank.`, { errors: [{ name: 'level', reason: 'no children' }] });
  }
  if (!allowed.includes(childLevel)) {
    throw new HttpProblem(400, `Invalid query parameter 'childLevel': under ${q.level} '${q.id}' one may rank ${allowed.join(', ')}.`, {
      errors: [{ name: 'childLevel', reason: `one of ${allowed.join(', ')}` }],
    });
  }
  const definition = indicatorDefinition(q.key);
  if (!definition.levels.includes(childLevel)) {
    throw new HttpProblem(400, `Invalid query parameter 'key': '${q.key}' is not an indicator of level ${childLevel} (it is one of ${definition.levels.join(', ')}).`, {
      errors: [{ name: 'key', reason: `not defined for ${childLevel}` }],
    });
  }
  const children = childrenOf(ctx, parent, childLevel);
  if (childLevel === 'member') {
    const branchOf = (c: Subject) => {
      const person = ctx.dataset.people[c.person ?? -1];
      return person ? ctx.index.branchOfPerson(person) : null;
    };
    if (children.some((c) => !scope.fullOverBranch(branchOf(c) ?? ''))) {
      throw new HttpProblem(403, `A ranking of members lists their names: ${q.level} '${q.id}' has members of branches outside your scope. Rank its zones or branches instead.`);
    }
  }
  const needs = new Set<TallyField>([...definition.needs, 'gridTeams']);
  const tallied = tallies(ctx, childLevel, children, window, needs);
  const better = definition.better;
  const rows = children.map((child, k) => {
    const t = tallied[k] ?? emptyTally();
    const value = childLevel === 'member' || applies(definition, t) ? definition.compute(t) : { value: null, numerator: null, denominator: null };
    const href = recordsHref(definition, child, window);
    const records = INDICATOR_TEXT[definition.key as IndicatorKey].records;
    return { child, ...value, records: href && records ? { href, rows: records.rows } : null };
  });
  rows.sort(rankingOrder(better, q.order));
  const items: RankingItem[] = rows.map((r, i) => ({
    rank: i + 1,
    id: r.child.id,
    name: r.child.name,
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    records: r.records,
  }));
  return {
    level: q.level,
    id: q.id,
    name: parent.name,
    childLevel,
    key: definition.key,
    label: definition.label.zh,
    labelEn: definition.label.en,
    unit: definition.unit,
    better,
    order: q.order,
    from: window.from,
    to: window.to,
    definition: definitionOf(definition, window),
    items,
  };
}

/** The map's violation filters, as /breakdown and /series/monthly take them; absent: no filtering on that dimension. */
export interface RowFilter {
  category?: readonly ViolationCategory[] | undefined;
  severity?: readonly Severity[] | undefined;
  status?: readonly IssueStatus[] | undefined;
  workType?: readonly WorkType[] | undefined;
  overdue?: boolean | undefined;
}

/** The filter as the violation and issue lists' query parameters. */
function queryOfFilter(f: RowFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (f.category) query.category = f.category.join(',');
  if (f.severity) query.severity = f.severity.join(',');
  if (f.workType) query.workType = f.workType.join(',');
  if (f.status) query.status = f.status.join(',');
  if (f.overdue !== undefined) query.overdue = String(f.overdue);
  return query;
}

/** The filter as a test of a violation row; null when it filters nothing. */
function rowTest(ctx: ServerContext, f: RowFilter): ((row: number) => boolean) | null {
  if (!f.category && !f.severity && !f.status && !f.workType && f.overdue === undefined) return null;
  const v = ctx.dataset.violations;
  const categories = codeSet(violationCategories, f.category);
  const severityCodes = codeSet(severities, f.severity);
  const workTypeCodes = codeSet(workTypes, f.workType);
  const statuses = f.status ? new Set<string>(f.status) : null;
  return (row) =>
    (!categories || categories.has(v.category[row] ?? -1)) &&
    (!severityCodes || severityCodes.has(v.severity[row] ?? -1)) &&
    (!workTypeCodes || workTypeCodes.has(v.workType[row] ?? -1)) &&
    (!statuses || statuses.has(ctx.issues.statusOfRow(row))) &&
    (f.overdue === undefined || ctx.issues.isRowOverdue(row) === f.overdue);
}

/** Subjects whose rows were listed lately, per dataset: a level view asks for one subject under many filters. */
const ownRowsCache = new WeakMap<Dataset, Map<string, Uint32Array>>();
const OWN_ROWS_KEPT = 32;

/**
 * All violation rows in a unit's, branch's or zone's grid zones, ascending (time order): one pass over the
 * table, kept for the next request about the same subject (a cross-filter or another window then reads its
 * rows only, a district bureau's share of the table, not all of it).
 */
function ownRows(ctx: ServerContext, subject: Subject): Uint32Array {
  let kept = ownRowsCache.get(ctx.dataset);
  if (!kept) ownRowsCache.set(ctx.dataset, (kept = new Map<string, Uint32Array>()));
  const key = `${subject.level}:${subject.id}`;
  const hit = kept.get(key);
  if (hit) {
    // The most recently used last, so that the oldest goes first.
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const group = zoneGroups(ctx, subject.level, [subject]);
  const zone = ctx.dataset.violations.zone;
  const count = ctx.dataset.violations.count;
  let n = 0;
  for (let row = 0; row < count; row++) if (group[zone[row] ?? 0] === 0) n++;
  const rows = new Uint32Array(n);
  for (let row = 0, k = 0; row < count; row++) if (group[zone[row] ?? 0] === 0) rows[k++] = row;
  kept.set(key, rows);
  if (kept.size > OWN_ROWS_KEPT) kept.delete(kept.keys().next().value ?? '');
  return rows;
}

/**
 * The subject's own rows in the window (a member: their circle's) and its standalone issues (a member has
 * none), filtered: standalone issues have no category, severity or work type, so a filter on any leaves them out.
 */
function subjectRows(ctx: ServerContext, subject: Subject, window: Window, filter: RowFilter = {}): { rows: Iterable<number>; standalone: ReturnType<typeof standaloneIn> } {
  const [start, end] = rowRange(ctx.dataset, window.from, window.to);
  const test = rowTest(ctx, filter);
  if (subject.level === 'member') {
    const circle = ctx.circles.rowsWithin(subject.person ?? -1, start, end);
    return { rows: test ? [...circle].filter(test) : circle, standalone: [] };
  }
  const own = ownRows(ctx, subject);
  const within = own.subarray(lowerBoundIndex(own, start), lowerBoundIndex(own, end));
  let rows: Iterable<number> = within;
  if (test) {
    const passed: number[] = [];
    for (const row of within) if (test(row)) passed.push(row);
    rows = passed;
  }
  if (filter.category || filter.severity || filter.workType) return { rows, standalone: [] };
  const group = zoneGroups(ctx, subject.level, [subject]);
  const standalone = standaloneIn(ctx, window).filter(
    (s) =>
      group[s.issue.zoneIndex] === 0 &&
      (!filter.status || (filter.status as readonly string[]).includes(s.status)) &&
      (filter.overdue === undefined || s.facts.overdue === filter.overdue),
  );
  return { rows, standalone };
}

/**
 * What the level views show beside the trend: violations by category × severity and by work type (with
 * the work done where the subject has operations teams), and the closure funnel with overdue per stage.
 */
export function breakdown(ctx: ServerContext, scope: Scope, level: IndicatorLevel, id: string, window: Window, filter: RowFilter = {}): Breakdown {
  const subject = subjectOf(ctx, scope, level, id);
  const v = ctx.dataset.violations;
  const { rows, standalone } = subjectRows(ctx, subject, window, filter);
  const C = violationCategories.length;
  const S = severities.length;
  const matrix = new Uint32Array(C * S);
  const byType = new Uint32Array(workTypes.length);
  const stage = new Uint32Array(issueStatuses.length);
  const stageOverdue = new Uint32Array(issueStatuses.length);
  let violations = 0;
  const nowMs = ctx.now().getTime();
  const facts: RowIssueFacts = blankIssueFacts();
  for (const row of rows) {
    violations += 1;
    const cell = (v.category[row] ?? 0) * S + (v.severity[row] ?? 0);
    matrix[cell] = (matrix[cell] ?? 0) + 1;
    const w = v.workType[row] ?? 0;
    byType[w] = (byType[w] ?? 0) + 1;
    const s = issueStatuses.indexOf(ctx.issues.statusOfRow(row));
    stage[s] = (stage[s] ?? 0) + 1;
    if (ctx.issues.rowFacts(row, nowMs, facts).overdue) stageOverdue[s] = (stageOverdue[s] ?? 0) + 1;
  }
  for (const { status, facts } of standalone) {
    const s = issueStatuses.indexOf(status);
    stage[s] = (stage[s] ?? 0) + 1;
    if (facts.overdue) stageOverdue[s] = (stageOverdue[s] ?? 0) + 1;
  }
  const work = level === 'unit' || level === 'branch' ? workTally(ctx, level, id, window) : null;
  // Each count's records under the same filters; none where the filter leaves the count's own code out (it is 0).
  const filterQuery = queryOfFilter(filter);
  const violationsHref = (query: Record<string, string>) => listHref('violations', subject, window, { ...filterQuery, ...query });
  const issuesHref = (query: Record<string, string>) => listHref('issues', subject, window, { ...filterQuery, ...query });
  const passes = <T extends string>(picked: readonly T[] | undefined, code: T) => !picked || picked.includes(code);
  const issues = stage.reduce((a, b) => a + b, 0);
  let beyond = 0;
  const atOrBeyond = Array.from(stage).reverse().map((n) => (beyond += n)).reverse();
  return {
    ...headOf(subject, window),
    violations,
    issues,
    matrix: violationCategories.flatMap((category, c) =>
      severities.map((severity, s) => ({
        category,
        severity,
        violations: matrix[c * S + s] ?? 0,
        records: passes(filter.category, category) && passes(filter.severity, severity) ? violationsHref({ category, severity }) : null,
      })),
    ),
    byWorkType: workTypes.map((workType, w) => {
      const operations = work ? work.operationsByWorkType[workType] : null;
      const count = byType[w] ?? 0;
      return {
        workType,
        violations: count,
        operations,
        violationsPer100Operations: operations ? Math.round((count / operations) * 10_000) / 100 : null,
        records: passes(filter.workType, workType) ? violationsHref({ workType }) : null,
      };
    }),
    funnel: issueStatuses.map((status, s) => ({
      status,
      issues: stage[s] ?? 0,
      atOrBeyond: atOrBeyond[s] ?? 0,
      overdue: stageOverdue[s] ?? 0,
      records: passes(filter.status, status) ? issuesHref({ status }) : null,
      overdueRecords: passes(filter.status, status) && filter.overdue !== false ? issuesHref({ status, overdue: 'true' }) : null,
    })),
  };
}

export function monthlySeries(ctx: ServerContext, scope: Scope, level: IndicatorLevel, id: string, window: Window, filter: RowFilter = {}): MonthlyPoint[] {
  const subject = subjectOf(ctx, scope, level, id);
  const { rows, standalone } = subjectRows(ctx, subject, window, filter);
  const v = ctx.dataset.violations;
  const months = monthsBetween(window.from, window.to);
  const monthIndex = monthIndexer(months);
  // Counted into typed columns per month (a cross-filter at 10⁶ rows reads tens of thousands), named at the end.
  const M = months.length;
  const C = violationCategories.length;
  const S = severities.length;
  const violations = new Uint32Array(M);
  const opened = new Uint32Array(M);
  const closed = new Uint32Array(M);
  const byCategory = new Uint32Array(M * C);
  const bySeverity = new Uint32Array(M * S);
  const nowMs = ctx.now().getTime();
  const facts: RowIssueFacts = blankIssueFacts();
  const countClosed = (closedAt: number) => {
    const m = monthIndex(closedAt); // -1 for NaN: not closed
    if (m >= 0) closed[m] = (closed[m] ?? 0) + 1;
  };
  for (const row of rows) {
    const m = monthIndex(v.time[row] ?? 0);
    if (m < 0) continue;
    violations[m] = (violations[m] ?? 0) + 1;
    opened[m] = (opened[m] ?? 0) + 1;
    const c = m * C + (v.category[row] ?? 0);
    byCategory[c] = (byCategory[c] ?? 0) + 1;
    const s = m * S + (v.severity[row] ?? 0);
    bySeverity[s] = (bySeverity[s] ?? 0) + 1;
    if (ctx.issues.rowFacts(row, nowMs, facts).closed) countClosed(facts.closedAt);
  }
  for (const { issue, facts: f } of standalone) {
    const m = monthIndex(issue.createdAt);
    if (m >= 0) opened[m] = (opened[m] ?? 0) + 1;
    countClosed(f.closedAt);
  }
  return months.map((month, m) => ({
    month,
    violations: violations[m] ?? 0,
    byCategory: Object.fromEntries(violationCategories.map((category, c) => [category, byCategory[m * C + c] ?? 0])),
    bySeverity: Object.fromEntries(severities.map((severity, s) => [severity, bySeverity[m * S + s] ?? 0])),
    issuesOpened: opened[m] ?? 0,
    issuesClosed: closed[m] ?? 0,
  }));
}

// ---------------------------------------------------------------------------------------------------
// Comparisons

/** The subject whose children a subject is ranked among (the drill path one step up); null for the bureau. */
export function parentOf(ctx: ServerContext, subject: Subject): Subject | null {
  const { index, dataset } = ctx;
  const unit = (id: string | null | undefined): Subject | null => {
    const u = id ? index.unitById.get(id) : undefined;
    return u ? { level: 'unit', id: u.id, name: u.name } : null;
  };
  const branch = (id: string): Subject | null => {
    const b = index.branchById.get(id);
    return b ? { level: 'branch', id: b.id, name: b.name } : null;
  };
  switch (subject.level) {
    case 'unit':
      return unit(index.unitById.get(subject.id)?.parentId);
    case 'branch':
      return unit(index.branchById.get(subject.id)?.unitId);
    case 'zone':
      return branch(dataset.zones.features[index.zoneIndexById.get(subject.id) ?? -1]?.properties.branchId ?? '');
    case 'member': {
      // A gridder is one of their zone's four; any other member is one of their branch's.
      const person = dataset.people[subject.person ?? -1];
      if (!person || person.kind !== 'member') return null;
      const z = person.gridTeamId ? gridFacts(ctx).zoneOfGridTeam.get(person.gridTeamId) : undefined;
      const zone = z === undefined ? undefined : dataset.zones.features[z];
      return zone ? { level: 'zone', id: String(zone.id), name: zone.properties.name } : branch(person.branchId);
    }
  }
}

/**
 * Each indicator of a subject's report beside its value over the previous window of the same length,
 * the mean of its siblings' values (the parent's children at its level) and its place among them. The
 * siblings' values carry no names: a member's rank is answered wherever the member is.
 */
export function indicatorComparison(ctx: ServerContext, scope: Scope, level: IndicatorLevel, id: string, window: Window): IndicatorComparison {
  const subject = subjectOf(ctx, scope, level, id);
  const tally = tallyOf(ctx, subject, window);
  const prior = previousWindow(window);
  const complete = prior.from >= datasetExtent(ctx.dataset.meta.asOf).from;
  const priorTally = complete ? tallyOf(ctx, subject, prior) : null;
  const parent = parentOf(ctx, subject);
  const siblings = parent ? childrenOf(ctx, parent, level) : [];
  const siblingTallies = tallies(ctx, level, siblings, window);
  const items = shownFor(level, tally).map((d) => {
    const value = d.compute(tally).value;
    const rows = siblings.map((child, k) => {
      const t = siblingTallies[k] ?? emptyTally();
      return { child, value: level === 'member' || applies(d, t) ? d.compute(t).value : null };
    });
    const known = rows.map((r) => r.value).filter((v): v is number => v !== null);
    rows.sort(rankingOrder(d.better, 'best'));
    const place = rows.findIndex((r) => r.child.id === subject.id);
    return {
      key: d.key,
      value,
      previous: priorTally ? d.compute(priorTally).value : null,
      siblingAverage: known.length > 0 ? Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 100) / 100 : null,
      rank: value !== null && place >= 0 ? place + 1 : null,
    };
  });
  return {
    ...headOf(subject, window),
    previous: { ...prior, complete },
    parent: parent ? { level: parent.level, id: parent.id, name: parent.name } : null,
    siblings: siblings.length,
    items,
  };
}

