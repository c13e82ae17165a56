import { z } from '../../lib/zod';
import { AccountRole, DatasetScale } from './enums';
import { Instant } from './common';

export const AccountScope = z.object({
  unitId: z.nullable(z.string()).check(z.describe('null: the whole bureau')),
  branchId: z.nullable(z.string()),
});

export const Account = z.object({
  id: z.string(),
  displayName: z.string(),
  role: AccountRole,
  scope: AccountScope,
});
export const AccountList = z.object({ items: z.array(Account) });

/** Request bodies are strict, as query strings are: an unknown field is refused, never silently dropped. */
export const SessionRequest = z.strictObject({ account: z.string().check(z.minLength(1)) });
export const SessionToken = z.object({ token: z.string(), expiresAt: Instant, account: Account });

export const DatasetMeta = z.object({
  asOf: Instant.check(z.describe('the dataset\'s "now": violations end on this day')),
  generatedAt: Instant,
  seed: z.string(),
  scale: DatasetScale,
  hostile: z.boolean(),
  datum: z.enum(['WGS84', 'GCJ02']).check(z.describe('datum of all coordinates in the dataset')),
  counts: z.record(z.string(), z.int()),
  attribution: z.string(),
});

export type Account = z.infer<typeof Account>;
export type AccountScope = z.infer<typeof AccountScope>;
export type SessionToken = z.infer<typeof SessionToken>;
export type DatasetMeta = z.infer<typeof DatasetMeta>;
