import type { IssueAction, IssueStatus } from '../../src/api/schemas/enums';
import { issueStatuses } from '../../src/api/schemas/enums';
import type { IssueHistoryEntry } from '../../src/api/schemas/issues';
import { datasetIndex } from './dataset-index';
import type { Dataset } from './model';
import { hostile } from './names';
import { Rng, hashString, mixSeed } from './prng';
import { DAY_MS, HOUR_MS, shanghaiDayStart, toShanghaiIso } from './shanghai-time';

// The closure loop of an issue is a pure function of (seed, row, creation time, deadline class, asOf):
// the generator stores its outcome in columns, and the history is re-derived on demand from the same
// stream, so the two can never disagree and a million histories need no memory.

/** Deadline in days by severity index (general, serious, severe). */
export const DEADLINE_DAYS_BY_SEVERITY = [30, 15, 7] as const;
export const STREAM_VIOLATION_ISSUE = 0x15511e;
export const STREAM_STANDALONE_ISSUE = 0x57a4d;

export type ActorRole = 'finder' | 'secretary' | 'assignee' | 'verifier';

export interface TimelineEvent {
  at: number;
  action: IssueAction | 'create';
  from: IssueStatus | null;
  to: IssueStatus;
  actor: ActorRole;
}

export interface IssueTimeline {
  events: TimelineEvent[];
  status: IssueStatus;
  /** End of the deadline day, Asia/Shanghai, epoch ms. */
  deadline: number;
  closedAt: number;
  reopened: boolean;
  /** Uniform draws used to choose the people playing each role. */
  picks: { finder: number; assignee: number; verifier: number };
}

export function deadlineOf(createdAt: number, days: number): number {
  return shanghaiDayStart(createdAt) + (days + 1) * DAY_MS - 1;
}

export function issueTimeline(stream: number, createdAt: number, deadlineDays: number, asOf: number): IssueTimeline {
  const rng = new Rng(stream);
  // Every draw happens unconditionally and in a fixed order, so the stream is stable.
  const picks = { finder: rng.next(), assignee: rng.next(), verifier: rng.next() };
  const stuck = rng.chance(0.02);
  const late = rng.chance(0.1);
  const uDays = rng.next();
  const f1 = rng.range(0.01, 0.06);
  const f2 = rng.range(0.08, 0.25);
  const f3 = rng.range(0.55, 0.85);
  const rejected = rng.chance(0.1);
  const reopen = rng.chance(0.05);
  const reopenAfter = rng.range(1, 12) * DAY_MS;
  const second = rng.range(2, 12) * DAY_MS;

  const days = stuck
    ? deadlineDays * (3 + 12 * uDays)
    : late
      ? deadlineDays * (1.1 + 1.1 * uDays)
      : deadlineDays * (0.12 + 0.8 * uDays);
  const total = days * DAY_MS;
  const c = createdAt;
  const events: TimelineEvent[] = [{ at: c, action: 'create', from: null, to: 'found', actor: 'finder' }];
  const push = (at: number, action: IssueAction, from: IssueStatus, to: IssueStatus, actor: ActorRole) =>
    events.push({ at, action, from, to, actor });
  push(c + f1 * total, 'assign', 'found', 'assigned', 'secretary');
  push(c + f2 * total, 'start', 'assigned', 'rectifying', 'assignee');
  if (rejected) {
    push(c + f3 * total, 'submit', 'rectifying', 'awaiting_verification', 'assignee');
    push(c + (f3 + (1 - f3) * 0.35) * total, 'reject', 'awaiting_verification', 'rectifying', 'verifier');
    push(c + (f3 + (1 - f3) * 0.7) * total, 'submit', 'rectifying', 'awaiting_verification', 'assignee');
  } else {
    push(c + f3 * total, 'submit', 'rectifying', 'awaiting_verification', 'assignee');
  }
  const closed = c + total;
  push(closed, 'verify', 'awaiting_verification', 'closed', 'verifier');
  if (reopen) {
    const r = closed + reopenAfter;
    push(r, 'reopen', 'closed', 'assigned', 'secretary');
    push(r + 0.15 * second, 'start', 'assigned', 'rectifying', 'assignee');
    push(r + 0.7 * second, 'submit', 'rectifying', 'awaiting_verification', 'assignee');
    push(r + second, 'verify', 'awaiting_verification', 'closed', 'verifier');
  }
  // Whole seconds, strictly increasing, and nothing after the dataset's "now".
  let prev = -Infinity;
  const kept: TimelineEvent[] = [];
  for (const e of events) {
    const when = e.action === 'create' ? e.at : inOfficeHours(e.at);
    const at = Math.max(Math.floor(when / 1000) * 1000, prev + 1000);
    if (kept.length > 0 && at > asOf) break;
    e.at = Math.min(at, Math.max(asOf, c));
    kept.push(e);
    prev = e.at;
  }
  const last = kept[kept.length - 1] as TimelineEvent;
  return {
    events: kept,
    status: last.to,
    deadline: deadlineOf(createdAt, deadlineDays),
    closedAt: last.to === 'closed' ? last.at : Number.NaN,
    reopened: kept.some((e) => e.action === 'reopen'),
    picks,
  };
}

