import { z } from '../../lib/zod';

/** Instants are ISO 8601 with the Asia/Shanghai offset, e.g. 2026-09-30T17:00:00+08:00. */
export const Instant = z.iso.datetime({ offset: true });
/** Calendar days (Asia/Shanghai), e.g. 2026-09-30. */
export const Day = z.iso.date();

/** The largest page a list endpoint serves (`limit`). */
export const MAX_PAGE_SIZE = 1000;

export function page<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.int().check(z.nonnegative()),
    offset: z.int().check(z.nonnegative()),
    limit: z.int().check(z.positive()),
  });
}

/** RFC 9457 problem details. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  instance: z.optional(z.string()),
  /** The offending parameters or fields, when the problem is about input. */
  errors: z.optional(z.array(z.object({ name: z.string(), reason: z.string() }))),
  /** Whose the refused resource is (a 403): the branch whose counts the caller may still read (RFC 9457 extension member). */
  owner: z.optional(z.object({ branchId: z.string(), unitId: z.string() })),
});

export type Problem = z.infer<typeof Problem>;
