import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetScales } from '../../src/api/schemas/enums';
import { CONTEXT_CITIES_FILE, DISTRICTS_FILE } from './districts';
import { GENERATOR_VERSION, type GenerateOptions, generateDataset, resolveOptions } from './generate';
import type { Dataset, ViolationTable } from './model';
import { shanghaiDate, shanghaiParts } from './shanghai-time';
import { allocateTable } from './violations';
import { allocateWork } from './work';

// Loads the dataset the server runs on: default scale is generated in memory (about a second);
// province scale is generated once and cached on disk, keyed by options, generator version and the
// outline files, written atomically (temp file + rename) so a crash never leaves half a cache.

export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../.cache/dataset/', import.meta.url));

export interface LoadOptions extends GenerateOptions {
  /** Cache on disk; default: only at province scale. */
  cache?: boolean;
  cacheDir?: string;
  log?: (message: string) => void;
}

type Env = Record<string, string | undefined>;

/** Parses DATASET_* variables; throws an Error naming the variable when one is malformed. */
export function datasetOptionsFromEnv(env: Env, now: Date = new Date()): GenerateOptions {
  const options: GenerateOptions = {};
  const scale = env.DATASET_SCALE?.trim();
  if (scale) {
    if (!(datasetScales as readonly string[]).includes(scale)) {
      throw new Error(`DATASET_SCALE must be one of ${datasetScales.join(', ')}; got "${scale}"`);
    }
    options.scale = scale as GenerateOptions['scale'];
  }
  const seed = env.DATASET_SEED;
  if (seed !== undefined && seed !== '') {
    if (seed.length > 200 || !/^[\x20-\x7e]+$/.test(seed)) {
      throw new Error('DATASET_SEED must be 1–200 printable ASCII characters');
    }
    options.seed = seed;
  }
  const hostile = env.DATASET_HOSTILE?.trim().toLowerCase();
  if (hostile !== undefined && hostile !== '') {
    if (!['1', '0', 'true', 'false'].includes(hostile)) {
      throw new Error(`DATASET_HOSTILE must be 1 or 0; got "${env.DATASET_HOSTILE}"`);
    }
    options.hostile = hostile === '1' || hostile === 'true';
  }
  options.asOf = parseAsOf(env.DATASET_AS_OF?.trim(), now);
  const violations = env.DATASET_VIOLATIONS?.trim();
  if (violations) {
    const n = Number(violations);
    if (!/^\d+$/.test(violations) || !Number.isSafeInteger(n) || n > 5_000_000) {
      throw new Error(`DATASET_VIOLATIONS must be a whole number from 0 to 5000000; got "${violations}"`);
    }
    options.violations = n;
  }
  return options;
}

/**
 * Unset means now, to the hour (never in the future: a wall screen must not show violations that have
 * not happened yet). A calendar day means the end of that day in Asia/Shanghai; a full ISO instant must
 * carry its offset.
 */
function parseAsOf(value: string | undefined, now: Date): Date {
  if (!value) return new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const start = shanghaiDate(y, m, d);
    const back = shanghaiParts(start);
    if (back.year !== y || back.month !== m || back.day !== d) {
      throw new Error(`DATASET_AS_OF is not a real calendar day: "${value}"`);
    }
    return new Date(shanghaiDate(y, m, d + 1) - 1000);
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const t = Date.parse(value);
    if (Number.isFinite(t)) return new Date(t);
  }
  throw new Error(`DATASET_AS_OF must be a date (YYYY-MM-DD) or an ISO 8601 instant with offset; got "${value}"`);
}

export function loadDataset(loadOptions: LoadOptions = {}): Dataset {
  // The dataset's "now" defaults to the current hour (one cache per hour).
  const options: LoadOptions = { ...loadOptions, asOf: loadOptions.asOf ?? parseAsOf(undefined, new Date()) };
  const resolved = resolveOptions(options);
  const log = options.log ?? (() => undefined);
  const useCache = options.cache ?? resolved.scale === 'province';
  if (!useCache) return generateDataset(options);
  const dir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const file = `${dir}${dir.endsWith('/') ? '' : '/'}${resolved.scale}-${cacheKey(options)}.bin`;
  try {
    const t = performance.now();
    const dataset = readDatasetFile(file);
    log(`dataset: loaded ${file} in ${Math.round(performance.now() - t)} ms`);
    return dataset;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`dataset: cache unreadable (${String(error)}), regenerating`);
  }
  const t = performance.now();
  const dataset = generateDataset(options);
  log(`dataset: generated ${resolved.scale} scale in ${Math.round(performance.now() - t)} ms`);
  try {
    mkdirSync(dir, { recursive: true });
    writeDatasetFile(file, dataset);
    log(`dataset: cached at ${file}`);
  } catch (error) {
    log(`dataset: could not write the cache (${String(error)}); continuing without it`);
  }
  return dataset;
}

