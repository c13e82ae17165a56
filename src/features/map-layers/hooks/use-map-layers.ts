import { useMemo, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Layer, LayersList } from '@deck.gl/core';
import type { LayerContext, LayerEntry, LazyPart } from '../../../layers/layer-entry';
import { LAYER_REGISTRY } from '../../../layers/registry';
import { admitLayers, admittedLayers } from '../../../layers/admitted-layers';
import type { LegendDescriptor } from '../../../layers/legend';
import type { MapData, MapDataKey } from '../../../data/map-data';
import { EMPTY_TABLE } from '../../../data/violation-table';
import { useMapData, type DataStatus } from '../../../data/use-map-data';
import { useFocus } from '../../../data/use-focus';
import { usePreparedZoneKeyCounts, useViolationFilter } from '../../../data/use-violation-table';
import { layerOptionOf } from '../../../store/layers-slice';
import { useAppStore, usePlace, useSelection } from '../../../store/hooks';
import { PARTY_MEMBERS_MIN_ZOOM } from '../../../layers/party-members';
import type { ZoomFade } from '../../../layers/scale-rules';
import { useViewport } from './use-viewport';
import { useOnDemand } from '../../../data/use-on-demand';

/*
 * The map's deck.gl layers, from the layer registry: each visible entry says what data it needs (the
 * data tier fetches and prepares it), gets a LayerContext, and is rebuilt only when one of its inputs
 * changes. Nothing here knows a layer by name.
 */

export interface MapLayersResult {
  layers: LayersList;
  /** True until the data of every visible layer has loaded (and its code arrived). */
  busy: boolean;
  legends: Readonly<Record<string, readonly LegendDescriptor[]>>;
  /** Per visible layer: still loading or failed. */
  status: Readonly<Record<string, DataStatus | undefined>>;
  /** Each entry's context, for picking. */
  contexts: ReadonlyMap<string, LayerContext>;
  /** The zoom fades of the registry's layers (what each scale shows). */
  fades: readonly ZoomFade[];
  data: MapData;
}

// Code some entries load on first use: one hook per lazy part of the (constant) registry.
function useLazyParts(wanted: (entry: LayerEntry, part: LazyPart) => boolean): ReadonlyMap<string, readonly unknown[]> {
  const out = new Map<string, readonly unknown[]>();
  for (const entry of LAYER_REGISTRY as readonly LayerEntry[]) {
    // eslint-disable-next-line react-hooks/rules-of-hooks -- the registry is a module constant: the same hooks every render
    const loaded = (entry.lazy ?? NO_PARTS).map((part) => useOnDemand(part.load, wanted(entry, part)));
    out.set(entry.key, loaded);
  }
  return out;
}
const NO_PARTS: readonly LazyPart[] = [];
const ZOOM_FADES: readonly ZoomFade[] = (LAYER_REGISTRY as readonly LayerEntry[]).flatMap((e) => e.fades ?? []);

/**
 * `compute()` again only when an input changed (by identity): useMemo over a call site's list of inputs, which
 * has the same length at every render of that call site. Not state set during render: React would then run the
 * whole screen's render a second time before committing, at every window change.
 */
function useRecomputed<T>(compute: () => T, inputs: readonly unknown[]): T {
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo -- the inputs are the dependencies, their length fixed per call site
  return useMemo(compute, inputs);
}

