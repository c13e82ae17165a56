import type { Dataset, StandaloneIssue } from '../../mock-api/dataset/model';
import { allocateTable } from '../../mock-api/dataset/violations';
import { allocateWork } from '../../mock-api/dataset/work';
import { issueStatuses, severities, violationCategories, workTypes } from '../../src/api/schemas/enums';
import type { IssueStatus, Severity, ViolationCategory, WorkType } from '../../src/api/schemas/enums';
import { makeApiDataset } from './api-dataset';

/*
 * A dataset small enough to compute every indicator by hand: the organisation of makeApiDataset (two
 * district bureaus, Huangpu U-440112 and Nansha U-440115, two branches each, one zone per branch, a
 * "4+N" grid team of four gridders and two staff, an operations team of the branch's five members), with
 * the violations, issues, work and marketing below written out row by row. Every number in the tests
 * that use it can be checked against these lists.
 *
 * Zones (index: id, branch, operations team index): 0 Z-440112-01 B-440112-01 team 1 · 1 Z-440112-02
 * B-440112-02 team 3 · 2 Z-440115-01 B-440115-01 team 5 · 3 Z-440115-02 B-440115-02 team 7.
 * Transformer districts TD-z-0 and TD-z-1 (index 2z and 2z+1) in zone z.
 *
 * People (index: id): each branch's members 1–5 then its staff 1–2, seven a branch in zone order (zone z's
 * branch: members 7z…7z+4, staff 7z+5 and 7z+6). The liaison chain (党员身边): in Huangpu 01, member 3
 * liaises with staff 1, and committee member 2 with member 3; so member 3's circle is their own
 * violations and staff 1's, member 2's their own and member 3's, everyone else's their own.
 */

export const INDICATOR_AS_OF = '2026-09-30T17:00:00+08:00';
/** The clock of the tests: the morning after, so deadlines up to 30 September have passed. */
export const INDICATOR_NOW = new Date('2026-10-01T10:00:00+08:00');
/** The window the tests use: the third quarter of 2026 (92 days). */
export const Q3 = { from: '2026-07-01', to: '2026-09-30' };

const at = (instant: string) => Date.parse(instant);
/** End of a calendar day in Asia/Shanghai, as the generator's deadlines are. */
const endOf = (day: string) => Date.parse(`${day}T23:59:59.999+08:00`);

export interface HandRow {
  time: string;
  zone: number;
  category: ViolationCategory;
  severity: Severity;
  workType: WorkType;
  /** Transformer district index, -1 along a feeder. */
  td: number;
  /** The violation item (description index). */
  item: number;
  /** Who broke the rule: a person index (see above), or -1 for a contractor worker. */
  person: number;
  status: IssueStatus;
  deadline: string;
  closedAt?: string;
  reopened?: boolean;
}

/** In time order. Rows 0 and 1 lie before Q3 (row 1 makes row 2 a repeat across the window's start). */
export const HAND_ROWS: HandRow[] = [
  // 0: zone 1, before Q3 — zone 1 has nothing in Q3. By Huangpu 02's secretary.
  { time: '2026-05-01T10:00:00+08:00', zone: 1, person: 7, category: 'behaviour', severity: 'general', workType: 'patrol', td: 2, item: 0, status: 'closed', deadline: '2026-05-10', closedAt: '2026-05-03T10:00:00+08:00' },
  // 1: zone 0, before Q3. By member 3 of Huangpu 01.
  { time: '2026-06-20T10:00:00+08:00', zone: 0, person: 2, category: 'behaviour', severity: 'general', workType: 'patrol', td: 0, item: 0, status: 'closed', deadline: '2026-07-05', closedAt: '2026-06-25T10:00:00+08:00' },
  // 2: repeat (same team, same site, same item 15 days after row 1); closed in 5 days, on time. By member 3.
  { time: '2026-07-05T09:00:00+08:00', zone: 0, person: 2, category: 'behaviour', severity: 'severe', workType: 'maintenance', td: 0, item: 0, status: 'closed', deadline: '2026-07-15', closedAt: '2026-07-10T09:00:00+08:00' },
  // 3: not a repeat (another item, another site); closed in 20 days, after its deadline; reopened once on the way. By a contractor worker.
  { time: '2026-07-10T14:00:00+08:00', zone: 0, person: -1, category: 'equipment', severity: 'serious', workType: 'switching', td: 1, item: 1, status: 'closed', deadline: '2026-07-20', closedAt: '2026-07-30T14:00:00+08:00', reopened: true },
  // 4: not a repeat (the team's last item 0 was row 2, 41 days before; along a feeder); open, overdue. By staff 1 (member 3 liaises with them).
  { time: '2026-08-15T08:00:00+08:00', zone: 0, person: 5, category: 'management', severity: 'general', workType: 'patrol', td: -1, item: 0, status: 'found', deadline: '2026-08-25' },
  // 5: repeat (same team, same item 5 days after row 4); open, not yet due. By Huangpu 01's secretary (member 1).
  { time: '2026-08-20T08:00:00+08:00', zone: 0, person: 0, category: 'behaviour', severity: 'general', workType: 'patrol', td: 0, item: 0, status: 'rectifying', deadline: '2026-10-20' },
  // 6: Nansha zone 2; closed in 3 days, on time. By a contractor worker.
  { time: '2026-09-01T10:00:00+08:00', zone: 2, person: -1, category: 'behaviour', severity: 'severe', workType: 'construction', td: 4, item: 2, status: 'closed', deadline: '2026-09-10', closedAt: '2026-09-04T10:00:00+08:00' },
  // 7: Nansha zone 3; awaiting verification, overdue. By Nansha 02's secretary.
  { time: '2026-09-10T10:00:00+08:00', zone: 3, person: 21, category: 'management', severity: 'serious', workType: 'live_work', td: 6, item: 1, status: 'awaiting_verification', deadline: '2026-09-20' },
];

