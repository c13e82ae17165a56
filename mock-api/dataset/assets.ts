import { Delaunay } from 'd3-delaunay';
import type {
  BaseStationCollection,
  FeederCollection,
  SubstationCollection,
  TransformerDistrictCollection,
} from '../../src/api/schemas/assets';
import type { Team } from '../../src/api/schemas/org';
import type { District } from './districts';
import {
  type AreaGrid,
  type Pos,
  type PreparedArea,
  type Ring,
  clipByConvex,
  distanceKm,
  lineLengthKm,
  metresToDeg,
  pointInArea,
  regularPolygon,
  roundPos,
} from './geometry';
import { hostile } from './names';
import type { ZoneDraft } from './org';
import type { Rng } from './prng';

// The production map: substations, 10 kV feeders leaving them through the transformer districts they
// serve, transformer districts inside their zones, and the 5G base stations of Mingzhu Bay.

export const NANSHA = '440115';
export const MINGZHU_BAY: Pos = [113.6, 22.77];
export const MINGZHU_BAY_DEMO = '明珠湾5G智能电网应用示范区';

export interface AssetDraft {
  substations: SubstationCollection['features'];
  feeders: FeederCollection['features'];
  transformerDistricts: TransformerDistrictCollection['features'];
  transformerDistrictAreas: TransformerDistrictCollection['features'];
  baseStations: BaseStationCollection['features'];
  /** Per TD: zone index, feeder index, position (for the violation generator). */
  tdZone: number[];
  tdFeeder: number[];
  feederLines: Pos[][];
  feederDistrict: number[];
}

export function emptyAssets(): AssetDraft {
  return {
    substations: [],
    feeders: [],
    transformerDistricts: [],
    transformerDistrictAreas: [],
    baseStations: [],
    tdZone: [],
    tdFeeder: [],
    feederLines: [],
    feederDistrict: [],
  };
}

export interface AssetScale {
  /** Mean transformer districts per zone for this district. */
  tdPerZone: number;
  substations: number;
  tdPerFeeder: [number, number];
}

function randomPointIn(area: PreparedArea, rng: Rng): Pos {
  const [minX, minY, maxX, maxY] = area.bbox;
  for (let i = 0; i < 10_000; i++) {
    // Rounded before the test, so the stored point is the one that was found inside.
    const [x, y] = roundPos([rng.range(minX, maxX), rng.range(minY, maxY)]);
    if (pointInArea(area, x, y)) return [x, y];
  }
  throw new Error('could not place a point inside an area');
}

/** Splits `total` over weights, every share ≥ min, shares summing exactly to total. */
export function apportion(total: number, weights: number[], min: number): number[] {
  const free = Math.max(0, total - min * weights.length);
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (free * w) / sum);
  const out = exact.map((e) => min + Math.floor(e));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && order.length; k = (k + 1) % order.length, left--) out[order[k]!.i]! += 1;
  return out;
}

/** A small service area: the TD's Voronoi cell among its zone's TDs, cut by a hexagon, shrunk to fit the zone. */
function serviceArea(point: Pos, cell: Ring | null, zone: PreparedArea, rng: Rng): Ring {
  const hex = regularPolygon(point, rng.range(60, 160), 6, rng.range(0, Math.PI));
  let ring = (cell && cell.length >= 4 ? clipByConvex(hex, cell) : hex).map((p) => roundPos(p));
  if (ring.length < 4) ring = regularPolygon(point, 15, 6, 0).map((p) => roundPos(p));
  for (let k = 0; k < 6; k++) {
    if (ring.every((p) => pointInArea(zone, p[0], p[1]))) break;
    const f = k < 5 ? 0.6 : 0;
    ring = ring.map((p) => roundPos([point[0] + (p[0] - point[0]) * f, point[1] + (p[1] - point[1]) * f]));
    if (f === 0) ring = regularPolygon(point, 5, 6, 0).map((p) => roundPos(p));
  }
  return ring;
}

const capacities = [200, 315, 400, 500, 630, 800, 1000, 1250];
const feederTags = ['', '甲', '乙', '丙', '丁', '戊', '一', '二', '三', '四', '五', '六'];

