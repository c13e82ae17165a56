import { createHash } from 'node:crypto';
import type { DatasetScale } from '../../src/api/schemas/enums';
import type { Team } from '../../src/api/schemas/org';
import { type AssetDraft, type AssetScale, assignResponsibleGridders, buildDistrictAssets, emptyAssets } from './assets';
import { violationDescriptions } from './descriptions';
import { OUTLINE_ATTRIBUTION, loadDistricts } from './districts';
import { openVacancies } from './vacancies';
import { AreaGrid } from './geometry';
import { buildMarketing } from './marketing';
import type { Dataset, Person } from './model';
import { type OrgContext, buildBureau, buildDistrictOrg, emptyOrg, toGeometry } from './org';
import { Rng, hashString } from './prng';
import { shanghaiParts, toShanghaiIso } from './shanghai-time';
import { buildStandaloneIssues } from './standalone-issues';
import { buildViolations } from './violations';
import { allocateWork, buildWork } from './work';
import { partitionDistrict } from './zones';

/** Bump whenever the output for the same options changes: it keys the on-disk cache. */
export const GENERATOR_VERSION = 5;
export const DEFAULT_SEED = 'dangjian-zhitu';
/** Used only when generateDataset is called without asOf (the loader passes today). */
export const DEFAULT_AS_OF = '2026-09-30T23:59:59+08:00';

export interface GenerateOptions {
  seed?: string;
  scale?: DatasetScale;
  hostile?: boolean;
  asOf?: Date;
  violations?: number;
}

export interface ResolvedOptions {
  seed: string;
  scale: DatasetScale;
  hostile: boolean;
  /** Epoch ms, whole seconds. */
  asOf: number;
  violations: number;
}

export function resolveOptions(options: GenerateOptions = {}): ResolvedOptions {
  const scale = options.scale ?? 'default';
  const asOf = options.asOf ? options.asOf.getTime() : Date.parse(DEFAULT_AS_OF);
  if (!Number.isFinite(asOf)) throw new Error('generateDataset: asOf is not a valid date');
  const violations = options.violations ?? (scale === 'province' ? 1_000_000 : 100_000);
  if (!Number.isInteger(violations) || violations < 0 || violations > 5_000_000) {
    throw new Error(`generateDataset: violations must be an integer in 0..5000000, got ${violations}`);
  }
  return {
    seed: options.seed ?? DEFAULT_SEED,
    scale,
    hostile: options.hostile ?? false,
    asOf: Math.floor(asOf / 1000) * 1000,
    violations,
  };
}

// Zones per district at default scale (Huangpu: the article's 60+ grid teams).
const zonesDefault: Record<string, number> = {
  '440103': 22, '440104': 18, '440105': 28, '440106': 34, '440111': 40, '440112': 64,
  '440113': 36, '440114': 30, '440115': 26, '440117': 16, '440118': 32,
};
// Transformer districts per zone at default scale: dense in the core, sparse in the outskirts.
const tdPerZoneDefault: Record<string, number> = {
  '440103': 10, '440104': 10, '440105': 10, '440106': 10, '440111': 9, '440112': 10.4, '440113': 9,
};
const zonesCity: Record<string, number> = {
  '440600': 180, '441900': 160, '440300': 200, '442000': 100, '440400': 80,
  '441300': 110, '440700': 90, '441200': 80, '441800': 70, '440200': 60,
};

function zoneCount(adcode: string, scale: DatasetScale): number {
  const base = zonesDefault[adcode];
  if (base !== undefined) return scale === 'province' ? base * 3 : base;
  return zonesCity[adcode] ?? 60;
}

function assetScale(adcode: string, zones: number, scale: DatasetScale): AssetScale {
  if (scale === 'province') {
    return { tdPerZone: 46, substations: Math.max(6, Math.min(60, Math.round(zones / 4))), tdPerFeeder: [20, 40] };
  }
  return {
    tdPerZone: tdPerZoneDefault[adcode] ?? 7,
    substations: Math.max(3, Math.min(14, Math.round(zones / 5))),
    tdPerFeeder: [6, 14],
  };
}

