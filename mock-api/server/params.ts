import { z } from 'zod';
import { HttpProblem } from './problem';
import { issueSources, issueStatuses, severities, violationCategories, workTypes } from '../../src/api/schemas/enums';
import { MAX_PAGE_SIZE } from '../../src/api/schemas/common';

// Query and path parameters, validated at the edge. Query objects are strict: an unknown parameter is a 400
// (request bodies are strict too, in their contract schemas: an unknown field is a 422).

export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/, 'expected an id of letters, digits, _ . -');
export const IdParams = z.strictObject({ id: Id });
/** Longer path parameters are refused by the router itself (414), before the Id check. */
export const MAX_PARAM_LENGTH = 100;

export const DayParam = z.iso.date().describe('a calendar day, Asia/Shanghai (YYYY-MM-DD)');

export function commaList<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  return z
    .string()
    .describe(`${description}, comma-separated: ${values.join(', ')}`)
    .transform((s) => s.split(',').map((x) => x.trim()))
    .pipe(z.array(z.enum(values)).min(1));
}

export const BBoxParam = z
  .string()
  .describe('minLon,minLat,maxLon,maxLat')
  .transform((s, ctx) => {
    const parts = s.split(',').map((x) => (x.trim() === '' ? Number.NaN : Number(x)));
    const [minLon, minLat, maxLon, maxLat] = parts;
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || minLon === undefined || minLat === undefined || maxLon === undefined || maxLat === undefined) {
      ctx.addIssue({ code: 'custom', message: 'expected four numbers minLon,minLat,maxLon,maxLat' });
      return z.NEVER;
    }
    if (minLon > maxLon || minLat > maxLat || minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
      ctx.addIssue({ code: 'custom', message: 'expected minLon ≤ maxLon and minLat ≤ maxLat within [-180,180]×[-90,90]' });
      return z.NEVER;
    }
    return [minLon, minLat, maxLon, maxLat] as [number, number, number, number];
  });

/** A whole number in plain decimal digits: z.coerce.number() would also take 0x10, 1e1, 0b11 or ' 7'. */
export function integerParam(min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,10}$/, 'expected a whole number in decimal digits')
    .transform(Number)
    .pipe(z.int().min(min).max(max));
}

/** The largest page, as the contract says (the client pages with it). */
export const MAX_LIMIT = MAX_PAGE_SIZE;
export const Offset = integerParam(0, 1e9).default(0).describe('items to skip (default 0)');
export const Limit = integerParam(1, MAX_LIMIT).default(100).describe(`page size, 1 to ${MAX_LIMIT} (default 100)`);

export const BooleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const Window = {
  from: DayParam.optional().describe('first day of the window (inclusive)'),
  to: DayParam.optional().describe('last day of the window (inclusive)'),
};

export const ViolationQuery = z
  .strictObject({
    ...Window,
    category: commaList(violationCategories, 'categories').optional(),
    severity: commaList(severities, 'severities').optional(),
    workType: commaList(workTypes, 'work types').optional(),
    status: commaList(issueStatuses, 'issue statuses').optional(),
    repeat: BooleanParam.optional().describe('true: only repeat violations; false: only first ones (see the indicator repeat_violation_share for the rule)'),
    unitId: Id.optional(),
    branchId: Id.optional(),
    zoneId: Id.optional(),
    memberId: Id.optional().describe('violations in this party member\'s circle'),
    bbox: BBoxParam.optional(),
    offset: Offset,
    limit: Limit,
  })
  .describe('violations, newest first');

export const IssueQuery = z.strictObject({
  ...Window,
  status: commaList(issueStatuses, 'issue statuses').optional(),
  source: commaList(issueSources, 'issue sources').optional(),
  overdue: BooleanParam.optional().describe('true: past the deadline (open), or closed after it; false: neither'),
  reopened: BooleanParam.optional().describe('true: only issues reopened after being closed at least once; false: only the others'),
  unitId: Id.optional(),
  branchId: Id.optional(),
  zoneId: Id.optional(),
  memberId: Id.optional().describe('the issues of the violations in this party member\'s circle (standalone issues have no circle)'),
  offset: Offset,
  limit: Limit,
});

/** Days from..to must be in order: a 400 naming `from` otherwise. */
export function assertWindowInOrder(from?: string, to?: string): void {
  if (from && to && from > to) {
    throw new HttpProblem(400, "Invalid query parameter 'from': from is after to.", { errors: [{ name: 'from', reason: 'from is after to' }] });
  }
}
