import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/api/indicator-catalogue';
import { IndicatorComparison } from '../../../src/api/schemas/indicator-comparison';
import { Breakdown, IndicatorRanking, IndicatorReport, MonthlySeries } from '../../../src/api/schemas/indicators';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { INDICATOR_NOW, Q3, makeIndicatorDataset } from '../../factories/indicator-dataset';

// Every indicator of the catalogue against the hand-made dataset of tests/factories/indicator-dataset.ts,
// over real HTTP: each expected number below is worked out from its rows in the comment beside it.

let api: TestServer;
let token: string;
const window = `from=${Q3.from}&to=${Q3.to}`;

beforeAll(async () => {
  api = await startTestServer({ dataset: makeIndicatorDataset(), now: () => INDICATOR_NOW });
  token = await api.tokenFor('bureau-manager');
});
afterAll(() => api.close());

async function body(path: string, as = token): Promise<unknown> {
  const response = await api.get(path, { token: as });
  expect(response.status, path).toBe(200);
  return response.json();
}
const report = async (query: string, as = token) => IndicatorReport.parse(await body(`/api/v1/indicators?${query}`, as));
const ranking = async (query: string, as = token) => IndicatorRanking.parse(await body(`/api/v1/indicators/ranking?${query}`, as));

/** How many records an API list link holds (its total, or its items or features where it has none). */
async function recordCount(href: string): Promise<number> {
  const listed = (await body(href)) as { total?: number; items?: unknown[]; features?: unknown[] };
  return listed.total ?? listed.items?.length ?? listed.features?.length ?? -1;
}

type Values = Record<string, [number | null, number | null, number | null]>;
const valuesOf = (r: IndicatorReport): Values => Object.fromEntries(r.indicators.map((i) => [i.key, [i.value, i.numerator, i.denominator]]));

