import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { workTypes } from '../../../src/api/schemas/enums';
import { generateDataset } from '../../../mock-api/dataset/generate';
import type { Dataset } from '../../../mock-api/dataset/model';
import { shanghaiParts } from '../../../mock-api/dataset/shanghai-time';
import { AS_OF } from '../../factories/dataset-fixtures';

// The work done (operations, crews, workforce) beside the violations: the default dataset, as served.

const HUANGPU = 'U-440112';
const T = workTypes.length;
let d: Dataset;
let M: number;
/** Violations per work-table cell (team slot × month), counted here from the violation rows. */
let violationsAt: Uint32Array;

beforeAll(() => {
  d = generateDataset({ asOf: AS_OF });
  M = d.work.months.length;
  const slotOf = new Map(Array.from(d.work.teams, (team, slot) => [team, slot]));
  violationsAt = new Uint32Array(d.work.teams.length * M);
  for (let row = 0; row < d.violations.count; row++) {
    const p = shanghaiParts(d.violations.time[row]!);
    const m = d.work.months.indexOf(`${p.year}-${String(p.month).padStart(2, '0')}`);
    violationsAt[slotOf.get(d.violations.team[row]!)! * M + m]!++;
  }
});

/**
 * The digests of the dataset without what later steps add: the work table, each transformer district's
 * gridder, and who committed each violation (the work step marks its contractors' rows, generator 5).
 */
function digestsWithoutWork(dataset: Dataset) {
  const { violations, work: _work, ...withGridders } = dataset;
  const withoutGridder = (c: Dataset['transformerDistricts']) => ({
    ...c,
    features: c.features.map((f) => {
      const { gridderId: _gridder, ...properties } = f.properties;
      return { ...f, properties };
    }),
  });
  const rest = {
    ...withGridders,
    transformerDistricts: withoutGridder(withGridders.transformerDistricts),
    transformerDistrictAreas: withoutGridder(withGridders.transformerDistrictAreas),
  };
  const columns = createHash('sha256');
  for (const [key, value] of Object.entries(violations).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (key === 'person') continue;
    columns.update(`\u0000${key}\u0000`);
    if (ArrayBuffer.isView(value)) columns.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    else columns.update(JSON.stringify(value));
  }
  return { violations: columns.digest('hex'), rest: createHash('sha256').update(JSON.stringify(rest)).digest('hex') };
}

interface Sums {
  violations: number;
  operations: number;
  own: number;
  contractor: number;
  staff: number;
  contractors: number;
}

/** Sums over the teams that `pick` accepts and the months `inMonth` accepts. */
function sums(pick: (slot: number) => boolean, inMonth: (month: string) => boolean = () => true): Sums {
  const s: Sums = { violations: 0, operations: 0, own: 0, contractor: 0, staff: 0, contractors: 0 };
  const w = d.work;
  w.teams.forEach((team, slot) => {
    if (!pick(slot)) return;
    s.staff += d.teams[team]!.memberIds.length + d.teams[team]!.staffIds.length;
    s.contractors += w.contractors[slot]!;
    w.months.forEach((month, m) => {
      if (!inMonth(month)) return;
      const cell = slot * M + m;
      s.violations += violationsAt[cell]!;
      s.own += w.ownWorkerDays[cell]!;
      s.contractor += w.contractorWorkerDays[cell]!;
      for (let k = 0; k < T; k++) s.operations += w.operations[cell * T + k]!;
    });
  });
  return s;
}

const per100Operations = (s: Sums) => (100 * s.violations) / s.operations;
const per100WorkersPerYear = (s: Sums, years: number) => (100 * s.violations) / (s.staff + s.contractors) / years;
const allTeams = () => true;

describe('work: the rest of the dataset', () => {
  it('is byte-identical to what the generator made before it generated work (violations but who: recorded by generator 4; the rest: recorded when vacancies came, generator 4)', () => {
    expect(digestsWithoutWork(d)).toEqual({
      violations: '8f2e338e52c98a20c730155b5ac044b5a1476341a623b5780f6a6336d5b80330',
      rest: '99f4c26d9bc1a01ebdde9764aa9550740b228a1c709d2e05cbe1574af26e3e34',
    });
  });
});

