import { z } from '../../lib/zod';
import { VoltageKv } from './enums';
import { LineStringGeometry, PointGeometry, PolygonGeometry, featureCollection } from './geojson';

// The production map: substations, 10 kV feeders, transformer districts, 5G base stations.

export const SubstationProperties = z.object({
  name: z.string(),
  unitId: z.string(),
  voltageKv: VoltageKv,
  has5g: z.boolean(),
});
export const SubstationCollection = featureCollection(PointGeometry, SubstationProperties);

export const FeederProperties = z.object({
  name: z.string(),
  unitId: z.string(),
  substationId: z.string(),
  zoneIds: z.array(z.string()).check(z.describe('grid zones the feeder passes through')),
  lengthKm: z.number(),
});
export const FeederCollection = featureCollection(LineStringGeometry, FeederProperties);

export const TransformerDistrictProperties = z.object({
  name: z.string(),
  unitId: z.string(),
  zoneId: z.string(),
  gridTeamId: z.string(),
  gridderId: z.string().check(z.describe('the responsible gridder (包干到户): one of the grid team\'s party-member gridders; empty while the post is vacant')),
  feederId: z.string(),
  capacityKva: z.number(),
  customers: z.int(),
});
/** `geometry=point` (default) gives the transformer's position; `geometry=area` its service area. */
export const TransformerDistrictCollection = featureCollection(
  z.union([PointGeometry, PolygonGeometry]),
  TransformerDistrictProperties,
);

export const BaseStationProperties = z.object({
  name: z.string(),
  unitId: z.string(),
  substationId: z.nullable(z.string()).check(z.describe('the substation it is mounted on, if any')),
  demoArea: z.nullable(z.string()),
});
export const BaseStationCollection = featureCollection(PointGeometry, BaseStationProperties);

export type SubstationCollection = z.infer<typeof SubstationCollection>;
export type FeederCollection = z.infer<typeof FeederCollection>;
export type TransformerDistrictCollection = z.infer<typeof TransformerDistrictCollection>;
export type BaseStationCollection = z.infer<typeof BaseStationCollection>;