describe('the catalogue on a hand-computed dataset (Q3 2026, the clock at 1 October 10:00)', () => {
  it('Huangpu (a district bureau): every indicator of a unit', async () => {
    const values = valuesOf(await report(`level=unit&id=U-440112&${window}`));
    expect(values).toEqual({
      // Rows 2–5 (zone 0); zone 1 has only row 0, in May.
      violation_count: [4, 4, null],
      // Operations: Huangpu 01 210 a month + Huangpu 02 100 a month, three months = 930.
      violations_per_100_operations: [0.43, 4, 930],
      // Workers: (5 own + 15 contractors) + (5 + 10) = 35; × 92 / 365.25 years = 8.82 worker-years.
      violations_per_100_workers_per_year: [45.35, 4, 8.82],
      // Transformer districts: two in each of the two zones; 4 × 92 / 365.25 = 1.01 district-years.
      violations_per_transformer_district_per_year: [3.96, 4, 1.01],
      // Row 2 is the severe one.
      severe_share: [25, 1, 4],
      // Row 2 repeats row 1 (same site and item, 15 days, across the window's start); row 5 row 4 (same team and item, 5 days).
      repeat_violation_share: [50, 2, 4],
      // Member-months: ten members × three months = 30. Around branch 01's members in Q3: the secretary (row 5, August),
      // member 2 (row 2 by member 3, whom they liaise with: July), member 3 (row 2, their own, July; row 4 by staff 1,
      // whom they liaise with: August); row 3 was a contractor worker's. 30 − 4 = 26.
      members_without_violation_rate: [86.67, 26, 30],
      // Issues: rows 2–5 and the two standalone ones (IS-0-0 closed, IS-1-0 open) = 6; open: rows 4, 5 and IS-1-0.
      open_issues: [3, 3, null],
      // Row 4 (deadline 25 August) and IS-1-0 (25 September); row 5 is due 20 October.
      overdue_open_issues: [2, 2, null],
      // Closed: rows 2, 3 and IS-0-0.
      issue_closure_rate: [50, 3, 6],
      // Row 3 was closed ten days late.
      on_time_closure_rate: [66.67, 2, 3],
      // 5 + 20 + 2 days.
      mean_days_to_close: [9, 27, 3],
      // ⌈0.9 × 3⌉ = 3rd smallest of 2, 5, 20.
      days_to_close_p90: [20, 3, 3],
      // Row 3 was reopened.
      reopened_issue_share: [16.67, 1, 6],
      four_plus_n_completeness: [100, 2, 2],
      // TD-1-1 has no responsible gridder.
      transformer_district_coverage: [75, 3, 4],
      // July–September, two teams: 10 + 13 + 10 and 30.
      win_orders: [63, 63, null],
      win_order_completion: [105, 63, 60],
      win_amount_completion: [274, 164_400, 60_000],
    });
  });

  it('the bureau adds up both district bureaus', async () => {
    const values = valuesOf(await report(`level=unit&id=U-GZ&${window}`));
    // Rows 2–7; operations 930 + 2 × 150; workers 35 + 2 × (5 + 5) = 55 → 55 × 92 / 365.25 = 13.85.
    expect(values.violation_count).toEqual([6, 6, null]);
    expect(values.violations_per_100_operations).toEqual([0.49, 6, 1230]);
    expect(values.violations_per_100_workers_per_year).toEqual([43.32, 6, 13.85]);
    expect(values.severe_share).toEqual([33.33, 2, 6]);
    // 8 transformer districts × 92 / 365.25 = 2.02 district-years.
    expect(values.violations_per_transformer_district_per_year).toEqual([2.97, 6, 2.02]);
    // 20 members × 3 months; Huangpu's four member-months and Nansha 02's secretary in September (row 7; row 6 a contractor's).
    expect(values.members_without_violation_rate).toEqual([91.67, 55, 60]);
    // T-440115-02-G has no staff.
    expect(values.four_plus_n_completeness).toEqual([75, 3, 4]);
    // Rows 2–7 and both standalone issues = 8; closed: rows 2, 3, 6 and IS-0-0; open overdue: rows 4, 7 and IS-1-0.
    expect(values.issue_closure_rate).toEqual([50, 4, 8]);
    expect(values.overdue_open_issues).toEqual([3, 3, null]);
    expect(values.days_to_close_p90).toEqual([20, 4, 4]);
  });

  it('a branch, a zone, and the level rules: no work rates for zones', async () => {
    const branch = valuesOf(await report(`level=branch&id=B-440112-01&${window}`));
    // 210 × 3 = 630 operations; 20 workers × 92 / 365.25 = 5.04 worker-years.
    expect(branch.violations_per_100_operations).toEqual([0.63, 4, 630]);
    expect(branch.violations_per_100_workers_per_year).toEqual([79.37, 4, 5.04]);
    // Its one zone's two transformer districts: 2 × 92 / 365.25 = 0.5 district-years.
    expect(branch.violations_per_transformer_district_per_year).toEqual([8, 4, 0.5]);
    const zone = await report(`level=zone&id=Z-440112-01&${window}`);
    const zoneValues = valuesOf(zone);
    expect(zone.indicators.map((i) => i.key)).not.toContain('violations_per_100_operations');
    expect(zone.indicators.map((i) => i.key)).not.toContain('months_without_violation');
    expect(zoneValues.violations_per_transformer_district_per_year).toEqual([8, 4, 0.5]);
    // The grid team's four gridders (members 2–5) × 3 months: member 2's July, member 3's July and August.
    expect(zoneValues.members_without_violation_rate).toEqual([75, 9, 12]);
    expect(zoneValues.transformer_district_coverage).toEqual([100, 2, 2]);
    expect(zoneValues.win_order_completion).toEqual([110, 33, 30]);
    expect(valuesOf(await report(`level=zone&id=Z-440112-02&${window}`)).members_without_violation_rate).toEqual([100, 12, 12]);
    expect(valuesOf(await report(`level=zone&id=Z-440112-02&${window}`)).transformer_district_coverage).toEqual([50, 1, 2]);
    // The zone's one standalone issue, closed in 2 days, and rows 2–5.
    expect(zoneValues.issue_closure_rate).toEqual([60, 3, 5]);
  });

  it('a member: their circle, months without a violation, and no aggregate-only indicators', async () => {
    const r = await report(`level=member&id=M-440112-01-3&${window}`);
    expect(r.indicators.map((i) => i.key).sort()).toEqual(INDICATORS.filter((d) => d.levels.includes('member')).map((d) => d.key).sort());
    const values = valuesOf(r);
    // Row 2 (their own, July) and row 4 (by staff 1, whom they liaise with, August); not row 3 (a contractor's) nor 5 (the secretary's).
    expect(values.violation_count).toEqual([2, 2, null]);
    expect(values.months_without_violation).toEqual([1, 1, 3]);
    expect(values.repeat_violation_share).toEqual([50, 1, 2]);
    // Their issues are those of rows 2 and 4: standalone issues have no circle.
    expect(values.issue_closure_rate).toEqual([50, 1, 2]);
    expect(values.mean_days_to_close).toEqual([5, 5, 1]);
  });

  it('every value carries its definition: formula, period, numerator, denominator, sources', async () => {
    const r = await report(`level=unit&id=U-440112&${window}`);
    for (const i of r.indicators) {
      expect(i.definition.formula.length, i.key).toBeGreaterThan(10);
      expect(i.definition.period).toMatchObject({ from: Q3.from, to: Q3.to });
      expect(i.definition.period.basis.length, i.key).toBeGreaterThan(5);
      expect(i.definition.numerator.length, i.key).toBeGreaterThan(5);
      expect(i.definition.denominator === null, i.key).toBe(i.denominator === null);
      expect(i.definition.sources.length, i.key).toBeGreaterThan(0);
    }
    const repeat = r.indicators.find((i) => i.key === 'repeat_violation_share');
    expect(repeat?.definition.formula).toMatch(/same violation item.*same operations team.*same transformer district.*30 days/);
  });
});

