import { z } from '../../lib/zod';
import { INDICATOR_KEYS } from '../indicator-catalogue';
import { Day, MAX_PAGE_SIZE } from './common';
import { IndicatorLevel, indicatorLevels, issueSources, issueStatuses, severities, teamKinds, violationCategories, workTypes } from './enums';
import { rankingOrders } from './indicators';
import { WorkLevel } from './work';

// Query and path parameters of the API: the server validates with these, the client's request builders
// are typed from them (types only: see QueryParams and api-client.ts), so a renamed parameter is a
// compile error on both sides. Query objects are strict: an unknown parameter is a 400.

export const Id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/, 'expected an id of letters, digits, _ . -'));
export const IdParams = z.strictObject({ id: Id });

export const DayParam = Day.check(z.describe('a calendar day, Asia/Shanghai (YYYY-MM-DD)'));

const optional = <T extends z.ZodMiniType>(schema: T, description?: string) =>
  description === undefined ? z.optional(schema) : z.optional(schema).check(z.describe(description));

/** `a,b` → ['a', 'b'], each one of `values`. */
export function commaList<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  const text = z.string().check(z.describe(`${description}, comma-separated: ${values.join(', ')}`));
  const split = z.pipe(text, z.transform((s: string) => s.split(',').map((x) => x.trim())));
  return z.pipe(split, z.array(z.enum(values)).check(z.minLength(1)));
}

type BBoxValue = [number, number, number, number];

export const BBoxParam = z.pipe(
  z.string().check(z.describe('minLon,minLat,maxLon,maxLat')),
  z.transform((s: string, ctx): BBoxValue => {
    const fail = (message: string) => {
      ctx.issues.push({ code: 'custom', message, input: s });
      return z.NEVER;
    };
    const parts = s.split(',').map((x) => (x.trim() === '' ? Number.NaN : Number(x)));
    const [minLon, minLat, maxLon, maxLat] = parts;
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || minLon === undefined || minLat === undefined || maxLon === undefined || maxLat === undefined) {
      return fail('expected four numbers minLon,minLat,maxLon,maxLat');
    }
    if (minLon > maxLon || minLat > maxLat || minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
      return fail('expected minLon ≤ maxLon and minLat ≤ maxLat within [-180,180]×[-90,90]');
    }
    return [minLon, minLat, maxLon, maxLat];
  }),
);

/** A whole number in plain decimal digits: a coercing number would also take 0x10, 1e1, 0b11 or ' 7'. */
export function integerParam(min: number, max: number) {
  const digits = z.string().check(z.regex(/^\d{1,10}$/, 'expected a whole number in decimal digits'));
  return z.pipe(z.pipe(digits, z.transform(Number)), z.int().check(z.gte(min), z.lte(max)));
}

/** The largest page, as the contract says (the client pages with it). */
export const MAX_LIMIT = MAX_PAGE_SIZE;
export const Offset = z._default(integerParam(0, 1e9), 0).check(z.describe('items to skip (default 0)'));
export const Limit = z._default(integerParam(1, MAX_LIMIT), 100).check(z.describe(`page size, 1 to ${MAX_LIMIT} (default 100)`));

export const BooleanParam = z.pipe(z.enum(['true', 'false']), z.transform((v: 'true' | 'false') => v === 'true'));

export const Window = {
  from: optional(DayParam, 'first day of the window (inclusive)'),
  to: optional(DayParam, 'last day of the window (inclusive)'),
};

/** Endpoints that take no query parameters still refuse unknown ones. */
export const NoQuery = z.strictObject({});

