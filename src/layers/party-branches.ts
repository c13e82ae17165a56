import { ScatterplotLayer } from '@deck.gl/layers';
import type { Branch } from '../api/schemas/org';
import { PARTY_GOLD, PARTY_RED } from './palette';
import type { SizeLegend } from './legend';
import type { BaseLayerOptions } from './layer-options';
import { baseProps, selectionColorOf } from './layer-options';
import { defineLayer } from './layer-entry';
import { pickedWithId } from './pick';

/*
 * Party branches (党支部) at their centres, sized by member count. The marker's AREA is proportional
 * to the count (radius ∝ √members), the usual rule for proportional symbols, clamped so a 3-member
 * branch stays clickable and a 200-member one does not cover its district.
 */

const ID = 'party-branches';
export const BRANCH_RADIUS = { min: 4, max: 28, pixelsPerSqrtMember: 2.2 } as const;

export function branchRadiusPixels(memberCount: number): number {
  const r = BRANCH_RADIUS.pixelsPerSqrtMember * Math.sqrt(Math.max(0, memberCount));
  return Math.min(BRANCH_RADIUS.max, Math.max(BRANCH_RADIUS.min, r));
}

export interface PartyBranchesOptions extends BaseLayerOptions {
  selectedId?: string | null;
  /** Branches linked to the selection (the branch owning a selected zone, say). */
  highlightedIds?: ReadonlySet<string>;
}

export function buildPartyBranchesLayer(branches: readonly Branch[], options: PartyBranchesOptions = {}) {
  const { selectedId = null, highlightedIds } = options;
  const selection = selectionColorOf(options);
  const emphasised = (b: Branch) => b.id === selectedId || (highlightedIds?.has(b.id) ?? false);
  return new ScatterplotLayer<Branch>({
    id: ID,
    ...baseProps(options),
    data: branches,
    getPosition: (b) => b.center,
    getRadius: (b) => branchRadiusPixels(b.memberCount),
    radiusUnits: 'pixels',
    getFillColor: PARTY_RED,
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineColor: (b) => (emphasised(b) ? selection : PARTY_GOLD),
    getLineWidth: (b) => (emphasised(b) ? 3 : 1.5),
    updateTriggers: { getLineColor: [selectedId, highlightedIds, selection], getLineWidth: [selectedId, highlightedIds] },
  });
}

/** Three reference sizes for the legend, drawn with the very function the layer uses. */
export function partyBranchesLegend(values: readonly number[] = [10, 50, 150]): SizeLegend {
  return {
    kind: 'size',
    unit: 'members',
    items: values.map((value) => ({ value, radiusPixels: branchRadiusPixels(value) })),
    color: PARTY_RED,
  };
}

const branchOfPlace = (place: { level: string; id?: string }) => (place.level === 'branch' ? (place.id ?? null) : null);

export const partyBranchesEntry = defineLayer({
  key: 'partyBranches',
  id: ID,
  group: 'party',
  names: { zh: '党支部', en: 'Party branches' },
  defaultVisible: false,
  needs: () => ['branches'],
  inputs: (c) => [c.data.branches, c.visible, c.opacity, branchOfPlace(c.place), c.linked.branchIds, c.theme],
  build: (c) => [
    buildPartyBranchesLayer(c.data.branches, {
      visible: c.visible,
      opacity: c.opacity,
      selectedId: branchOfPlace(c.place),
      highlightedIds: c.linked.branchIds,
      theme: c.theme,
    }),
  ],
  legend: () => [partyBranchesLegend()],
  pick: (info) => {
    const b = pickedWithId<Branch>(info);
    return b
      ? {
          layer: 'partyBranches',
          kind: 'branch',
          target: { place: { level: 'branch', id: b.id } },
          describe: (t) => ({ title: b.name, lines: [t('tooltip.members', { count: b.memberCount })] }),
        }
      : null;
  },
  details: null,
});