describe('who broke the rule, and the members it is around (党员身边)', () => {
  it('names the member who broke it, or the members linked to the staff who did; a contractor worker is no one’s', async () => {
    const violation = async (id: string) => (await body(`/api/v1/violations/${id}`)) as { personId: string | null; personName: string; personIsMember: boolean; memberIds: string[] };
    // Row 2: member 3's own, and member 2 liaises with member 3.
    expect(await violation('V0000003')).toMatchObject({ personId: 'M-440112-01-3', personIsMember: true, memberIds: ['M-440112-01-2', 'M-440112-01-3'] });
    // Row 3: a contractor worker, not on the roster.
    expect(await violation('V0000004')).toMatchObject({ personId: null, personName: '', personIsMember: false, memberIds: [] });
    // Row 4: staff 1, whom member 3 liaises with.
    expect(await violation('V0000005')).toMatchObject({ personId: 'S-440112-01-1', personIsMember: false, memberIds: ['M-440112-01-3'] });
    // The member filter lists the same circle: member 2's rows 1 and 2.
    const listed = (await body('/api/v1/violations?memberId=M-440112-01-2')) as { items: { id: string }[] };
    expect(listed.items.map((v) => v.id).sort()).toEqual(['V0000002', 'V0000003']);
  });
});

describe('records behind a value', () => {
  /** The number of records a list link returns: its total, or its items where it has no pages. */
  it('lists exactly the numerator’s rows, for every counted indicator of a unit, a zone and a member', async () => {
    let checked = 0;
    for (const query of [`level=unit&id=U-440112`, `level=zone&id=Z-440112-01`, `level=member&id=M-440112-01-3`, `level=unit&id=U-GZ`]) {
      const r = await report(`${query}&${window}`);
      for (const i of r.indicators) {
        if (i.records?.rows !== 'numerator') continue;
        expect(await recordCount(i.records.href), `${query} ${i.key}: ${i.records.href}`).toBe(i.numerator);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('a count and a rate, by name: severe violations and overdue open issues of Huangpu', async () => {
    const r = await report(`level=unit&id=U-440112&${window}`);
    const severe = r.indicators.find((i) => i.key === 'severe_share');
    expect(severe?.records?.href).toBe(`/api/v1/violations?unitId=U-440112&from=${Q3.from}&to=${Q3.to}&severity=severe`);
    const rows = (await body(severe?.records?.href ?? '')) as { items: { id: string; severity: string }[]; total: number };
    expect(rows.items.map((v) => v.id)).toEqual(['V0000003']); // row 2
    const overdue = r.indicators.find((i) => i.key === 'overdue_open_issues');
    const issues = (await body(overdue?.records?.href ?? '')) as { items: { id: string; status: string; overdue: boolean }[] };
    expect(issues.items.map((i) => i.id).sort()).toEqual(['IS-1-0', 'IV0000005']); // row 4 and the standalone one
    expect(issues.items.every((i) => i.overdue && i.status !== 'closed')).toBe(true);
  });

  it('no link where no list holds the records; inputs where the value is summed or measured', async () => {
    const r = await report(`level=unit&id=U-440112&${window}`);
    const byKey = new Map(r.indicators.map((i) => [i.key, i]));
    // The violations around Huangpu's members in Q3: rows 2 (member 3's), 4 (staff 1's) and 5 (the secretary's); not row 3 (a contractor's).
    const around = byKey.get('members_without_violation_rate')?.records;
    expect(around).toEqual({ href: `/api/v1/violations?unitId=U-440112&from=${Q3.from}&to=${Q3.to}&aroundMembers=true`, rows: 'inputs' });
    expect(((await body(around?.href ?? '')) as { items: { id: string }[] }).items.map((v) => v.id).sort()).toEqual(['V0000003', 'V0000005', 'V0000006']);
    expect(((await body(`/api/v1/violations?unitId=U-440112&from=${Q3.from}&to=${Q3.to}&aroundMembers=false`)) as { items: { id: string }[] }).items.map((v) => v.id)).toEqual(['V0000004']);
    // A zone's gridders' circles reach beyond the zone: no list.
    expect((await report(`level=zone&id=Z-440112-01&${window}`)).indicators.find((i) => i.key === 'members_without_violation_rate')?.records).toBeNull();
    expect(byKey.get('mean_days_to_close')?.records?.rows).toBe('inputs');
    const marketing = (await body(byKey.get('win_orders')?.records?.href ?? '')) as { items: { winOrders: number; month: string }[] };
    expect(marketing.items.reduce((a, m) => a + m.winOrders, 0)).toBe(63);
    expect(new Set(marketing.items.map((m) => m.month))).toEqual(new Set(['2026-07', '2026-08', '2026-09']));
  });
});

describe('GET /indicators/ranking', () => {
  it('ranks a level’s children: the bureau its district bureaus, a district bureau its branches, a branch its zones', async () => {
    const bureaus = await ranking(`level=unit&id=U-GZ&key=violation_count&${window}`);
    expect(bureaus).toMatchObject({ childLevel: 'unit', key: 'violation_count', better: 'lower', order: 'best', from: Q3.from, to: Q3.to });
    expect(bureaus.items.map((i) => [i.rank, i.id, i.value])).toEqual([[1, 'U-440115', 2], [2, 'U-440112', 4]]);
    const branches = await ranking(`level=unit&id=U-440112&key=violations_per_100_operations&${window}`);
    expect(branches.childLevel).toBe('branch');
    // Branch 02: 0 of 300 operations; branch 01: 4 of 630.
    expect(branches.items).toEqual([
      expect.objectContaining({ rank: 1, id: 'B-440112-02', value: 0, numerator: 0, denominator: 300 }),
      expect.objectContaining({ rank: 2, id: 'B-440112-01', value: 0.63, numerator: 4, denominator: 630 }),
    ]);
    const zones = await ranking(`level=branch&id=B-440112-01&key=violation_count&${window}`);
    expect(zones.items.map((i) => i.id)).toEqual(['Z-440112-01']);
    expect(zones.items[0]?.records?.href).toBe(`/api/v1/violations?zoneId=Z-440112-01&from=${Q3.from}&to=${Q3.to}`);
  });

  it('orders best or worst first by the indicator’s direction, breaks ties by id and puts null values last', async () => {
    // Every zone of the bureau: 0, 1 and 1 (a tie, in id order), 4.
    const best = await ranking(`level=unit&id=U-GZ&childLevel=zone&key=violation_count&${window}`);
    expect(best.items.map((i) => [i.rank, i.id, i.value])).toEqual([
      [1, 'Z-440112-02', 0],
      [2, 'Z-440115-01', 1],
      [3, 'Z-440115-02', 1],
      [4, 'Z-440112-01', 4],
    ]);
    const worst = await ranking(`level=unit&id=U-GZ&childLevel=zone&key=violation_count&order=worst&${window}`);
    expect(worst.items.map((i) => i.id)).toEqual(['Z-440112-01', 'Z-440115-01', 'Z-440115-02', 'Z-440112-02']);
    // Higher is better: the quiet zones' gridders first (Nansha 02's secretary, row 7, is no gridder), in id order.
    const members = await ranking(`level=unit&id=U-GZ&childLevel=zone&key=members_without_violation_rate&${window}`);
    expect(members.items.map((i) => [i.id, i.value])).toEqual([['Z-440112-02', 100], ['Z-440115-01', 100], ['Z-440115-02', 100], ['Z-440112-01', 75]]);
    // Zone 1 has no violation in Q3: no severe share; last whichever the order.
    for (const order of ['best', 'worst']) {
      const severe = await ranking(`level=unit&id=U-GZ&childLevel=zone&key=severe_share&order=${order}&${window}`);
      expect(severe.items.at(-1), order).toMatchObject({ id: 'Z-440112-02', value: null, rank: 4 });
    }
    const severe = await ranking(`level=unit&id=U-GZ&childLevel=zone&key=severe_share&${window}`);
    expect(severe.items.map((i) => [i.id, i.value])).toEqual([['Z-440115-02', 0], ['Z-440112-01', 25], ['Z-440115-01', 100], ['Z-440112-02', null]]);
  });

  it('ranks a zone’s members (its four gridders), tied in id order, for a caller in full scope', async () => {
    const r = await ranking(`level=zone&id=Z-440112-01&key=violation_count&${window}`);
    expect(r.childLevel).toBe('member');
    // Around member 2: row 2 (by member 3); around member 3: rows 2 and 4; none around members 4 and 5.
    expect(r.items.map((i) => [i.rank, i.id, i.name.length > 0, i.value])).toEqual([
      [1, 'M-440112-01-4', true, 0],
      [2, 'M-440112-01-5', true, 0],
      [3, 'M-440112-01-2', true, 1],
      [4, 'M-440112-01-3', true, 2],
    ]);
    expect(r.items[3]?.records?.href).toBe(`/api/v1/violations?memberId=M-440112-01-3&from=${Q3.from}&to=${Q3.to}`);
    const secretary = await api.tokenFor('secretary-B-440112-01');
    expect((await ranking(`level=zone&id=Z-440112-01&key=violation_count&${window}`, secretary)).items).toHaveLength(4);
  });

  it('refuses a member ranking outside the caller’s full scope (403), but not a ranking of zones', async () => {
    const other = await api.tokenFor('secretary-B-440115-01');
    const refused = await api.get(`/api/v1/indicators/ranking?level=zone&id=Z-440112-01&key=violation_count&${window}`, { token: other });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const text = await refused.text();
    expect(text).not.toMatch(/M-440112-01-2/);
    for (const name of api.dataset.people.filter((p) => p.kind === 'member' && p.branchId === 'B-440112-01').map((p) => p.name)) expect(text).not.toContain(name);
    // A unit's members include branches outside a secretary's scope.
    const own = await api.tokenFor('secretary-B-440112-01');
    expect((await api.get(`/api/v1/indicators/ranking?level=unit&id=U-440112&childLevel=member&key=violation_count`, { token: own })).status).toBe(403);
    expect((await ranking(`level=unit&id=U-440112&childLevel=zone&key=violation_count`, other)).items).toHaveLength(2);
    expect((await api.get(`/api/v1/indicators/ranking?level=unit&id=U-440112&childLevel=member&key=violation_count`, { token: await api.tokenFor('manager-U-440112') })).status).toBe(200);
  });
});

describe('GET /breakdown', () => {
  it('Huangpu: category × severity, work types with their operations, the closure funnel with overdue per stage', async () => {
    const b = Breakdown.parse(await body(`/api/v1/breakdown?level=unit&id=U-440112&${window}`));
    expect([b.violations, b.issues]).toEqual([4, 6]);
    const cells = Object.fromEntries(b.matrix.filter((c) => c.violations > 0).map((c) => [`${c.category}/${c.severity}`, c.violations]));
    expect(cells).toEqual({ 'behaviour/severe': 1, 'equipment/serious': 1, 'management/general': 1, 'behaviour/general': 1 });
    expect(b.matrix).toHaveLength(9);
    const patrol = b.byWorkType.find((w) => w.workType === 'patrol');
    // Rows 4 and 5; 300 + 300 patrols.
    expect(patrol).toMatchObject({ violations: 2, operations: 600, violationsPer100Operations: 0.33 });
    expect(b.byWorkType.find((w) => w.workType === 'switching')).toMatchObject({ violations: 1, operations: 150 });
    expect(b.funnel.map((s) => [s.status, s.issues, s.atOrBeyond, s.overdue])).toEqual([
      ['found', 2, 6, 2], // row 4, IS-1-0
      ['assigned', 0, 4, 0],
      ['rectifying', 1, 4, 0], // row 5
      ['awaiting_verification', 0, 3, 0],
      ['closed', 3, 3, 1], // rows 2, 3 (late), IS-0-0
    ]);
    const listed = (await body(b.funnel[0]?.overdueRecords ?? '')) as { total: number };
    expect(listed.total).toBe(2);
    const severe = b.matrix.find((c) => c.category === 'behaviour' && c.severity === 'severe');
    expect(((await body(severe?.records ?? '')) as { total: number }).total).toBe(1);
  });

  it('a zone has no operations by work type; a member’s breakdown is their circle', async () => {
    const zone = Breakdown.parse(await body(`/api/v1/breakdown?level=zone&id=Z-440112-01&${window}`));
    expect(zone.byWorkType.every((w) => w.operations === null && w.violationsPer100Operations === null)).toBe(true);
    // Member 3: row 2 (their own) and row 4 (their linked staff's), and those rows' issues.
    const member = Breakdown.parse(await body(`/api/v1/breakdown?level=member&id=M-440112-01-3&${window}`));
    expect([member.violations, member.issues]).toEqual([2, 2]);
  });
});

describe('the map’s filters on /breakdown and /series/monthly', () => {
  const huangpu = (filters: string) => body(`/api/v1/breakdown?level=unit&id=U-440112&${window}&${filters}`).then((b) => Breakdown.parse(b));
  const stages = (b: Breakdown) => Object.fromEntries(b.funnel.filter((f) => f.issues > 0).map((f) => [f.status, f.issues]));

  it('category and severity keep their violations and those violations’ issues (other-source issues have neither)', async () => {
    // Behaviour: rows 2 (closed) and 5 (rectifying); IS-0-0 and IS-1-0 are left out.
    const behaviour = await huangpu('category=behaviour');
    expect([behaviour.violations, behaviour.issues]).toEqual([2, 2]);
    expect(stages(behaviour)).toEqual({ rectifying: 1, closed: 1 });
    expect(behaviour.matrix.filter((c) => c.category !== 'behaviour').every((c) => c.violations === 0)).toBe(true);
    // General, of behaviour or management: rows 4 and 5.
    expect((await huangpu('category=behaviour,management&severity=general')).violations).toBe(2);
  });

  it('status and overdue filter violations by their issue, and other-source issues by themselves', async () => {
    // Closed: rows 2, 3 and IS-0-0.
    const closed = await huangpu('status=closed');
    expect([closed.violations, closed.issues]).toEqual([2, 3]);
    // Overdue: row 3 (closed late), row 4 (open, past 25 August) and IS-1-0 (open, past 25 September).
    const overdue = await huangpu('overdue=true');
    expect([overdue.violations, overdue.issues]).toEqual([2, 3]);
    expect(stages(overdue)).toEqual({ found: 2, closed: 1 });
  });

  it('work type keeps the violations in that work and their issues (other-source issues have none)', async () => {
    // Patrol: rows 4 (found) and 5 (rectifying).
    const patrol = await huangpu('workType=patrol');
    expect([patrol.violations, patrol.issues]).toEqual([2, 2]);
    expect(stages(patrol)).toEqual({ found: 1, rectifying: 1 });
    expect(patrol.byWorkType.filter((w) => w.workType !== 'patrol').every((w) => w.violations === 0 && w.records === null)).toBe(true);
  });

  it('every count lists exactly its records under the same filters; none where the filter leaves its code out', async () => {
    let checked = 0;
    for (const filters of ['', 'category=behaviour', 'workType=patrol,switching', 'overdue=true', 'status=closed,found&severity=general']) {
      const b = await huangpu(filters);
      const counts: [string | null, number, string][] = [
        ...b.matrix.map((c): [string | null, number, string] => [c.records, c.violations, `${c.category}/${c.severity}`]),
        ...b.byWorkType.map((w): [string | null, number, string] => [w.records, w.violations, w.workType]),
        ...b.funnel.flatMap((f): [string | null, number, string][] => [
          [f.records, f.issues, f.status],
          [f.overdueRecords, f.overdue, `${f.status} overdue`],
        ]),
      ];
      for (const [href, count, name] of counts) {
        if (href === null) {
          expect(count, `${filters} ${name}`).toBe(0);
          continue;
        }
        expect(await recordCount(href), `${filters} ${name}: ${href}`).toBe(count);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(80);
    const behaviour = await huangpu('category=behaviour');
    expect(behaviour.matrix.filter((c) => c.category !== 'behaviour').every((c) => c.records === null)).toBe(true);
    expect(behaviour.funnel[0]?.records).toContain('category=behaviour');
  });

  it('the monthly series follows the same filters', async () => {
    const series = MonthlySeries.parse(await body(`/api/v1/series/monthly?level=unit&id=U-440112&${window}&category=equipment`));
    // Row 3, in July; its issue closed in July too.
    expect(series.points.map((p) => [p.month, p.violations, p.issuesOpened, p.issuesClosed])).toEqual([
      ['2026-07', 1, 1, 1],
      ['2026-08', 0, 0, 0],
      ['2026-09', 0, 0, 0],
    ]);
  });
});

async function comparison(query: string, as = token): Promise<IndicatorComparison> {
  return IndicatorComparison.parse(await body(`/api/v1/indicators/comparison?${query}`, as));
}
const item = (c: IndicatorComparison, key: string) => c.items.find((i) => i.key === key);

describe('GET /indicators/comparison: Q3 (92 days) against the 92 days before it (31 March – 30 June), the siblings’ mean and the rank', () => {
  it('Huangpu: the previous 92 days, the mean of the two district bureaus and its place among them', async () => {
    const c = await comparison(`level=unit&id=U-440112&${window}`);
    expect(c.previous).toEqual({ from: '2026-03-31', to: '2026-06-30', complete: true });
    expect(c.parent).toMatchObject({ level: 'unit', id: 'U-GZ' });
    expect(c.siblings).toBe(2);
    // Q3: rows 2–5 (4); before: rows 0 (zone 1, May) and 1 (zone 0, June). Nansha has rows 6 and 7: mean (4 + 2) / 2.
    // Fewer violations is better: Nansha first.
    expect(item(c, 'violation_count')).toEqual({ key: 'violation_count', value: 4, previous: 2, siblingAverage: 3, rank: 2 });
    // Member-months without a violation around them: Huangpu 26 of 30, Nansha 29 of 30 (row 7 in September): Nansha first.
    expect(item(c, 'members_without_violation_rate')).toMatchObject({ value: 86.67, siblingAverage: 91.67, rank: 2 });
  });

  it('lists the same indicators as GET /indicators, in the same order, with the same values', async () => {
    const c = await comparison(`level=unit&id=U-440112&${window}`);
    const r = await report(`level=unit&id=U-440112&${window}`);
    expect(c.items.map((i) => [i.key, i.value])).toEqual(r.indicators.map((i) => [i.key, i.value]));
  });

  it('the bureau has no parent: no average and no rank, but a previous window', async () => {
    const c = await comparison(`level=unit&id=U-GZ&${window}`);
    expect([c.parent, c.siblings]).toEqual([null, 0]);
    expect(item(c, 'violation_count')).toEqual({ key: 'violation_count', value: 6, previous: 2, siblingAverage: null, rank: null });
  });

  it('a zone among its branch’s zones; a gridder among their zone’s four, tied in id order', async () => {
    const zone = await comparison(`level=zone&id=Z-440112-01&${window}`);
    expect([zone.parent?.id, zone.siblings]).toEqual(['B-440112-01', 1]);
    expect(item(zone, 'violation_count')).toMatchObject({ value: 4, siblingAverage: 4, rank: 1 });
    const member = await comparison(`level=member&id=M-440112-01-3&${window}`);
    expect([member.parent?.level, member.parent?.id, member.siblings]).toEqual(['zone', 'Z-440112-01', 4]);
    // The four gridders: 1, 2, 0 and 0 violations around them; member 3's two are the most.
    expect(item(member, 'violation_count')).toMatchObject({ value: 2, siblingAverage: 0.75, rank: 4 });
    expect(JSON.stringify(member)).not.toMatch(/M-440112-01-2/);
  });

  it('no previous values where the previous window reaches back before the dataset', async () => {
    const c = await comparison('level=unit&id=U-440112&from=2023-10-01&to=2023-12-31');
    expect(c.previous).toEqual({ from: '2023-07-01', to: '2023-09-30', complete: false });
    expect(c.items.every((i) => i.previous === null)).toBe(true);
  });

  it.each([
    ['level=galaxy&id=U-GZ', 400, 'level'],
    ['level=unit&id=U-NOPE', 404, 'U-NOPE'],
    ['level=unit&id=U-GZ&from=2026-09-01&to=2026-08-01', 400, 'from'],
    ['level=unit&id=U-GZ&to=2026-13-01', 400, 'to'],
    ['level=unit&id=U-GZ&key=violation_count', 400, 'key'],
  ])('%s → %i problem+json naming %s', async (query, status, name) => {
    const response = await api.get(`/api/v1/indicators/comparison?${query}`, { token });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await response.json()) as { detail: string }).detail).toContain(name);
  });

  it('a member outside the caller’s full scope is a 403; no token is a 401', async () => {
    const other = await api.tokenFor('secretary-B-440115-01');
    expect((await api.get(`/api/v1/indicators/comparison?level=member&id=M-440112-01-2`, { token: other })).status).toBe(403);
    expect((await api.get(`/api/v1/indicators/comparison?level=unit&id=U-GZ`)).status).toBe(401);
  });
});

describe('problems', () => {
  it.each([
    ['/api/v1/indicators/ranking?level=galaxy&id=U-GZ&key=violation_count', 400, 'level'],
    ['/api/v1/indicators/ranking?level=unit&id=U-NOPE&key=violation_count', 404, 'U-NOPE'],
    ['/api/v1/indicators/ranking?level=zone&id=Z-NOPE&key=violation_count', 404, 'Z-NOPE'],
    ['/api/v1/indicators/ranking?level=unit&id=U-GZ&key=violation_count&from=2026-09-01&to=2026-08-01', 400, 'from'],
    ['/api/v1/indicators/ranking?level=unit&id=U-GZ&key=violations_per_100_bananas', 400, 'key'],
    ['/api/v1/indicators/ranking?level=unit&id=U-GZ', 400, 'key'],
    ['/api/v1/indicators/ranking?level=branch&id=B-440112-01&key=violations_per_100_operations', 400, 'key'],
    ['/api/v1/indicators/ranking?level=member&id=M-440112-01-2&key=violation_count', 400, 'level'],
    ['/api/v1/indicators/ranking?level=branch&id=B-440112-01&childLevel=unit&key=violation_count', 400, 'childLevel'],
    ['/api/v1/indicators/ranking?level=unit&id=U-GZ&key=violation_count&order=random', 400, 'order'],
    ['/api/v1/indicators/ranking?level=unit&id=U-GZ&key=violation_count&limit=5', 400, 'limit'],
    ['/api/v1/breakdown?level=galaxy&id=U-GZ', 400, 'level'],
    ['/api/v1/breakdown?level=branch&id=B-NOPE', 404, 'B-NOPE'],
    ['/api/v1/breakdown?level=unit&id=U-GZ&from=2026-09-01&to=2026-08-01', 400, 'from'],
    ['/api/v1/breakdown?level=unit&id=U-GZ&from=2026-02-30', 400, 'from'],
    ['/api/v1/breakdown?level=unit&id=U-GZ&category=bananas', 400, 'category'],
    ['/api/v1/series/monthly?level=unit&id=U-GZ&overdue=yes', 400, 'overdue'],
    ['/api/v1/indicators?level=unit&id=U-GZ&category=behaviour', 400, 'category'],
    ['/api/v1/indicators?level=unit&id=U-GZ&from=2026-09-01&to=2026-08-01', 400, 'from'],
    ['/api/v1/indicators?level=member&id=S-440112-01-1', 404, 'S-440112-01-1'],
    ['/api/v1/violations?repeat=yes', 400, 'repeat'],
    ['/api/v1/violations?workType=gardening', 400, 'workType'],
    ['/api/v1/issues?reopened=1', 400, 'reopened'],
    ['/api/v1/teams?complete=maybe', 400, 'complete'],
    ['/api/v1/transformer-districts?assigned=TRUE', 400, 'assigned'],
    ['/api/v1/marketing?from=2026-09-01&to=2026-08-01', 400, 'from'],
  ])('%s → %i problem+json naming %s', async (path, status, name) => {
    const response = await api.get(path, { token });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { status: number; detail: string };
    expect(problem.status).toBe(status);
    expect(problem.detail).toContain(name);
  });

  it('a member breakdown outside the caller’s scope is a 403; rankings need a token', async () => {
    const other = await api.tokenFor('secretary-B-440115-01');
    expect((await api.get(`/api/v1/breakdown?level=member&id=M-440112-01-2`, { token: other })).status).toBe(403);
    expect((await api.get(`/api/v1/indicators/ranking?level=unit&id=U-GZ&key=violation_count`)).status).toBe(401);
  });
});

describe('indicators after writes: the closure loop’s transitions count as the issues now stand', () => {
  let written: TestServer;
  beforeAll(async () => {
    written = await startTestServer({ dataset: makeIndicatorDataset(), now: () => INDICATOR_NOW });
  });
  afterAll(() => written.close());

  /** Takes an issue through transitions, each with the ETag of the step before, as the app does. */
  async function walk(id: string, steps: [string, string, Record<string, string>?][]): Promise<void> {
    for (const [action, account, extra] of steps) {
      const as = await written.tokenFor(account);
      const etag = (await written.get(`/api/v1/issues/${id}`, { token: as })).headers.get('etag') ?? '';
      const response = await written.send('POST', `/api/v1/issues/${id}/transitions`, { action, comment: '整改完成', ...extra }, { token: as, headers: { 'if-match': etag } });
      expect(response.status, `${id} ${action}`).toBe(200);
    }
  }
  const huangpu = async () => {
    const as = await written.tokenFor('bureau-manager');
    const values = valuesOf(IndicatorReport.parse(await (await written.get(`/api/v1/indicators?level=unit&id=U-440112&${window}`, { token: as })).json()));
    const ranked = IndicatorRanking.parse(await (await written.get(`/api/v1/indicators/ranking?level=unit&id=U-GZ&key=issue_closure_rate&${window}`, { token: as })).json());
    return { values, rankedValue: ranked.items.find((i) => i.id === 'U-440112')?.value };
  };
  const pick = (v: Values, keys: string[]) => Object.fromEntries(keys.map((k) => [k, v[k]]));
  const ISSUE_KEYS = ['open_issues', 'overdue_open_issues', 'issue_closure_rate', 'on_time_closure_rate', 'mean_days_to_close', 'days_to_close_p90', 'reopened_issue_share'];

  it('closing a violation’s issue and a standalone one, then reopening the first, moves Huangpu’s issue indicators each time', async () => {
    const row5 = 'IV0000006';
    const assigneeId = written.dataset.people.find((p) => p.kind === 'member' && p.branchId === 'B-440112-02' && p.role === 'member')?.id ?? '';
    // Row 5 (rectifying, due 20 October) verified now, 1 October 10:00: 42 days 2 hours after it was found, on time.
    await walk(row5, [['submit', 'secretary-B-440112-01'], ['verify', 'manager-U-440112']]);
    // IS-1-0 (found 15 September, due 25 September) closed now: 16 days, late.
    await walk('IS-1-0', [['assign', 'secretary-B-440112-02', { assigneeId }], ['start', 'secretary-B-440112-02'], ['submit', 'secretary-B-440112-02'], ['verify', 'manager-U-440112']]);
    const closed = await huangpu();
    expect(pick(closed.values, ISSUE_KEYS)).toEqual({
      // Only row 4 is open, and overdue.
      open_issues: [1, 1, null],
      overdue_open_issues: [1, 1, null],
      issue_closure_rate: [83.33, 5, 6],
      // On time: rows 2, 5 and IS-0-0; late: row 3 and IS-1-0.
      on_time_closure_rate: [60, 3, 5],
      // 5 + 20 + 2 + 42.08 + 16 = 85.08 days.
      mean_days_to_close: [17, 85.1, 5],
      // ⌈0.9 × 5⌉ = 5th smallest of 2, 5, 16, 20, 42.08.
      days_to_close_p90: [42.1, 5, 5],
      reopened_issue_share: [16.67, 1, 6],
    });
    // The ranking tallies all district bureaus in one pass; it reads the same writes.
    expect(closed.rankedValue).toBe(83.33);

    await walk(row5, [['reopen', 'manager-U-440112', { assigneeId: written.dataset.people.find((p) => p.kind === 'member' && p.branchId === 'B-440112-01' && p.role === 'member')?.id ?? '' }]]);
    const reopened = await huangpu();
    expect(pick(reopened.values, ISSUE_KEYS)).toEqual({
      // Row 5 open again, not yet due.
      open_issues: [2, 2, null],
      overdue_open_issues: [1, 1, null],
      issue_closure_rate: [66.67, 4, 6],
      on_time_closure_rate: [50, 2, 4],
      // 5 + 20 + 2 + 16 = 43 days.
      mean_days_to_close: [10.8, 43, 4],
      days_to_close_p90: [20, 4, 4],
      // Rows 3 and 5.
      reopened_issue_share: [33.33, 2, 6],
    });
    expect(reopened.rankedValue).toBe(66.67);
  });
});