export const ViolationQuery = z
  .strictObject({
    ...Window,
    category: optional(commaList(violationCategories, 'categories')),
    severity: optional(commaList(severities, 'severities')),
    workType: optional(commaList(workTypes, 'work types')),
    status: optional(commaList(issueStatuses, 'issue statuses')),
    overdue: optional(BooleanParam, 'true: only those whose issue is past its deadline (open), or was closed after it; false: neither'),
    repeat: optional(BooleanParam, 'true: only repeat violations; false: only first ones (see the indicator repeat_violation_share for the rule)'),
    aroundMembers: optional(
      BooleanParam,
      'true: only violations in some party member\'s circle (党员身边: a member\'s own, or by someone a member liaises with); false: only the others (contractor workers, staff no member liaises with)',
    ),
    unitId: optional(Id),
    branchId: optional(Id),
    zoneId: optional(Id),
    memberId: optional(Id, 'violations in this party member\'s circle'),
    bbox: optional(BBoxParam),
    offset: Offset,
    limit: Limit,
  })
  .check(z.describe('violations, newest first'));

/** The orders of an issue list: `-deadline` lists the most recently overdue first (a wall's ticker). */
export const ISSUE_LIST_SORTS = ['-createdAt', 'deadline', '-deadline'] as const;

export const IssueQuery = z.strictObject({
  ...Window,
  status: optional(commaList(issueStatuses, 'issue statuses')),
  source: optional(commaList(issueSources, 'issue sources')),
  category: optional(commaList(violationCategories, 'only issues of violations of these categories (issues of other sources have none: left out)')),
  severity: optional(commaList(severities, 'only issues of violations of these severities (issues of other sources have none: left out)')),
  workType: optional(commaList(workTypes, 'only issues of violations in work of these types (issues of other sources have none: left out)')),
  overdue: optional(BooleanParam, 'true: past the deadline (open), or closed after it; false: neither'),
  reopened: optional(BooleanParam, 'true: only issues reopened after being closed at least once; false: only the others'),
  unitId: optional(Id),
  branchId: optional(Id),
  zoneId: optional(Id),
  memberId: optional(Id, 'the issues of the violations in this party member\'s circle (standalone issues have no circle)'),
  sort: optional(z.enum(ISSUE_LIST_SORTS), 'newest first (-createdAt, the default), or by deadline day: soonest first (deadline) or latest first (-deadline), the newest first within a day'),
  offset: Offset,
  limit: Limit,
});

/** /indicators, /breakdown and /series/monthly: one subject over a window. */
export const SubjectQuery = z.strictObject({
  level: IndicatorLevel,
  id: Id.check(z.describe('the unit, branch, grid zone or member id')),
  ...Window,
});

/** The violation filters a breakdown or a monthly series takes: the map's filters (category, severity, status, work type, overdue). */
const ViolationFilters = {
  category: optional(commaList(violationCategories, 'only violations of these categories (other-source issues have none: left out)')),
  severity: optional(commaList(severities, 'only violations of these severities (other-source issues have none: left out)')),
  status: optional(commaList(issueStatuses, 'only violations (and issues) whose issue is in one of these states now')),
  workType: optional(commaList(workTypes, 'only violations in work of these types (other-source issues have none: left out)')),
  overdue: optional(BooleanParam, 'true: only those whose issue is past its deadline (open), or was closed after it'),
};

/** A subject over a window, with the map's violation filters. */
export const FilteredSubjectQuery = z.strictObject({
  level: IndicatorLevel,
  id: Id.check(z.describe('the unit, branch, grid zone or member id')),
  ...Window,
  ...ViolationFilters,
});

export const RankingQuery = z.strictObject({
  level: z.enum(indicatorLevels).check(z.describe('the level of the subject whose children are ranked (the bureau is the unit U-GZ)')),
  id: Id.check(z.describe('the unit, branch or grid zone id')),
  key: z.enum(INDICATOR_KEYS).check(z.describe('the indicator to rank by (GET /indicators lists each with its definition)')),
  childLevel: optional(
    z.enum(indicatorLevels),
    'the level ranked: by default the next one down (the bureau: its district bureaus; a district bureau: its branches; a branch: its grid zones; a zone: its members); ' +
      'or any level under the subject (e.g. every grid zone of a district bureau)',
  ),
  order: z._default(z.enum(rankingOrders), 'best').check(z.describe('best (default): best first by the indicator\'s direction; worst: worst first')),
  ...Window,
});

