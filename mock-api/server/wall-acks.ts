/*
 * What each wall screen has acknowledged: the instant of the newest severe violation its ticker had
 * shown, and when the most recently overdue issue it had shown became overdue, as of when somebody in
 * the room last pressed a key or touched it. Kept per wall (its link's `wall=`), journaled like the
 * issue transitions, so a wall that reloads, or its browser that is replaced, does not pulse again for
 * what the room has already seen. Neither watermark ever moves back in time.
 */

/**
 * One acknowledgement, as journaled and replayed on start. Records written before the overdue
 * watermark existed have `seenUpTo` alone; a record may carry either or both.
 */
export interface WallAckRecord {
  seq: number;
  wallId: string;
  /** Epoch ms of the newest severe violation seen. */
  seenUpTo?: number;
  /** Epoch ms at which the most recently overdue issue seen became overdue. */
  overdueSeenUpTo?: number;
  /** When it was acknowledged (epoch ms, server clock). */
  at: number;
  actorId: string;
}

export interface WallAck {
  seenUpTo: number | null;
  overdueSeenUpTo: number | null;
  at: number;
  actorId: string;
}

/** The later of what is stored and what a record brings (null: neither has one). */
const later = (stored: number | null | undefined, next: number | undefined): number | null =>
  next === undefined ? (stored ?? null) : stored === null || stored === undefined ? next : Math.max(stored, next);

export class WallAcks {
  private readonly byWall = new Map<string, WallAck>();
  /** Bumped by every write: part of the ETag of a wall's acknowledgement. */
  version = 0;

  get(wallId: string): WallAck | null {
    return this.byWall.get(wallId) ?? null;
  }

  /** Whether a write of these watermarks would move either of the wall's forward. */
  advances(wallId: string, seenUpTo: number | undefined, overdueSeenUpTo: number | undefined): boolean {
    const stored = this.byWall.get(wallId);
    const ahead = (was: number | null | undefined, next: number | undefined) => next !== undefined && (was === null || was === undefined || next > was);
    return ahead(stored?.seenUpTo, seenUpTo) || ahead(stored?.overdueSeenUpTo, overdueSeenUpTo);
  }

  apply(record: WallAckRecord): void {
    const before = this.byWall.get(record.wallId);
    this.byWall.set(record.wallId, {
      seenUpTo: later(before?.seenUpTo, record.seenUpTo),
      overdueSeenUpTo: later(before?.overdueSeenUpTo, record.overdueSeenUpTo),
      at: record.at,
      actorId: record.actorId,
    });
    this.version = record.seq;
  }
}
