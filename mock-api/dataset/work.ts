import { workTypes } from '../../src/api/schemas/enums';
import type { Dataset, WorkTable } from './model';
import { Rng, hashString } from './prng';
import { DAY_MS, shanghaiDate, shanghaiParts } from './shanghai-time';
import { dayWeight, violationWindow } from './violations';

/*
 * The work done (作业): per operations team and month, operations by work type and the worker-days of
 * the crews, own staff and contractor workers (外包). Derived from the violations (which are fixed), so
 * that every rate has an honest denominator: a team's operations follow its violations (same team, same
 * day weights, its work-type mix) divided by a plausible violation rate, plus noise.
 *
 * Each team's own staff spend about OWN_FIELD_DAYS_PER_YEAR in the field; contractor crews do the rest.
 * A team with much work per head leans on contractors, and contractor crews break the rules
 * CONTRACTOR_RATE_FACTOR times as often: contractor-heavy teams have the higher rates.
 *
 * Knowing how much each team contracts out, the work step also says which of its violations its
 * contractor crews committed (their person becomes -1): the share their worker-days and rate imply.
 */

// Per work type: patrol, switching, maintenance, emergency_repair, live_work, construction.
/** Crew size × days per operation. */
const WORKER_DAYS_PER_OPERATION = [2 * 0.5, 2 * 0.25, 4 * 1, 4 * 0.5, 4 * 0.5, 8 * 1.25];
/** Contractors' share of each work type's worker-days in a typical team (switching is own staff only). */
const CONTRACTED_SHARE = [0.5, 0, 0.8, 0.6, 0.5, 0.9];
/** A team leans on contractors from not at all (level 0) to twice the typical share (level 2), never beyond MAX_CONTRACTED. */
const MAX_LEVEL = 2;
const MAX_CONTRACTED = 0.95;
/** Violations per 100 operations by an own-staff crew; a contractor crew's rate is CONTRACTOR_RATE_FACTOR times it. */
const OWN_RATE_PER_100 = [1, 1.3, 1.5, 2.6, 1.7, 2.1];
const CONTRACTOR_RATE_FACTOR = 2.5;
/** Field days a year of an own staff member (of ~250 working days: the rest office, training, leave). */
const OWN_FIELD_DAYS_PER_YEAR = 190;
/** Days a year a registered contractor worker works for the team (they are shared with other clients). */
const CONTRACTOR_DAYS_PER_YEAR = 150;
/** Weight (in violations) of the bureau-wide work-type mix in each team's mix: small teams keep a sane mix. */
const MIX_PRIOR = 30;
const TYPES = workTypes.length;

export function allocateWork(teams: number, months: number): WorkTable {
  return {
    months: [],
    teams: new Uint32Array(teams),
    contractors: new Uint16Array(teams),
    operations: new Uint32Array(teams * months * TYPES),
    ownWorkerDays: new Uint32Array(teams * months),
    contractorWorkerDays: new Uint32Array(teams * months),
  };
}

/** The months of the violation window with their day-weight sums (the violations' own rhythm). */
function workMonths(asOf: number): { months: string[]; starts: number[]; weights: number[] } {
  const { from } = violationWindow(asOf);
  const months: string[] = [];
  const starts: number[] = [];
  const weights: number[] = [];
  for (let day = from; day <= asOf; day += DAY_MS) {
    const p = shanghaiParts(day);
    const month = `${p.year}-${String(p.month).padStart(2, '0')}`;
    if (months[months.length - 1] !== month) {
      months.push(month);
      starts.push(shanghaiDate(p.year, p.month, 1));
      weights.push(0);
    }
    weights[weights.length - 1] = (weights[weights.length - 1] ?? 0) + dayWeight(day);
  }
  return { months, starts, weights };
}

const contracted = (w: number, level: number) => Math.min(MAX_CONTRACTED, level * (CONTRACTED_SHARE[w] ?? 0));
const rateOf = (w: number, level: number) => ((OWN_RATE_PER_100[w] ?? 2) / 100) * (1 + (CONTRACTOR_RATE_FACTOR - 1) * contracted(w, level));

/** Own worker-days needed for `expected` violations by type when the team contracts at `level`. */
function ownDays(expected: number[], level: number): number {
  let days = 0;
  for (let w = 0; w < TYPES; w++) {
    const ops = (expected[w] ?? 0) / rateOf(w, level);
    days += ops * (WORKER_DAYS_PER_OPERATION[w] ?? 1) * (1 - contracted(w, level));
  }
  return days;
}

