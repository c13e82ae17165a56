import { useMemo, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Layer, LayersList } from '@deck.gl/core';
import { useBaseStations, useFeeders, useSubstations, useTransformerDistrictAreas, useTransformerDistricts } from '../../../api/queries/assets';
import { useBranches, useBranchMembers, useGridTeams, useZones } from '../../../api/queries/org';
import { useViolation, useViolationColumns } from '../../../api/queries/violations';
import { useMarketing } from '../../../api/queries/indicators';
import { useDatasetMeta } from '../../../api/queries/meta';
import type { Account } from '../../../api/schemas/session';
import type { Position } from '../../../api/schemas/geojson';
import type { GridZoneCollection } from '../../../api/schemas/org';
import type { BaseStationCollection, FeederCollection, SubstationCollection, TransformerDistrictCollection } from '../../../api/schemas/assets';
import { rowOfViolationId } from '../../../api/violation-columns';
import { violationCategories, severities, issueStatuses } from '../../../api/schemas/enums';
import type { LayerKey } from '../../../layers/layer-ids';
import { admitLayers, admittedLayers } from '../../../layers/admitted-layers';
import type { LegendDescriptor } from '../../../layers/legend';
import { buildSubstationsLayer, substationsLegend, substationsSizeLegend } from '../../../layers/substations';
import { buildFeedersLayer, feedersLegend } from '../../../layers/feeders';
import { buildTransformerDistrictsLayers, transformerDistrictsLegend } from '../../../layers/transformer-districts';
import { buildBaseStationsLayer, baseStationsLegend } from '../../../layers/base-stations';
import { buildGridZonesLayer, makeZoneIndicatorScale, zoneIndicatorLegend } from '../../../layers/grid-zones';
import { buildPartyBranchesLayer, partyBranchesLegend } from '../../../layers/party-branches';
import { buildPartyMembersLayer, partyMembersLegend, PARTY_MEMBERS_MIN_ZOOM } from '../../../layers/party-members';
import {
  buildViolationPointsLayer,
  buildZoneViolationsLayer,
  prepareViolationPoints,
  prepareZoneViolations,
  rowsOfZone,
  violationLegend,
  type PreparedViolationPoints,
  type ViolationFilter,
} from '../../../layers/violation-points';
import { buildViolationLinksLayer, type ViolationLink } from '../../../layers/violation-links';
import {
  buildIssueHeatLayers,
  closureRateLegend,
  computeZoneClosureRates,
  issueHeatLegend,
  loadHexagonLayer,
  prepareIssueHeat,
  rasterizeIssueHeat,
  type HeatImage,
} from '../../../layers/issue-heat';
import { countByZone, dateToDay, dayToDate, zoneIndicatorValues, type ZoneCounts } from '../../../lib/zone-stats';
import {
  useAppStore,
  useHeatView,
  useLayerVisibility,
  useSelection,
  useViolationColorBy,
  useZoneIndicator,
} from '../../../store/hooks';
import { createViolationFilterSelector } from '../../../store/filters-slice';
import { featureCollectionToDatum, positionsToDatum, type Datum } from '../../../lib/datum';
import type { FeatureCollection } from 'geojson';
import { linkedOf, type LinkFacts } from '../lib/linked';
import { placeMembers } from '../lib/member-markers';
import { areaAnchor, extentOf } from '../lib/geometry';
import { useViewport } from './use-viewport';
import { useOnDemand } from './use-on-demand';

