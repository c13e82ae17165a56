/*
 * The layers of the map: stable deck.gl ids (deck.gl matches layers across renders by id, so an id
 * never depends on data or state), the two groups that fade against each other, and the accessible
 * names of the layer panel's checkboxes, exactly as issue 3 §2 spells them.
 */

export const LAYER_KEYS = [
  'substations',
  'feeders',
  'transformerDistricts',
  'baseStations',
  'gridZones',
  'partyBranches',
  'partyMembers',
  'violations',
  'issueHeat',
] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

export type LayerGroup = 'production' | 'party';

export const LAYER_IDS = {
  substations: 'substations',
  feeders: 'feeders',
  transformerDistricts: 'transformer-districts',
  baseStations: 'base-stations',
  gridZones: 'grid-zones',
  partyBranches: 'party-branches',
  partyMembers: 'party-members',
  violations: 'violations',
  issueHeat: 'issue-heat',
} as const satisfies Record<LayerKey, string>;

/** Ids of the extra deck.gl layers some entries draw; each is "<entry id>-<part>" so pick info maps back. */
export const SUBLAYER_IDS = {
  transformerDistrictAreas: `${LAYER_IDS.transformerDistricts}-areas`,
  violationLinks: `${LAYER_IDS.violations}-links`,
  zoneViolations: `${LAYER_IDS.violations}-zone`,
  issueHeatClosure: `${LAYER_IDS.issueHeat}-closure`,
} as const;

export const LAYER_GROUPS: Readonly<Record<LayerGroup, readonly LayerKey[]>> = {
  production: ['substations', 'feeders', 'transformerDistricts', 'baseStations'],
  party: ['gridZones', 'partyBranches', 'partyMembers', 'violations', 'issueHeat'],
};

export const LAYER_NAMES: Readonly<Record<LayerKey, { zh: string; en: string }>> = {
  substations: { zh: '变电站', en: 'Substations' },
  feeders: { zh: '10kV馈线', en: 'Feeders' },
  transformerDistricts: { zh: '台区', en: 'Transformer districts' },
  baseStations: { zh: '5G基站', en: '5G base stations' },
  gridZones: { zh: '网格', en: 'Grid zones' },
  partyBranches: { zh: '党支部', en: 'Party branches' },
  partyMembers: { zh: '党员', en: 'Party members' },
  violations: { zh: '党员身边违章', en: 'Violations around members' },
  issueHeat: { zh: '问题闭环热力', en: 'Issue closure heat' },
};

export function groupOf(key: LayerKey): LayerGroup {
  return LAYER_GROUPS.production.includes(key) ? 'production' : 'party';
}

/** The entry a deck.gl layer id belongs to (sub-layers included, for pick info), or null if not ours. */
export function layerKeyOfId(id: string): LayerKey | null {
  // No id is a prefix of another, so the first match is the only one.
  return LAYER_KEYS.find((key) => id === LAYER_IDS[key] || id.startsWith(`${LAYER_IDS[key]}-`)) ?? null;
}