export const MarketingQuery = z.strictObject({
  unitId: optional(Id),
  branchId: optional(Id, 'the grid teams of this branch'),
  zoneId: optional(Id, 'the grid team serving this zone'),
  gridTeamId: optional(Id),
  from: optional(DayParam, 'the months from this day\'s month (inclusive)'),
  to: optional(DayParam, 'the months up to this day\'s month (inclusive)'),
});

export const WorkQuery = z.strictObject({
  level: WorkLevel,
  id: Id.check(z.describe('the unit or branch id')),
  ...Window,
});

export const BranchQuery = z.strictObject({ unitId: optional(Id) });

export const MemberQuery = z.strictObject({
  unitId: optional(Id),
  branchId: optional(Id),
  zoneId: optional(Id, 'the gridders serving this zone'),
  teamId: optional(Id, 'members of this operations or grid team'),
  offset: Offset,
  limit: Limit,
});

export const MemberSummaryQuery = z.strictObject({
  unitId: optional(Id),
  branchId: optional(Id),
  zoneId: optional(Id, 'the grid team serving this zone'),
});

export const TeamQuery = z.strictObject({
  unitId: optional(Id),
  branchId: optional(Id),
  zoneId: optional(Id, 'the grid team serving this zone'),
  kind: optional(z.enum(teamKinds)),
  complete: optional(
    BooleanParam,
    'true: only complete "4+N" grid teams (four party-member gridders and N ≥ 1 staff); false: only the others (operations teams are never complete)',
  ),
});

export const ZoneQuery = z.strictObject({ unitId: optional(Id), branchId: optional(Id) });

/** /substations, /feeders, /base-stations. */
export const AssetQuery = z.strictObject({
  bbox: optional(BBoxParam, 'minLon,minLat,maxLon,maxLat: features whose extent meets it'),
  unitId: optional(Id),
});

export const TransformerDistrictQuery = z.extend(AssetQuery, {
  geometry: z._default(z.enum(['point', 'area']), 'point').check(z.describe('point: the transformer; area: its service area')),
  branchId: optional(Id, 'in the zones of this branch'),
  zoneId: optional(Id),
  assigned: optional(
    BooleanParam,
    'true: only those with a responsible gridder (包干到户: gridderId names a party-member gridder); false: only the others',
  ),
});

/**
 * The query of each list endpoint, by its path under /api/v1. The client types its params by the path it
 * asks for (a path not here takes none); a test checks that the server serves each path with this schema.
 */
export const endpointQueries = {
  '/violations': ViolationQuery,
  '/issues': IssueQuery,
  '/indicators': SubjectQuery,
  '/indicators/ranking': RankingQuery,
  '/indicators/comparison': SubjectQuery,
  '/breakdown': FilteredSubjectQuery,
  '/series/monthly': FilteredSubjectQuery,
  '/marketing': MarketingQuery,
  '/work/monthly': WorkQuery,
  '/branches': BranchQuery,
  '/members': MemberQuery,
  '/members/summary': MemberSummaryQuery,
  '/teams': TeamQuery,
  '/zones': ZoneQuery,
  '/substations': AssetQuery,
  '/feeders': AssetQuery,
  '/base-stations': AssetQuery,
  '/transformer-districts': TransformerDistrictQuery,
} as const;

export type EndpointQueries = typeof endpointQueries;

/** A list or tuple value, taken read-only (the client passes `as const` lists). */
type ReadonlyValue<V> = V extends readonly unknown[] ? Readonly<V> : V;

/**
 * What a client passes for a query: each parameter as its parsed value (a number, a list, a boolean), optional
 * where the server has a default. The client's URL encoder (buildUrl) writes these back as the server reads them.
 */
export type QueryParams<S extends z.ZodMiniType> = {
  [K in keyof z.input<S>]: ReadonlyValue<z.output<S>[K & keyof z.output<S>]>;
};
