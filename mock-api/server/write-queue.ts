import type { Journal } from './journal';

/**
 * Writes happen one at a time: each is checked against the current state, appended to the journal,
 * fsynced, and only then applied in memory and acknowledged. A failed append applies nothing.
 */
export class WriteQueue<R extends { seq: number }> {
  private tail: Promise<unknown> = Promise.resolve();
  private seq: number;

  constructor(
    private readonly journal: Journal<R>,
    private readonly store: { apply(record: R): void },
    lastSeq: number,
  ) {
    this.seq = lastSeq;
  }

  /** Runs `prepare` (which validates and returns the record, or throws) and commits its record. */
  run(prepare: (seq: number) => Omit<R, 'seq'>): Promise<R> {
    const next = this.tail.then(async () => {
      const record = { seq: this.seq + 1, ...prepare(this.seq + 1) } as R;
      await this.journal.append(record);
      this.seq = record.seq;
      this.store.apply(record);
      return record;
    });
    this.tail = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.tail;
    await this.journal.close();
  }
}
