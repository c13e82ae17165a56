import type { Dataset, StandaloneIssue } from '../dataset/model';
import type { Issue, IssueDetail, IssueHistoryEntry } from '../../src/api/schemas/issues';
import type { IssueAction, IssueStatus } from '../../src/api/schemas/enums';
import { issueStatuses, severities, violationCategories } from '../../src/api/schemas/enums';
import { ISSUE_TRANSITIONS } from '../../src/api/issue-workflow';
import { issueIdOfViolationRow, violationIdOf, violationRowOfIssueId } from '../../src/api/violation-columns';
import { issueHistoryOfViolationRow } from '../dataset/issues';
import type { DatasetIndex } from './dataset-index';
import { DAY_MS, dayOf, instantOf } from './time';

/** The closure loop: each action moves an issue from one state to the next (the table the client reads too). */
export const transitions = ISSUE_TRANSITIONS;

/** One write, as stored in the journal and replayed on start. */
export interface TransitionRecord {
  seq: number;
  issueId: string;
  action: IssueAction;
  from: IssueStatus;
  to: IssueStatus;
  at: number;
  actorId: string;
  actorName: string;
  comment: string;
  assigneeId: string | null;
  /** The new deadline (end of its day, Asia/Shanghai, epoch ms) set by assign or reopen; absent or null: unchanged. */
  deadline?: number | null;
  version: number;
}

/** What the API has changed about one issue, laid over the generated state. */
interface Overlay {
  status: IssueStatus;
  closedAt: number | null;
  assigneeId: string | null;
  /** null: the generated deadline. */
  deadline: number | null;
  version: number;
  added: IssueHistoryEntry[];
}

/** See IssueStore.rowFacts. */
export interface RowIssueFacts {
  closed: boolean;
  /** NaN while not closed: a number either way, so that a pass over 10⁶ rows allocates nothing. */
  closedAt: number;
  overdue: boolean;
  reopened: boolean;
}

/** Facts to fill in, one object per pass. */
export const blankIssueFacts = (): RowIssueFacts => ({ closed: false, closedAt: Number.NaN, overdue: false, reopened: false });

const CLOSED = issueStatuses.indexOf('closed');

export type IssueRef = { kind: 'violation'; row: number } | { kind: 'standalone'; issue: StandaloneIssue };

const categoryTitles: Record<string, string> = { behaviour: '行为违章', equipment: '装置违章', management: '管理违章' };

export class IssueStore {
  private readonly overlays = new Map<string, Overlay>();
  /** The same overlays of violation issues by row: list scans look rows up without building ids. */
  private readonly rowOverlays = new Map<number, Overlay>();
  private readonly standaloneById: Map<string, StandaloneIssue>;
  /** Number of writes applied since the dataset was generated. */
  journalVersion = 0;

  /**
   * What every issue's state depends on, for ETags and caches: the writes, and the calendar day
   * (deadlines end at midnight Asia/Shanghai, so `overdue` and `daysOverdue` change then, unwritten).
   */
  stateKey(): string {
    return `${this.journalVersion}@${dayOf(this.now().getTime())}`;
  }

  constructor(
    private readonly dataset: Dataset,
    private readonly index: DatasetIndex,
    private readonly now: () => Date,
  ) {
    this.standaloneById = new Map(dataset.standaloneIssues.map((i) => [i.id, i]));
  }

  get total(): number {
    return this.dataset.violations.count + this.dataset.standaloneIssues.length;
  }

  locate(id: string): IssueRef | null {
    const row = violationRowOfIssueId(id);
    if (row !== null) return row < this.dataset.violations.count && issueIdOfViolationRow(row) === id ? { kind: 'violation', row } : null;
    const issue = this.standaloneById.get(id);
    return issue ? { kind: 'standalone', issue } : null;
  }

  statusOfRow(row: number): IssueStatus {
    const overlay = this.rowOverlays.get(row);
    return overlay ? overlay.status : (issueStatuses[this.dataset.violations.issueStatus[row] ?? 0] ?? 'found');
  }

  closedAtOfRow(row: number): number | null {
    const overlay = this.rowOverlays.get(row);
    if (overlay) return overlay.closedAt;
    const closedAt = this.dataset.violations.issueClosedAt[row] ?? Number.NaN;
    return Number.isNaN(closedAt) ? null : closedAt;
  }

  /** Overdue: open past its deadline, or closed after it. */
  overdueOf(deadline: number, status: IssueStatus, closedAt: number | null): { overdue: boolean; daysOverdue: number } {
    const reference = status === 'closed' ? (closedAt ?? deadline) : this.now().getTime();
    const late = reference - deadline;
    return late > 0 ? { overdue: true, daysOverdue: Math.ceil(late / DAY_MS) } : { overdue: false, daysOverdue: 0 };
  }