// Module constants: an absent collection is always the same object, so deck.gl sees no data change.
const NO_ZONES: GridZoneCollection = { type: 'FeatureCollection', features: [] };
const NO_SUBSTATIONS: SubstationCollection = { type: 'FeatureCollection', features: [] };
const NO_FEEDERS: FeederCollection = { type: 'FeatureCollection', features: [] };
const NO_TDS: TransformerDistrictCollection = { type: 'FeatureCollection', features: [] };
const NO_STATIONS: BaseStationCollection = { type: 'FeatureCollection', features: [] };
const NO_LINKS: ViolationLink[] = [];
const NO_ROWS = new Uint32Array(0);
const NO_CLOSURE: ReturnType<typeof computeZoneClosureRates> = new Map();
const EMPTY_PREPARED = prepareViolationPoints({
  count: 0,
  bbox: [0, 0, 1, 1],
  dayZero: '2000-01-01',
  zoneIds: [],
  lon: new Uint16Array(0),
  lat: new Uint16Array(0),
  day: new Uint16Array(0),
  category: new Uint8Array(0),
  severity: new Uint8Array(0),
  status: new Uint8Array(0),
  zone: new Uint16Array(0),
});

/** Everything passes until the filters feature provides its window and choices. */
export const ALL_VIOLATIONS: ViolationFilter = {
  fromDay: 0,
  toDay: 65535,
  categories: violationCategories,
  severities,
  statuses: issueStatuses,
};


/** Grid zones are areas under everything else: drawn at this share of their group's opacity. */
const ZONE_FILL_OPACITY = 0.6;

export interface MapLayersInput {
  /** The base map's datum: the data (in meta.datum) is converted to it, so assets sit on its streets. */
  baseDatum: Datum;
  /** Data is only asked for once somebody is signed in. */
  signedIn: boolean;
  account: Account | null;
  map: MapLibreMap | null;
  initialZoom: number;
}

export interface MapLayersResult {
  layers: LayersList;
  /** True until the data of every visible layer has loaded. */
  busy: boolean;
  legends: Readonly<Record<LayerKey, readonly LegendDescriptor[]>>;
  prepared: PreparedViolationPoints | null;
  /** Per-zone counts in the filter's time window (for the details panel). */
  counts: ZoneCounts | null;
  /** The filter's time window as calendar days, clipped to the data. */
  window: { from: string; to: string } | null;
  /** Per layer, while visible: still loading or failed. */
  status: Partial<Record<LayerKey, 'loading' | 'failed'>>;
  /** The view of the extent of whatever is selected (for fit-to-selection), once its data is in. */
  selectionTarget: { bounds: [number, number, number, number] } | { point: Position } | null;
}

/** A collection in the base map's datum, converted once per download (the same object when none is needed). */
function useInDatum<T extends FeatureCollection | null>(collection: T, from: Datum, to: Datum): T {
  return useMemo(() => (collection ? featureCollectionToDatum(collection, from, to) : collection), [collection, from, to]);
}

