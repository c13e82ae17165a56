import type {
  Branch,
  GridZoneCollection,
  Member,
  Staff,
  Team,
  Unit,
} from '../../src/api/schemas/org';
import type {
  BaseStationCollection,
  FeederCollection,
  SubstationCollection,
  TransformerDistrictCollection,
} from '../../src/api/schemas/assets';
import type { DatasetMeta } from '../../src/api/schemas/session';
import type { IssueSource, IssueStatus } from '../../src/api/schemas/enums';
import type { IssueHistoryEntry } from '../../src/api/schemas/issues';
import type { MarketingResult } from '../../src/api/schemas/indicators';

/*
 * The generated dataset as the server holds it in memory. Small collections are plain objects in the
 * contract's shapes (with real, unmasked names: the server masks per caller). Violations and the issues
 * born from them are columnar, so that a province (10⁶ rows) fits in memory and filters fast:
 * row i is violation violationIdOf(i), in time order, and its issue is issueIdOfViolationRow(i).
 */

export interface Committee {
  id: string;
  name: string;
  unitId: string;
  /** Party committee members (member ids); each liaises with some grid zones. */
  memberIds: string[];
}

export interface PartyGroup {
  id: string;
  name: string;
  branchId: string;
}

export interface ViolationTable {
  count: number;
  /** Epoch milliseconds; non-decreasing with the row. */
  time: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  /** Indexes into violationCategories / severities / workTypes. */
  category: Uint8Array;
  severity: Uint8Array;
  workType: Uint8Array;
  /** Index into Dataset.zones.features. */
  zone: Uint32Array;
  /** Index into Dataset.teams (the operations team on site). */
  team: Uint32Array;
  /** Who broke the rule: index into Dataset.people, or -1 for a contractor worker (外包: not on the roster). */
  person: Int32Array;
  /** Index into Dataset.transformerDistricts.features, or -1. */
  transformerDistrict: Int32Array;
  /** Index into Dataset.feeders.features, or -1. */
  feeder: Int32Array;
  /** Index into Dataset.violationDescriptions. */
  description: Uint16Array;
  /** The generated state of the violation's issue (before any API write): index into issueStatuses. */
  issueStatus: Uint8Array;
  /** Deadline of the issue, epoch ms (end of that day, Asia/Shanghai). */
  issueDeadline: Float64Array;
  /** When the issue was closed, epoch ms, or NaN while open. */
  issueClosedAt: Float64Array;
  /** 1 when the issue was closed once and reopened. */
  issueReopened: Uint8Array;
  /**
   * The issue's current assignee (index into Dataset.people), or -1 while it is only found.
   * Always set by the generator; optional only so hand-made test tables may leave it out.
   */
  issueAssignee?: Int32Array;
  /** The issue's version as generated: the number of entries in its history (1 = just created). Always set by the generator. */
  issueVersion?: Uint8Array;
}

/**
 * The work done (作业): per operations team and calendar month (Asia/Shanghai) of the violation window,
 * the operations by work type (each on a work ticket) and the worker-days of the crews that did them.
 * Columnar: team slot t (index into `teams`), month m (index into `months`), work type w.
 */
export interface WorkTable {
  /** YYYY-MM, in order; the first and last months are partial (the window starts and ends mid-month). */
  months: string[];
  /** Index into Dataset.teams of each operations team, in the teams' order. */
  teams: Uint32Array;
  /** Per team: registered contractor (外包) workers; counts, not people rows. */
  contractors: Uint16Array;
  /** Per team, month and work type, at (t × months + m) × workTypes.length + w. */
  operations: Uint32Array;
  /** Per team and month, at t × months + m. */
  ownWorkerDays: Uint32Array;
  contractorWorkerDays: Uint32Array;
}

/** An issue not born from a violation (public electrical-safety hazard, grid-asset recovery). */
export interface StandaloneIssue {
  id: string;
  source: Exclude<IssueSource, 'violation'>;
  title: string;
  description: string;
  position: [number, number];
  zoneIndex: number;
  createdAt: number;
  deadline: number;
  status: IssueStatus;
  closedAt: number | null;
  assigneeId: string | null;
  history: IssueHistoryEntry[];
}

export type Person = ({ kind: 'member' } & Member) | ({ kind: 'staff' } & Staff);

export interface Dataset {
  meta: DatasetMeta;
  /** District outlines the dataset was generated on (GeoJSON, as shipped in mock-api/data). */
  units: Unit[];
  committees: Committee[];
  branches: Branch[];
  groups: PartyGroup[];
  teams: Team[];
  /** Members first, then staff; Violation.person indexes this. */
  people: Person[];
  zones: GridZoneCollection;
  substations: SubstationCollection;
  feeders: FeederCollection;
  /** Points; `transformerDistrictAreas` holds the service areas with the same ids, in the same order. */
  transformerDistricts: TransformerDistrictCollection;
  transformerDistrictAreas: TransformerDistrictCollection;
  baseStations: BaseStationCollection;
  violations: ViolationTable;
  work: WorkTable;
  violationDescriptions: string[];
  standaloneIssues: StandaloneIssue[];
  marketing: MarketingResult[];
}
