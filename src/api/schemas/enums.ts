import { z } from '../../lib/zod';

// Enumerations of the contract. Codes are English; labels live in the UI's i18n and in GET /meta/enums.

export const unitKinds = ['bureau', 'district_bureau'] as const;
export const UnitKind = z.enum(unitKinds);

export const accountRoles = ['bureau_manager', 'district_manager', 'branch_secretary'] as const;
export const AccountRole = z.enum(accountRoles);

/** A party member's role in their branch. A member may also be a gridder (`isGridder`). */
export const memberRoles = ['secretary', 'branch_committee', 'member'] as const;
export const MemberRole = z.enum(memberRoles);

/** 班组 kinds: a "4+N" grid team serves a grid zone; an operations team does the field work. */
export const teamKinds = ['grid', 'operations'] as const;
export const TeamKind = z.enum(teamKinds);

export const violationCategories = ['behaviour', 'equipment', 'management'] as const;
export const ViolationCategory = z.enum(violationCategories);

export const severities = ['general', 'serious', 'severe'] as const;
export const Severity = z.enum(severities);

export const workTypes = [
  'patrol',
  'switching',
  'maintenance',
  'emergency_repair',
  'live_work',
  'construction',
] as const;
export const WorkType = z.enum(workTypes);

export const issueSources = ['violation', 'public_safety_hazard', 'asset_recovery'] as const;
export const IssueSource = z.enum(issueSources);

/** The closure loop, in order; the index is the code used in binary columns. */
export const issueStatuses = ['found', 'assigned', 'rectifying', 'awaiting_verification', 'closed'] as const;
export const IssueStatus = z.enum(issueStatuses);

export const issueActions = ['assign', 'start', 'submit', 'verify', 'reject', 'reopen'] as const;
export const IssueAction = z.enum(issueActions);

export const voltageLevels = [110, 220] as const;
export const VoltageKv = z.union([z.literal(110), z.literal(220)]);

export const datasetScales = ['default', 'province'] as const;
export const DatasetScale = z.enum(datasetScales);

/** Levels of the drill path the API computes indicators for (the bureau is a unit). */
export const indicatorLevels = ['unit', 'branch', 'zone', 'member'] as const;
export const IndicatorLevel = z.enum(indicatorLevels);

export const EnumEntry = z.object({ code: z.union([z.string(), z.number()]), zh: z.string(), en: z.string() });
export const EnumsResponse = z
  .record(z.string(), z.array(EnumEntry))
  .check(z.describe('each enumeration: its codes with zh-CN and en labels'));

export type ViolationCategory = z.infer<typeof ViolationCategory>;
export type Severity = z.infer<typeof Severity>;
export type WorkType = z.infer<typeof WorkType>;
export type IssueSource = z.infer<typeof IssueSource>;
export type IssueStatus = z.infer<typeof IssueStatus>;
export type IssueAction = z.infer<typeof IssueAction>;
export type AccountRole = z.infer<typeof AccountRole>;
export type MemberRole = z.infer<typeof MemberRole>;
export type TeamKind = z.infer<typeof TeamKind>;
export type UnitKind = z.infer<typeof UnitKind>;
export type DatasetScale = z.infer<typeof DatasetScale>;
export type IndicatorLevel = z.infer<typeof IndicatorLevel>;