  /**
   * What tallies need of violation row `row`'s issue, written into `out` (no issue is built, nothing is
   * allocated): the same status, closing time, overdue flag (as overdueOf, at `nowMs`) and reopening as
   * the issue itself shows.
   */
  rowFacts(row: number, nowMs: number, out: RowIssueFacts): RowIssueFacts {
    // Most rows were never written: no lookup at all until something has been.
    const overlay = this.rowOverlays.size === 0 ? undefined : this.rowOverlays.get(row);
    const v = this.dataset.violations;
    const closed = overlay ? overlay.status === 'closed' : v.issueStatus[row] === CLOSED;
    const closedAt = !closed ? Number.NaN : overlay ? (overlay.closedAt ?? Number.NaN) : (v.issueClosedAt[row] ?? Number.NaN);
    const deadline = overlay?.deadline ?? v.issueDeadline[row] ?? 0;
    out.closedAt = closedAt;
    out.closed = closed;
    out.overdue = (closed ? (Number.isNaN(closedAt) ? deadline : closedAt) : nowMs) - deadline > 0;
    out.reopened = v.issueReopened[row] === 1 || (overlay?.added.some((e) => e.action === 'reopen') ?? false);
    return out;
  }

  /** rowFacts of a standalone issue; its closing time to the second, as the issue shows it. */
  standaloneFacts(issue: StandaloneIssue, nowMs: number, out: RowIssueFacts): RowIssueFacts {
    const overlay = this.overlays.get(issue.id);
    const status = overlay?.status ?? issue.status;
    const closedAt = overlay ? overlay.closedAt : issue.closedAt;
    const deadline = overlay?.deadline ?? issue.deadline;
    out.closed = status === 'closed';
    out.closedAt = out.closed && closedAt !== null ? Math.floor(closedAt / 1000) * 1000 : Number.NaN;
    out.overdue = (out.closed ? (closedAt ?? deadline) : nowMs) - deadline > 0;
    out.reopened = this.isReopened({ kind: 'standalone', issue });
    return out;
  }

  /** Whether the issue of violation row `row` was ever reopened after being closed (generated, or by a write). */
  isRowReopened(row: number): boolean {
    if (this.dataset.violations.issueReopened[row] === 1) return true;
    return this.rowOverlays.get(row)?.added.some((e) => e.action === 'reopen') ?? false;
  }

  /** Whether the issue was ever reopened after being closed. */
  isReopened(ref: IssueRef): boolean {
    if (ref.kind === 'violation') return this.isRowReopened(ref.row);
    if (ref.issue.history.some((e) => e.action === 'reopen')) return true;
    return this.overlays.get(ref.issue.id)?.added.some((e) => e.action === 'reopen') ?? false;
  }

  isRowOverdue(row: number): boolean {
    return this.overdueOf(this.deadlineOfRow(row), this.statusOfRow(row), this.closedAtOfRow(row)).overdue;
  }

  /** End of the deadline day of violation row `row`'s issue: the last write's, or the generated one. */
  deadlineOfRow(row: number): number {
    return this.rowOverlays.get(row)?.deadline ?? this.dataset.violations.issueDeadline[row] ?? 0;
  }

  /** The issue with its history, names unmasked: callers mask per scope. */
  detail(ref: IssueRef): IssueDetail {
    return ref.kind === 'violation' ? this.violationIssue(ref.row, true) : this.standaloneIssue(ref.issue, true);
  }

  summary(ref: IssueRef): Issue {
    const { history: _history, ...issue } = ref.kind === 'violation' ? this.violationIssue(ref.row, false) : this.standaloneIssue(ref.issue, false);
    return issue;
  }

  idOf(ref: IssueRef): string {
    return ref.kind === 'violation' ? issueIdOfViolationRow(ref.row) : ref.issue.id;
  }

  /** Current status and version, cheap enough for write checks. */
  stateOf(ref: IssueRef): { status: IssueStatus; version: number } {
    const overlay = this.overlays.get(this.idOf(ref));
    if (overlay) return { status: overlay.status, version: overlay.version };
    if (ref.kind === 'standalone') return { status: ref.issue.status, version: ref.issue.history.length };
    return { status: this.statusOfRow(ref.row), version: this.generatedVersion(ref.row) };
  }

  /** Applies a write (live or replayed). The caller has checked it against stateOf. */
  apply(record: TransitionRecord): void {
    const ref = this.locate(record.issueId);
    if (!ref) throw new Error(`journal names an unknown issue ${record.issueId}`);
    const state = this.stateOf(ref);
    if (state.status !== record.from || state.version + 1 !== record.version) {
      throw new Error(`journal entry ${record.seq} does not follow issue ${record.issueId} (at ${state.status} v${state.version})`);
    }
    const previous = this.overlays.get(record.issueId);
    const base = previous ?? this.baseOverlay(ref);
    const closedAt = record.to === 'closed' ? record.at : record.action === 'reopen' ? null : base.closedAt;
    const assigneeId = record.assigneeId ?? base.assigneeId;
    const next: Overlay = {
      status: record.to,
      closedAt,
      assigneeId,
      deadline: record.deadline ?? base.deadline,
      version: record.version,
      added: [
        ...base.added,
        {
          at: instantOf(record.at),
          action: record.action,
          from: record.from,
          to: record.to,
          actorId: record.actorId,
          actorName: record.actorName,
          comment: record.comment,
          version: record.version,
        },
      ],
    };
    this.overlays.set(record.issueId, next);
    if (ref.kind === 'violation') this.rowOverlays.set(ref.row, next);
    this.journalVersion += 1;
  }