describe('work: the table', () => {
  it('covers every operations team and every month of the three years, columns sized to match', () => {
    const opsTeams = d.teams.flatMap((t, i) => (t.kind === 'operations' ? [i] : []));
    expect(Array.from(d.work.teams)).toEqual(opsTeams);
    expect(d.work.months).toHaveLength(37);
    expect(d.work.months[0]).toBe('2023-10');
    expect(d.work.months[M - 1]).toBe('2026-10');
    expect(d.work.operations).toHaveLength(opsTeams.length * M * T);
    expect(d.work.ownWorkerDays).toHaveLength(opsTeams.length * M);
    expect(d.work.contractorWorkerDays).toHaveLength(opsTeams.length * M);
  });

  it('has operations in every month of every team with violations, at least one per violation, and crews for them', () => {
    let teamsWithViolations = 0;
    let bad = 0;
    d.work.teams.forEach((_, slot) => {
      const s = sums((x) => x === slot);
      if (s.violations === 0) {
        // The control-room teams of the bureau do no field work.
        if (s.operations !== 0 || s.contractors !== 0) bad++;
        return;
      }
      teamsWithViolations++;
      for (let m = 0; m < M; m++) {
        const cell = slot * M + m;
        let ops = 0;
        for (let k = 0; k < T; k++) ops += d.work.operations[cell * T + k]!;
        if (ops <= 0 || ops < violationsAt[cell]! || d.work.ownWorkerDays[cell]! <= 0 || d.work.contractorWorkerDays[cell]! < 0) bad++;
      }
      if (d.work.contractors[slot]! <= 0) bad++;
    });
    expect(bad).toBe(0);
    expect(teamsWithViolations).toBe(d.work.teams.length - 4);
  });

  it('follows the violations’ seasonal rhythm: summer busier than winter, Spring Festival months quieter', () => {
    const bureauOps = (months: string[]) => sums(allTeams, (m) => months.includes(m)).operations;
    expect(bureauOps(['2024-07', '2024-08'])).toBeGreaterThan(1.3 * bureauOps(['2024-11', '2024-12']));
    expect(bureauOps(['2025-02'])).toBeLessThan(0.75 * bureauOps(['2025-04']));
  });
});

describe('work: rates a safety manager finds plausible', () => {
  it('bureau-wide: 2–3.2 violations per 100 operations, steady month to month', () => {
    const s = sums(allTeams);
    expect(per100Operations(s)).toBeGreaterThan(2);
    expect(per100Operations(s)).toBeLessThan(3.2);
    for (const month of d.work.months.slice(1, -1)) {
      const rate = per100Operations(sums(allTeams, (m) => m === month));
      expect(rate, month).toBeGreaterThan(2);
      expect(rate, month).toBeLessThan(3.2);
    }
  });

  it('bureau-wide: 100–250 violations per 100 workers a year, with contractors doing 60–85 % of the worker-days', () => {
    const s = sums(allTeams);
    expect(per100WorkersPerYear(s, 3)).toBeGreaterThan(100);
    expect(per100WorkersPerYear(s, 3)).toBeLessThan(250);
    expect(s.contractor / (s.own + s.contractor)).toBeGreaterThan(0.6);
    expect(s.contractor / (s.own + s.contractor)).toBeLessThan(0.85);
    // Own staff spend 150–230 days a year in the field (of ~250 working days).
    expect(s.own / s.staff / 3).toBeGreaterThan(150);
    expect(s.own / s.staff / 3).toBeLessThan(230);
  });

  it('Huangpu, January to September of the as-of year: in the same ranges', () => {
    const huangpu = (slot: number) => d.teams[d.work.teams[slot]!]!.unitId === HUANGPU;
    const s = sums(huangpu, (m) => m >= '2026-01' && m <= '2026-09');
    expect(per100Operations(s)).toBeGreaterThan(2);
    expect(per100Operations(s)).toBeLessThan(3.2);
    expect(per100WorkersPerYear(s, 0.75)).toBeGreaterThan(100);
    expect(per100WorkersPerYear(s, 0.75)).toBeLessThan(250);
  });

  it('higher for construction and emergency repair than for patrol and switching', () => {
    const operations = new Float64Array(T);
    const violations = new Float64Array(T);
    d.work.operations.forEach((n, i) => (operations[i % T]! += n));
    d.violations.workType.forEach((w) => violations[w]!++);
    const rate = (type: (typeof workTypes)[number]) => violations[workTypes.indexOf(type)]! / operations[workTypes.indexOf(type)]!;
    for (const high of ['construction', 'emergency_repair'] as const) {
      for (const low of ['patrol', 'switching'] as const) expect(rate(high)).toBeGreaterThan(2 * rate(low));
    }
  });

  it('higher for contractor-heavy teams', () => {
    const teams = Array.from(d.work.teams, (_, slot) => sums((x) => x === slot))
      .filter((s) => s.violations > 0)
      .sort((a, b) => a.contractor / (a.own + a.contractor) - b.contractor / (b.own + b.contractor));
    const quarter = Math.floor(teams.length / 4);
    const mean = (list: Sums[]) => list.reduce((acc, s) => acc + per100Operations(s), 0) / list.length;
    expect(mean(teams.slice(-quarter))).toBeGreaterThan(1.1 * mean(teams.slice(0, quarter)));
  });
});
