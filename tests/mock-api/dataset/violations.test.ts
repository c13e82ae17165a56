import * as z from 'zod/mini';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueStatuses } from '../../../src/api/schemas/enums';
import { IssueHistoryEntry } from '../../../src/api/schemas/issues';
import { circleMemberIndexes } from '../../../mock-api/dataset/circle';
import { generateDataset } from '../../../mock-api/dataset/generate';
import { issueHistoryOfViolationRow } from '../../../mock-api/dataset/issues';
import type { Dataset } from '../../../mock-api/dataset/model';
import { DAY_MS, HOUR_MS, shanghaiDayStart, shanghaiParts, springFestivalStart } from '../../../mock-api/dataset/shanghai-time';
import { AS_OF, guangzhouOutlines, inArea } from '../../factories/dataset-fixtures';

// One default-size dataset (100,000 violations) for the whole file.
let d: Dataset;
const asOf = AS_OF.getTime();
const CLOSED = issueStatuses.indexOf('closed');

beforeAll(() => {
  d = generateDataset({ seed: 'violations', asOf: AS_OF });
});

const fraction = (column: Uint8Array, value: number) => {
  let n = 0;
  for (const v of column) if (v === value) n++;
  return n / column.length;
};

describe('violations: where', () => {
  it('lie inside their zone and their district (checked with turf, independently)', () => {
    const v = d.violations;
    const outlines = new Map(guangzhouOutlines().map((o) => [`U-${o.adcode}`, o.geometry]));
    let outside = 0;
    for (let i = 0; i < v.count; i++) {
      const zone = d.zones.features[v.zone[i]!]!;
      const x = v.lon[i]!;
      const y = v.lat[i]!;
      if (!inArea(zone.geometry, x, y) || !inArea(outlines.get(zone.properties.unitId)!, x, y)) outside++;
    }
    expect(outside).toBe(0);
  });

  it('happen near a transformer district (tens to hundreds of metres) or along a feeder', () => {
    const v = d.violations;
    let nearTd = 0;
    let farthest = 0;
    let unplaced = 0;
    let otherZone = 0;
    for (let i = 0; i < v.count; i++) {
      const td = v.transformerDistrict[i]!;
      const f = v.feeder[i]!;
      if (td < 0 && f < 0) unplaced++;
      if (td < 0) continue;
      nearTd++;
      const [x, y] = d.transformerDistricts.features[td]!.geometry.coordinates as [number, number];
      const m = Math.hypot((v.lon[i]! - x) * 102_500, (v.lat[i]! - y) * 110_600);
      farthest = Math.max(farthest, m);
      if (d.transformerDistricts.features[td]!.properties.zoneId !== d.zones.features[v.zone[i]!]!.id) otherZone++;
    }
    expect(unplaced).toBe(0);
    expect(otherZone).toBe(0);
    expect(nearTd / v.count).toBeGreaterThan(0.6);
    expect(nearTd / v.count).toBeLessThan(0.9);
    expect(farthest).toBeLessThan(300);
  });

  it('record the operations team on site (of the zone’s branch) and who broke the rule: one of its people or a contractor worker', () => {
    const v = d.violations;
    const slotOf = new Map(Array.from(d.work.teams, (team, slot) => [team, slot]));
    let own = 0;
    let members = 0;
    let wrong = 0;
    let contractorsWithoutContracting = 0;
    for (let i = 0; i < v.count; i++) {
      const team = d.teams[v.team[i]!]!;
      const zone = d.zones.features[v.zone[i]!]!;
      if (team.kind !== 'operations' || team.branchId !== zone.properties.branchId) wrong++;
      if (v.person[i] === -1) {
        if (d.work.contractors[slotOf.get(v.team[i]!)!] === 0) contractorsWithoutContracting++;
        continue;
      }
      const person = d.people[v.person[i]!]!;
      if (person.teamId !== team.id) wrong++;
      own++;
      if (person.kind === 'member') members++;
    }
    expect(wrong).toBe(0);
    // Contractor crews do most of the field work and break the rules more often (work.ts): most violations are theirs.
    expect(1 - own / v.count).toBeGreaterThan(0.55);
    expect(1 - own / v.count).toBeLessThan(0.9);
    // Only teams that contract out have contractor violations.
    expect(contractorsWithoutContracting).toBe(0);
    // A member breaks the rules half as often as other staff: members are fewer among the violators than on the teams.
    const opsTeams = d.teams.filter((t) => t.kind === 'operations');
    const memberHeadShare = opsTeams.reduce((a, t) => a + t.memberIds.length, 0) / opsTeams.reduce((a, t) => a + t.memberIds.length + t.staffIds.length, 0);
    expect(members / own).toBeGreaterThan(0.5 * memberHeadShare * 0.8);
    expect(members / own).toBeLessThan(memberHeadShare * 0.8);
  });
});

