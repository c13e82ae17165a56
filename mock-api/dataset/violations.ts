import { issueStatuses } from '../../src/api/schemas/enums';
import type { AssetDraft } from './assets';
import { descriptionOffsets, descriptionsByCategory } from './descriptions';
import { type AreaGrid, type Pos, type PreparedArea, distanceKm, metresToDeg, pointInArea } from './geometry';
import { DEADLINE_DAYS_BY_SEVERITY, STREAM_VIOLATION_ISSUE, issueTimeline, resolveActors } from './issues';
import type { Dataset, ViolationTable } from './model';
import { Rng, cumulative, drawCumulative, mixSeed } from './prng';
import {
  DAY_MS,
  HOUR_MS,
  shanghaiDate,
  shanghaiParts,
  springFestivalStart,
} from './shanghai-time';

// Three years of violations, built straight into typed columns in time order.

export const CATEGORY_WEIGHTS = [55, 25, 20];
export const SEVERITY_WEIGHTS = [70, 24, 6];
/** patrol, switching, maintenance, emergency_repair, live_work, construction */
const WORK_TYPE_WEIGHTS = [20, 15, 25, 10, 10, 20];
const EMERGENCY_REPAIR = 3;
/** Jan..Dec: summer peak load and typhoon season (Jun–Sep) busiest, winter quiet. */
const MONTH_FACTOR = [0.85, 0.75, 0.9, 0.95, 1.05, 1.25, 1.4, 1.45, 1.3, 1.05, 0.95, 0.9];
const TD_SHARE = 0.75;
/**
 * A party member on the crew breaks a rule half as often as another worker (they lead by example:
 * the point of 党员身边无违章). Who of the crew is drawn here; whether it was a contractor worker
 * instead is decided with the work (work.ts), which knows how much each team contracts out.
 */
const MEMBER_VIOLATION_WEIGHT = 0.5;

/** The window [from, to]: from 00:00 of the day after the same date three years before asOf, to asOf. */
export function violationWindow(asOf: number): { from: number; to: number } {
  const p = shanghaiParts(asOf);
  return { from: shanghaiDate(p.year - 3, p.month, p.day + 1), to: asOf };
}

/** Relative amount of field work (and so of violations) on a day. */
export function dayWeight(dayStart: number): number {
  const p = shanghaiParts(dayStart + 12 * HOUR_MS);
  let w = MONTH_FACTOR[p.month - 1] ?? 1;
  if (p.weekday === 6) w *= 0.5;
  if (p.weekday === 0) w *= 0.4;
  const sf = (dayStart - springFestivalStart(p.year)) / DAY_MS;
  if (sf >= -3 && sf <= 7) w *= 0.2;
  else if (sf >= -10 && sf <= 14) w *= 0.6;
  if (p.month === 10 && p.day <= 7) w *= 0.5; // National Day golden week
  return w;
}

/** Violations per day: systematic sampling of noisy day weights, summing exactly to `total`. */
export function dailyCounts(days: number[], total: number, rng: Rng): number[] {
  const weights = days.map((d) => dayWeight(d) * Math.exp(0.15 * rng.normal()));
  const sum = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  let prev = 0;
  const offset = rng.next();
  return weights.map((w) => {
    acc += w;
    const upTo = Math.floor((acc / sum) * total + offset);
    const n = Math.min(upTo, total) - prev;
    prev += n;
    return n;
  });
}

function timeOfDay(rng: Rng): number {
  const u = rng.next();
  if (u < 0.12) return rng.range(0, 24) * HOUR_MS; // emergency repairs at any hour
  const h = u < 0.56 ? 10 + 1.3 * rng.normal() : 15.5 + 1.5 * rng.normal();
  return Math.min(20, Math.max(7, h)) * HOUR_MS;
}

export interface ViolationInputs {
  dataset: Dataset;
  assets: AssetDraft;
  zoneAreas: PreparedArea[];
  zoneDistrict: number[];
  zoneGrid: AreaGrid;
  count: number;
  asOf: number;
  seed: string;
  seedHash: number;
}

