import type { IssueSource } from '../../src/api/schemas/enums';
import type { AssetDraft } from './assets';
import { type Pos, type PreparedArea, metresToDeg, pointInArea, roundPos } from './geometry';
import { STREAM_STANDALONE_ISSUE, historyEntries, issueTimeline, resolveActors } from './issues';
import type { Dataset, StandaloneIssue } from './model';
import { hostile } from './names';
import { type Rng, mixSeed } from './prng';
import { DAY_MS } from './shanghai-time';

// Issues not born from a violation: public electrical-safety hazards (涉电公共安全隐患) and grid-asset
// recovery (电网资产回收), which the grid teams work on; each keeps its full history.

const hazards = [
  ['树障隐患', '树木生长逼近10kV线路，安全距离不足'],
  ['违章建筑占压', '违章搭建占压电缆通道'],
  ['广告牌隐患', '广告牌靠近带电设备，台风天有倒伏风险'],
  ['外力破坏隐患', '施工机械在电力线路保护区内作业'],
  ['鱼塘线路隐患', '鱼塘上方导线对地距离不足，垂钓存在触电风险'],
  ['配电房占用', '配电房门口堆放杂物，影响检修通道'],
  ['井盖破损', '电缆井盖破损，行人有坠落风险'],
  ['私拉乱接', '居民私拉乱接电线为电动车充电'],
] as const;

const recoveries = [
  ['闲置变压器回收', '退运变压器闲置于台区，待回收入库'],
  ['废旧电缆回收', '改造拆除的废旧电缆堆放现场，待回收'],
  ['计量箱回收', '拆除的计量箱待清点回收'],
  ['开关柜回收', '退役环网开关柜待回收处置'],
  ['用户移交资产清点', '用户移交的配电资产待核实清点'],
] as const;

export function buildStandaloneIssues(
  rng: Rng,
  dataset: Dataset,
  assets: AssetDraft,
  zoneAreas: PreparedArea[],
  count: number,
  asOf: number,
  seedHash: number,
): StandaloneIssue[] {
  const out: StandaloneIssue[] = [];
  for (let i = 0; i < count; i++) {
    const source: Exclude<IssueSource, 'violation'> = i % 5 < 3 ? 'public_safety_hazard' : 'asset_recovery';
    const td = Math.floor(rng.next() * assets.tdZone.length);
    const zoneIndex = assets.tdZone[td] as number;
    const tdPos = dataset.transformerDistricts.features[td]?.geometry.coordinates as Pos;
    const position = near(rng, tdPos, zoneAreas[zoneIndex] as PreparedArea);
    // Skewed to recent months, so the open states are well represented.
    const createdAt = Math.floor((asOf - 365 * DAY_MS * rng.next() ** 1.6) / 1000) * 1000;
    const [title, detail] = source === 'public_safety_hazard' ? rng.pick(hazards) : rng.pick(recoveries);
    const zone = dataset.zones.features[zoneIndex];
    const timeline = issueTimeline(
      mixSeed(seedHash, STREAM_STANDALONE_ISSUE, i),
      createdAt,
      source === 'public_safety_hazard' ? 15 : 30,
      asOf,
    );
    // No operations team: the zone's grid team works these.
    const actors = resolveActors(dataset, timeline.picks, zoneIndex, -1);
    const place = zone?.properties.name ?? '';
    const description = `${place}：${detail}。`;
    const hostileHere = dataset.meta.hostile && i % 4 === 0;
    out.push({
      id: `${source === 'public_safety_hazard' ? 'IH' : 'IA'}${String(i + 1).padStart(5, '0')}`,
      source,
      title: hostileHere ? hostile(title, i) : title,
      description: hostileHere ? hostile(description, i + 1) : description,
      position,
      zoneIndex,
      createdAt,
      deadline: timeline.deadline,
      status: timeline.status,
      closedAt: Number.isNaN(timeline.closedAt) ? null : timeline.closedAt,
      assigneeId: timeline.status === 'found' ? null : (dataset.people[actors.assignee]?.id ?? null),
      history: historyEntries(dataset, timeline, actors, i),
    });
  }
  return out;
}

function near(rng: Rng, p: Pos, zone: PreparedArea): Pos {
  const { dLon, dLat } = metresToDeg(1, p[1]);
  for (let k = 0; k < 8; k++) {
    const r = 20 + 150 * rng.next();
    const a = rng.next() * 2 * Math.PI;
    const q = roundPos([p[0] + r * dLon * Math.cos(a), p[1] + r * dLat * Math.sin(a)]);
    if (pointInArea(zone, q[0], q[1])) return q;
  }
  return p;
}
