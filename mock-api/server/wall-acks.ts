/*
 * What each wall screen has acknowledged: the instant of the newest severe violation its ticker had
 * shown when somebody in the room pressed a key or touched it. Kept per wall (its link's `wall=`),
 * journaled like the issue transitions, so a wall that reloads, or its browser that is replaced, does
 * not pulse again for what the room has already seen. An acknowledgement never moves back in time.
 */

/** One acknowledgement, as journaled and replayed on start. */
export interface WallAckRecord {
  seq: number;
  wallId: string;
  /** Epoch ms of the newest item seen. */
  seenUpTo: number;
  /** When it was acknowledged (epoch ms, server clock). */
  at: number;
  actorId: string;
}

export interface WallAck {
  seenUpTo: number;
  at: number;
  actorId: string;
}

export class WallAcks {
  private readonly byWall = new Map<string, WallAck>();
  /** Bumped by every write: part of the ETag of a wall's acknowledgement. */
  version = 0;

  get(wallId: string): WallAck | null {
    return this.byWall.get(wallId) ?? null;
  }

  apply(record: WallAckRecord): void {
    const before = this.byWall.get(record.wallId);
    this.byWall.set(record.wallId, { seenUpTo: Math.max(before?.seenUpTo ?? -Infinity, record.seenUpTo), at: record.at, actorId: record.actorId });
    this.version = record.seq;
  }
}
