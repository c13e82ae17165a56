import type { FeatureCollection } from 'geojson';
import { useBaseStations, useFeeders, useSubstations, useTransformerDistrictAreas, useTransformerDistricts } from '../api/queries/assets';
import { useBranches, useBranchMembers, useMember, useZones } from '../api/queries/org';
import { useViolation } from '../api/queries/violations';
import { useSignedInAccount } from '../api/session';
import type { BBox, Position } from '../api/schemas/geojson';
import type { Branch, GridZoneCollection } from '../api/schemas/org';
import { areaAnchor } from '../lib/geometry';
import { usePlace, useSelection } from '../store/hooks';
import { useDatumConverter, type DatumConverter } from './use-datum-converter';
import { EMPTY_MAP_DATA, type MapData, type MapDataKey } from './map-data';
import { placeMembers } from './member-markers';
import { sharedMemo } from './memo';
import { useAsOfDay, useViolationTable } from './use-violation-table';
import { useZoneClasses, useZoneTallies } from './use-zone-indicators';

/*
 * The map's shared data: each collection fetched only while something needs it (a visible layer, or
 * the focus), converted once per download into the base map's datum, the same object for everyone.
 */

export type DataStatus = 'loading' | 'failed';

export interface MapDataState {
  data: MapData;
  /** Per key asked for: still loading, or failed (absent: ready). */
  status: Partial<Record<MapDataKey, DataStatus>>;
}

const convertOnce = sharedMemo((c: FeatureCollection, converter: DatumConverter) => converter.collection(c), 16);
const inDatum = <T extends FeatureCollection>(c: T, converter: DatumConverter): T => convertOnce(c, converter) as T;

const markersOf = sharedMemo(
  (members: Parameters<typeof placeMembers>[0], zones: GridZoneCollection, branches: readonly Branch[]) => {
    const zoneOfGridTeam = new Map<string, Position>();
    for (const f of zones.features) zoneOfGridTeam.set(f.properties.gridTeamId, areaAnchor(f.geometry));
    return placeMembers(members, { zoneOfGridTeam, branchCenter: new Map(branches.map((b) => [b.id, b.center])) });
  },
  2,
);

interface QueryLike<T> {
  data?: T;
  isPending: boolean;
  isError: boolean;
  fetchStatus: string;
}
const statusOf = (wanted: boolean, q: QueryLike<unknown>): DataStatus | undefined =>
  !wanted ? undefined : q.isError ? 'failed' : q.isPending && q.fetchStatus !== 'idle' ? 'loading' : undefined;

/** `needs`: the keys visible layers draw; `areaBBox`: the view at service-area zoom (null further out). */
export function useMapData(needs: ReadonlySet<MapDataKey>, options: { enabled: boolean; areaBBox: BBox | null; membersVisible: boolean }): MapDataState {
  const { enabled } = options;
  const place = usePlace();
  const selection = useSelection();
  const account = useSignedInAccount();
  const converter = useDatumConverter();
  const focused = place.level !== 'bureau' || selection !== null;
  const want = (key: MapDataKey, orFocus = false) => enabled && (needs.has(key) || (orFocus && focused));
  const selected = (kind: string) => (selection?.kind === kind ? selection.id : null);

  const zonesQ = useZones(want('zones', true) || want('members'));
  const substationsQ = useSubstations(want('substations') || (enabled && selected('substation') !== null));
  const feedersQ = useFeeders(want('feeders') || (enabled && (place.level === 'zone' || ['feeder', 'substation'].includes(selection?.kind ?? ''))));
  const tdsQ = useTransformerDistricts(want('transformerDistricts') || (enabled && selected('transformer-district') !== null));
  const tdAreasQ = useTransformerDistrictAreas(want('transformerDistrictAreas') ? options.areaBBox : null);
  const stationsQ = useBaseStations(want('baseStations') || (enabled && selected('base-station') !== null));
  const branchesQ = useBranches(want('branches', true) || want('members'));
  const table = useViolationTable(want('violations'));
  const asOfDay = useAsOfDay(table.table);
  const zoneClasses = useZoneClasses(want('zoneClasses'));
  const zoneTallies = useZoneTallies(want('zoneTallies'), ['violations', 'issues', 'issuesClosed']).tallies;
  const violationQ = useViolation(enabled ? selected('violation') : null);
  const memberQ = useMember(enabled && place.level === 'member' ? place.id : null);

  // Whose members to draw: the focus's branch, else a secretary's own.
  const zoneBranch = place.level === 'zone' ? zonesQ.data?.features.find((f) => f.id === place.id)?.properties.branchId : undefined;
  const focusBranch =
    (place.level === 'branch' ? place.id : null) ??
    zoneBranch ??
    memberQ.data?.branchId ??
    violationQ.data?.branchId ??
    account?.scope.branchId ??
    null;
  const membersQ = useBranchMembers(want('members') && options.membersVisible ? focusBranch : null);

  const convert = <T extends FeatureCollection>(c: T | undefined, empty: T): T =>
    c && converter ? inDatum(c, converter) : empty;
  const zones = convert(zonesQ.data, EMPTY_MAP_DATA.zones);
  const branches = branchesQ.data?.items ?? EMPTY_MAP_DATA.branches;
  const data: MapData = {
    zones,
    substations: convert(substationsQ.data, EMPTY_MAP_DATA.substations),
    feeders: convert(feedersQ.data, EMPTY_MAP_DATA.feeders),
    transformerDistricts: convert(tdsQ.data, EMPTY_MAP_DATA.transformerDistricts),
    transformerDistrictAreas: convert(tdAreasQ.data, EMPTY_MAP_DATA.transformerDistrictAreas),
    baseStations: convert(stationsQ.data, EMPTY_MAP_DATA.baseStations),
    branches,
    members: membersQ.data ? markersOf(membersQ.data.items, zones, branches) : EMPTY_MAP_DATA.members,
    violations: table.table ?? EMPTY_MAP_DATA.violations,
    zoneClasses,
    zoneTallies,
    asOfDay: asOfDay ?? 0,
  };
  const status: MapDataState['status'] = {
    zones: statusOf(want('zones'), zonesQ),
    substations: statusOf(want('substations'), substationsQ),
    feeders: statusOf(want('feeders'), feedersQ),
    transformerDistricts: statusOf(want('transformerDistricts'), tdsQ),
    transformerDistrictAreas: statusOf(want('transformerDistrictAreas') && options.areaBBox !== null, tdAreasQ),
    baseStations: statusOf(want('baseStations'), stationsQ),
    branches: statusOf(want('branches'), branchesQ),
    members: statusOf(want('members') && options.membersVisible && focusBranch !== null, membersQ),
    violations: table.failed ? 'failed' : table.pending ? 'loading' : undefined,
    zoneClasses: !want('zoneClasses') ? undefined : zonesQ.isError ? 'failed' : zoneClasses === null ? 'loading' : undefined,
    zoneTallies: !want('zoneTallies') ? undefined : zonesQ.isError ? 'failed' : zoneTallies === null ? 'loading' : undefined,
  };
  return { data, status };
}
