import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Dataset } from '../dataset/model';
import { issueStatuses } from '../../src/api/schemas/enums';
import { OVERDUE_BIT, encodeViolationColumns, quantize } from '../../src/api/violation-columns';
import type { IssueStore } from './issue-store';
import { DAY_MS, dayOf, startOfDay } from './time';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface EncodedColumns {
  /** The issue store's stateKey() the columns were encoded at. */
  stateKey: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

/** The binary columns of all violation points, with the issue states as of the store's journal. */
export function encodeDatasetColumns(dataset: Dataset, issues: IssueStore): Uint8Array {
  const v = dataset.violations;
  const n = v.count;
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    const lon = v.lon[i] ?? 0;
    const lat = v.lat[i] ?? 0;
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  if (n === 0) [minLon, minLat, maxLon, maxLat] = [0, 0, 0, 0];
  const dayZero = dayOf(n > 0 ? (v.time[0] ?? 0) : 0);
  const zeroMs = startOfDay(dayZero);
  const cols = {
    count: n,
    bbox: [minLon, minLat, maxLon, maxLat] as [number, number, number, number],
    dayZero,
    zoneIds: dataset.zones.features.map((f) => f.id),
    lon: new Uint16Array(n),
    lat: new Uint16Array(n),
    day: new Uint16Array(n),
    category: v.category.slice(0, n),
    severity: v.severity.slice(0, n),
    status: new Uint8Array(n),
    zone: new Uint16Array(n),
    workType: v.workType.slice(0, n),
  };
  for (let i = 0; i < n; i++) {
    cols.lon[i] = quantize(v.lon[i] ?? 0, minLon, maxLon);
    cols.lat[i] = quantize(v.lat[i] ?? 0, minLat, maxLat);
    cols.day[i] = Math.floor(((v.time[i] ?? 0) - zeroMs) / DAY_MS);
    cols.status[i] = issueStatuses.indexOf(issues.statusOfRow(i)) | (issues.isRowOverdue(i) ? OVERDUE_BIT : 0);
    cols.zone[i] = v.zone[i] ?? 0;
  }
  return encodeViolationColumns(cols);
}

/** Encodes and precompresses once per journal version; concurrent callers share one build. */
export class ColumnsCache {
  private current: EncodedColumns | null = null;
  private building: Promise<EncodedColumns> | null = null;

  constructor(
    private readonly dataset: Dataset,
    private readonly issues: IssueStore,
  ) {}

  async get(): Promise<EncodedColumns> {
    const key = this.issues.stateKey();
    if (this.current?.stateKey === key) return this.current;
    if (this.building) {
      const built = await this.building;
      if (built.stateKey === key) return built;
    }
    this.building ??= this.build(key).finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async build(stateKey: string): Promise<EncodedColumns> {
    const raw = encodeDatasetColumns(this.dataset, this.issues);
    const identity = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    // Compression runs on libuv's pool, off the event loop; brotli at quality 9 is the size/time sweet spot.
    const [gz, br] = await Promise.all([
      gzipAsync(identity, { level: 9 }),
      brotliAsync(identity, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 9,
          [constants.BROTLI_PARAM_LGWIN]: 24,
          [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength,
        },
      }),
    ]);
    this.current = { stateKey, identity, gzip: gz, br };
    return this.current;
  }
}
