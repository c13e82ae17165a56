import { z } from '../../lib/zod';
import { Instant } from './common';

/** A wall screen's name, from its link (`wall=`): letters, digits, _ and -. */
export const WallId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'expected a wall name of letters, digits, _ and - (at most 64)'));
export const WallParams = z.strictObject({ wallId: WallId });

/**
 * What a wall has acknowledged, as two watermarks that each only move forward: the newest severe
 * violation it had shown, and the latest moment an issue it had shown became overdue (the midnight,
 * Asia/Shanghai, that ended its deadline day). null: nothing of that kind yet (a new wall, or one
 * acknowledged before the API kept the second).
 */
export const WallAcknowledgement = z.object({
  wallId: z.string(),
  seenUpTo: z.nullable(Instant),
  overdueSeenUpTo: z.nullable(Instant),
  acknowledgedAt: z.nullable(Instant),
  acknowledgedBy: z.nullable(z.string()),
});
export type WallAcknowledgement = z.infer<typeof WallAcknowledgement>;

/** Either watermark or both; an absent one is left as stored. */
export const WallAcknowledgeRequest = z
  .strictObject({
    seenUpTo: z.optional(Instant).check(z.describe('the instant of the newest severe violation the wall had shown when acknowledged')),
    overdueSeenUpTo: z
      .optional(Instant)
      .check(z.describe('when the most recently overdue issue the wall had shown became overdue (the midnight, Asia/Shanghai, after its deadline day)')),
  })
  .check(
    z.refine((body) => body.seenUpTo !== undefined || body.overdueSeenUpTo !== undefined, {
      message: 'expected seenUpTo, overdueSeenUpTo or both',
      path: ['seenUpTo'],
    }),
  );
export type WallAcknowledgeRequest = z.infer<typeof WallAcknowledgeRequest>;