function standalone(id: string, zoneIndex: number, created: string, deadline: string, status: IssueStatus, closedAt: string | null): StandaloneIssue {
  return {
    id,
    source: 'public_safety_hazard',
    title: '树线矛盾隐患',
    description: '网格员巡视发现',
    position: [113.46, 23.11],
    zoneIndex,
    createdAt: at(created),
    deadline: endOf(deadline),
    status,
    closedAt: closedAt === null ? null : at(closedAt),
    assigneeId: null,
    history: [{ at: created, action: 'create', from: null, to: 'found', actorId: 'system', actorName: '系统', comment: '巡视发现', version: 1 }],
  };
}

export function makeIndicatorDataset(): Dataset {
  const d = makeApiDataset({ violations: 0, asOf: INDICATOR_AS_OF });

  // Violations and their issues, exactly as listed.
  const v = allocateTable(HAND_ROWS.length);
  HAND_ROWS.forEach((r, row) => {
    v.time[row] = at(r.time);
    v.lon[row] = 113.46;
    v.lat[row] = 23.11;
    v.category[row] = violationCategories.indexOf(r.category);
    v.severity[row] = severities.indexOf(r.severity);
    v.workType[row] = workTypes.indexOf(r.workType);
    v.zone[row] = r.zone;
    v.team[row] = r.zone * 2 + 1;
    v.person[row] = r.person;
    v.transformerDistrict[row] = r.td;
    v.feeder[row] = r.td < 0 ? r.zone : -1;
    v.description[row] = r.item;
    v.issueStatus[row] = issueStatuses.indexOf(r.status);
    v.issueDeadline[row] = endOf(r.deadline);
    v.issueClosedAt[row] = r.closedAt ? at(r.closedAt) : Number.NaN;
    v.issueReopened[row] = r.reopened ? 1 : 0;
    v.issueAssignee?.set([-1], row);
    v.issueVersion?.set([1], row);
  });
  d.violations = v;
  d.meta.counts = { ...d.meta.counts, violations: HAND_ROWS.length };

  // Standalone issues: one closed in 2 days (on time) in zone 0, one open and overdue in zone 1.
  d.standaloneIssues = [
    standalone('IS-0-0', 0, '2026-07-20T10:00:00+08:00', '2026-07-30', 'closed', '2026-07-22T10:00:00+08:00'),
    standalone('IS-1-0', 1, '2026-09-15T10:00:00+08:00', '2026-09-25', 'found', null),
  ];

  // The liaison chain of Huangpu 01 (see above).
  const member = (id: string) => {
    const p = d.people.find((q) => q.id === id);
    if (p?.kind !== 'member') throw new Error(`factory lacks member ${id}`);
    return p;
  };
  member('M-440112-01-3').liaisonIds.push('S-440112-01-1');
  member('M-440112-01-2').liaisonIds.push('M-440112-01-3');

  // Nansha's second grid team has no staff: not a complete "4+N" team.
  const incomplete = d.teams.find((t) => t.id === 'T-440115-02-G');
  if (!incomplete) throw new Error('factory lacks T-440115-02-G');
  for (const p of d.people) if (p.kind === 'staff' && incomplete.staffIds.includes(p.id)) p.gridTeamId = null;
  incomplete.staffIds = [];
  // Transformer district TD-1-1 (Huangpu's second zone) has no responsible gridder.
  for (const collection of [d.transformerDistricts, d.transformerDistrictAreas]) {
    const td = collection.features.find((f) => f.id === 'TD-1-1');
    if (td) td.properties.gridderId = '';
  }

  // Work, July to September, for the four operations teams (indexes 1, 3, 5, 7).
  const months = ['2026-07', '2026-08', '2026-09'];
  const work = allocateWork(4, months.length);
  work.months = months;
  work.teams.set([1, 3, 5, 7]);
  work.contractors.set([15, 10, 5, 5]);
  // Per month: Huangpu 01 patrol 100, switching 50, maintenance 30, the other three 10 each (210); Huangpu 02 patrol 100; Nansha 50 patrol each.
  const perMonth = [[100, 50, 30, 10, 10, 10], [100, 0, 0, 0, 0, 0], [50, 0, 0, 0, 0, 0], [50, 0, 0, 0, 0, 0]];
  perMonth.forEach((ops, slot) => {
    for (let m = 0; m < months.length; m++) {
      ops.forEach((n, w) => (work.operations[(slot * months.length + m) * workTypes.length + w] = n));
      work.ownWorkerDays[slot * months.length + m] = 100;
      work.contractorWorkerDays[slot * months.length + m] = 200;
    }
  });
  d.work = work;

  // Marketing: 10 of 10 win orders and ¥27,400 of ¥10,000 a month per grid team, but Huangpu's first team won 13 in August.
  const august = d.marketing.find((m) => m.gridTeamId === 'T-440112-01-G' && m.month === '2026-08');
  if (!august) throw new Error('factory lacks marketing for T-440112-01-G in 2026-08');
  august.winOrders = 13;
  return d;
}