export function allocateTable(count: number): Required<ViolationTable> {
  return {
    count,
    time: new Float64Array(count),
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    category: new Uint8Array(count),
    severity: new Uint8Array(count),
    workType: new Uint8Array(count),
    zone: new Uint32Array(count),
    team: new Uint32Array(count),
    person: new Int32Array(count),
    transformerDistrict: new Int32Array(count),
    feeder: new Int32Array(count),
    description: new Uint16Array(count),
    issueStatus: new Uint8Array(count),
    issueDeadline: new Float64Array(count),
    issueClosedAt: new Float64Array(count),
    issueReopened: new Uint8Array(count),
    issueAssignee: new Int32Array(count),
    issueVersion: new Uint8Array(count),
  };
}

export function buildViolations(input: ViolationInputs): ViolationTable {
  const { dataset, assets, zoneAreas, zoneDistrict, zoneGrid, count, asOf } = input;
  const rng = Rng.of(input.seed, 'violations');
  const table = allocateTable(count);
  const tdCount = assets.tdZone.length;
  const tdX = new Float64Array(tdCount);
  const tdY = new Float64Array(tdCount);
  dataset.transformerDistricts.features.forEach((f, k) => {
    const c = f.geometry.coordinates as Pos;
    tdX[k] = c[0];
    tdY[k] = c[1];
  });

  // Work concentrates: some zones and some TDs are busier than others (lognormal activity).
  const zoneActivity = zoneAreas.map(() => Math.exp(0.6 * rng.normal()));
  const tdCdf = cumulative(assets.tdZone.map((z) => (zoneActivity[z] ?? 1) * Math.exp(0.7 * rng.normal())));
  const feederCdf = cumulative(assets.feederLines.map((line) => lengthOf(line) * Math.exp(0.5 * rng.normal())));
  const zoneOpsTeams = zoneOperationsTeams(dataset);
  const personIndex = new Map(dataset.people.map((p, i) => [p.id, i]));
  const indexesOf = (ids: string[]) => ids.map((id) => personIndex.get(id) ?? 0);
  const teamCrews = dataset.teams.map((t) => ({ members: indexesOf(t.memberIds), staff: indexesOf(t.staffIds) }));

  const { from } = violationWindow(asOf);
  const days: number[] = [];
  for (let d = from; d <= asOf; d += DAY_MS) days.push(d);
  const perDay = dailyCounts(days, count, rng);

  let row = 0;
  const out: Pos = [0, 0];
  days.forEach((dayStart, di) => {
    const n = perDay[di] ?? 0;
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      let t = dayStart + timeOfDay(rng);
      if (t > asOf) t = dayStart + rng.next() * (asOf - dayStart);
      times.push(Math.floor(t / 1000) * 1000);
    }
    times.sort((a, b) => a - b);
    for (const t of times) {
      let td = -1;
      let feeder = -1;
      let zone = -1;
      if (rng.next() >= TD_SHARE && feederCdf.length) {
        feeder = drawCumulative(feederCdf, rng.next());
        zone = alongFeeder(rng, assets.feederLines[feeder] as Pos[], zoneGrid, zoneDistrict, assets.feederDistrict[feeder] ?? -1, out);
        if (zone < 0) feeder = -1;
      }
      if (zone < 0) {
        td = drawCumulative(tdCdf, rng.next());
        zone = assets.tdZone[td] as number;
        nearPoint(rng, tdX[td] as number, tdY[td] as number, zoneAreas[zone] as PreparedArea, out);
      }
      const hour = shanghaiParts(t).hour;
      const night = hour < 7 || hour >= 20;
      const category = rng.weighted(CATEGORY_WEIGHTS);
      const severity = rng.weighted(SEVERITY_WEIGHTS);
      const workType = night && rng.chance(0.7) ? EMERGENCY_REPAIR : rng.weighted(WORK_TYPE_WEIGHTS);
      const teams = zoneOpsTeams[zone] ?? [];
      const team = teams.length ? (teams[Math.floor(rng.next() * teams.length)] as number) : 0;
      const person = crewPerson(teamCrews[team], rng.next());
      const descriptions = descriptionsByCategory[category]?.length ?? 1;

      table.time[row] = t;
      table.lon[row] = out[0];
      table.lat[row] = out[1];
      table.category[row] = category;
      table.severity[row] = severity;
      table.workType[row] = workType;
      table.zone[row] = zone;
      table.team[row] = team;
      table.person[row] = person;
      table.transformerDistrict[row] = td;
      table.feeder[row] = feeder;
      table.description[row] = (descriptionOffsets[category] ?? 0) + Math.floor(rng.next() * descriptions);

      const timeline = issueTimeline(
        mixSeed(input.seedHash, STREAM_VIOLATION_ISSUE, row),
        t,
        DEADLINE_DAYS_BY_SEVERITY[severity as 0 | 1 | 2],
        asOf,
      );
      table.issueStatus[row] = issueStatuses.indexOf(timeline.status);
      table.issueDeadline[row] = timeline.deadline;
      table.issueClosedAt[row] = timeline.closedAt;
      table.issueReopened[row] = timeline.reopened ? 1 : 0;
      table.issueVersion[row] = timeline.events.length;
      table.issueAssignee[row] =
        timeline.status === 'found' ? -1 : resolveActors(dataset, timeline.picks, zone, team).assignee;
      row++;
    }
  });
  if (row !== count) throw new Error(`violation allocation produced ${row} rows, expected ${count}`);
  return table;
}

