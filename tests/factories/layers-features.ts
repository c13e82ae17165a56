import type {
  BaseStationCollection,
  FeederCollection,
  SubstationCollection,
  TransformerDistrictCollection,
} from '../../src/api/schemas/assets';
import type { Branch, GridZoneCollection, Member } from '../../src/api/schemas/org';
import type { Position } from '../../src/api/schemas/geojson';

// Typed GeoJSON and record fixtures for the layer builders.

type Feat<C extends { features: unknown[] }> = C['features'][number];

export function makeSubstation(id: string, voltageKv: 110 | 220, coordinates: Position = [113.3, 23.1]): Feat<SubstationCollection> {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: { name: `${id} 变电站`, unitId: 'U-HP', voltageKv, has5g: false },
  };
}

export function makeFeeder(id: string, zoneIds: string[] = ['Z001']): Feat<FeederCollection> {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'LineString', coordinates: [[113.3, 23.1], [113.31, 23.12], [113.33, 23.13]] },
    properties: { name: `${id} 线`, unitId: 'U-HP', substationId: 'S1', zoneIds, lengthKm: 4.2 },
  };
}

export function makeTransformerPoint(id: string, zoneId: string, gridTeamId: string, coordinates: Position = [113.4, 23.2]): Feat<TransformerDistrictCollection> {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: { name: `${id} 台区`, unitId: 'U-HP', zoneId, gridTeamId, gridderId: `${gridTeamId}-M1`, feederId: 'F1', capacityKva: 400, customers: 120 },
  };
}

export function makeTransformerArea(id: string, zoneId: string, gridTeamId: string): Feat<TransformerDistrictCollection> {
  return {
    ...makeTransformerPoint(id, zoneId, gridTeamId),
    geometry: { type: 'Polygon', coordinates: [[[113.4, 23.2], [113.42, 23.2], [113.42, 23.22], [113.4, 23.22], [113.4, 23.2]]] },
  };
}

export function makeBaseStation(id: string, demoArea: string | null = null, coordinates: Position = [113.6, 22.7]): Feat<BaseStationCollection> {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: { name: `${id} 5G`, unitId: 'U-NS', substationId: null, demoArea },
  };
}

export function makeZone(id: string, gridTeamId = 'T1'): Feat<GridZoneCollection> {
  const x = 113 + Number(id.replace(/\D/g, '') || 0) * 0.05;
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [[[x, 23], [x + 0.04, 23], [x + 0.04, 23.04], [x, 23.04], [x, 23]]] },
    properties: {
      name: `${id} 网格`,
      unitId: 'U-HP',
      branchId: 'B1',
      gridTeamId,
      liaisonCommitteeMemberId: 'M1',
      areaKm2: 12,
      transformerDistrictCount: 10,
      redGrid: false,
    },
  };
}

export function collection<F>(features: F[]): { type: 'FeatureCollection'; features: F[] } {
  return { type: 'FeatureCollection', features };
}

export function makeBranch(overrides: Partial<Branch> = {}): Branch {
  return {
    id: 'B1',
    name: '黄埔供电局第一党支部',
    unitId: 'U-HP',
    committeeId: 'C1',
    secretaryId: 'M1',
    memberCount: 36,
    zoneIds: ['Z001'],
    teamIds: ['T1'],
    center: [113.45, 23.1],
    ...overrides,
  };
}

export function makeMember(overrides: Partial<Member> = {}): Member {
  return {
    id: 'M1',
    name: '张三',
    nameMasked: false,
    branchId: 'B1',
    groupId: 'G1',
    unitId: 'U-HP',
    teamId: 'OT1',
    gridTeamId: 'T1',
    role: 'member',
    isGridder: false,
    joinedYear: 2010,
    liaisonIds: [],
    ...overrides,
  };
}
