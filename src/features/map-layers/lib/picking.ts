import type { Branch, Member } from '../../../api/schemas/org';
import { violationIdOf } from '../../../api/violation-columns';
import { SUBLAYER_IDS, layerKeyOfId } from '../../../layers/layer-ids';
import type { GridZoneFeature } from '../../../layers/grid-zones';
import type { FeederFeature } from '../../../layers/feeders';
import type { SubstationFeature } from '../../../layers/substations';
import type { TransformerDistrictFeature } from '../../../layers/transformer-districts';
import type { BaseStationFeature } from '../../../layers/base-stations';
import type { PartyMemberMarker } from '../../../layers/party-members';
import type { Selection } from '../../../store/selection-slice';

/** What the pointer is over, in our terms (from deck.gl's pick info). */
export type Picked =
  | { kind: 'zone'; id: string; feature: GridZoneFeature }
  | { kind: 'violation'; id: string; row: number }
  | { kind: 'feeder'; id: string; feature: FeederFeature }
  | { kind: 'substation'; id: string; feature: SubstationFeature }
  | { kind: 'transformer-district'; id: string; feature: TransformerDistrictFeature }
  | { kind: 'base-station'; id: string; feature: BaseStationFeature }
  | { kind: 'branch'; id: string; branch: Branch }
  | { kind: 'member'; id: string; member: Member }
  | { kind: 'hexagon'; closureRate: number | null; count: number };

export interface PickInfoLike {
  layer?: { id: string } | null;
  object?: unknown;
  index: number;
}

const isObject = (o: unknown): o is Record<string, unknown> => typeof o === 'object' && o !== null;

export function pickedOf(info: PickInfoLike): Picked | null {
  const layerId = info.layer?.id;
  if (!layerId) return null;
  const key = layerKeyOfId(layerId);
  const o = info.object;
  switch (key) {
    case 'violations':
      if (layerId === SUBLAYER_IDS.violationLinks) return null;
      return info.index >= 0 ? { kind: 'violation', id: violationIdOf(info.index), row: info.index } : null;
    case 'gridZones':
      return isObject(o) && typeof o.id === 'string' ? { kind: 'zone', id: o.id, feature: o as unknown as GridZoneFeature } : null;
    case 'issueHeat':
      if (layerId === `${SUBLAYER_IDS.issueHeatClosure}-zones` && isObject(o) && typeof o.id === 'string') {
        return { kind: 'zone', id: o.id, feature: o as unknown as GridZoneFeature };
      }
      if (layerId === `${SUBLAYER_IDS.issueHeatClosure}-hexagons` && isObject(o)) {
        const count = typeof o.count === 'number' ? o.count : Array.isArray(o.points) ? o.points.length : 0;
        const rate = typeof o.colorValue === 'number' && Number.isFinite(o.colorValue) ? o.colorValue : null;
        return { kind: 'hexagon', closureRate: rate, count };
      }
      return null;
    case 'feeders':
      return isObject(o) && typeof o.id === 'string' ? { kind: 'feeder', id: o.id, feature: o as unknown as FeederFeature } : null;
    case 'substations':
      return isObject(o) && typeof o.id === 'string' ? { kind: 'substation', id: o.id, feature: o as unknown as SubstationFeature } : null;
    case 'transformerDistricts':
      return isObject(o) && typeof o.id === 'string'
        ? { kind: 'transformer-district', id: o.id, feature: o as unknown as TransformerDistrictFeature }
        : null;
    case 'baseStations':
      return isObject(o) && typeof o.id === 'string' ? { kind: 'base-station', id: o.id, feature: o as unknown as BaseStationFeature } : null;
    case 'partyBranches':
      return isObject(o) && typeof o.id === 'string' ? { kind: 'branch', id: o.id, branch: o as unknown as Branch } : null;
    case 'partyMembers': {
      const m = isObject(o) ? (o as unknown as PartyMemberMarker).member : undefined;
      return m ? { kind: 'member', id: m.id, member: m } : null;
    }
    default:
      return null;
  }
}

/** What clicking it selects (a hexagon selects nothing). */
export function selectionOf(picked: Picked | null): Selection | null {
  if (!picked || picked.kind === 'hexagon') return null;
  return { kind: picked.kind, id: picked.id };
}