export function useMapLayers({ baseDatum, signedIn, account, map, initialZoom }: MapLayersInput): MapLayersResult {
  const visibility = useLayerVisibility();
  const productionOpacity = useAppStore((s) => s.groupOpacity.production);
  const partyOpacity = useAppStore((s) => s.groupOpacity.party);
  const selection = useSelection();
  const indicator = useZoneIndicator();
  const colorBy = useViolationColorBy();
  const heatView = useHeatView();
  const viewport = useViewport(map, initialZoom);
  const meta = useDatasetMeta();

  const sel = (kind: string) => (selection?.kind === kind ? selection.id : null);
  const selectedZoneId = sel('zone');
  const on = signedIn;
  const v = visibility;
  const needZones = v.gridZones || (v.issueHeat && heatView === 'closureByZone') || selection !== null;
  const needColumns = v.violations || v.issueHeat || v.gridZones;
  const needFeeders = v.feeders || selection?.kind === 'zone' || selection?.kind === 'feeder' || selection?.kind === 'substation';
  const needTds = v.transformerDistricts || selection?.kind === 'transformer-district';
  const membersOn = v.partyMembers && viewport.zoom >= PARTY_MEMBERS_MIN_ZOOM;

  const zonesQ = useZones(on && needZones);
  const columnsQ = useViolationColumns(on && needColumns);
  const substationsQ = useSubstations(on && (v.substations || selection?.kind === 'substation'));
  const feedersQ = useFeeders(on && needFeeders);
  const tdsQ = useTransformerDistricts(on && needTds);
  const tdAreasQ = useTransformerDistrictAreas(on && v.transformerDistricts ? viewport.areaBBox : null);
  const stationsQ = useBaseStations(on && (v.baseStations || selection?.kind === 'base-station'));
  const branchesQ = useBranches(on && (v.partyBranches || v.partyMembers || selection !== null));
  const teamsQ = useGridTeams(on && v.gridZones && indicator === 'violationsPer100Staff');
  const marketingQ = useMarketing(on && v.gridZones && indicator === 'winOrderCompletion');
  const selectedViolationId = sel('violation');
  const violationQ = useViolation(on ? selectedViolationId : null);

  // Shown in the base map's datum; the same objects when the two agree (the offline default).
  const dataDatum: Datum = meta.data?.datum ?? 'GCJ02';
  const zones = useInDatum(zonesQ.data ?? NO_ZONES, dataDatum, baseDatum);
  const substations = useInDatum(substationsQ.data ?? NO_SUBSTATIONS, dataDatum, baseDatum);
  const feeders = useInDatum(feedersQ.data ?? NO_FEEDERS, dataDatum, baseDatum);
  const tds = useInDatum(tdsQ.data ?? NO_TDS, dataDatum, baseDatum);
  const tdAreas = useInDatum(tdAreasQ.data ?? null, dataDatum, baseDatum);
  const stations = useInDatum(stationsQ.data ?? NO_STATIONS, dataDatum, baseDatum);
  const branches = branchesQ.data?.items;

  // Whose members to draw: the selection's branch, else the secretary's own.
  const zoneById = useMemo(() => new Map(zones.features.map((f) => [f.id, f])), [zones]);
  const selectedZoneBranch = selection?.kind === 'zone' ? (zoneById.get(selection.id)?.properties.branchId ?? null) : null;
  const selectedBranch: string | null = sel('branch');
  const violationBranch: string | null = selectedViolationId ? (violationQ.data?.branchId ?? null) : null;
  const memberBranch = selectedBranch ?? selectedZoneBranch ?? violationBranch ?? account?.scope.branchId ?? null;
  const membersQ = useBranchMembers(on && membersOn ? memberBranch : null);

  // Decoded once per download; prepared once per decoded set.
  const columns = columnsQ.data;
  const prepared = useMemo(() => {
    if (!columns) return null;
    const points = prepareViolationPoints(columns);
    // Converted in place: the layer's data object stays the one prepared here.
    points.positions.set(positionsToDatum(points.positions, dataDatum, baseDatum));
    return points;
  }, [columns, dataDatum, baseDatum]);
  // The same filter object while the filters are unchanged: deck.gl then sees the same uniforms.
  const selectFilter = useMemo(() => createViolationFilterSelector(), []);
  const filter = useAppStore((s) => (prepared ? selectFilter(s, prepared.dayZero) : ALL_VIOLATIONS));
  const asOfDay = useMemo(
    () => (prepared && meta.data ? dateToDay(prepared.dayZero, meta.data.asOf) : null),
    [prepared, meta.data],
  );
  const heat = useMemo(
    () => (prepared ? prepareIssueHeat(prepared, { asOfDay: asOfDay ?? 0 }) : prepareIssueHeat(EMPTY_PREPARED, { asOfDay: 0 })),
    [prepared, asOfDay],
  );

  // Per-zone counts in the filter's window: one pass when the window or the data changes, and only
  // while something shows them (zone colours, a selected zone's details, the closure-by-zone view), so
  // a window change with those off touches nothing but the filter uniforms.
  const { fromDay, toDay } = filter;
  const needCounts = v.gridZones || selection?.kind === 'zone';
  const needClosure = v.issueHeat && heatView === 'closureByZone';
  const counts = useMemo(
    () => (prepared && needCounts ? countByZone(prepared, { fromDay, toDay }) : null),
    [prepared, needCounts, fromDay, toDay],
  );
  const zoneClosure = useMemo(
    () => (prepared && needClosure ? computeZoneClosureRates(prepared, { fromDay, toDay }) : NO_CLOSURE),
    [prepared, needClosure, fromDay, toDay],
  );
  const zoneRefs = useMemo(() => zones.features.map((f) => ({ id: f.id, gridTeamId: f.properties.gridTeamId })), [zones]);
  const months = useMemo(() => {
    if (!prepared) return undefined;
    return { from: dayToDate(prepared.dayZero, Math.max(0, fromDay)).slice(0, 7), to: dayToDate(prepared.dayZero, Math.min(toDay, 60000)).slice(0, 7) };
  }, [prepared, fromDay, toDay]);
  const teams = teamsQ.data?.items;
  const marketing = marketingQ.data?.items;
  const indicatorValues = useMemo(
    () => zoneIndicatorValues(indicator, { counts, zones: zoneRefs, teams, marketing, months }),
    [indicator, counts, zoneRefs, teams, marketing, months],
  );
  const zoneScale = useMemo(() => makeZoneIndicatorScale(indicator, indicatorValues.values()), [indicator, indicatorValues]);

  // Linked across both maps.
  const facts = useMemo<LinkFacts>(() => {
    const feederById = new Map(feeders.features.map((f) => [f.id, f]));
    const tdById = new Map(tds.features.map((f) => [f.id, f]));
    const branchById = new Map((branches ?? []).map((b) => [b.id, b]));
    const row = selectedViolationId ? rowOfViolationId(selectedViolationId) : null;
    const zoneOfRow = row !== null && prepared && row < prepared.count ? (prepared.zoneIds[prepared.zone[row] ?? -1] ?? null) : null;
    const vd = violationQ.data;
    return {
      zoneBranch: (id) => zoneById.get(id)?.properties.branchId ?? null,
      feedersThroughZone: (id) => feeders.features.filter((f) => f.properties.zoneIds.includes(id)).map((f) => f.id),
      feederZones: (id) => feederById.get(id)?.properties.zoneIds ?? [],
      feederSubstation: (id) => feederById.get(id)?.properties.substationId ?? null,
      feedersOfSubstation: (id) => feeders.features.filter((f) => f.properties.substationId === id).map((f) => f.id),
      branchZones: (id) => branchById.get(id)?.zoneIds ?? [],
      transformerDistrict: (id) => {
        const f = tdById.get(id);
        return f ? { zoneId: f.properties.zoneId, feederId: f.properties.feederId } : null;
      },
      violation: selectedViolationId
        ? {
            zoneId: vd?.zoneId ?? zoneOfRow,
            memberIds: vd?.memberIds ?? [],
            feederId: vd?.feederId ?? null,
            transformerDistrictId: vd?.transformerDistrictId ?? null,
          }
        : null,
      memberBranch: (id) => membersQ.data?.items.find((m) => m.id === id)?.branchId ?? null,
    };
  }, [feeders, tds, branches, zoneById, selectedViolationId, prepared, violationQ.data, membersQ.data]);
  const linked = useMemo(() => linkedOf(selection, facts), [selection, facts]);

  // Members placed in their grid team's zone (or at their branch).
  const markers = useMemo(() => {
    const members = membersQ.data?.items;
    if (!members) return [];
    const zoneOfGridTeam = new Map<string, Position>();
    for (const f of zones.features) zoneOfGridTeam.set(f.properties.gridTeamId, areaAnchor(f.geometry));
    const branchCenter = new Map((branches ?? []).map((b) => [b.id, b.center]));
    return placeMembers(members, { zoneOfGridTeam, branchCenter });
  }, [membersQ.data, zones, branches]);

  const links = useMemo<ViolationLink[]>(() => {
    const vd = violationQ.data;
    if (!vd || !selectedViolationId) return NO_LINKS;
    const at = new Map(markers.map((m) => [m.member.id, m.position]));
    const out = vd.memberIds.flatMap((id) => {
      const to = at.get(id);
      return to ? [{ from: vd.position, to, violationId: vd.id, memberId: id }] : [];
    });
    return out.length ? out : NO_LINKS;
  }, [violationQ.data, selectedViolationId, markers]);

  // ---- Layers: one memo per builder, so an unchanged input gives the very same layer props. ----
  const prod = productionOpacity;
  const party = partyOpacity;
  const zonesLayer = useMemo(
    () =>
      buildGridZonesLayer(zones, {
        visible: v.gridZones,
        opacity: party * ZONE_FILL_OPACITY,
        indicator,
        values: indicatorValues,
        scale: zoneScale,
        selectedZoneId: selectedZoneId,
        linkedZoneIds: linked.zoneIds,
      }),
    [zones, v.gridZones, party, indicator, indicatorValues, zoneScale, selectedZoneId, linked.zoneIds],
  );
  // The heat raster: once per data (tens of milliseconds, a hundred at a million points). Without
  // one, a blank pixel: deck.gl cannot take the heat layer's image away once it exists.
  const heatImage = useMemo<HeatImage>(() => {
    const raster = rasterizeIssueHeat(heat);
    if (!raster) return { image: new ImageData(1, 1), bounds: [0, 0, 0, 0] };
    return { image: new ImageData(raster.data, raster.width, raster.height), bounds: raster.bounds };
  }, [heat]);
  const hexagonLayer = useOnDemand(loadHexagonLayer, v.issueHeat && heatView === 'closureByHexagon');
  const heatLayers = useMemo(
    () =>
      buildIssueHeatLayers(heat, {
        visible: v.issueHeat,
        opacity: party,
        view: heatView,
        heatImage,
        zones,
        zoneClosure,
        selectedZoneId,
        hexagonLayer,
      }),
    [heat, heatImage, v.issueHeat, party, heatView, zones, zoneClosure, selectedZoneId, hexagonLayer],
  );
  const tdLayers = useMemo(
    () =>
      buildTransformerDistrictsLayers(tds, tdAreas, {
        visible: v.transformerDistricts,
        opacity: prod,
        zoom: viewport.zoom,
        selectedZoneId: linked.teamColoursZoneId,
        selectedId: selection?.kind === 'transformer-district' ? selection.id : null,
        highlightedIds: linked.transformerDistrictIds,
      }),
    [tds, tdAreas, v.transformerDistricts, prod, viewport.zoom, linked, selection],
  );
  const feedersLayer = useMemo(
    () =>
      buildFeedersLayer(feeders, {
        visible: v.feeders,
        opacity: prod,
        selectedId: selection?.kind === 'feeder' ? selection.id : null,
        highlightedIds: linked.feederIds,
      }),
    [feeders, v.feeders, prod, selection, linked.feederIds],
  );
  const substationsLayer = useMemo(
    () =>
      buildSubstationsLayer(substations, {
        visible: v.substations,
        opacity: prod,
        selectedId: selection?.kind === 'substation' ? selection.id : null,
        highlightedIds: linked.substationIds,
      }),
    [substations, v.substations, prod, selection, linked.substationIds],
  );
  const stationsLayer = useMemo(
    () =>
      buildBaseStationsLayer(stations, {
        visible: v.baseStations,
        opacity: prod,
        selectedId: selection?.kind === 'base-station' ? selection.id : null,
      }),
    [stations, v.baseStations, prod, selection],
  );
  const branchesLayer = useMemo(
    () =>
      buildPartyBranchesLayer(branches ?? [], {
        visible: v.partyBranches,
        opacity: party,
        selectedId: selection?.kind === 'branch' ? selection.id : null,
        highlightedIds: linked.branchIds,
      }),
    [branches, v.partyBranches, party, selection, linked.branchIds],
  );
  const membersLayer = useMemo(
    () =>
      buildPartyMembersLayer(markers, {
        visible: v.partyMembers,
        opacity: party,
        zoom: viewport.zoom,
        selectedId: selection?.kind === 'member' ? selection.id : null,
        highlightedIds: linked.memberIds,
      }),
    [markers, v.partyMembers, party, viewport.zoom, selection, linked.memberIds],
  );
  const selectedRow = selectedViolationId ? rowOfViolationId(selectedViolationId) : null;
  const violationsLayer = useMemo(
    () =>
      buildViolationPointsLayer(prepared ?? EMPTY_PREPARED, {
        visible: v.violations,
        opacity: party,
        filter,
        colorBy,
        selectedRow,
      }),
    [prepared, v.violations, party, filter, colorBy, selectedRow],
  );
  // A selected zone lights up its own violations: rows found once per selection, filtered on the GPU.
  const zoneViolations = useMemo(
    () => prepareZoneViolations(prepared ?? EMPTY_PREPARED, prepared && selectedZoneId ? rowsOfZone(prepared, selectedZoneId) : NO_ROWS),
    [prepared, selectedZoneId],
  );
  const zoneViolationsLayer = useMemo(
    () => buildZoneViolationsLayer(zoneViolations, { visible: v.violations, opacity: party, filter }),
    [zoneViolations, v.violations, party, filter],
  );
  const linksLayer = useMemo(() => buildViolationLinksLayer(links, { visible: v.violations, opacity: party, pickable: false }), [links, v.violations, party]);

  const allLayers = useMemo(
    () => [
      zonesLayer,
      heatLayers[1],
      heatLayers[2],
      heatLayers[0],
      tdLayers[1],
      feedersLayer,
      tdLayers[0],
      substationsLayer,
      stationsLayer,
      branchesLayer,
      membersLayer,
      violationsLayer,
      zoneViolationsLayer,
      linksLayer,
    ].filter((layer) => layer !== null) as Layer[],
    [zonesLayer, heatLayers, tdLayers, feedersLayer, substationsLayer, stationsLayer, branchesLayer, membersLayer, violationsLayer, zoneViolationsLayer, linksLayer],
  );
  // deck.gl gets a layer once it has been visible with data, and keeps it (see admitted-layers).
  const [admitted, setAdmitted] = useState<ReadonlySet<string>>(() => new Set());
  const nextAdmitted = admitLayers(allLayers, admitted);
  if (nextAdmitted !== admitted) setAdmitted(nextAdmitted);
  const layers = useMemo<LayersList>(() => admittedLayers(allLayers, nextAdmitted), [allLayers, nextAdmitted]);

  // Busy until the data of every visible layer is in (a failed query is not "loading": it is shown elsewhere).
  const loading = (enabled: boolean, q: { isPending: boolean; fetchStatus: string }) => enabled && q.isPending && q.fetchStatus !== 'idle';
  const busy =
    signedIn &&
    (loading(v.gridZones, zonesQ) ||
      loading(v.gridZones || v.violations || v.issueHeat, columnsQ) ||
      loading(v.issueHeat && heatView === 'closureByZone', zonesQ) ||
      loading(v.gridZones, teamsQ) ||
      loading(v.gridZones, marketingQ) ||
      loading(v.substations, substationsQ) ||
      loading(v.feeders, feedersQ) ||
      loading(v.transformerDistricts, tdsQ) ||
      loading(v.transformerDistricts, tdAreasQ) ||
      loading(v.baseStations, stationsQ) ||
      loading(v.partyBranches, branchesQ) ||
      loading(v.partyMembers, membersQ) ||
      (v.violations && meta.isPending && v.issueHeat) ||
      (v.issueHeat && heatView === 'closureByHexagon' && hexagonLayer === null));

  const tdLegendZone = linked.teamColoursZoneId;
  const legends = useMemo<Record<LayerKey, readonly LegendDescriptor[]>>(
    () => ({
      substations: [substationsLegend, substationsSizeLegend],
      feeders: [feedersLegend],
      transformerDistricts: [transformerDistrictsLegend(tds, tdLegendZone)],
      baseStations: [baseStationsLegend],
      gridZones: [zoneIndicatorLegend(zoneScale)],
      partyBranches: [partyBranchesLegend()],
      partyMembers: [partyMembersLegend],
      violations: [violationLegend(colorBy)],
      issueHeat: [heatView === 'heat' ? issueHeatLegend : closureRateLegend],
    }),
    [tds, tdLegendZone, zoneScale, colorBy, heatView],
  );

  const selectionTarget = useMemo<MapLayersResult['selectionTarget']>(() => {
    if (!selection) return null;
    const boundsOf = (coords: unknown) => {
      const e = extentOf(coords);
      return e ? { bounds: e } : null;
    };
    switch (selection.kind) {
      case 'zone': {
        const f = zoneById.get(selection.id);
        return f ? boundsOf(f.geometry.coordinates) : null;
      }
      case 'branch': {
        const b = branches?.find((x) => x.id === selection.id);
        if (!b) return null;
        const own = zones.features.filter((f) => f.properties.branchId === b.id).map((f) => f.geometry.coordinates);
        return own.length ? boundsOf(own) : { point: b.center };
      }
      case 'feeder': {
        const f = feeders.features.find((x) => x.id === selection.id);
        return f ? boundsOf(f.geometry.coordinates) : null;
      }
      case 'substation': {
        const f = substations.features.find((x) => x.id === selection.id);
        return f ? { point: f.geometry.coordinates } : null;
      }
      case 'base-station': {
        const f = stations.features.find((x) => x.id === selection.id);
        return f ? { point: f.geometry.coordinates } : null;
      }
      case 'transformer-district': {
        const f = tds.features.find((x) => x.id === selection.id);
        return f ? boundsOf(f.geometry.coordinates) : null;
      }
      case 'violation': {
        const row = rowOfViolationId(selection.id);
        if (row === null || !prepared || row >= prepared.count) return null;
        return { point: [prepared.positions[2 * row] ?? 0, prepared.positions[2 * row + 1] ?? 0] };
      }
      case 'member': {
        const m = markers.find((x) => x.member.id === selection.id);
        return m ? { point: m.position } : null;
      }
    }
  }, [selection, zoneById, branches, zones, feeders, substations, stations, tds, prepared, markers]);

  const window = useMemo(() => {
    if (!prepared) return null;
    const last = asOfDay ?? 65535;
    const from = dayToDate(prepared.dayZero, Math.max(0, Math.min(fromDay, last)));
    const to = dayToDate(prepared.dayZero, Math.max(0, Math.min(toDay, last)));
    return { from, to };
  }, [prepared, asOfDay, fromDay, toDay]);

  const state = (enabled: boolean, ...qs: { isPending: boolean; fetchStatus: string; isError: boolean }[]) =>
    !enabled ? undefined : qs.some((q) => q.isError) ? ('failed' as const) : qs.some((q) => loading(true, q)) ? ('loading' as const) : undefined;
  const status: Partial<Record<LayerKey, 'loading' | 'failed'>> = {
    substations: state(v.substations, substationsQ),
    feeders: state(v.feeders, feedersQ),
    transformerDistricts: state(v.transformerDistricts, tdsQ),
    baseStations: state(v.baseStations, stationsQ),
    gridZones: state(v.gridZones, zonesQ, columnsQ),
    partyBranches: state(v.partyBranches, branchesQ),
    partyMembers: state(v.partyMembers, membersQ),
    violations: state(v.violations, columnsQ),
    issueHeat: state(v.issueHeat, columnsQ),
  };

  return { layers, busy, legends, prepared, counts, window, status, selectionTarget };
}