  private baseOverlay(ref: IssueRef): Overlay {
    if (ref.kind === 'standalone') {
      const i = ref.issue;
      return { status: i.status, closedAt: i.closedAt, assigneeId: i.assigneeId, deadline: null, version: i.history.length, added: [] };
    }
    return {
      status: this.statusOfRow(ref.row),
      closedAt: this.closedAtOfRow(ref.row),
      assigneeId: this.generatedAssignee(ref.row),
      deadline: null,
      version: this.generatedVersion(ref.row),
      added: [],
    };
  }

  /** The generated issue's version: its number of history entries (the column, or the history itself). */
  private generatedVersion(row: number): number {
    const column = this.dataset.violations.issueVersion;
    return column ? (column[row] ?? 1) : issueHistoryOfViolationRow(this.dataset, row).length;
  }

  /** The generated issue's assignee (none while only found). */
  private generatedAssignee(row: number): string | null {
    const person = this.dataset.violations.issueAssignee?.[row] ?? -1;
    return person >= 0 ? (this.dataset.people[person]?.id ?? null) : null;
  }

  private personName(id: string | null): string | null {
    if (!id) return null;
    const i = this.index.personIndexById.get(id);
    return i === undefined ? null : (this.dataset.people[i]?.name ?? null);
  }

  private violationIssue(row: number, withHistory: boolean): IssueDetail {
    const v = this.dataset.violations;
    const id = issueIdOfViolationRow(row);
    const overlay = this.overlays.get(id);
    const zone = this.dataset.zones.features[v.zone[row] ?? -1];
    const status = overlay?.status ?? this.statusOfRow(row);
    const closedAt = overlay ? overlay.closedAt : this.closedAtOfRow(row);
    const deadline = overlay?.deadline ?? v.issueDeadline[row] ?? 0;
    const assigneeId = overlay ? overlay.assigneeId : this.generatedAssignee(row);
    const generated = withHistory ? issueHistoryOfViolationRow(this.dataset, row) : [];
    const category = violationCategories[v.category[row] ?? 0] ?? 'behaviour';
    const description = this.dataset.violationDescriptions[v.description[row] ?? 0] ?? '';
    return {
      id,
      source: 'violation',
      severity: severities[v.severity[row] ?? 0] ?? 'general',
      title: `${categoryTitles[category] ?? '违章'}整改：${description}`.slice(0, 200),
      description,
      position: [v.lon[row] ?? 0, v.lat[row] ?? 0],
      unitId: zone?.properties.unitId ?? '',
      branchId: zone?.properties.branchId ?? '',
      zoneId: zone?.id ?? '',
      violationId: violationIdOf(row),
      status,
      createdAt: instantOf(v.time[row] ?? 0),
      deadline: dayOf(deadline),
      closedAt: closedAt === null ? null : instantOf(closedAt),
      assigneeId,
      assigneeName: this.personName(assigneeId),
      ...this.overdueOf(deadline, status, closedAt),
      version: overlay?.version ?? this.generatedVersion(row),
      history: withHistory ? [...generated, ...(overlay?.added ?? [])] : [],
    };
  }

  private standaloneIssue(issue: StandaloneIssue, withHistory: boolean): IssueDetail {
    const overlay = this.overlays.get(issue.id);
    const zone = this.dataset.zones.features[issue.zoneIndex];
    const status = overlay?.status ?? issue.status;
    const closedAt = overlay ? overlay.closedAt : issue.closedAt;
    const assigneeId = overlay ? overlay.assigneeId : issue.assigneeId;
    const deadline = overlay?.deadline ?? issue.deadline;
    return {
      id: issue.id,
      source: issue.source,
      severity: null,
      title: issue.title,
      description: issue.description,
      position: issue.position,
      unitId: zone?.properties.unitId ?? '',
      branchId: zone?.properties.branchId ?? '',
      zoneId: zone?.id ?? '',
      violationId: null,
      status,
      createdAt: instantOf(issue.createdAt),
      deadline: dayOf(deadline),
      closedAt: closedAt === null ? null : instantOf(closedAt),
      assigneeId,
      assigneeName: this.personName(assigneeId),
      ...this.overdueOf(deadline, status, closedAt),
      version: overlay?.version ?? issue.history.length,
      history: withHistory ? [...issue.history, ...(overlay?.added ?? [])] : [],
    };
  }
}
