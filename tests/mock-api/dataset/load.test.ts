import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetDigest, generateDataset } from '../../../mock-api/dataset/generate';
import { datasetOptionsFromEnv, loadDataset } from '../../../mock-api/dataset/load';

describe('datasetOptionsFromEnv', () => {
  const now = new Date('2026-03-01T20:30:00Z'); // 2026-03-02 04:30 in Shanghai

  it('defaults to now, to the hour (never in the future), and nothing else', () => {
    const o = datasetOptionsFromEnv({}, now);
    expect(o.asOf?.toISOString()).toBe('2026-03-01T20:00:00.000Z');
    expect(o.asOf!.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(o.scale).toBeUndefined();
    expect(o.hostile).toBeUndefined();
  });

  it('reads every variable', () => {
    const o = datasetOptionsFromEnv(
      { DATASET_SCALE: 'province', DATASET_SEED: 'abc', DATASET_HOSTILE: '1', DATASET_AS_OF: '2025-09-30', DATASET_VIOLATIONS: '5000' },
      now,
    );
    expect(o).toEqual({ scale: 'province', seed: 'abc', hostile: true, asOf: new Date('2025-09-30T23:59:59+08:00'), violations: 5000 });
    expect(datasetOptionsFromEnv({ DATASET_AS_OF: '2025-09-30T10:00:00+08:00' }, now).asOf?.toISOString()).toBe('2025-09-30T02:00:00.000Z');
    expect(datasetOptionsFromEnv({ DATASET_HOSTILE: '0' }, now).hostile).toBe(false);
  });

  it.each([
    ['DATASET_SCALE', 'huge'],
    ['DATASET_HOSTILE', 'yes please'],
    ['DATASET_AS_OF', '2025-02-30'],
    ['DATASET_AS_OF', 'yesterday'],
    ['DATASET_AS_OF', '2025-09-30T10:00:00'],
    ['DATASET_VIOLATIONS', '-5'],
    ['DATASET_VIOLATIONS', '1e6'],
    ['DATASET_VIOLATIONS', '99999999'],
    ['DATASET_SEED', 'x'.repeat(201)],
  ])('rejects %s=%s with an error naming it', (name, value) => {
    expect(() => datasetOptionsFromEnv({ [name]: value }, now)).toThrow(new RegExp(name));
  });
});

describe('loadDataset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dataset-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const options = { seed: 'cache', asOf: new Date('2026-09-30T23:59:59+08:00'), violations: 3000 };

  it('generates default scale in memory without touching the cache', () => {
    const d = loadDataset({ ...options, cacheDir: dir });
    expect(d.violations.count).toBe(3000);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('defaults asOf to the current hour, in Asia/Shanghai time', () => {
    const hour = () => Math.floor(Date.now() / 3_600_000) * 3_600_000;
    const before = hour();
    const d = loadDataset({ seed: 'cache', violations: 10, cacheDir: dir });
    expect(d.meta.asOf).toMatch(/T\d{2}:00:00\+08:00$/);
    expect([before, hour()]).toContain(Date.parse(d.meta.asOf));
  });

  it('writes a cache atomically and reads back an identical dataset', () => {
    const logs: string[] = [];
    const first = loadDataset({ ...options, cache: true, cacheDir: dir, log: (m) => logs.push(m) });
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^default-[0-9a-f]{20}\.bin$/);
    const second = loadDataset({ ...options, cache: true, cacheDir: dir, log: (m) => logs.push(m) });
    expect(logs.some((m) => m.includes('loaded'))).toBe(true);
    expect(datasetDigest(second)).toBe(datasetDigest(first));
    expect(datasetDigest(second)).toBe(datasetDigest(generateDataset(options)));
    // The work table travels in the cache too.
    expect(second.work.months).toEqual(first.work.months);
    expect(second.work.operations.length).toBeGreaterThan(0);
    expect(second.work.operations).toEqual(first.work.operations);
  });

  it('regenerates when the cache file is corrupt', () => {
    const file = join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, 'not a dataset');
    const logs: string[] = [];
    const d = loadDataset({ ...options, cache: true, cacheDir: dir, log: (m) => logs.push(m) });
    expect(d.violations.count).toBe(3000);
    expect(logs.some((m) => m.includes('regenerating'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