export function buildDistrictAssets(
  rng: Rng,
  district: District,
  districtIndex: number,
  zones: ZoneDraft[],
  zoneIndexOf: Map<string, number>,
  zoneGrid: AreaGrid,
  scale: AssetScale,
  hostileNames: boolean,
  out: AssetDraft,
): void {
  const unitId = `U-${district.adcode}`;
  const own = zones.filter((z) => z.districtIndex === districtIndex);

  // Substations, spread over the district; in Nansha four more stand in Mingzhu Bay and carry 5G.
  const subPositions: Pos[] = [];
  for (let i = 0; i < scale.substations; i++) {
    let best = randomPointIn(district.area, rng);
    let bestD = -1;
    for (let c = 0; c < 8; c++) {
      const p = randomPointIn(district.area, rng);
      const d = Math.min(...subPositions.map((s) => distanceKm(s, p)), 1e9);
      if (d > bestD) {
        bestD = d;
        best = p;
      }
    }
    subPositions.push(best);
  }
  const bayStations: number[] = [];
  if (district.adcode === NANSHA) {
    for (let i = 0; i < 4; i++) {
      bayStations.push(subPositions.length);
      subPositions.push(pointNear(MINGZHU_BAY, 2500, district.area, rng));
    }
  }
  const subBase = out.substations.length;
  subPositions.forEach((p, i) => {
    const zoneIdx = zoneGrid.locate(p[0], p[1]);
    const place = zones[zoneIdx]?.place ?? district.short;
    const voltageKv = rng.chance(0.22) ? 220 : 110;
    out.substations.push({
      type: 'Feature',
      id: `SS-${district.adcode}-${String(i + 1).padStart(2, '0')}`,
      geometry: { type: 'Point', coordinates: roundPos(p) },
      properties: {
        name: `${voltageKv}kV${place}站`,
        unitId,
        voltageKv,
        has5g: bayStations.includes(i),
      },
    });
  });

  // Transformer districts: points inside each zone, a service area each, the zone's grid team.
  const tdCounts = apportion(
    Math.round(own.length * scale.tdPerZone),
    own.map(() => 0.6 + rng.next()),
    2,
  );
  const tdBase = out.transformerDistricts.length;
  const feederBase = out.feeders.length;
  const tdPoints: Pos[] = [];
  own.forEach((zone, z) => {
    const zoneIdx = zoneIndexOf.get(zone.id) as number;
    const n = tdCounts[z] as number;
    const points = Array.from({ length: n }, () => randomPointIn(zone.area, rng));
    const voronoi = n >= 2 ? Delaunay.from(points).voronoi(zone.area.bbox) : null;
    points.forEach((p, k) => {
      const id = `TD-${district.adcode}-${String(out.transformerDistricts.length - tdBase + 1).padStart(5, '0')}`;
      const capacityKva = rng.pick(capacities);
      const properties = {
        name: hostileNames && k === 0 && z % 5 === 0 ? hostile(`${zone.place}${k + 1}号台区`, z) : `${zone.place}${k + 1}号公变台区`,
        unitId,
        zoneId: zone.id,
        gridTeamId: zone.properties.gridTeamId,
        gridderId: '',
        feederId: '',
        capacityKva,
        customers: Math.round(capacityKva * rng.range(0.15, 0.6)),
      };
      const cell = (voronoi?.cellPolygon(k) as Ring | null | undefined) ?? null;
      out.transformerDistricts.push({ type: 'Feature', id, geometry: { type: 'Point', coordinates: roundPos(p) }, properties });
      out.transformerDistrictAreas.push({
        type: 'Feature',
        id,
        geometry: { type: 'Polygon', coordinates: [serviceArea(p, cell, zone.area, rng)] },
        properties,
      });
      out.tdZone.push(zoneIdx);
      out.tdFeeder.push(-1);
      tdPoints.push(p);
    });
    zone.properties.transformerDistrictCount = n;
  });

  // Feeders: each TD hangs off its nearest substation; per substation, TDs in angular sectors form feeders.
  const bySub: number[][] = subPositions.map(() => []);
  tdPoints.forEach((p, k) => {
    let best = 0;
    let bestD = Infinity;
    subPositions.forEach((s, i) => {
      const d = distanceKm(s, p);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    });
    bySub[best]?.push(k);
  });
  bySub.forEach((tds, s) => {
    const origin = subPositions[s] as Pos;
    const sorted = tds
      .map((k) => ({ k, a: Math.atan2((tdPoints[k] as Pos)[1] - origin[1], (tdPoints[k] as Pos)[0] - origin[0]) }))
      .sort((a, b) => a.a - b.a)
      .map((x) => x.k);
    let feederNo = 0;
    for (let start = 0; start < sorted.length; feederNo++) {
      const size = rng.int(scale.tdPerFeeder[0], scale.tdPerFeeder[1]);
      const members = sorted.slice(start, start + size);
      start += size;
      const line = routeFeeder(origin, members.map((k) => tdPoints[k] as Pos), rng);
      const feederIndex = out.feeders.length;
      const id = `F-${district.adcode}-${String(feederIndex - feederBase + 1).padStart(4, '0')}`;
      const firstZone = zones[out.tdZone[tdBase + (members[0] as number)] as number];
      const tag = feederTags[feederNo] ?? `${feederNo}`;
      out.feeders.push({
        type: 'Feature',
        id,
        geometry: { type: 'LineString', coordinates: line.map((p) => roundPos(p)) },
        properties: {
          name: `10kV ${firstZone?.place ?? district.short}${tag}线`,
          unitId,
          substationId: out.substations[subBase + s]?.id ?? '',
          zoneIds: zonesCrossed(line, zoneGrid, zones),
          lengthKm: Math.round(lineLengthKm(line) * 100) / 100,
        },
      });
      out.feederLines.push(line);
      out.feederDistrict.push(districtIndex);
      for (const k of members) {
        out.tdFeeder[tdBase + k] = feederIndex;
        const td = out.transformerDistricts[tdBase + k];
        if (td) td.properties.feederId = id;
      }
    }
  });

  if (district.adcode === NANSHA) buildBaseStations(rng, district, unitId, bayStations.map((i) => subBase + i), out);
}

