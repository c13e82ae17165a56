import { useCallback } from 'react';
import type { FeatureCollection } from 'geojson';
import { useDatasetMeta } from '../api/queries/meta';
import { needsConversion, type LngLat } from '../lib/datum';
import { useBaseDatum } from '../store/hooks';
import { useOnDemand } from './use-on-demand';

/** Converts the data's coordinates into the base map's datum (the same objects when they agree). */
export interface DatumConverter {
  collection: <T extends FeatureCollection>(collection: T) => T;
  positions: (positions: Float32Array) => Float32Array;
  point: (position: LngLat) => [number, number];
}

const IDENTITY: DatumConverter = {
  collection: (c) => c,
  positions: (p) => p,
  point: (p) => [p[0], p[1]],
};

const converters = new Map<string, DatumConverter>();

/**
 * The converter from the dataset's datum (GET /meta) to the base map's; null until both are known and,
 * where they differ, the conversion code (gcoord, in a chunk of its own) has arrived: data waits for it.
 */
export function useDatumConverter(): DatumConverter | null {
  const from = useDatasetMeta().data?.datum;
  const to = useBaseDatum();
  const converting = from !== undefined && needsConversion(from, to);
  const load = useCallback(() => import('../lib/datum-convert'), []);
  const convert = useOnDemand(load, converting);
  if (!from) return null;
  if (!converting) return IDENTITY;
  if (!convert) return null;
  const key = `${from}>${to}`;
  let converter = converters.get(key);
  if (!converter) {
    converter = {
      collection: (c) => convert.featureCollectionToDatum(c, from, to),
      positions: (p) => convert.positionsToDatum(p, from, to),
      point: (p) => convert.toDatum(p, from, to),
    };
    converters.set(key, converter);
  }
  return converter;
}
