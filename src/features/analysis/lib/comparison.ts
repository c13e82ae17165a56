/*
 * A value against a reference (the previous window, the siblings' mean) as a reader takes it: a rate
 * in % changes by percentage points, anything else by a relative change in % (by the absolute
 * difference where the reference is 0, whose relative change has no size). Red means worse.
 */

export interface Delta {
  direction: 'up' | 'down' | 'same';
  /** good or bad by the indicator's direction; neutral when equal. */
  tone: 'good' | 'bad' | 'neutral';
  /** How `amount` reads: a relative change in %, percentage points, or a difference in the value's unit. */
  kind: 'percent' | 'points' | 'absolute';
  /** Without sign: the direction says which way. */
  amount: number;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function deltaOf(value: number | null, reference: number | null, unit: string, better: 'higher' | 'lower'): Delta | null {
  if (value === null || reference === null || !Number.isFinite(value) || !Number.isFinite(reference)) return null;
  const diff = value - reference;
  let kind: Delta['kind'];
  let amount: number;
  if (unit === '%') [kind, amount] = ['points', round(Math.abs(diff), 2)];
  else if (reference === 0) [kind, amount] = ['absolute', round(Math.abs(diff), 2)];
  else [kind, amount] = ['percent', round(Math.abs(diff / reference) * 100, 1)];
  // Equal to the digits shown: no arrow, no colour.
  const direction = amount === 0 ? 'same' : diff > 0 ? 'up' : 'down';
  const tone = direction === 'same' ? 'neutral' : (direction === 'up') === (better === 'higher') ? 'good' : 'bad';
  return { direction, tone, kind, amount };
}
