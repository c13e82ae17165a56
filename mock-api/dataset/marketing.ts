import type { MarketingResult } from '../../src/api/schemas/indicators';
import type { Team } from '../../src/api/schemas/org';
import { apportion } from './assets';
import type { Rng } from './prng';

// Win-order results of the grid teams, month by month from January of asOf's year to asOf's month.
// Huangpu's cumulative completion rates through September (or through asOf's month, if earlier) are
// the article's 101 % (count) and 274 % (amount); other districts land in 80–130 %.

export const HUANGPU_UNIT = 'U-440112';
export const HUANGPU_RATES = { count: 1.01, amount: 2.74 };
export const CALIBRATION_LAST_MONTH = 9;

interface Cell {
  team: Team;
  month: string;
  calibrated: boolean;
  target: number;
  amountTarget: number;
  raw: number;
  rawAmount: number;
}

export function buildMarketing(rng: Rng, gridTeams: Team[], year: number, lastMonth: number): MarketingResult[] {
  const calMonth = Math.min(CALIBRATION_LAST_MONTH, lastMonth);
  const byUnit = new Map<string, Team[]>();
  for (const t of gridTeams) byUnit.set(t.unitId, [...(byUnit.get(t.unitId) ?? []), t]);
  const results: MarketingResult[] = [];
  for (const [unitId, teams] of byUnit) {
    const rates =
      unitId === HUANGPU_UNIT ? HUANGPU_RATES : { count: rng.range(0.8, 1.3), amount: rng.range(0.8, 1.3) };
    const cells: Cell[] = [];
    for (let m = 1; m <= lastMonth; m++) {
      for (const team of teams) {
        const target = rng.int(6, 20);
        const amountTarget = rng.int(8, 40) * 10_000;
        cells.push({
          team,
          month: `${year}-${String(m).padStart(2, '0')}`,
          calibrated: m <= calMonth,
          target,
          amountTarget,
          raw: target * Math.exp(0.3 * rng.normal()),
          rawAmount: amountTarget * Math.exp(0.4 * rng.normal()),
        });
      }
    }
    const cal = cells.filter((c) => c.calibrated);
    const sum = (f: (c: Cell) => number) => cal.reduce((s, c) => s + f(c), 0);
    // Actuals share the district's calibrated total in proportion to their raw draws.
    const counts = apportion(Math.round(rates.count * sum((c) => c.target)), cal.map((c) => c.raw), 0);
    const amounts = apportion(Math.round(rates.amount * sum((c) => c.amountTarget)), cal.map((c) => c.rawAmount), 0);
    let k = 0;
    for (const c of cells) {
      const calibrated = c.calibrated ? k++ : -1;
      results.push({
        gridTeamId: c.team.id,
        unitId,
        month: c.month,
        winOrders: calibrated >= 0 ? (counts[calibrated] as number) : Math.round(c.raw * rates.count),
        winOrdersTarget: c.target,
        winAmountCny: calibrated >= 0 ? (amounts[calibrated] as number) : Math.round(c.rawAmount * rates.amount),
        winAmountTargetCny: c.amountTarget,
      });
    }
  }
  return results.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}