describe('violations: when', () => {
  it('are in time order within the three years ending asOf', () => {
    const t = d.violations.time;
    const p = shanghaiParts(asOf);
    const from = Date.UTC(p.year - 3, p.month - 1, p.day + 1) - 8 * HOUR_MS;
    let unordered = 0;
    for (let i = 1; i < t.length; i++) if (t[i]! < t[i - 1]!) unordered++;
    expect(unordered).toBe(0);
    expect(t[0]!).toBeGreaterThanOrEqual(from);
    expect(t[0]! - from).toBeLessThan(3 * DAY_MS);
    expect(t[t.length - 1]!).toBeLessThanOrEqual(asOf);
    expect(asOf - t[t.length - 1]!).toBeLessThan(DAY_MS);
  });

  it('show weekly, seasonal and Spring Festival rhythm, mostly in working hours', () => {
    const perDay = new Map<number, number>();
    let working = 0;
    for (const t of d.violations.time) {
      const day = shanghaiDayStart(t);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
      const h = shanghaiParts(t).hour;
      if (h >= 7 && h < 20) working++;
    }
    const mean = (pred: (day: number) => boolean) => {
      const days = [...perDay.keys()].filter(pred);
      return days.reduce((s, day) => s + perDay.get(day)!, 0) / days.length;
    };
    const weekday = mean((day) => ![0, 6].includes(shanghaiParts(day).weekday));
    const weekend = mean((day) => [0, 6].includes(shanghaiParts(day).weekday));
    expect(weekday).toBeGreaterThan(1.6 * weekend);
    const summer = mean((day) => [7, 8].includes(shanghaiParts(day).month));
    const winter = mean((day) => [11, 12].includes(shanghaiParts(day).month));
    expect(summer).toBeGreaterThan(1.3 * winter);
    const festival = mean((day) => {
      const sf = (day - springFestivalStart(shanghaiParts(day).year)) / DAY_MS;
      return sf >= 0 && sf <= 6;
    });
    expect(festival).toBeLessThan(0.4 * weekday);
    expect(working / d.violations.count).toBeGreaterThan(0.8);
  });
});

