import { createHash } from 'node:crypto';
import { mkdir, open, readFile, truncate } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/*
 * A write-ahead journal (the issue transitions, the walls' acknowledgements): one JSON line per write, {"record":…, "sha256":…} with
 * the checksum of the record's JSON. A write is acknowledged only after its line is fsynced. On start
 * the journal is replayed: a torn or invalid LAST line (a crash mid-append) is dropped and truncated
 * away; an invalid line followed by valid ones is corruption, and the server refuses to start.
 */

export class JournalCorruptError extends Error {}

function checksum(json: string): string {
  return createHash('sha256').update(json).digest('hex');
}

export function journalLine(record: object): string {
  const json = JSON.stringify(record);
  return `{"record":${json},"sha256":"${checksum(json)}"}\n`;
}

function parseLine<R>(line: string): R | null {
  try {
    const parsed = JSON.parse(line) as { record?: unknown; sha256?: unknown };
    if (typeof parsed.sha256 !== 'string' || typeof parsed.record !== 'object' || parsed.record === null) return null;
    return checksum(JSON.stringify(parsed.record)) === parsed.sha256 ? (parsed.record as R) : null;
  } catch {
    return null;
  }
}

export interface ReplayResult<R> {
  records: R[];
  /** Bytes dropped from a torn tail (0 when the journal was clean). */
  truncatedBytes: number;
}

/** Reads the journal, truncating a torn tail; throws JournalCorruptError on corruption in the middle. */
export async function readJournal<R>(path: string): Promise<ReplayResult<R>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], truncatedBytes: 0 };
    throw error;
  }
  const records: R[] = [];
  let goodBytes = 0;
  let offset = 0;
  let bad: { line: number } | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const complete = i < lines.length - 1;
    const lineBytes = Buffer.byteLength(line) + (complete ? 1 : 0);
    if (line === '' && !complete) break;
    const record = complete ? parseLine<R>(line) : null;
    if (!record) {
      bad ??= { line: i + 1 };
    } else {
      if (bad) throw new JournalCorruptError(`journal ${path}: line ${bad.line} is corrupt but later lines are valid; refusing to start (move the file away to start from the generated state)`);
      records.push(record);
      goodBytes = offset + lineBytes;
    }
    offset += lineBytes;
  }
  const truncatedBytes = Buffer.byteLength(text) - goodBytes;
  if (truncatedBytes > 0) await truncate(path, goodBytes);
  return { records, truncatedBytes };
}

export class Journal<R extends object> {
  private constructor(private readonly handle: FileHandle) {}

  static async open<R extends object>(path: string): Promise<Journal<R>> {
    await mkdir(dirname(path), { recursive: true });
    return new Journal(await open(path, 'a'));
  }

  /** Appends one record and waits for it to reach the disk. Callers serialise appends. */
  async append(record: R): Promise<void> {
    await this.handle.write(journalLine(record));
    await this.handle.datasync();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
