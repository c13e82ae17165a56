import { OVERDUE_BIT, quantize } from '../../src/api/violation-columns';
import type { ViolationColumns } from '../../src/api/violation-columns';
import { issueStatuses, severities, violationCategories, workTypes } from '../../src/api/schemas/enums';
import type { IssueStatus, Severity, ViolationCategory, WorkType } from '../../src/api/schemas/enums';

// Small typed violation-column fixtures for the layer builders, built from readable rows.

export interface ViolationRowSpec {
  lon: number;
  lat: number;
  day: number;
  category: ViolationCategory;
  severity: Severity;
  status: IssueStatus;
  overdue?: boolean;
  zone?: number;
  workType?: WorkType;
}

export const FIXTURE_BBOX: [number, number, number, number] = [112.95, 22.55, 114.05, 23.95];

let seq = 0;
export function makeViolationRow(overrides: Partial<ViolationRowSpec> = {}): ViolationRowSpec {
  seq++;
  return {
    lon: 113.2 + (seq % 10) * 0.01,
    lat: 23.1 + (seq % 7) * 0.01,
    day: seq,
    category: 'behaviour',
    severity: 'general',
    status: 'found',
    overdue: false,
    zone: 0,
    workType: 'patrol',
    ...overrides,
  };
}

export function makeViolationColumns(
  rows: readonly ViolationRowSpec[],
  opts: { bbox?: [number, number, number, number]; zoneIds?: string[] } = {},
): ViolationColumns {
  const bbox = opts.bbox ?? FIXTURE_BBOX;
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const n = rows.length;
  const cols: ViolationColumns = {
    count: n,
    bbox,
    dayZero: '2023-10-01',
    zoneIds: opts.zoneIds ?? ['Z001', 'Z002', 'Z003'],
    lon: new Uint16Array(n),
    lat: new Uint16Array(n),
    day: new Uint16Array(n),
    category: new Uint8Array(n),
    severity: new Uint8Array(n),
    status: new Uint8Array(n),
    zone: new Uint16Array(n),
    workType: new Uint8Array(n),
  };
  rows.forEach((r, i) => {
    cols.lon[i] = quantize(r.lon, minLon, maxLon);
    cols.lat[i] = quantize(r.lat, minLat, maxLat);
    cols.day[i] = r.day;
    cols.category[i] = violationCategories.indexOf(r.category);
    cols.severity[i] = severities.indexOf(r.severity);
    cols.status[i] = issueStatuses.indexOf(r.status) | (r.overdue ? OVERDUE_BIT : 0);
    cols.zone[i] = r.zone ?? 0;
    cols.workType[i] = workTypes.indexOf(r.workType ?? 'patrol');
  });
  return cols;
}
