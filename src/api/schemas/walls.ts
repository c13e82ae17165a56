import { z } from '../../lib/zod';
import { Instant } from './common';

/** A wall screen's name, from its link (`wall=`): letters, digits, _ and -. */
export const WallId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'expected a wall name of letters, digits, _ and - (at most 64)'));
export const WallParams = z.strictObject({ wallId: WallId });

/** What a wall has acknowledged; `seenUpTo` null: nothing yet (a new wall). */
export const WallAcknowledgement = z.object({
  wallId: z.string(),
  seenUpTo: z.nullable(Instant),
  acknowledgedAt: z.nullable(Instant),
  acknowledgedBy: z.nullable(z.string()),
});
export type WallAcknowledgement = z.infer<typeof WallAcknowledgement>;

export const WallAcknowledgeRequest = z.strictObject({
  seenUpTo: Instant.check(z.describe('the instant of the newest item the wall had shown when acknowledged')),
});
