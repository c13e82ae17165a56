import { readFileSync } from 'node:fs';

/** All cores' busy and total jiffies since boot, from /proc/stat; null where there is none (not Linux). */
function cpuJiffies(): { busy: number; total: number } | null {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    // idle and iowait
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the machine is quiet: under `maxBusy` of all cores busy over `windowMs` (the last page's
 * processes gone, its GPU memory freed), at most `timeoutMs`. A cold load started sooner pays for the
 * page before it. Where /proc/stat cannot be read it waits one window. Returns the time waited (ms).
 */
export async function waitForQuietMachine({ maxBusy = 0.2, windowMs = 250, timeoutMs = 10_000 } = {}): Promise<number> {
  const started = Date.now();
  for (;;) {
    const before = cpuJiffies();
    await sleep(windowMs);
    const after = cpuJiffies();
    if (!before || !after) return Date.now() - started;
    const busy = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    if (busy <= maxBusy || Date.now() - started >= timeoutMs) return Date.now() - started;
  }
}
