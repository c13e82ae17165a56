import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Acknowledged means stored: a server killed with SIGKILL in the middle of writes comes back with every
// acknowledged write, nothing half-written, and a torn last journal line ignored.

const dataDir = mkdtempSync(join(tmpdir(), 'dangjian-durability-'));
const env = {
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  DATASET_VIOLATIONS: '5000',
  DATASET_AS_OF: '2026-09-30',
  TOKEN_SECRET: 'durability-test-secret-32-bytes-long!',
  LOG_LEVEL: 'error',
};
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts `node --import tsx mock-api/main.ts`; resolves with its URL, or rejects with its output when it exits. */
function startChild(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock-api/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1].replace('localhost', '127.0.0.1'), child });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function signIn(url: string, account: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ account }) });
  return (await json<{ token: string }>(response)).token;
}

interface Detail { id: string; status: string; version: number; branchId: string; history: { action: string; version: number; comment: string }[] }

const journalFile = () => join(dataDir, readdirSync(dataDir).find((f) => f.startsWith('journal-')) ?? 'missing');

describe('durability', () => {
  it('keeps every acknowledged write across SIGKILL, ignores a torn tail, refuses a corrupt middle', async () => {
    const first = await startChild();
    const token = await signIn(first.url, 'bureau-manager');
    const auth = { authorization: `Bearer ${token}` };
    const page = await json<{ items: Detail[] }>(await fetch(`${first.url}/api/v1/issues?status=closed&limit=400`, { headers: auth }));
    const targets = await Promise.all(
      page.items.map(async (issue) => {
        const response = await fetch(`${first.url}/api/v1/issues/${issue.id}`, { headers: auth });
        return { id: issue.id, branchId: issue.branchId, etag: response.headers.get('etag') ?? '', version: (await json<Detail>(response)).version };
      }),
    );
    const assigneeOf = new Map<string, string>();
    const members = await json<{ items: { id: string; branchId: string }[] }>(await fetch(`${first.url}/api/v1/members?limit=1000`, { headers: auth }));
    for (const m of members.items) if (!assigneeOf.has(m.branchId)) assigneeOf.set(m.branchId, m.id);
    const usable = targets.filter((t) => assigneeOf.has(t.branchId));
    expect(usable.length).toBeGreaterThan(100);

    const acknowledged = new Map<string, number>();
    let killed = false;
    const writes = usable.map(async (t) => {
      try {
        const response = await fetch(`${first.url}/api/v1/issues/${t.id}/transitions`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json', 'if-match': t.etag },
          body: JSON.stringify({ action: 'reopen', comment: `复查 ${t.id}`, assigneeId: assigneeOf.get(t.branchId) }),
        });
        if (response.status === 200) {
          acknowledged.set(t.id, (await json<Detail>(response)).version);
          // Kill in the middle of the burst, with writes still in flight.
          if (acknowledged.size >= 25 && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        }
      } catch {
        // Connection cut by the kill: not acknowledged.
      }
    });
    await Promise.all(writes);
    expect(killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(25);
    expect(acknowledged.size).toBeLessThan(usable.length);

    // A crash mid-append leaves a torn line: the restart must drop it.
    appendFileSync(journalFile(), '{"record":{"seq":99999,"issueId":"IV00');
    const second = await startChild();
    expect(readFileSync(journalFile(), 'utf8').endsWith('\n')).toBe(true);
    const token2 = await signIn(second.url, 'bureau-manager');
    for (const t of usable) {
      const detail = await json<Detail>(await fetch(`${second.url}/api/v1/issues/${t.id}`, { headers: { authorization: `Bearer ${token2}` } }));
      // Versions are whole: 1..n with no gap, and the issue is either untouched or fully reopened.
      expect(detail.history.map((h) => h.version)).toEqual(detail.history.map((_, i) => i + 1));
      expect(detail.version).toBe(detail.history.length);
      const ackedVersion = acknowledged.get(t.id);
      if (ackedVersion !== undefined) {
        expect(detail.status).toBe('assigned');
        expect(detail.version).toBe(ackedVersion);
        expect(detail.history.at(-1)).toMatchObject({ action: 'reopen', comment: `复查 ${t.id}`, version: ackedVersion });
      } else if (detail.version === t.version) {
        expect(detail.status).toBe('closed');
      } else {
        expect(detail).toMatchObject({ status: 'assigned', version: t.version + 1 });
      }
    }
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));

    // Corruption in the middle is not a torn tail: the server refuses to start and says why.
    const lines = readFileSync(journalFile(), 'utf8').split('\n');
    lines[1] = lines[1]?.replace(/"comment":"[^"]*"/, '"comment":"tampered"') ?? '';
    writeFileSync(journalFile(), lines.join('\n'));
    await expect(startChild()).rejects.toThrow(/corrupt/);
  });
});
