import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The journal of writes belongs to one dataset, and the dataset depends on its as-of instant. So that
 * acknowledged writes survive a restart on a later day, the first start pins the as-of instant in the
 * data directory and later starts reuse it; DATASET_AS_OF overrides, and deleting the file (or the data
 * directory) starts a fresh dataset ending today.
 */
export const AS_OF_FILE = 'dataset-as-of';

export function pinnedAsOf(dataDir: string, today: Date): Date {
  const file = join(dataDir, AS_OF_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dataDir, { recursive: true });
    const temp = `${file}.tmp`;
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, `${today.toISOString()}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    return today;
  }
  const pinned = new Date(text);
  if (Number.isNaN(pinned.getTime())) throw new Error(`${file} holds "${text}", not an instant: fix or delete it`);
  return pinned;
}