/**
 * 包干到户: each TD gets a responsible gridder of its grid team, dealt round-robin over the team's four
 * gridders in TD order. Balanced (a team's gridders differ by at most one TD) and drawn from no random
 * stream, so nothing else in the dataset moves.
 */
export function assignResponsibleGridders(tds: TransformerDistrictCollection['features'], teams: readonly Team[]): void {
  const gridders = new Map(teams.map((t) => [t.id, t.memberIds]));
  const dealt = new Map<string, number>();
  for (const { properties } of tds) {
    const team = gridders.get(properties.gridTeamId) ?? [];
    const k = dealt.get(properties.gridTeamId) ?? 0;
    properties.gridderId = team[k % team.length] ?? '';
    dealt.set(properties.gridTeamId, k + 1);
  }
}

function pointNear(center: Pos, radiusM: number, area: PreparedArea, rng: Rng): Pos {
  const { dLon, dLat } = metresToDeg(radiusM, center[1]);
  for (let i = 0; i < 1000; i++) {
    const r = Math.sqrt(rng.next());
    const a = rng.range(0, 2 * Math.PI);
    const p = roundPos([center[0] + r * dLon * Math.cos(a), center[1] + r * dLat * Math.sin(a)]);
    if (pointInArea(area, p[0], p[1])) return p;
  }
  return center;
}

/** From the substation, visit the nearest unvisited TD each time, along street-like L-shaped legs. */
function routeFeeder(origin: Pos, stops: Pos[], rng: Rng): Pos[] {
  const line: Pos[] = [origin];
  const left = stops.slice();
  let at = origin;
  while (left.length) {
    let best = 0;
    let bestD = Infinity;
    left.forEach((p, i) => {
      const d = distanceKm(at, p);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    });
    const next = left.splice(best, 1)[0] as Pos;
    if (bestD > 0.15) line.push(rng.chance(0.5) ? [next[0], at[1]] : [at[0], next[1]]);
    line.push(next);
    at = next;
  }
  if (line.length === 1) line.push([origin[0] + 0.001, origin[1]]);
  return line;
}

/** Zone ids the line passes through, sampled every ~80 m, in order of first crossing. */
function zonesCrossed(line: Pos[], grid: AreaGrid, zones: ZoneDraft[]): string[] {
  const seen = new Set<string>();
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Pos;
    const b = line[i] as Pos;
    const steps = Math.max(1, Math.ceil(distanceKm(a, b) / 0.08));
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      const z = grid.locate(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t);
      const zone = zones[z];
      if (zone) seen.add(zone.id);
    }
  }
  return [...seen];
}

function buildBaseStations(rng: Rng, district: District, unitId: string, baySubs: number[], out: AssetDraft): void {
  const count = 24;
  for (let i = 0; i < count; i++) {
    // Mounted ones sit on a bay substation; the rest stand free within ~3 km of the bay's centre.
    const mountedOn = i < 10 ? out.substations[baySubs[i % baySubs.length] as number] : undefined;
    const p = mountedOn ? (mountedOn.geometry.coordinates) : pointNear(MINGZHU_BAY, 3000, district.area, rng);
    out.baseStations.push({
      type: 'Feature',
      id: `BS-${String(i + 1).padStart(3, '0')}`,
      geometry: { type: 'Point', coordinates: roundPos(p) },
      properties: {
        name: mountedOn ? `${mountedOn.properties.name}5G基站${Math.floor(i / baySubs.length) + 1}号` : `明珠湾5G基站${i + 1}号`,
        unitId,
        substationId: mountedOn?.id ?? null,
        demoArea: MINGZHU_BAY_DEMO,
      },
    });
  }
}