describe('violations: what', () => {
  it('keep category and severity proportions (55/25/20, 70/24/6)', () => {
    const v = d.violations;
    [0.55, 0.25, 0.2].forEach((p, i) => expect(Math.abs(fraction(v.category, i) - p)).toBeLessThan(0.015));
    [0.7, 0.24, 0.06].forEach((p, i) => expect(Math.abs(fraction(v.severity, i) - p)).toBeLessThan(0.012));
    for (let w = 0; w < 6; w++) expect(fraction(v.workType, w)).toBeGreaterThan(0.05);
  });

  it('describe each violation from its category’s templates, in Chinese', () => {
    const v = d.violations;
    for (let i = 0; i < v.count; i += 97) expect(d.violationDescriptions[v.description[i]!]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('name the members in whose circle each falls: the member who broke the rule, or the members linked to the worker who did; no one for a contractor', () => {
    const v = d.violations;
    const kinds = new Set<string>();
    for (let row = 0; row < v.count; row += 997) {
      const circle = circleMemberIndexes(d, row);
      const ids = circle.map((i) => d.people[i]!.id);
      const person = v.person[row]!;
      kinds.add(person < 0 ? 'contractor' : d.people[person]!.kind);
      if (person < 0) {
        expect(circle).toEqual([]);
        continue;
      }
      const self = d.people[person]!;
      const linked = d.people.filter((p) => p.kind === 'member' && p.liaisonIds.includes(self.id)).map((p) => p.id);
      expect(ids.sort()).toEqual([...(self.kind === 'member' ? [self.id] : []), ...linked].sort());
      expect([...circle].sort((a, b) => a - b)).toEqual(circle);
    }
    expect([...kinds].sort()).toEqual(['contractor', 'member', 'staff']);
  });
});

describe('issues of violations', () => {
  it('are in every state; old ones mostly closed; some overdue, some closed late, some reopened', () => {
    const v = d.violations;
    const byStatus = new Array<number>(issueStatuses.length).fill(0);
    let old = 0;
    let oldClosed = 0;
    let openOverdue = 0;
    let closedLate = 0;
    let reopened = 0;
    let recentOpen = 0;
    let inconsistent = 0;
    let wrongDeadline = 0;
    for (let i = 0; i < v.count; i++) {
      const s = v.issueStatus[i]!;
      byStatus[s]!++;
      const closed = s === CLOSED;
      if (closed === Number.isNaN(v.issueClosedAt[i]!)) inconsistent++;
      if (asOf - v.time[i]! > 180 * DAY_MS) {
        old++;
        if (closed) oldClosed++;
      } else if (!closed && asOf - v.time[i]! < 30 * DAY_MS) recentOpen++;
      if (!closed && asOf > v.issueDeadline[i]!) openOverdue++;
      if (closed && v.issueClosedAt[i]! > v.issueDeadline[i]!) closedLate++;
      if (v.issueReopened[i]) reopened++;
      const days = Math.round((v.issueDeadline[i]! + 1 - shanghaiDayStart(v.time[i]!)) / DAY_MS) - 1;
      if (days !== [30, 15, 7][v.severity[i]!]) wrongDeadline++;
    }
    expect(inconsistent).toBe(0);
    expect(wrongDeadline).toBe(0);
    for (const n of byStatus) expect(n).toBeGreaterThan(50);
    expect(oldClosed / old).toBeGreaterThan(0.97);
    expect(recentOpen).toBeGreaterThan(500);
    expect(openOverdue).toBeGreaterThan(50);
    expect(closedLate / v.count).toBeGreaterThan(0.03);
    expect(reopened / v.count).toBeGreaterThan(0.02);
  });

  it('derive a consistent history ending in the current status, deterministically', () => {
    const v = d.violations;
    const branchOfPerson = new Map(d.people.map((p) => [p.id, p.kind === 'member' ? p.branchId : '']));
    const rows = [...Array.from({ length: 1500 }, (_, k) => Math.floor((k * v.count) / 1500)), v.count - 1];
    for (let i = 0; i < v.count && rows.length < 1700; i++) if (v.issueReopened[i]) rows.push(i);
    for (const row of rows) {
      const h = issueHistoryOfViolationRow(d, row);
      expect(issueHistoryOfViolationRow(d, row)).toEqual(h);
      expect(() => z.array(IssueHistoryEntry).parse(h)).not.toThrow();
      expect(h[0]).toMatchObject({ action: 'create', from: null, to: 'found', version: 1 });
      expect(Date.parse(h[0]!.at)).toBe(v.time[row]);
      h.forEach((e, k) => {
        expect(e.version).toBe(k + 1);
        if (k > 0) {
          expect(e.from).toBe(h[k - 1]!.to);
          expect(Date.parse(e.at)).toBeGreaterThan(Date.parse(h[k - 1]!.at));
        }
        expect(Date.parse(e.at)).toBeLessThanOrEqual(asOf);
        expect(branchOfPerson.get(e.actorId)).toBe(d.zones.features[v.zone[row]!]!.properties.branchId);
      });
      const last = h[h.length - 1]!;
      expect(last.to).toBe(issueStatuses[v.issueStatus[row]!]);
      expect(h).toHaveLength(v.issueVersion![row]!);
      expect(h.some((e) => e.action === 'reopen')).toBe(v.issueReopened[row] === 1);
      if (last.to === 'closed') expect(Date.parse(last.at)).toBe(v.issueClosedAt[row]);
      const assignee = v.issueAssignee![row]!;
      expect(assignee === -1).toBe(last.to === 'found');
      if (assignee >= 0) expect(branchOfPerson.get(d.people[assignee]!.id)).toBe(d.zones.features[v.zone[row]!]!.properties.branchId);
    }
  });
});

describe('standalone issues', () => {
  it('come from public safety hazards and asset recovery, in every state, with full history', () => {
    const s = d.standaloneIssues;
    expect(s.length).toBeGreaterThanOrEqual(200);
    expect(new Set(s.map((i) => i.source))).toEqual(new Set(['public_safety_hazard', 'asset_recovery']));
    expect(new Set(s.map((i) => i.status))).toEqual(new Set(issueStatuses));
    for (const issue of s) {
      const last = issue.history[issue.history.length - 1]!;
      expect(last.to).toBe(issue.status);
      expect(issue.history[0]).toMatchObject({ action: 'create', to: 'found' });
      expect(Date.parse(issue.history[0]!.at)).toBe(issue.createdAt);
      expect(issue.closedAt === null).toBe(issue.status !== 'closed');
      expect(issue.assigneeId === null).toBe(issue.status === 'found');
      const zone = d.zones.features[issue.zoneIndex]!;
      expect(inArea(zone.geometry, issue.position[0], issue.position[1])).toBe(true);
    }
  });
});
