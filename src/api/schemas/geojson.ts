import { z } from '../../lib/zod';

// GeoJSON (RFC 7946) shapes used by the contract, typed by their properties.

export const Position = z.tuple([z.number(), z.number()]).check(z.describe('[longitude, latitude] in the dataset datum'));
export const BBox = z.tuple([z.number(), z.number(), z.number(), z.number()]);

export const PointGeometry = z.object({ type: z.literal('Point'), coordinates: Position });
export const LineStringGeometry = z.object({ type: z.literal('LineString'), coordinates: z.array(Position) });
export const PolygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position)) });
export const MultiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(Position))),
});
export const AreaGeometry = z.union([PolygonGeometry, MultiPolygonGeometry]);

export function feature<G extends z.ZodMiniType, P extends z.ZodMiniType>(geometry: G, properties: P) {
  return z.object({ type: z.literal('Feature'), id: z.string(), geometry, properties });
}

export function featureCollection<G extends z.ZodMiniType, P extends z.ZodMiniType>(geometry: G, properties: P) {
  return z.object({
    type: z.literal('FeatureCollection'),
    bbox: z.optional(BBox),
    features: z.array(feature(geometry, properties)),
  });
}

export type Position = z.infer<typeof Position>;
export type BBox = z.infer<typeof BBox>;
export type PolygonGeometry = z.infer<typeof PolygonGeometry>;
export type AreaGeometry = z.infer<typeof AreaGeometry>;
export type LineStringGeometry = z.infer<typeof LineStringGeometry>;