/** The contracting level at which own staff do `capacity` worker-days (bisection: ownDays falls as it rises). */
function contractingLevel(expected: number[], capacity: number): number {
  if (ownDays(expected, 0) <= capacity) return 0;
  if (ownDays(expected, MAX_LEVEL) >= capacity) return MAX_LEVEL;
  let lo = 0;
  let hi = MAX_LEVEL;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (ownDays(expected, mid) > capacity) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function buildWork(dataset: Dataset, asOf: number, seed: string): WorkTable {
  // Its own stream: the rest of the dataset is byte-identical with or without this step.
  const rng = new Rng(hashString(`${seed}:work`));
  const { months, starts, weights } = workMonths(asOf);
  const M = months.length;
  const teamIndexes = dataset.teams.flatMap((t, i) => (t.kind === 'operations' ? [i] : []));
  const work = allocateWork(teamIndexes.length, M);
  work.months = months;
  work.teams.set(teamIndexes);
  const slotOf = new Int32Array(dataset.teams.length).fill(-1);
  teamIndexes.forEach((team, slot) => (slotOf[team] = slot));

  // Violations per team, month and work type (rows are in time order: one pass), and the bureau's mix.
  const v = dataset.violations;
  const seen = new Uint32Array(teamIndexes.length * M * TYPES);
  const bureauMix = new Float64Array(TYPES);
  let m = 0;
  for (let row = 0; row < v.count; row++) {
    const t = v.time[row] ?? 0;
    while (m + 1 < M && t >= (starts[m + 1] ?? Infinity)) m++;
    const slot = slotOf[v.team[row] ?? 0] ?? -1;
    const w = v.workType[row] ?? 0;
    if (slot < 0 || t < (starts[0] ?? 0)) continue;
    const cell = (slot * M + m) * TYPES + w;
    seen[cell] = (seen[cell] ?? 0) + 1;
    bureauMix[w] = (bureauMix[w] ?? 0) + 1 / v.count;
  }

  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const years = (asOf - violationWindow(asOf).from) / (365.25 * DAY_MS);
  const levels = new Float64Array(teamIndexes.length);
  teamIndexes.forEach((team, slot) => {
    const byType = new Float64Array(TYPES);
    for (let k = 0; k < M * TYPES; k++) byType[k % TYPES] = (byType[k % TYPES] ?? 0) + (seen[slot * M * TYPES + k] ?? 0);
    const total = byType.reduce((a, b) => a + b, 0);
    if (total === 0) return; // a control-room team: no field work
    // Expected violations by type over the window: the team's own mix, pulled towards the bureau's.
    const expected = Array.from(byType, (n, w) => (total * (n + MIX_PRIOR * (bureauMix[w] ?? 0))) / (total + MIX_PRIOR));
    const t = dataset.teams[team];
    const headcount = (t?.memberIds.length ?? 0) + (t?.staffIds.length ?? 0);
    const level = contractingLevel(expected, headcount * OWN_FIELD_DAYS_PER_YEAR * years * Math.exp(0.1 * rng.normal()));
    levels[slot] = level;
    let contractorDays = 0;
    for (let mi = 0; mi < M; mi++) {
      const share = (weights[mi] ?? 0) / totalWeight;
      let own = 0;
      let contractor = 0;
      for (let w = 0; w < TYPES; w++) {
        const cell = (slot * M + mi) * TYPES + w;
        const mean = ((expected[w] ?? 0) * share) / rateOf(w, level);
        // Every violation was found on some operation.
        const ops = Math.max(Math.round(mean * Math.exp(0.1 * rng.normal())), seen[cell] ?? 0);
        const days = ops * (WORKER_DAYS_PER_OPERATION[w] ?? 1);
        work.operations[cell] = ops;
        own += days * (1 - contracted(w, level));
        contractor += days * contracted(w, level);
      }
      const cell = slot * M + mi;
      work.ownWorkerDays[cell] = Math.round(own * Math.exp(0.05 * rng.normal()));
      work.contractorWorkerDays[cell] = Math.round(contractor * Math.exp(0.05 * rng.normal()));
      contractorDays += work.contractorWorkerDays[cell] ?? 0;
    }
    work.contractors[slot] = Math.round(contractorDays / years / CONTRACTOR_DAYS_PER_YEAR);
  });
  markContractorViolations(dataset, slotOf, levels, seed);
  return work;
}

/** Of a crew's violations of work type `w`, the share by its contractor workers at contracting `level`. */
function contractorViolationShare(w: number, level: number): number {
  const c = contracted(w, level);
  return (c * CONTRACTOR_RATE_FACTOR) / (c * CONTRACTOR_RATE_FACTOR + 1 - c);
}

/** Sets person = -1 on the violations a contractor committed, row by row at the team's share, on a stream of its own. */
function markContractorViolations(dataset: Dataset, slotOf: Int32Array, levels: Float64Array, seed: string): void {
  const rng = new Rng(hashString(`${seed}:violators`));
  const v = dataset.violations;
  for (let row = 0; row < v.count; row++) {
    const slot = slotOf[v.team[row] ?? 0] ?? -1;
    const share = slot < 0 ? 0 : contractorViolationShare(v.workType[row] ?? 0, levels[slot] ?? 0);
    if (rng.next() < share) v.person[row] = -1;
  }
}
