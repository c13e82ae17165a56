import { YEAR_DAYS } from '../../src/api/indicator-catalogue';
import { workTypes } from '../../src/api/schemas/enums';
import type { WorkLevel, WorkMonth } from '../../src/api/schemas/work';
import { dayWeight, violationWindow } from '../dataset/violations';
import type { ServerContext } from './context';
import { HttpProblem } from './problem';
import { DAY_MS, dayOf, startOfDay, startOfMonth } from './time';

// The work done by a unit or branch over a window, from the generated work table: the denominators of
// "violations per 100 operations" and "violations per 100 workers per year".

const TYPES = workTypes.length;

export interface WorkTally {
  operations: number;
  operationsByWorkType: Record<(typeof workTypes)[number], number>;
  ownWorkerDays: number;
  contractorWorkerDays: number;
  /** Own staff + registered contractor workers of the subject's operations teams. */
  workers: number;
  /** workers × the window's length in years (the part of it within the dataset's three years). */
  workerYears: number;
}

export interface WorkReport {
  name: string;
  /** People of the subject's operations teams, and their registered contractor workers. */
  ownStaff: number;
  contractors: number;
  points: WorkMonth[];
  tally: WorkTally;
}

/** Day weight summed over [from, to) (epoch ms at day starts): how the generator spread each month's work over its days. */
function weightOf(from: number, to: number): number {
  let w = 0;
  for (let day = from; day < to; day += DAY_MS) w += dayWeight(day);
  return w;
}

const byWorkType = (value: (type: (typeof workTypes)[number], i: number) => number) =>
  Object.fromEntries(workTypes.map((t, i) => [t, value(t, i)])) as WorkTally['operationsByWorkType'];

/**
 * Work of a unit (every operations team under it) or a branch (its operations teams) over the days
 * from..to. Months the window covers in part count that part of their work, by the days' weights.
 */
export function workReport(ctx: ServerContext, level: WorkLevel, id: string, window: { from: string; to: string }): WorkReport {
  const { dataset, index } = ctx;
  const unit = level === 'unit' ? index.unitById.get(id) : undefined;
  const branch = level === 'branch' ? index.branchById.get(id) : undefined;
  if (!unit && !branch) throw new HttpProblem(404, `No ${level} '${id}'.`);
  const work = dataset.work;
  const M = work.months.length;
  const slots: number[] = [];
  let ownStaff = 0;
  let contractors = 0;
  work.teams.forEach((teamIndex, slot) => {
    const team = dataset.teams[teamIndex];
    if (!team || (unit ? !index.withinUnit(id, team.unitId) : team.branchId !== id)) return;
    slots.push(slot);
    ownStaff += team.memberIds.length + team.staffIds.length;
    contractors += work.contractors[slot] ?? 0;
  });

  const { dataFrom, dataTo, from, to } = windowWithinData(ctx, window);

  const points: WorkMonth[] = [];
  work.months.forEach((month, m) => {
    const monthFrom = Math.max(startOfMonth(month), dataFrom);
    const monthTo = Math.min(m + 1 < M ? startOfMonth(work.months[m + 1] ?? month) : dataTo, dataTo);
    const coveredFrom = Math.max(monthFrom, from);
    const coveredTo = Math.min(monthTo, to);
    if (coveredFrom >= coveredTo) return;
    const part = coveredFrom === monthFrom && coveredTo === monthTo ? 1 : weightOf(coveredFrom, coveredTo) / weightOf(monthFrom, monthTo);
    const ops = new Float64Array(TYPES);
    let own = 0;
    let contractor = 0;
    for (const slot of slots) {
      for (let w = 0; w < TYPES; w++) ops[w] = (ops[w] ?? 0) + (work.operations[(slot * M + m) * TYPES + w] ?? 0);
      own += work.ownWorkerDays[slot * M + m] ?? 0;
      contractor += work.contractorWorkerDays[slot * M + m] ?? 0;
    }
    const operationsByWorkType = byWorkType((_, w) => Math.round((ops[w] ?? 0) * part));
    points.push({
      month,
      operations: Object.values(operationsByWorkType).reduce((a, b) => a + b, 0),
      operationsByWorkType,
      ownWorkerDays: Math.round(own * part),
      contractorWorkerDays: Math.round(contractor * part),
    });
  });

  const sum = (f: (p: WorkMonth) => number) => points.reduce((acc, p) => acc + f(p), 0);
  const workers = ownStaff + contractors;
  const years = daysOf({ from, to }) / YEAR_DAYS;
  return {
    name: unit?.name ?? branch?.name ?? id,
    ownStaff,
    contractors,
    points,
    tally: {
      operations: sum((p) => p.operations),
      operationsByWorkType: byWorkType((type) => sum((p) => p.operationsByWorkType[type])),
      ownWorkerDays: sum((p) => p.ownWorkerDays),
      contractorWorkerDays: sum((p) => p.contractorWorkerDays),
      workers,
      workerYears: Math.round(workers * years * 100) / 100,
    },
  };
}

/** The window's days, clipped to those the dataset covers: [from, to) as instants, and the dataset's own [dataFrom, dataTo). */
export function windowWithinData(ctx: ServerContext, window: { from: string; to: string }): { dataFrom: number; dataTo: number; from: number; to: number } {
  const asOf = Date.parse(ctx.dataset.meta.asOf);
  const dataFrom = violationWindow(asOf).from;
  const dataTo = startOfDay(dayOf(asOf)) + DAY_MS;
  return { dataFrom, dataTo, from: Math.max(startOfDay(window.from), dataFrom), to: Math.min(startOfDay(window.to) + DAY_MS, dataTo) };
}

/** A span's length in whole days (the client counts the same days). */
export const daysOf = ({ from, to }: { from: number; to: number }): number => Math.max(0, Math.round((to - from) / DAY_MS));

/** The tallies alone: what the indicators need for rates per 100 operations and per 100 workers per year. */
export function workTally(ctx: ServerContext, level: WorkLevel, id: string, window: { from: string; to: string }): WorkTally {
  return workReport(ctx, level, id, window).tally;
}