export function useMapLayers({
  map,
  initialZoom,
  enabled,
  sizeScale = 1,
}: {
  map: MapLibreMap | null;
  initialZoom: number;
  enabled: boolean;
  /** Symbols and lines this many times their desk size (the wall's). */
  sizeScale?: number;
}): MapLayersResult {
  const visibility = useAppStore((s) => s.layerVisibility);
  const layerOptions = useAppStore((s) => s.layerOptions);
  const catalogue = useAppStore((s) => s.layerCatalogue);
  const indicator = useAppStore((s) => s.indicator);
  const groupOpacity = useAppStore((s) => s.groupOpacity);
  const theme = useAppStore((s) => s.theme);
  const place = usePlace();
  const selection = useSelection();
  const viewport = useViewport(map, initialZoom);

  const optionOf = (entry: LayerEntry) =>
    entry.option?.bind === 'indicator' ? indicator : (layerOptionOf({ layerCatalogue: catalogue, layerOptions }, entry.key) ?? '');
  const visibleEntries = (LAYER_REGISTRY as readonly LayerEntry[]).filter((e) => visibility[e.key]);
  const needsKey = visibleEntries.map((e) => `${e.key}:${e.needs(optionOf(e), viewport.zoom).join('+')}`).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by what the needs are, not by the entries' identity
  const needs = useMemo(() => new Set<MapDataKey>(visibleEntries.flatMap((e) => e.needs(optionOf(e), viewport.zoom))), [needsKey]);
  const { data, status: dataStatus } = useMapData(needs, {
    enabled,
    areaBBox: viewport.areaBBox,
    membersVisible: viewport.zoom >= PARTY_MEMBERS_MIN_ZOOM,
  });
  const { linked } = useFocus(data);
  const violationTable = data.violations === EMPTY_TABLE ? null : data.violations;
  const filter = useViolationFilter(violationTable);
  usePreparedZoneKeyCounts(violationTable, filter);
  const lazy = useLazyParts((e, part) => visibility[e.key] === true && part.wanted(optionOf(e)));

  // One context per entry; its layers and legends are rebuilt only when its inputs change.
  const contexts = new Map<string, LayerContext>();
  const outs: { layers: readonly Layer[]; legend: readonly LegendDescriptor[] }[] = [];
  const legends: Record<string, readonly LegendDescriptor[]> = {};
  for (const entry of LAYER_REGISTRY as readonly LayerEntry[]) {
    const context: LayerContext = {
      data,
      visible: visibility[entry.key] === true,
      opacity: groupOpacity[entry.group],
      zoom: viewport.zoom,
      theme,
      option: optionOf(entry),
      filter,
      place,
      selection,
      linked,
      sizeScale,
      lazy: lazy.get(entry.key) ?? NO_PARTS,
    };
    contexts.set(entry.key, context);
    // eslint-disable-next-line react-hooks/rules-of-hooks -- the registry is a module constant: the same hooks every render
    const out = useRecomputed(() => ({ layers: entry.build(context), legend: entry.legend(context) }), entry.inputs(context));
    outs.push(out);
    legends[entry.key] = out.legend;
  }
  const built = outs.flatMap((out) => out.layers);

  // deck.gl gets a layer once it has been visible with data, and keeps it (see admitted-layers).
  const [admitted, setAdmitted] = useState<ReadonlySet<string>>(() => new Set());
  const nextAdmitted = admitLayers(built, admitted);
  if (nextAdmitted !== admitted) setAdmitted(nextAdmitted);
  // The same list while every layer instance is the same, so the map applies nothing new.
  const layers = useRecomputed(() => admittedLayers(built, nextAdmitted), [nextAdmitted, ...outs]);

  const status: Record<string, DataStatus | undefined> = {};
  let busy = false;
  for (const entry of visibleEntries) {
    const states = entry.needs(optionOf(entry), viewport.zoom).map((key) => dataStatus[key]);
    status[entry.key] = states.includes('failed') ? 'failed' : states.includes('loading') ? 'loading' : undefined;
    const parts = lazy.get(entry.key) ?? NO_PARTS;
    const waitingForCode = (entry.lazy ?? NO_PARTS).some((part, i) => part.wanted(optionOf(entry)) && parts[i] === null);
    if (status[entry.key] === 'loading' || waitingForCode) busy = true;
  }
  return { layers, busy: enabled && busy, legends, status, contexts, data, fades: ZOOM_FADES };
}
