import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  BaseStationCollection,
  FeederCollection,
  SubstationCollection,
  TransformerDistrictCollection,
} from '../schemas/assets';
import type { BBox } from '../schemas/geojson';
import { apiClient } from '../api-client';

/** Assets change rarely: re-read them every few minutes at most. */
const ASSET_STALE_MS = 5 * 60_000;

/** Rounds a bbox outwards to a grid of `step` degrees, so small pans reuse one cached answer. */
export function snapBBox(bbox: BBox, step = 0.02): BBox {
  const down = (v: number) => Math.floor(v / step) * step;
  const up = (v: number) => Math.ceil(v / step) * step;
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  return [r(down(bbox[0])), r(down(bbox[1])), r(up(bbox[2])), r(up(bbox[3]))];
}

// Keys go from generic to specific: ['assets'] covers every asset query.
export const assetQueries = {
  all: () => ['assets'] as const,
  substations: () =>
    queryOptions({
      queryKey: [...assetQueries.all(), 'substations'] as const,
      queryFn: ({ signal }) => apiClient.get('/substations', SubstationCollection, { signal }),
      staleTime: ASSET_STALE_MS,
    }),
  feeders: () =>
    queryOptions({
      queryKey: [...assetQueries.all(), 'feeders'] as const,
      queryFn: ({ signal }) => apiClient.get('/feeders', FeederCollection, { signal }),
      staleTime: ASSET_STALE_MS,
    }),
  transformerDistricts: () =>
    queryOptions({
      queryKey: [...assetQueries.all(), 'transformer-districts', 'point'] as const,
      queryFn: ({ signal }) => apiClient.get('/transformer-districts', TransformerDistrictCollection, { signal }),
      staleTime: ASSET_STALE_MS,
    }),
  /** The transformer points in one branch's zones: what its workspace lists (a branch's few hundred, not the whole province's 10⁵). */
  transformerDistrictsOfBranch: (branchId: string) =>
    queryOptions({
      queryKey: [...assetQueries.all(), 'transformer-districts', 'point', 'branch', branchId] as const,
      queryFn: ({ signal }) => apiClient.get('/transformer-districts', TransformerDistrictCollection, { signal, params: { branchId } }),
      staleTime: ASSET_STALE_MS,
    }),
  /** Service areas in a (snapped) bbox: only ever asked for at close zoom. */
  transformerDistrictAreas: (bbox: BBox) =>
    queryOptions({
      queryKey: [...assetQueries.all(), 'transformer-districts', 'area', bbox.join(',')] as const,
      queryFn: ({ signal }) =>
        apiClient.get('/transformer-districts', TransformerDistrictCollection, {
          signal,
          params: { geometry: 'area', bbox },
        }),
      staleTime: ASSET_STALE_MS,
    }),
  baseStations: () =>
    queryOptions({
      queryKey: [...assetQueries.all(), 'base-stations'] as const,
      queryFn: ({ signal }) => apiClient.get('/base-stations', BaseStationCollection, { signal }),
      staleTime: ASSET_STALE_MS,
    }),
};

export const useSubstations = (enabled = true) => useQuery({ ...assetQueries.substations(), enabled });
export const useFeeders = (enabled = true) => useQuery({ ...assetQueries.feeders(), enabled });
export const useTransformerDistricts = (enabled = true) => useQuery({ ...assetQueries.transformerDistricts(), enabled });
export const useBaseStations = (enabled = true) => useQuery({ ...assetQueries.baseStations(), enabled });
export const useBranchTransformerDistricts = (branchId: string) => useQuery(assetQueries.transformerDistrictsOfBranch(branchId));

const NO_BBOX: BBox = [0, 0, 0, 0];
export function useTransformerDistrictAreas(bbox: BBox | null) {
  return useQuery({
    ...assetQueries.transformerDistrictAreas(bbox ?? NO_BBOX),
    enabled: bbox !== null,
    // A new bbox is a new set: do not show the last one's areas as if they were these.
    placeholderData: undefined,
  });
}