/** The crew's member or staff at `u` ∈ [0, 1) of their summed weights (a member MEMBER_VIOLATION_WEIGHT, staff 1). */
function crewPerson(crew: { members: number[]; staff: number[] } | undefined, u: number): number {
  if (!crew) return 0;
  const memberWeight = crew.members.length * MEMBER_VIOLATION_WEIGHT;
  const x = u * (memberWeight + crew.staff.length);
  if (x < memberWeight) return crew.members[Math.floor(x / MEMBER_VIOLATION_WEIGHT)] ?? 0;
  return crew.staff[Math.floor(x - memberWeight)] ?? crew.members[0] ?? 0;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

function lengthOf(line: Pos[]): number {
  let s = 0;
  for (let i = 1; i < line.length; i++) s += distanceKm(line[i - 1] as Pos, line[i] as Pos);
  return Math.max(s, 0.01);
}

/** Operations teams of the branch owning each zone (indexes into dataset.teams). */
function zoneOperationsTeams(dataset: Dataset): number[][] {
  const byBranch = new Map<string, number[]>();
  dataset.teams.forEach((t, i) => {
    if (t.kind !== 'operations') return;
    const list = byBranch.get(t.branchId) ?? [];
    list.push(i);
    byBranch.set(t.branchId, list);
  });
  return dataset.zones.features.map((z) => byBranch.get(z.properties.branchId) ?? []);
}

/** A point a few tens to a few hundred metres from (x, y), inside the zone: reject and resample. */
function nearPoint(rng: Rng, x: number, y: number, zone: PreparedArea, out: Pos): void {
  const { dLon, dLat } = metresToDeg(1, y);
  let radius = 20 + 260 * rng.next() ** 2;
  for (let tries = 0; tries < 8; tries++, radius *= 0.6) {
    const a = rng.next() * 2 * Math.PI;
    // Rounded to ~0.1 m before the test, so the stored point is the one found inside.
    const px = round6(x + radius * dLon * Math.cos(a));
    const py = round6(y + radius * dLat * Math.sin(a));
    if (pointInArea(zone, px, py)) {
      out[0] = px;
      out[1] = py;
      return;
    }
  }
  out[0] = x;
  out[1] = y;
}

/** A point beside the feeder (5–60 m off the line) in a zone of the feeder's own district, or -1. */
function alongFeeder(rng: Rng, line: Pos[], grid: AreaGrid, zoneDistrict: number[], district: number, out: Pos): number {
  for (let tries = 0; tries < 6; tries++) {
    const i = 1 + Math.floor(rng.next() * (line.length - 1));
    const a = line[i - 1] as Pos;
    const b = line[i] as Pos;
    const t = rng.next();
    const { dLon, dLat } = metresToDeg(5 + 55 * rng.next(), a[1]);
    const side = rng.next() < 0.5 ? -1 : 1;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    const px = round6(a[0] + (b[0] - a[0]) * t + side * dLon * (-(b[1] - a[1]) / len));
    const py = round6(a[1] + (b[1] - a[1]) * t + side * dLat * ((b[0] - a[0]) / len));
    const z = grid.locate(px, py);
    if (z >= 0 && zoneDistrict[z] === district) {
      out[0] = px;
      out[1] = py;
      return z;
    }
  }
  return -1;
}