/** Moves a night-time instant into office hours (08:00–12:00 after a short night, 08:00–12:00 next day after 20:00). */
function inOfficeHours(t: number): number {
  const day = shanghaiDayStart(t);
  const h = (t - day) / HOUR_MS;
  if (h < 8) return day + (8 + h / 2) * HOUR_MS;
  if (h >= 20) return day + DAY_MS + (8 + (h - 20)) * HOUR_MS;
  return t;
}

export interface IssueActors {
  finder: number;
  secretary: number;
  assignee: number;
  verifier: number;
}

const pickFrom = (list: readonly number[], u: number, fallback: number) =>
  list.length ? (list[Math.floor(u * list.length)] as number) : fallback;

/** People (indexes) who play each role for an issue in a zone, worked by a team. */
export function resolveActors(
  dataset: Dataset,
  picks: IssueTimeline['picks'],
  zone: number,
  team: number,
): IssueActors {
  const ix = datasetIndex(dataset);
  const branch = ix.zoneBranch[zone] ?? 0;
  const secretary = ix.branchSecretary[branch] ?? 0;
  const committee = ix.branchCommittee[branch] ?? [];
  const teamMembers = team >= 0 ? (ix.teamMembers[team] ?? []) : (ix.zoneGridders[zone] ?? []);
  return {
    finder: pickFrom(ix.zoneGridders[zone] ?? [], picks.finder, secretary),
    secretary,
    assignee: pickFrom(teamMembers, picks.assignee, pickFrom(committee, picks.assignee, secretary)),
    verifier: pickFrom(committee.length > 1 ? committee.slice(1) : committee, picks.verifier, secretary),
  };
}

const comments: Record<TimelineEvent['action'], string[]> = {
  create: ['现场检查发现违章，已登记', '安全督查发现问题，录入系统', '网格巡查发现，拍照留证'],
  assign: ['请于整改期限内完成整改', '指派责任人整改，支部跟踪督办', '已派单，请按期闭环'],
  start: ['已开始整改', '组织班组学习并落实整改措施', '已到现场开展整改'],
  submit: ['整改完成，提交验收', '整改措施已落实，申请复核', '已整改，附整改前后照片'],
  verify: ['现场复核合格，问题闭环', '验收通过，予以销号', '复查合格，闭环'],
  reject: ['整改不到位，退回重新整改', '复核不合格，请补充整改措施'],
  reopen: ['复查发现问题复发，重新打开', '回头看发现整改不彻底，重新打开'],
};

export function historyEntries(
  dataset: Dataset,
  timeline: IssueTimeline,
  actors: IssueActors,
  hostileKey: number,
): IssueHistoryEntry[] {
  return timeline.events.map((e, i) => {
    const person = dataset.people[actors[e.actor]];
    const options = comments[e.action];
    let comment = options[(hostileKey + i) % options.length] as string;
    if (dataset.meta.hostile && (hostileKey + i) % 7 === 0) comment = hostile(comment, hostileKey + i);
    return {
      at: toShanghaiIso(e.at),
      action: e.action,
      from: e.from,
      to: e.to,
      actorId: person?.id ?? '',
      actorName: person?.name ?? '',
      comment,
      version: i + 1,
    };
  });
}

const seedHashes = new WeakMap<Dataset, number>();
export function seedHashOf(dataset: Dataset): number {
  let h = seedHashes.get(dataset);
  if (h === undefined) seedHashes.set(dataset, (h = hashString(dataset.meta.seed)));
  return h;
}

export function violationIssueTimeline(dataset: Dataset, row: number): IssueTimeline {
  const v = dataset.violations;
  if (!Number.isInteger(row) || row < 0 || row >= v.count) throw new RangeError(`no violation row ${row}`);
  return issueTimeline(
    mixSeed(seedHashOf(dataset), STREAM_VIOLATION_ISSUE, row),
    v.time[row] as number,
    DEADLINE_DAYS_BY_SEVERITY[v.severity[row] as 0 | 1 | 2],
    Date.parse(dataset.meta.asOf),
  );
}

/**
 * The history of the issue born from violation row `row`, as generated (before any API write):
 * create, assign, start, submit, verify, reject / reopen…, versions 1..n, in time order, ending in the
 * status held in the issueStatus column.
 */
export function issueHistoryOfViolationRow(dataset: Dataset, row: number): IssueHistoryEntry[] {
  const v = dataset.violations;
  const timeline = violationIssueTimeline(dataset, row);
  const actors = resolveActors(dataset, timeline.picks, v.zone[row] as number, v.team[row] as number);
  return historyEntries(dataset, timeline, actors, row);
}

export function statusIndex(status: IssueStatus): number {
  return issueStatuses.indexOf(status);
}
