import { z } from '../../lib/zod';
import { Severity, ViolationCategory, WorkType, IssueStatus } from './enums';
import { Instant, page } from './common';
import { Position } from './geojson';

export const Violation = z.object({
  id: z.string(),
  occurredAt: Instant,
  category: ViolationCategory,
  severity: Severity,
  workType: WorkType,
  description: z.string(),
  position: Position,
  unitId: z.string(),
  branchId: z.string(),
  zoneId: z.string(),
  teamId: z.string().check(z.describe('the operations team on site')),
  personId: z.nullable(z.string()).check(z.describe('who broke the rule; null: a contractor worker (外包), who is not on the roster')),
  /** Empty for a contractor worker. */
  personName: z.string(),
  personNameMasked: z.boolean(),
  personIsMember: z.boolean(),
  /** The party members in whose circle the violation falls (党员身边: the member who committed it, or those linked to the worker who did). */
  memberIds: z.array(z.string()),
  transformerDistrictId: z.nullable(z.string()),
  feederId: z.nullable(z.string()),
  issueId: z.string(),
  issueStatus: IssueStatus,
  issueOverdue: z.boolean(),
});
export const ViolationPage = page(Violation);

export type Violation = z.infer<typeof Violation>;
export type ViolationPage = z.infer<typeof ViolationPage>;
