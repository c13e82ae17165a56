import { z } from '../lib/zod';
import { issueStatuses, severities, violationCategories, workTypes } from './schemas/enums';

/*
 * The compact columnar binary form of all violation points (media type
 * application/vnd.dangjian.violation-columns). Little-endian:
 *
 *   0  "DJVC" magic   4  uint32 version   8  uint32 header byte length H (JSON, UTF-8, space-padded to 4)
 *   12 header JSON    12+H  the columns, each starting on a 4-byte boundary, at the offsets the header gives
 *
 * Row i is the violation whose id is violationIdOf(i); rows are in time order. Positions are quantised
 * to uint16 over the header's bbox (~2 m over Guangzhou, ~12 m over a province), which is what makes a
 * million points fit in ~11 MB before compression.
 */

export const VIOLATION_COLUMNS_MEDIA_TYPE = 'application/vnd.dangjian.violation-columns';
const MAGIC = 0x43564a44; // "DJVC" read as little-endian uint32
// 2: the work type column.
export const VIOLATION_COLUMNS_VERSION = 2;

/** Bit 7 of the status column: the violation's issue is overdue (open past its deadline, or closed after it). */
export const OVERDUE_BIT = 0x80;
/** The low bits of the status column: the issueStatuses index. */
export const STATUS_MASK = 0x7f;
export const CLOSED_STATUS_CODE = issueStatuses.indexOf('closed');
export const SEVERE_CODE = severities.indexOf('severe');

/** The issue status of a status-column value. */
export const statusCodeOf = (value: number) => value & STATUS_MASK;
export const isClosedCode = (value: number) => (value & STATUS_MASK) === CLOSED_STATUS_CODE;
export const isOverdueCode = (value: number) => (value & OVERDUE_BIT) !== 0;

export const columnSpecs = {
  lon: 'uint16',
  lat: 'uint16',
  day: 'uint16',
  category: 'uint8',
  severity: 'uint8',
  status: 'uint8',
  zone: 'uint16',
  workType: 'uint8',
} as const;
export type ColumnName = keyof typeof columnSpecs;

const ColumnsHeader = z.object({
  count: z.int().check(z.nonnegative()),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** Day 0 of the day column, a calendar day in Asia/Shanghai. */
  dayZero: z.iso.date(),
  zoneIds: z.array(z.string()),
  categories: z.array(z.string()),
  severities: z.array(z.string()),
  statuses: z.array(z.string()),
  workTypes: z.array(z.string()),
  columns: z.array(z.object({ name: z.string(), type: z.string(), offset: z.int(), byteLength: z.int() })),
});
export type ColumnsHeader = z.infer<typeof ColumnsHeader>;

export interface ViolationColumns {
  count: number;
  bbox: [number, number, number, number];
  dayZero: string;
  zoneIds: string[];
  lon: Uint16Array;
  lat: Uint16Array;
  day: Uint16Array;
  category: Uint8Array;
  severity: Uint8Array;
  status: Uint8Array;
  zone: Uint16Array;
  /** workTypes index. */
  workType: Uint8Array;
}

const padTo4 = (n: number) => (n + 3) & ~3;

export function violationIdOf(row: number): string {
  return `V${String(row + 1).padStart(7, '0')}`;
}

export function rowOfViolationId(id: string): number | null {
  const m = /^V(\d{7,})$/.exec(id);
  return m ? Number(m[1]) - 1 : null;
}

export function quantize(value: number, min: number, max: number): number {
  if (max <= min) return 0;
  return Math.max(0, Math.min(65535, Math.round(((value - min) / (max - min)) * 65535)));
}

export function dequantize(q: number, min: number, max: number): number {
  return min + (q / 65535) * (max - min);
}

export function encodeViolationColumns(cols: ViolationColumns): Uint8Array {
  const columns: ColumnsHeader['columns'] = [];
  const names = Object.keys(columnSpecs) as ColumnName[];
  let offset = 0;
  for (const name of names) {
    const byteLength = cols[name].byteLength;
    columns.push({ name, type: columnSpecs[name], offset, byteLength });
    offset = padTo4(offset + byteLength);
  }
  const header: ColumnsHeader = {
    count: cols.count,
    bbox: cols.bbox,
    dayZero: cols.dayZero,
    zoneIds: cols.zoneIds,
    categories: [...violationCategories],
    severities: [...severities],
    statuses: [...issueStatuses],
    workTypes: [...workTypes],
    columns,
  };
  let json = JSON.stringify(header);
  const encoder = new TextEncoder();
  let headerBytes = encoder.encode(json);
  const headerLength = padTo4(headerBytes.byteLength);
  json += ' '.repeat(headerLength - headerBytes.byteLength);
  headerBytes = encoder.encode(json);
  const body = 12 + headerLength;
  const out = new Uint8Array(body + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VIOLATION_COLUMNS_VERSION, true);
  view.setUint32(8, headerLength, true);
  out.set(headerBytes, 12);
  for (const c of columns) {
    const src = cols[c.name as ColumnName];
    out.set(new Uint8Array(src.buffer, src.byteOffset, src.byteLength), body + c.offset);
  }
  return out;
}

export class ViolationColumnsFormatError extends Error {}

export function decodeViolationColumns(buffer: ArrayBuffer): ViolationColumns {
  if (buffer.byteLength < 12) throw new ViolationColumnsFormatError('violation columns: truncated');
  const view = new DataView(buffer);
  if (view.getUint32(0, true) !== MAGIC) throw new ViolationColumnsFormatError('violation columns: bad magic');
  const version = view.getUint32(4, true);
  if (version !== VIOLATION_COLUMNS_VERSION) {
    throw new ViolationColumnsFormatError(`violation columns: unsupported version ${version}`);
  }
  const headerLength = view.getUint32(8, true);
  const headerJson = new TextDecoder().decode(new Uint8Array(buffer, 12, headerLength));
  const header = ColumnsHeader.parse(JSON.parse(headerJson));
  const body = 12 + headerLength;
  const find = (name: ColumnName) => {
    const c = header.columns.find((col) => col.name === name);
    if (!c) throw new ViolationColumnsFormatError(`violation columns: missing column ${name}`);
    const bytesPer = columnSpecs[name] === 'uint16' ? 2 : 1;
    if (c.byteLength !== header.count * bytesPer || body + c.offset + c.byteLength > buffer.byteLength) {
      throw new ViolationColumnsFormatError(`violation columns: column ${name} has the wrong length`);
    }
    return { start: body + c.offset, bytesPer };
  };
  const u16 = (name: ColumnName) => new Uint16Array(buffer, find(name).start, header.count);
  const u8 = (name: ColumnName) => new Uint8Array(buffer, find(name).start, header.count);
  return {
    count: header.count,
    bbox: header.bbox,
    dayZero: header.dayZero,
    zoneIds: header.zoneIds,
    lon: u16('lon'),
    lat: u16('lat'),
    day: u16('day'),
    category: u8('category'),
    severity: u8('severity'),
    status: u8('status'),
    zone: u16('zone'),
    workType: u8('workType'),
  };
}

/** The issue born from violation row i. */
export function issueIdOfViolationRow(row: number): string {
  return `IV${String(row + 1).padStart(7, '0')}`;
}

export function violationRowOfIssueId(id: string): number | null {
  const m = /^IV(\d{7,})$/.exec(id);
  return m ? Number(m[1]) - 1 : null;
}
