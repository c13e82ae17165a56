import type { BaseStationCollection, FeederCollection, SubstationCollection, TransformerDistrictCollection } from '../api/schemas/assets';
import type { Branch, GridZoneCollection } from '../api/schemas/org';
import type { MemberMarker } from './member-markers';
import { EMPTY_TABLE, type ViolationTable } from './violation-table';
import type { ZoneClasses } from './zone-classes';
import type { ZoneTallies } from './zone-tallies';

/**
 * The shared map data: fetched and prepared by src/data only while a visible layer (or the focus)
 * needs it; an absent collection is always the same empty object, so a layer sees no data change.
 * Coordinates are in the base map's datum.
 */
export interface MapData {
  zones: GridZoneCollection;
  substations: SubstationCollection;
  feeders: FeederCollection;
  transformerDistricts: TransformerDistrictCollection;
  /** Service areas in view, at close zoom only. */
  transformerDistrictAreas: TransformerDistrictCollection;
  baseStations: BaseStationCollection;
  branches: readonly Branch[];
  /** Members the caller may see, placed on the map (of the focused branch). */
  members: readonly MemberMarker[];
  violations: ViolationTable;
  /** The indicator's values per zone with their classes (null until computable). */
  zoneClasses: ZoneClasses | null;
  /** Per-zone tallies of the window and filters, for entries that colour zones by another indicator. */
  zoneTallies: ZoneTallies | null;
  /** "Today" in days since the violation table's dayZero (0 until known). */
  asOfDay: number;
}
export type MapDataKey = keyof MapData;

const emptyCollection = <T>() => ({ type: 'FeatureCollection', features: [] }) as unknown as T;

export const EMPTY_MAP_DATA: MapData = {
  zones: emptyCollection(),
  substations: emptyCollection(),
  feeders: emptyCollection(),
  transformerDistricts: emptyCollection(),
  transformerDistrictAreas: emptyCollection(),
  baseStations: emptyCollection(),
  branches: [],
  members: [],
  violations: EMPTY_TABLE,
  zoneClasses: null,
  zoneTallies: null,
  asOfDay: 0,
};
