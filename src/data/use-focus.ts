import { useMemo } from 'react';
import { useMember } from '../api/queries/org';
import { useViolation } from '../api/queries/violations';
import { rowOfViolationId } from '../api/violation-columns';
import { extentOf, type Extent } from '../lib/geometry';
import { usePlace, useSelection } from '../store/hooks';
import { useDatumConverter } from './use-datum-converter';
import { focusOf, linkedOf, type Focus, type LinkFacts, type Linked } from './linked';
import type { MapData } from './map-data';

/** Where the camera frames the focus: an area's extent or a point. */
export type FocusTarget = { bounds: Extent } | { point: [number, number] };

export interface FocusState {
  focus: Focus | null;
  linked: Linked;
  /** null until the focus's geometry is known (or at the bureau: the map frames Guangzhou). */
  target: FocusTarget | null;
}

/** The focus (the selection, else the place), what it links to on both maps, and where it is. */
export function useFocus(data: MapData): FocusState {
  const place = usePlace();
  const selection = useSelection();
  const focus = useMemo(() => focusOf(place, selection), [place, selection]);
  const violation = useViolation(focus?.kind === 'violation' ? focus.id : null).data;
  const member = useMember(focus?.kind === 'member' ? focus.id : null).data;
  const converter = useDatumConverter();
  const { zones, feeders, transformerDistricts: tds, branches, substations, baseStations, violations: table, members } = data;

  const linked = useMemo(() => {
    const zoneById = new Map(zones.features.map((f) => [f.id, f]));
    const feederById = new Map(feeders.features.map((f) => [f.id, f]));
    const tdById = new Map(tds.features.map((f) => [f.id, f]));
    const branchById = new Map(branches.map((b) => [b.id, b]));
    const row = focus?.kind === 'violation' ? rowOfViolationId(focus.id) : null;
    const zoneOfRow = row !== null && row < table.count ? (table.zoneIds[table.zone[row] ?? -1] ?? null) : null;
    const facts: LinkFacts = {
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
      violation:
        focus?.kind === 'violation'
          ? {
              zoneId: violation?.zoneId ?? zoneOfRow,
              memberIds: violation?.memberIds ?? [],
              feederId: violation?.feederId ?? null,
              transformerDistrictId: violation?.transformerDistrictId ?? null,
            }
          : null,
      memberBranch: (id) => (member?.id === id ? member.branchId : null),
    };
    return linkedOf(focus, facts);
  }, [focus, zones, feeders, tds, branches, table, violation, member]);

  const target = useMemo<FocusTarget | null>(() => {
    if (!focus) return null;
    const boundsOf = (coords: unknown): FocusTarget | null => {
      const e = extentOf(coords);
      return e ? { bounds: e } : null;
    };
    const point = (p: readonly [number, number]): FocusTarget | null => (converter ? { point: converter.point(p) } : null);
    switch (focus.kind) {
      case 'unit':
        return boundsOf(zones.features.filter((f) => f.properties.unitId === focus.id).map((f) => f.geometry.coordinates));
      case 'branch': {
        const own = zones.features.filter((f) => f.properties.branchId === focus.id).map((f) => f.geometry.coordinates);
        const b = branches.find((x) => x.id === focus.id);
        return own.length ? boundsOf(own) : b ? point(b.center) : null;
      }
      case 'zone':
        return boundsOf(zones.features.find((f) => f.id === focus.id)?.geometry.coordinates);
      case 'member': {
        const marker = members.find((m) => m.member.id === focus.id);
        if (marker) return { point: [marker.position[0], marker.position[1]] };
        const zone = member?.gridTeamId ? zones.features.find((f) => f.properties.gridTeamId === member.gridTeamId) : undefined;
        if (zone) return boundsOf(zone.geometry.coordinates);
        const b = member ? branches.find((x) => x.id === member.branchId) : undefined;
        return b ? point(b.center) : null;
      }
      case 'feeder':
        return boundsOf(feeders.features.find((x) => x.id === focus.id)?.geometry.coordinates);
      case 'transformer-district':
        return boundsOf(tds.features.find((x) => x.id === focus.id)?.geometry.coordinates);
      case 'substation': {
        const f = substations.features.find((x) => x.id === focus.id);
        return f ? { point: [f.geometry.coordinates[0], f.geometry.coordinates[1]] } : null;
      }
      case 'base-station': {
        const f = baseStations.features.find((x) => x.id === focus.id);
        return f ? { point: [f.geometry.coordinates[0], f.geometry.coordinates[1]] } : null;
      }
      case 'violation': {
        const row = rowOfViolationId(focus.id);
        if (row !== null && row < table.count) return { point: [table.positions[2 * row] ?? 0, table.positions[2 * row + 1] ?? 0] };
        return violation ? point(violation.position) : null;
      }
    }
  }, [focus, zones, branches, members, member, feeders, tds, substations, baseStations, table, violation, converter]);

  return { focus, linked, target };
}
