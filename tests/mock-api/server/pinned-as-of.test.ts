import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AS_OF_FILE, pinnedAsOf } from '../../../mock-api/server/pinned-as-of';

describe('pinnedAsOf', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'as-of-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('pins the first start and reuses it on a later day', () => {
    const first = new Date('2026-11-24T08:00:00+08:00');
    expect(pinnedAsOf(join(dir, 'var'), first).toISOString()).toBe(first.toISOString());
    const later = pinnedAsOf(join(dir, 'var'), new Date('2026-12-01T08:00:00+08:00'));
    expect(later.toISOString()).toBe(first.toISOString());
    expect(readFileSync(join(dir, 'var', AS_OF_FILE), 'utf8').trim()).toBe(first.toISOString());
  });

  it('refuses a pin file that is not an instant, naming the file', () => {
    writeFileSync(join(dir, AS_OF_FILE), 'yesterday');
    expect(() => pinnedAsOf(dir, new Date())).toThrow(/dataset-as-of holds "yesterday"/);
  });
});
