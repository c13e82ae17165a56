import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../factories/api-server';
import { journalLine } from '../../../mock-api/server/journal';

// A wall's acknowledgements (issue 11: "stored by the API, per wall"): read, written forward only,
// validated at the edge, and still there after a restart on the same data directory.

const dataDir = mkdtempSync(join(tmpdir(), 'dangjian-wall-acks-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const NOW = new Date('2026-09-30T12:00:00+08:00');

describe('a wall’s acknowledgements', () => {
  it('start empty, move only forward, are kept per wall, and survive a restart', async () => {
    const api = await startTestServer({ dataDir, now: () => NOW });
    const token = await api.tokenFor('bureau-manager');
    const read = async (wall: string) => (await (await api.get(`/api/v1/walls/${wall}/acknowledgement`, { token })).json()) as { seenUpTo: string | null; acknowledgedBy: string | null };
    const ack = (wall: string, seenUpTo: string) => api.send('PUT', `/api/v1/walls/${wall}/acknowledgement`, { seenUpTo }, { token });

    expect(await read('control-room-1')).toMatchObject({ seenUpTo: null, acknowledgedBy: null });
    const first = await ack('control-room-1', '2026-09-30T09:15:00+08:00');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(await first.json()).toMatchObject({ wallId: 'control-room-1', seenUpTo: '2026-09-30T09:15:00+08:00', acknowledgedBy: 'bureau-manager' });
    // An older instant (a retry, a second screen of the same name) changes nothing.
    expect(await (await ack('control-room-1', '2026-09-29T08:00:00+08:00')).json()).toMatchObject({ seenUpTo: '2026-09-30T09:15:00+08:00' });
    // Another wall has its own.
    expect((await read('control-room-2')).seenUpTo).toBeNull();

    // A conditional GET: the same ETag answers 304 until somebody acknowledges again.
    const before = await api.get('/api/v1/walls/control-room-1/acknowledgement', { token });
    const etag = before.headers.get('etag') ?? '';
    expect((await api.get('/api/v1/walls/control-room-1/acknowledgement', { token, headers: { 'if-none-match': etag } })).status).toBe(304);
    await ack('control-room-1', '2026-09-30T10:00:00+08:00');
    expect((await api.get('/api/v1/walls/control-room-1/acknowledgement', { token, headers: { 'if-none-match': etag } })).status).toBe(200);
    await api.close();

    const again = await startTestServer({ dataDir, now: () => NOW });
    const token2 = await again.tokenFor('bureau-manager');
    const stored = (await (await again.get('/api/v1/walls/control-room-1/acknowledgement', { token: token2 })).json()) as { seenUpTo: string };
    expect(stored.seenUpTo).toBe('2026-09-30T10:00:00+08:00');
    await again.close();
  });

  it('keeps a second watermark for overdue issues, each moving forward on its own', async () => {
    const api = await startTestServer({ now: () => NOW });
    const token = await api.tokenFor('manager-U-440112');
    const put = async (body: object) => {
      const response = await api.send('PUT', '/api/v1/walls/huangpu/acknowledgement', body, { token });
      expect(response.status).toBe(200);
      return (await response.json()) as { seenUpTo: string | null; overdueSeenUpTo: string | null; acknowledgedBy: string | null };
    };
    expect(await (await api.get('/api/v1/walls/huangpu/acknowledgement', { token })).json()).toMatchObject({ seenUpTo: null, overdueSeenUpTo: null });
    // The midnight after a deadline day: the moment the issue became overdue.
    expect(await put({ overdueSeenUpTo: '2026-09-30T00:00:00+08:00' })).toMatchObject({ seenUpTo: null, overdueSeenUpTo: '2026-09-30T00:00:00+08:00', acknowledgedBy: 'manager-U-440112' });
    expect(await put({ seenUpTo: '2026-09-29T08:00:00+08:00' })).toMatchObject({ seenUpTo: '2026-09-29T08:00:00+08:00', overdueSeenUpTo: '2026-09-30T00:00:00+08:00' });
    // Both at once, one of them older than stored: only the other moves.
    expect(await put({ seenUpTo: '2026-09-30T09:00:00+08:00', overdueSeenUpTo: '2026-09-29T00:00:00+08:00' })).toMatchObject({
      seenUpTo: '2026-09-30T09:00:00+08:00',
      overdueSeenUpTo: '2026-09-30T00:00:00+08:00',
    });
    await api.close();
  });

  it('reads records journaled before the overdue watermark existed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangjian-wall-acks-old-'));
    try {
      const api = await startTestServer({ dataDir: dir, now: () => NOW });
      const token = await api.tokenFor('bureau-manager');
      await api.send('PUT', '/api/v1/walls/new-room/acknowledgement', { overdueSeenUpTo: '2026-09-30T00:00:00+08:00' }, { token });
      await api.close();
      // An acknowledgement as the API journaled it before: seenUpTo alone.
      const file = readdirSync(dir).find((f) => f.startsWith('wall-acks-'));
      if (!file) throw new Error('no wall-acks journal');
      appendFileSync(join(dir, file), journalLine({ seq: 2, wallId: 'old-room', seenUpTo: Date.parse('2026-09-28T10:00:00+08:00'), at: NOW.getTime(), actorId: 'bureau-manager' }));
      const again = await startTestServer({ dataDir: dir, now: () => NOW });
      const token2 = await again.tokenFor('bureau-manager');
      const read = async (wall: string) => (await (await again.get(`/api/v1/walls/${wall}/acknowledgement`, { token: token2 })).json()) as object;
      expect(await read('old-room')).toMatchObject({ seenUpTo: '2026-09-28T10:00:00+08:00', overdueSeenUpTo: null });
      expect(await read('new-room')).toMatchObject({ seenUpTo: null, overdueSeenUpTo: '2026-09-30T00:00:00+08:00' });
      // The old record's wall takes the new watermark on top.
      const both = await again.send('PUT', '/api/v1/walls/old-room/acknowledgement', { overdueSeenUpTo: '2026-09-29T00:00:00+08:00' }, { token: token2 });
      expect(await both.json()).toMatchObject({ seenUpTo: '2026-09-28T10:00:00+08:00', overdueSeenUpTo: '2026-09-29T00:00:00+08:00' });
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses bad input with problem+json and needs a token', async () => {
    const api = await startTestServer({ now: () => NOW });
    const token = await api.tokenFor('bureau-manager');
    const problem = async (response: Response, status: number, name?: string) => {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const body = (await response.json()) as { errors?: { name: string }[] };
      if (name) expect(body.errors?.map((e) => e.name)).toContain(name);
    };
    await problem(await api.send('PUT', '/api/v1/walls/room/acknowledgement', { seenUpTo: 'yesterday' }, { token }), 422, 'seenUpTo');
    await problem(await api.send('PUT', '/api/v1/walls/room/acknowledgement', { seenUpTo: '2026-09-30T10:00:00+08:00', by: 'x' }, { token }), 422, 'by');
    await problem(await api.send('PUT', '/api/v1/walls/room/acknowledgement', { seenUpTo: '2026-10-01T10:00:00+08:00' }, { token }), 422, 'seenUpTo');
    await problem(await api.send('PUT', '/api/v1/walls/room/acknowledgement', {}, { token }), 422, 'seenUpTo');
    await problem(await api.send('PUT', '/api/v1/walls/room/acknowledgement', { overdueSeenUpTo: '2026-09-30' }, { token }), 422, 'overdueSeenUpTo');
    await problem(await api.send('PUT', '/api/v1/walls/room/acknowledgement', { overdueSeenUpTo: '2026-10-01T00:00:00+08:00' }, { token }), 422, 'overdueSeenUpTo');
    await problem(await api.get('/api/v1/walls/bad%20name/acknowledgement', { token }), 400, 'wallId');
    await problem(await api.get('/api/v1/walls/room/acknowledgement?x=1', { token }), 400, 'x');
    await problem(await api.get('/api/v1/walls/room/acknowledgement'), 401);
    await api.close();
  });
});