export function generateDataset(options: GenerateOptions = {}): Dataset {
  const o = resolveOptions(options);
  const seedHash = hashString(o.seed);
  const districts = loadDistricts(o.scale === 'province');
  const asOfParts = shanghaiParts(o.asOf);

  // Party organisation on the grid zones.
  const org = emptyOrg();
  const counters = { member: 0, staff: 0, hostile: 0 };
  const ctxFor = (stream: string): OrgContext => ({
    rng: Rng.of(o.seed, stream),
    hostile: o.hostile,
    counters,
    asOfYear: asOfParts.year,
  });
  buildBureau(ctxFor('org:bureau'), org);
  districts.forEach((d, i) => {
    const cells = partitionDistrict(d, zoneCount(d.adcode, o.scale), Rng.of(o.seed, `zones:${d.adcode}`));
    buildDistrictOrg(ctxFor(`org:${d.adcode}`), d, i, cells, org);
  });
  const zoneAreas = org.zones.map((z) => z.area);
  const zoneDistrict = org.zones.map((z) => z.districtIndex);
  const zoneGrid = new AreaGrid(zoneAreas, o.scale === 'province' ? 512 : 192);
  const zoneIndexOf = new Map(org.zones.map((z, i) => [z.id, i]));

  // Production assets.
  const assets: AssetDraft = emptyAssets();
  districts.forEach((d, i) => {
    const zones = org.zones.filter((z) => z.districtIndex === i).length;
    buildDistrictAssets(
      Rng.of(o.seed, `assets:${d.adcode}`),
      d,
      i,
      org.zones,
      zoneIndexOf,
      zoneGrid,
      assetScale(d.adcode, zones, o.scale),
      o.hostile,
      assets,
    );
  });
  assignResponsibleGridders(assets.transformerDistricts, org.teams);
  openVacancies(org.teams, org.members, org.staff, assets.transformerDistricts);

  const people: Person[] = [
    ...org.members.map((m): Person => ({ kind: 'member', ...m })),
    ...org.staff.map((s): Person => ({ kind: 'staff', ...s })),
  ];
  const asOfIso = toShanghaiIso(o.asOf);
  const dataset: Dataset = {
    meta: {
      asOf: asOfIso,
      generatedAt: asOfIso,
      seed: o.seed,
      scale: o.scale,
      hostile: o.hostile,
      datum: 'GCJ02',
      counts: {},
      attribution: OUTLINE_ATTRIBUTION,
    },
    units: org.units,
    committees: org.committees,
    branches: org.branches,
    groups: org.groups,
    teams: org.teams,
    people,
    zones: {
      type: 'FeatureCollection',
      features: org.zones.map((z) => ({ type: 'Feature', id: z.id, geometry: toGeometry(z.multi), properties: z.properties })),
    },
    substations: { type: 'FeatureCollection', features: assets.substations },
    feeders: { type: 'FeatureCollection', features: assets.feeders },
    transformerDistricts: { type: 'FeatureCollection', features: assets.transformerDistricts },
    transformerDistrictAreas: { type: 'FeatureCollection', features: assets.transformerDistrictAreas },
    baseStations: { type: 'FeatureCollection', features: assets.baseStations },
    violations: { count: 0 } as Dataset['violations'],
    work: allocateWork(0, 0),
    violationDescriptions,
    standaloneIssues: [],
    marketing: [],
  };

  dataset.violations = buildViolations({
    dataset,
    assets,
    zoneAreas,
    zoneDistrict,
    zoneGrid,
    count: o.violations,
    asOf: o.asOf,
    seed: o.seed,
    seedHash,
  });
  dataset.standaloneIssues = buildStandaloneIssues(
    Rng.of(o.seed, 'standalone'),
    dataset,
    assets,
    zoneAreas,
    o.scale === 'province' ? 3000 : 300,
    o.asOf,
    seedHash,
  );
  const gridTeams = org.teams.filter((t): t is Team => t.kind === 'grid');
  dataset.marketing = buildMarketing(Rng.of(o.seed, 'marketing'), gridTeams, asOfParts.year, asOfParts.month);
  // Last, on its own streams: the work done is derived from the violations; of those, it changes only
  // who committed them (contractor workers where the team contracts out).
  dataset.work = buildWork(dataset, o.asOf, o.seed);
  dataset.meta.counts = countsOf(dataset);
  return dataset;
}

export function countsOf(d: Dataset): Record<string, number> {
  const members = d.people.filter((p) => p.kind === 'member').length;
  return {
    units: d.units.length,
    committees: d.committees.length,
    branches: d.branches.length,
    groups: d.groups.length,
    teams: d.teams.length,
    gridTeams: d.teams.filter((t) => t.kind === 'grid').length,
    operationsTeams: d.teams.filter((t) => t.kind === 'operations').length,
    people: d.people.length,
    members,
    staff: d.people.length - members,
    zones: d.zones.features.length,
    substations: d.substations.features.length,
    feeders: d.feeders.features.length,
    transformerDistricts: d.transformerDistricts.features.length,
    baseStations: d.baseStations.features.length,
    violations: d.violations.count,
    standaloneIssues: d.standaloneIssues.length,
    marketing: d.marketing.length,
  };
}

/** sha256 over a canonical serialisation: the JSON of everything but the tables, then each table's fields by name (columns as bytes). */
export function datasetDigest(dataset: Dataset): string {
  const hash = createHash('sha256');
  const { violations, work, ...rest } = dataset;
  hash.update(JSON.stringify(rest));
  for (const [prefix, table] of [['', violations], ['work.', work]] as const) {
    const columns = table as unknown as Record<string, unknown>;
    for (const key of Object.keys(columns).sort()) {
      const value = columns[key];
      hash.update(`\u0000${prefix}${key}\u0000`);
      if (ArrayBuffer.isView(value)) hash.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      else hash.update(JSON.stringify(value));
    }
  }
  return hash.digest('hex');
}