export function cacheKey(options: GenerateOptions): string {
  const o = resolveOptions(options);
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ generator: GENERATOR_VERSION, format: FORMAT_VERSION, ...o }));
  hash.update(readFileSync(DISTRICTS_FILE));
  hash.update(readFileSync(CONTEXT_CITIES_FILE));
  return hash.digest('hex').slice(0, 20);
}

// File format: "DJDS" magic, uint32 format version, uint32 header length, header JSON (everything but
// the tables' columns, plus where each column lies), then the columns, 8-byte aligned, little-endian.
// Work-table columns are named `work.<column>`.
const MAGIC = 'DJDS';
const FORMAT_VERSION = 2;
const align8 = (n: number) => (n + 7) & ~7;
const WORK = 'work.';

interface FileHeader {
  rest: Omit<Dataset, 'violations' | 'work'>;
  count: number;
  work: { months: string[]; teams: number };
  columns: { name: string; type: string; offset: number; byteLength: number }[];
}

type Column = Exclude<ViolationTable[keyof ViolationTable], number | undefined>;

const columnsOf = (table: object, prefix: string): [string, Column][] =>
  Object.entries(table)
    .filter((e): e is [string, Column] => ArrayBuffer.isView(e[1]))
    .map(([name, column]) => [prefix + name, column]);

export function writeDatasetFile(file: string, dataset: Dataset): void {
  const { violations, work, ...rest } = dataset;
  const entries = [...columnsOf(violations, ''), ...columnsOf(work, WORK)];
  const columns: FileHeader['columns'] = [];
  let offset = 0;
  for (const [name, column] of entries) {
    columns.push({ name, type: column.constructor.name, offset, byteLength: column.byteLength });
    offset = align8(offset + column.byteLength);
  }
  const workHeader = { months: work.months, teams: work.teams.length };
  const header = Buffer.from(JSON.stringify({ rest, count: violations.count, work: workHeader, columns } satisfies FileHeader), 'utf8');
  const body = align8(12 + header.byteLength);
  const out = Buffer.alloc(body + offset);
  out.write(MAGIC, 0, 'ascii');
  out.writeUInt32LE(FORMAT_VERSION, 4);
  out.writeUInt32LE(header.byteLength, 8);
  header.copy(out, 12);
  entries.forEach(([, column], i) => {
    const c = columns[i] as FileHeader['columns'][number];
    out.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), body + c.offset);
  });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, out);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

export function readDatasetFile(file: string): Dataset {
  const buf = readFileSync(file);
  if (buf.byteLength < 12 || buf.toString('ascii', 0, 4) !== MAGIC || buf.readUInt32LE(4) !== FORMAT_VERSION) {
    throw new Error('not a dataset cache file of this version');
  }
  const headerLength = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + headerLength)) as FileHeader;
  const body = align8(12 + headerLength);
  const table = allocateTable(header.count);
  const work = { ...allocateWork(header.work.teams, header.work.months.length), months: header.work.months };
  const targets = new Map([...columnsOf(table, ''), ...columnsOf(work, WORK)]);
  if (header.columns.length !== targets.size) throw new Error('dataset cache: columns do not match');
  for (const c of header.columns) {
    const target = targets.get(c.name);
    if (!target || target.byteLength !== c.byteLength || target.constructor.name !== c.type) {
      throw new Error(`dataset cache: column ${c.name} does not match`);
    }
    if (body + c.offset + c.byteLength > buf.byteLength) throw new Error('dataset cache: truncated');
    new Uint8Array(target.buffer, target.byteOffset, target.byteLength).set(buf.subarray(body + c.offset, body + c.offset + c.byteLength));
  }
  return { ...header.rest, violations: table, work };
}
