import { ScatterplotLayer } from '@deck.gl/layers';
import type { MemberMarker } from '../data/member-markers';
import { memberRoles } from '../api/schemas/enums';
import type { MemberRole } from '../api/schemas/enums';
import { PARTY_GOLD, PARTY_RED, withAlpha } from './palette';
import type { Rgba } from './palette';
import type { CategoricalLegend } from './legend';
import type { BaseLayerOptions } from './layer-options';
import { baseProps, selectionColorOf } from './layer-options';
import { defineLayer } from './layer-entry';
import { SCALE } from './scale-rules';

/*
 * Party members (党员) at zone zoom. The contract gives members no position: the caller places each
 * one (at their team's work site or grid zone) and passes only the members the caller's scope may
 * show; this builder draws exactly what it is given.
 */

export type PartyMemberMarker = MemberMarker;

const ID = 'party-members';
/** Members fade in from this zoom on (zone scale: a grid zone fills the screen). */
export const PARTY_MEMBERS_MIN_ZOOM = SCALE.zoneScale.from;
export const MEMBER_RADIUS_PIXELS = 5;

export const MEMBER_ROLE_COLORS: Readonly<Record<MemberRole, Rgba>> = {
  secretary: PARTY_GOLD,
  branch_committee: [255, 140, 105, 255],
  member: withAlpha(PARTY_RED, 255),
};

export interface PartyMembersOptions extends BaseLayerOptions {
  zoom: number;
  minZoom?: number;
  selectedId?: string | null;
  /** Members linked to the selection (those in whose circle a selected violation falls). */
  highlightedIds?: ReadonlySet<string>;
}

export function buildPartyMembersLayer(markers: readonly PartyMemberMarker[], options: PartyMembersOptions) {
  const { selectedId = null, highlightedIds } = options;
  const selection = selectionColorOf(options);
  const base = baseProps(options);
  const emphasised = (m: PartyMemberMarker) => m.member.id === selectedId || (highlightedIds?.has(m.member.id) ?? false);
  return new ScatterplotLayer<PartyMemberMarker>({
    id: ID,
    ...base,
    visible: base.visible && options.zoom >= (options.minZoom ?? PARTY_MEMBERS_MIN_ZOOM),
    data: markers,
    getPosition: (m) => m.position,
    radiusUnits: 'pixels',
    getRadius: MEMBER_RADIUS_PIXELS,
    getFillColor: (m) => MEMBER_ROLE_COLORS[m.member.role],
    stroked: true,
    lineWidthUnits: 'pixels',
    // Gridders (网格员) get a white ring: the 4 of a "4+N" team are findable at a glance.
    getLineColor: (m) => (emphasised(m) ? selection : m.member.isGridder ? [255, 255, 255, 220] : [0, 0, 0, 160]),
    getLineWidth: (m) => (emphasised(m) ? 3 : m.member.isGridder ? 2 : 1),
    updateTriggers: { getLineColor: [selectedId, highlightedIds, selection], getLineWidth: [selectedId, highlightedIds] },
  });
}

export const partyMembersLegend: CategoricalLegend = {
  kind: 'categorical',
  items: memberRoles.map((key) => ({ key, color: MEMBER_ROLE_COLORS[key] })),
};

const memberOfPlace = (place: { level: string; id?: string }) => (place.level === 'member' ? (place.id ?? null) : null);

export const partyMembersEntry = defineLayer({
  key: 'partyMembers',
  id: ID,
  group: 'party',
  names: { zh: '党员', en: 'Party members' },
  defaultVisible: false,
  fades: [{ id: ID, from: SCALE.zoneScale.from, to: SCALE.zoneScale.to, direction: 'in' }],
  needs: (_option, zoom) => (zoom >= PARTY_MEMBERS_MIN_ZOOM ? ['members'] : []),
  inputs: (c) => [c.data.members, c.visible, c.opacity, c.zoom >= PARTY_MEMBERS_MIN_ZOOM, memberOfPlace(c.place), c.linked.memberIds, c.theme],
  build: (c) => [
    buildPartyMembersLayer(c.data.members, {
      visible: c.visible,
      opacity: c.opacity,
      zoom: c.zoom,
      selectedId: memberOfPlace(c.place),
      highlightedIds: c.linked.memberIds,
      theme: c.theme,
    }),
  ],
  legend: () => [partyMembersLegend],
  pick: (info) => {
    const o = info.object as Partial<PartyMemberMarker> | null | undefined;
    const m = o?.member;
    return m
      ? {
          layer: 'partyMembers',
          kind: 'member',
          target: { place: { level: 'member', id: m.id } },
          describe: (t) => ({ title: m.name, lines: [t(`enums.memberRole.${m.role}`) + (m.isGridder ? ` · ${t('tooltip.gridder')}` : '')] }),
        }
      : null;
  },
  details: null,
});
